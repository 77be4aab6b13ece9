package wording

import (
	"testing"

	"guanxi/model"
)

func TestChecklistWords(t *testing.T) {
	d := model.MustDate
	today := d("2026-12-06")
	birthday := func(on string) model.ChecklistItem {
		return model.ChecklistItem{Kind: model.ItemBirthday, DueOn: today, Due: model.DueReason{Occasion: model.OccasionBirthday, OccasionOn: d(on)}}
	}
	cases := []struct {
		name     string
		it       model.ChecklistItem
		zh, en   string
		greeting bool
	}{
		{"birthday tomorrow", birthday("2026-12-07"), "明天生日", "tomorrow", true},
		{"birthday today", birthday("2026-12-06"), "今天生日", "today", true},
		{"birthday in 3 days", birthday("2026-12-09"), "3 天后生日", "in 3 days", true},
		{"a holiday", model.ChecklistItem{Due: model.DueReason{Occasion: model.OccasionHoliday, OccasionOn: d("2026-12-08")}}, "2 天后节日", "in 2 days", true},
		{"not a greeting", model.ChecklistItem{Kind: model.ItemVisit}, "", "", false},
	}
	for _, c := range cases {
		zh, ok := GreetingWhen(&c.it, model.Zh, today)
		en, _ := GreetingWhen(&c.it, model.En, today)
		if zh != c.zh || en != c.en || ok != c.greeting {
			t.Errorf("%s: %q %q %v, want %q %q %v", c.name, zh, en, ok, c.zh, c.en, c.greeting)
		}
	}
	kinds := []struct {
		it     model.ChecklistItem
		zh, en string
	}{
		{model.ChecklistItem{Kind: model.ItemVisit, Due: model.DueReason{Planned: true, FirstVisit: true}}, "首次拜访", "1st visit"},
		{model.ChecklistItem{Kind: model.ItemVisit, Due: model.DueReason{Planned: true}}, "拜访", "Visit"},
		{birthday("2026-12-07"), "生日", "Birthday"},
		{model.ChecklistItem{Kind: model.ItemComplaint}, "投诉回复", "Complaint"},
	}
	for _, k := range kinds {
		if zh, en := KindName(&k.it, model.Zh), KindName(&k.it, model.En); zh != k.zh || en != k.en {
			t.Errorf("KindName = %q %q, want %q %q", zh, en, k.zh, k.en)
		}
	}
}
