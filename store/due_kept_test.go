package store

import (
	"context"
	"fmt"
	"iter"
	"maps"
	"testing"

	"guanxi/model"
)

// nextDueDays are the next follow-up days a sheet gives in these tests: before, on and after the
// first planned contacts of a customer added today.
func nextDueDays() []model.Date {
	today := model.DateOf(fixedNow)
	return []model.Date{today.AddDays(-20), today, today.AddDays(3), today.AddDays(40)}
}

// recompute has the book compute again from their records the figures of the customers ids, as a
// Bulk does for each customer it touches.
func recompute(t *testing.T, s *Store, ids iter.Seq[int64]) {
	t.Helper()
	if err := s.WriteBulk(context.Background(), func(b *Bulk) error {
		for id := range ids {
			b.touch(id)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// A customer an import adds with records is due on the day the sheet gave, before, on or after
// the plan's first contacts, paused plan or not; and stays so once the book's figures are
// recomputed from its records.
func TestKeepNextDue(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	want := map[int64]model.Date{}
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		for i, day := range nextDueDays() {
			for _, paused := range []bool{false, true} {
				c := &model.Customer{Name: fmt.Sprintf("客户%d-%v", i, paused), Level: model.LevelVIP, PlanPaused: paused}
				if err := b.AddCustomer(c); err != nil {
					return err
				}
				if err := b.KeepNextDue(c.ID, day, model.Reminder{Kind: model.ReminderOther, Note: "下次跟进"}); err != nil {
					return err
				}
				want[c.ID] = day
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		for id, day := range want {
			c, err := s.Customer(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if c.NextDueOn != day {
				t.Errorf("%s: %s is due on %s, want %s", when, c.Name, c.NextDueOn, day)
			}
		}
	}
	check("as imported")
	recompute(t, s, maps.Keys(want))
	check("recomputed")
	// A customer the import did not add keeps the book's own days.
	err = s.WriteBulk(ctx, func(b *Bulk) error { return b.KeepNextDue(1, model.DateOf(fixedNow), model.Reminder{}) })
	if err == nil {
		t.Error("keeping the day of a customer already in the book should fail")
	}
}
