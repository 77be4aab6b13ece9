package model

import "testing"

func TestChecklistItemWhy(t *testing.T) {
	d := MustDate
	today := d("2026-03-10")
	cases := []struct {
		name   string
		it     ChecklistItem
		zh, en string
	}{
		{"planned visit", ChecklistItem{Kind: ItemVisit, Due: DueReason{Planned: true, Every: 14}},
			"按计划每 14 天拜访一次", "plan: visit every 14 days"},
		{"planned call put off", ChecklistItem{Kind: ItemCall, Due: DueReason{Planned: true, Every: 7, PutOff: d("2026-03-08")}},
			"按计划每 7 天电话一次 · 已从 2026-03-08 推迟", "plan: call every 7 days · put off from 2026-03-08"},
		{"reminder with a note", ChecklistItem{Kind: ItemCustom, Note: "寄样品"}, "寄样品", "寄样品"},
		{"repeating reminder", ChecklistItem{Kind: ItemCall, Note: "问候", Due: DueReason{Repeat: Repeat{2, RepeatWeeks}}},
			"问候 · 每 2 周", "问候 · every 2 weeks"},
		{"reminder without a note", ChecklistItem{Kind: ItemCustom}, "手动提醒", "reminder"},
		{"customer birthday", ChecklistItem{Kind: ItemBirthday, Due: DueReason{Occasion: OccasionBirthday, OccasionOn: d("2026-03-13")}},
			"生日 03-13", "birthday 03-13"},
		{"contact birthday", ChecklistItem{Kind: ItemBirthday, Due: DueReason{Occasion: OccasionBirthday, Person: "周丽", OccasionOn: d("2026-03-13")}},
			"周丽 生日 03-13", "周丽's birthday 03-13"},
		{"company anniversary", ChecklistItem{Kind: ItemBirthday, Due: DueReason{Occasion: OccasionAnniversary, Years: 12, OccasionOn: d("2026-03-12")}},
			"公司成立 12 周年 03-12", "company's 12th anniversary 03-12"},
		{"first deal", ChecklistItem{Kind: ItemBirthday, Due: DueReason{Occasion: OccasionFirstDeal, Years: 3, OccasionOn: d("2026-03-12")}},
			"合作 3 周年 03-12", "3 years since the first deal 03-12"},
		{"holiday", ChecklistItem{Kind: ItemBirthday, Due: DueReason{Occasion: OccasionHoliday, Holiday: Text{"中秋节", "Mid-Autumn Festival"}, OccasionOn: d("2026-09-25")}},
			"中秋节 09-25，给客户送上问候", "Mid-Autumn Festival 09-25: send greetings"},
		{"complaint, promise kept so far", ChecklistItem{Kind: ItemComplaint, Note: "交货晚了", DueOn: d("2026-03-12"), Due: DueReason{Severity: 3, Handler: "小陈"}},
			"[严重] 交货晚了 · 经办 小陈 · 答复期限 2026-03-12", "[Serious] 交货晚了 · handled by 小陈 · reply by 2026-03-12"},
		{"complaint, promise broken, bad faith", ChecklistItem{Kind: ItemComplaint, Note: "要求退款", DueOn: d("2026-03-08"), Due: DueReason{Severity: 1, Malicious: true}},
			"[轻微] 要求退款 · 疑似恶意 · 已失约：答复期限 2026-03-08", "[Minor] 要求退款 · likely in bad faith · promise broken: reply was due 2026-03-08"},
		{"payment", ChecklistItem{Kind: ItemPayment, Note: "备件", Due: DueReason{Owed: 66_000_00}},
			"备件 · 欠款 ¥66,000", "备件 · owes ¥66,000"},
	}
	for _, c := range cases {
		if got := c.it.Why(Zh, today); got != c.zh {
			t.Errorf("%s (zh): %q, want %q", c.name, got, c.zh)
		}
		if got := c.it.Why(En, today); got != c.en {
			t.Errorf("%s (en): %q, want %q", c.name, got, c.en)
		}
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 102: "102nd"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %s", n, got)
		}
	}
}
