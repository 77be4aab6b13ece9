package model

import (
	"sort"
	"testing"
)

func TestCompareRanks(t *testing.T) {
	d := MustDate
	today := d("2026-12-06")
	cases := []struct {
		name string
		a, b ItemRank
		want int // the sign of CompareRanks(a, b)
	}{
		{"overdue before today", ItemRank{DueOn: d("2026-12-05"), Level: LevelLow, Name: "乙", Customer: true},
			ItemRank{DueOn: today, Level: LevelStrategic, Name: "甲", Customer: true}, -1},
		{"today before tomorrow", ItemRank{DueOn: today, Level: LevelLow, Customer: true},
			ItemRank{DueOn: d("2026-12-07"), Level: LevelStrategic, Customer: true}, -1},
		{"overdue is one block: the level wins over the lateness", ItemRank{DueOn: d("2026-12-05"), Level: LevelVIP, Customer: true},
			ItemRank{DueOn: d("2026-11-01"), Level: LevelNew, Customer: true}, -1},
		{"a broken complaint before a strategic visit", ItemRank{DueOn: d("2026-12-05"), Kind: ItemComplaint, Level: LevelLow, Customer: true},
			ItemRank{DueOn: d("2026-11-01"), Kind: ItemVisit, Level: LevelStrategic, Customer: true}, -1},
		{"a payment past due is a broken promise", ItemRank{DueOn: d("2026-12-01"), Kind: ItemPayment, Level: LevelDormant, Customer: true},
			ItemRank{DueOn: d("2026-12-01"), Kind: ItemCall, Level: LevelVIP, Customer: true}, -1},
		{"a complaint due today is not broken yet", ItemRank{DueOn: today, Kind: ItemComplaint, Level: LevelLow, Customer: true},
			ItemRank{DueOn: today, Kind: ItemVisit, Level: LevelVIP, Customer: true}, 1},
		{"same level: the latest first", ItemRank{DueOn: d("2026-11-20"), Level: LevelKey, Name: "乙", Customer: true},
			ItemRank{DueOn: d("2026-12-01"), Level: LevelKey, Name: "甲", Customer: true}, -1},
		{"same level and day: by name", ItemRank{DueOn: today, Level: LevelKey, Name: "Li Lei", Customer: true},
			ItemRank{DueOn: today, Level: LevelKey, Name: "Wang Wu", Customer: true}, -1},
		{"strategic before VIP", ItemRank{DueOn: today, Level: LevelStrategic, Customer: true},
			ItemRank{DueOn: today, Level: LevelVIP, Customer: true}, -1},
		{"an unknown level after low value", ItemRank{DueOn: today, Level: LevelLow, Customer: true},
			ItemRank{DueOn: today, Level: "gold", Customer: true}, -1},
		{"a holiday after the customers of its day", ItemRank{DueOn: today, Level: LevelLow, Customer: true},
			ItemRank{DueOn: today, Name: "元旦"}, -1},
		{"a holiday before the next day's customers", ItemRank{DueOn: today, Name: "元旦"},
			ItemRank{DueOn: d("2026-12-07"), Level: LevelStrategic, Customer: true}, -1},
		{"same level and day: by the name read as pinyin, not by its characters' codes",
			ItemRank{DueOn: today, Level: LevelKey, Pinyin: MakeNameKey("张伟").Pinyin(), Name: "张伟", Customer: true},
			ItemRank{DueOn: today, Level: LevelKey, Pinyin: MakeNameKey("安娜").Pinyin(), Name: "安娜", Customer: true}, 1},
		{"the same pinyin: by name", ItemRank{DueOn: today, Level: LevelKey, Pinyin: "lina", Name: "李娜", Customer: true},
			ItemRank{DueOn: today, Level: LevelKey, Pinyin: "lina", Name: "李那", Customer: true}, -1},
		{"the level wins over the pinyin", ItemRank{DueOn: today, Level: LevelVIP, Pinyin: "zhangwei", Customer: true},
			ItemRank{DueOn: today, Level: LevelKey, Pinyin: "anna", Customer: true}, -1},
		{"lateness wins over the pinyin", ItemRank{DueOn: d("2026-11-01"), Level: LevelKey, Pinyin: "zhangwei", Customer: true},
			ItemRank{DueOn: d("2026-12-01"), Level: LevelKey, Pinyin: "anna", Customer: true}, -1},
		{"the same rank", ItemRank{DueOn: today, Level: LevelKey, Name: "甲", Customer: true},
			ItemRank{DueOn: today, Level: LevelKey, Name: "甲", Customer: true}, 0},
	}
	sign := func(n int) int {
		switch {
		case n < 0:
			return -1
		case n > 0:
			return 1
		}
		return 0
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sign(CompareRanks(c.a, c.b, today)); got != c.want {
				t.Errorf("CompareRanks = %d, want %d", got, c.want)
			}
			if got := sign(CompareRanks(c.b, c.a, today)); got != -c.want {
				t.Errorf("CompareRanks reversed = %d, want %d", got, -c.want)
			}

		})
	}
}

// TestCompareRanksSortsADay sorts a day's worth of items and reads them back in the order a
// salesperson must see them.
func TestCompareRanksSortsADay(t *testing.T) {
	d := MustDate
	today := d("2026-12-06")
	items := []ItemRank{
		{DueOn: d("2026-12-08"), Kind: ItemVisit, Level: LevelVIP, Name: "H", Customer: true},
		{DueOn: today, Kind: ItemVisit, Level: LevelNew, Name: "F", Customer: true},
		{DueOn: d("2026-11-30"), Kind: ItemVisit, Level: LevelNew, Name: "D", Customer: true},
		{DueOn: today, Kind: ItemVisit, Level: LevelStrategic, Name: "E", Customer: true},
		{DueOn: d("2026-12-03"), Kind: ItemVisit, Level: LevelVIP, Name: "C", Customer: true},
		{DueOn: d("2026-12-05"), Kind: ItemComplaint, Level: LevelLow, Name: "A", Customer: true},
		{DueOn: d("2026-11-20"), Kind: ItemVisit, Level: LevelVIP, Name: "B", Customer: true},
		{DueOn: today, Name: "G"},
	}
	sort.Slice(items, func(i, j int) bool { return CompareRanks(items[i], items[j], today) < 0 })
	got := ""
	for _, it := range items {
		got += it.Name
	}
	if got != "ABCDEFGH" {
		t.Errorf("order %s, want ABCDEFGH", got)
	}
}

func TestLevelRank(t *testing.T) {
	for i, want := range []Level{LevelStrategic, LevelVIP, LevelKey, LevelHonored, LevelReference, LevelFree, LevelNew, LevelDormant, LevelLow} {
		if got := LevelRank(want); got != i {
			t.Errorf("LevelRank(%s) = %d, want %d", want, got, i)
		}
	}
	if LevelRank("") != len(Levels()) {
		t.Errorf("an unknown level must rank last")
	}
}

// TestChecklistItemRankCarriesPinyin sorts items of one day and level as the checklist does, off
// their Rank: 安娜, 李娜, 张伟 by pinyin, where their characters' codes would put 安娜 last.
func TestChecklistItemRankCarriesPinyin(t *testing.T) {
	today := MustDate("2026-12-06")
	var items []ChecklistItem
	for i, name := range []string{"张伟", "安娜", "李娜"} {
		items = append(items, ChecklistItem{CustomerID: int64(i + 1), CustomerName: name,
			Pinyin: MakeNameKey(name).Pinyin(), Kind: ItemVisit, DueOn: today, Level: LevelKey})
	}
	sort.Slice(items, func(i, j int) bool { return CompareRanks(items[i].Rank(), items[j].Rank(), today) < 0 })
	got := ""
	for _, it := range items {
		got += it.CustomerName + " "
	}
	if got != "安娜 李娜 张伟 " {
		t.Errorf("order %q, want 安娜 李娜 张伟", got)
	}
}
