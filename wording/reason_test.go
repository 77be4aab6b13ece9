package wording

import (
	"testing"

	"guanxi/model"
)

func TestChecklistItemWhy(t *testing.T) {
	d := model.MustDate
	today := d("2026-03-10")
	cases := []struct {
		name   string
		it     model.ChecklistItem
		zh, en string
	}{
		{"planned visit", model.ChecklistItem{Kind: model.ItemVisit, Due: model.DueReason{Planned: true, Every: 14}},
			"按计划每 14 天拜访一次", "plan: visit every 14 days"},
		{"planned call put off", model.ChecklistItem{Kind: model.ItemCall, Due: model.DueReason{Planned: true, Every: 7, PutOff: d("2026-03-08")}},
			"按计划每 7 天电话一次 · 已从 2026-03-08 推迟", "plan: call every 7 days · put off from 2026-03-08"},
		{"reminder with a note", model.ChecklistItem{Kind: model.ItemCustom, Note: "寄样品"}, "寄样品", "寄样品"},
		{"repeating reminder", model.ChecklistItem{Kind: model.ItemCall, Note: "问候", Due: model.DueReason{Repeat: model.Repeat{Every: 2, Unit: model.RepeatWeeks}}},
			"问候 · 每 2 周", "问候 · every 2 weeks"},
		{"reminder without a note", model.ChecklistItem{Kind: model.ItemCustom}, "手动提醒", "reminder"},
		{"customer birthday", model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionBirthday, OccasionOn: d("2026-03-13")}},
			"生日 03-13", "birthday 03-13"},
		{"contact birthday", model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionBirthday, Person: "周丽", OccasionOn: d("2026-03-13")}},
			"周丽 生日 03-13", "周丽's birthday 03-13"},
		{"company anniversary", model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionAnniversary, Years: 12, OccasionOn: d("2026-03-12")}},
			"公司成立 12 周年 03-12", "company's 12th anniversary 03-12"},
		{"first deal", model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionFirstDeal, Years: 3, OccasionOn: d("2026-03-12")}},
			"合作 3 周年 03-12", "3 years since the first deal 03-12"},
		{"first deal a year ago", model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionFirstDeal, Years: 1, OccasionOn: d("2026-03-12")}},
			"合作 1 周年 03-12", "1 year since the first deal 03-12"},
		{"holiday", model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionHoliday, Holiday: model.Text{Zh: "中秋节", En: "Mid-Autumn Festival"}, OccasionOn: d("2026-09-25")}},
			"中秋节 09-25，给客户送上问候", "Mid-Autumn Festival 09-25: send greetings"},
		{"complaint, promise kept so far", model.ChecklistItem{Kind: model.ItemComplaint, Note: "交货晚了", DueOn: d("2026-03-12"), Due: model.DueReason{Severity: 3, Handler: "小陈"}},
			"[严重] 交货晚了 · 经办 小陈 · 答复期限 2026-03-12", "[Serious] 交货晚了 · handled by 小陈 · reply by 2026-03-12"},
		{"complaint, promise broken, bad faith", model.ChecklistItem{Kind: model.ItemComplaint, Note: "要求退款", DueOn: d("2026-03-08"), Due: model.DueReason{Severity: 1, Malicious: true}},
			"[轻微] 要求退款 · 疑似恶意 · 已失约：答复期限 2026-03-08", "[Minor] 要求退款 · likely in bad faith · promise broken: reply was due 2026-03-08"},
		{"payment", model.ChecklistItem{Kind: model.ItemPayment, Note: "备件", Due: model.DueReason{Owed: 66_000_00}},
			"备件 · 欠款 ¥66,000", "备件 · owes ¥66,000"},
	}
	for _, c := range cases {
		if got := Why(&c.it, model.Zh, today); got != c.zh {
			t.Errorf("%s (zh): %q, want %q", c.name, got, c.zh)
		}
		if got := Why(&c.it, model.En, today); got != c.en {
			t.Errorf("%s (en): %q, want %q", c.name, got, c.en)
		}
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 102: "102nd"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %s", n, got)
		}
	}
}

func TestWhySaysWhenADateMovedOrIsLunar(t *testing.T) {
	today := model.MustDate("2026-03-10")
	tests := []struct {
		it     model.ChecklistItem
		zh, en string
	}{
		{model.ChecklistItem{Kind: model.ItemVisit, Due: model.DueReason{Planned: true, Every: 7, MovedFrom: model.MustDate("2026-03-07")}},
			"按计划每 7 天拜访一次 · 原定 2026-03-07 是休息日，顺延到工作日", "plan: visit every 7 days · moved from 2026-03-07, a day off, to the next working day"},
		{model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionBirthday, OccasionOn: model.MustDate("2026-09-25"),
			Yearly: model.YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}}},
			"生日 09-25 · 农历八月十五", "birthday 09-25 · lunar 8/15"},
		{model.ChecklistItem{Kind: model.ItemBirthday, Due: model.DueReason{Occasion: model.OccasionAnniversary, OccasionOn: model.MustDate("2026-10-24"),
			Yearly: model.YearlyDate{M: 10, D: 24}}},
			"公司周年 10-24", "company's anniversary 10-24"},
	}
	for _, tt := range tests {
		if got := Why(&tt.it, model.Zh, today); got != tt.zh {
			t.Errorf("Why(zh) = %q, want %q", got, tt.zh)
		}
		if got := Why(&tt.it, model.En, today); got != tt.en {
			t.Errorf("Why(en) = %q, want %q", got, tt.en)
		}
	}
}
