package model

import "testing"

func TestChecklistWords(t *testing.T) {
	d := MustDate
	today := d("2026-12-06")
	birthday := func(on string) ChecklistItem {
		return ChecklistItem{Kind: ItemBirthday, DueOn: today, Due: DueReason{Occasion: OccasionBirthday, OccasionOn: d(on)}}
	}
	cases := []struct {
		name     string
		it       ChecklistItem
		zh, en   string
		greeting bool
	}{
		{"birthday tomorrow", birthday("2026-12-07"), "明天生日", "tomorrow", true},
		{"birthday today", birthday("2026-12-06"), "今天生日", "today", true},
		{"birthday in 3 days", birthday("2026-12-09"), "3 天后生日", "in 3 days", true},
		{"a holiday", ChecklistItem{Due: DueReason{Occasion: OccasionHoliday, OccasionOn: d("2026-12-08")}}, "2 天后节日", "in 2 days", true},
		{"not a greeting", ChecklistItem{Kind: ItemVisit}, "", "", false},
	}
	for _, c := range cases {
		zh, ok := c.it.GreetingWhen(Zh, today)
		en, _ := c.it.GreetingWhen(En, today)
		if zh != c.zh || en != c.en || ok != c.greeting {
			t.Errorf("%s: %q %q %v, want %q %q %v", c.name, zh, en, ok, c.zh, c.en, c.greeting)
		}
	}
	kinds := []struct {
		it     ChecklistItem
		zh, en string
	}{
		{ChecklistItem{Kind: ItemVisit, Due: DueReason{Planned: true, FirstVisit: true}}, "首次拜访", "1st visit"},
		{ChecklistItem{Kind: ItemVisit, Due: DueReason{Planned: true}}, "拜访", "Visit"},
		{birthday("2026-12-07"), "生日", "Birthday"},
		{ChecklistItem{Kind: ItemComplaint}, "投诉回复", "Complaint"},
	}
	for _, k := range kinds {
		if zh, en := k.it.KindName(Zh), k.it.KindName(En); zh != k.zh || en != k.en {
			t.Errorf("KindName = %q %q, want %q %q", zh, en, k.zh, k.en)
		}
	}
	it := ChecklistItem{Kind: ItemVisit, LastContactOn: d("2026-12-02"), LastVisitOn: d("2026-11-26"), LastCallOn: d("2026-12-02")}
	if day, kind := it.LastOfKind(); day != d("2026-11-26") || kind != ItemVisit {
		t.Errorf("a visit row shows the last visit: %v %s", day, kind)
	}
	it.Kind = ItemCall
	if day, _ := it.LastOfKind(); day != d("2026-12-02") {
		t.Errorf("a call row shows the last call: %v", day)
	}
	it.Kind = ItemPayment
	if day, kind := it.LastOfKind(); day != d("2026-12-02") || kind != "" {
		t.Errorf("another row shows the last contact: %v %s", day, kind)
	}
}
