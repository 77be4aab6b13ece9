package store

import (
	"context"
	"fmt"
	"testing"

	"guanxi/model"
)

// A customer an import adds, prepared ahead or added with records, is due on the day the sheet
// gave, before, on or after the plan's first contacts, paused plan or not; and stays so once the
// book's figures are recomputed from its records.
func TestKeepNextDue(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	today := model.DateOf(fixedNow)
	days := []model.Date{today.AddDays(-20), today, today.AddDays(3), today.AddDays(40)}
	want := map[int64]model.Date{}
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		for i, day := range days {
			for _, paused := range []bool{false, true} {
				c := &model.Customer{Name: fmt.Sprintf("客户%d-%v", i, paused), Level: model.LevelVIP, PlanPaused: paused}
				var p *PreparedCustomer
				var err error
				if i%2 == 0 {
					if p, err = s.PrepareCustomer(c); err == nil {
						c.ID, err = b.AddPrepared(p)
					}
				} else {
					err = b.AddCustomer(c)
				}
				if err != nil {
					return err
				}
				if err := b.KeepNextDue(c.ID, p, day, model.Reminder{Kind: model.ReminderOther, Note: "下次跟进"}); err != nil {
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
	if err := s.WriteBulk(ctx, func(b *Bulk) error {
		for id := range want {
			b.touch(id)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	check("recomputed")
	// A customer the import did not add keeps the book's own days.
	err = s.WriteBulk(ctx, func(b *Bulk) error { return b.KeepNextDue(1, nil, today, model.Reminder{}) })
	if err == nil {
		t.Error("keeping the day of a customer already in the book should fail")
	}
}
