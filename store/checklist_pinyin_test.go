package store

import (
	"context"
	"strings"
	"testing"

	"guanxi/model"
)

// TestChecklistNamesInPinyinOrder puts three customers of one level with reminders due the same
// day in the checklist: they come by their names read as pinyin (安娜, 李娜, 张伟), as in the
// customer list, where their characters' codes would give 安娜, 张伟, 李娜; in the whole checklist
// and in its head of every length, which stops in the middle of them.
func TestChecklistNamesInPinyinOrder(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	day := s.Today().AddDays(1)
	for _, name := range []string{"张伟", "李娜", "安娜"} {
		c := &model.Customer{Name: name, Level: model.LevelKey, PlanPaused: true}
		if err := s.AddCustomer(ctx, c); err != nil {
			t.Fatal(err)
		}
		if err := s.AddReminder(ctx, &model.Reminder{CustomerID: c.ID, DueOn: day, Kind: model.ReminderCall, Note: "回电"}); err != nil {
			t.Fatal(err)
		}
	}
	names := func(items []model.ChecklistItem) string {
		var out []string
		for _, it := range items {
			out = append(out, it.CustomerName)
		}
		return strings.Join(out, " ")
	}
	const want = "安娜 李娜 张伟"
	whole, err := s.Checklist(ctx, s.Today(), 7)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(whole); got != want {
		t.Errorf("checklist %q, want %q", got, want)
	}
	for n := 1; n <= 4; n++ {
		x, err := s.ChecklistHead(ctx, s.Today(), 7, n)
		if err != nil {
			t.Fatal(err)
		}
		head, err := s.ChecklistPage(ctx, x, 0, x.Len())
		if err != nil {
			t.Fatal(err)
		}
		if got, w := names(head), strings.Join(strings.Fields(want)[:min(n, 3)], " "); got != w {
			t.Errorf("head of %d: %q, want %q", n, got, w)
		}
	}
}
