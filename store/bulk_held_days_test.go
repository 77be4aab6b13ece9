package store

import (
	"context"
	"fmt"
	"maps"
	"testing"
	"time"

	"guanxi/model"
)

// A customer added with a sheet's days, its records held and written with others, has the
// records and the figures it would have had added one record at a time: the contact logged, the
// planned contacts before the next due day put off to it or a reminder on it; and the figures
// written with the row are those the book's records give when recomputed.
func TestAddPreparedWithDays(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	days := append([]model.Date{{}}, nextDueDays()...)
	type added struct {
		c       model.Customer
		logged  bool
		nextDue model.Date
	}
	var all []added
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		// More than rowsPerInsert of each, so some are written many to a statement.
		for n := 0; n < 3*rowsPerInsert; n++ {
			day := days[n%len(days)]
			logged := n%3 != 0
			c := &model.Customer{Name: fmt.Sprintf("客户%d", n), Level: model.LevelVIP, PlanPaused: n%7 == 0}
			p, err := s.PrepareCustomer(c)
			if err != nil {
				return err
			}
			var i *model.Interaction
			if logged {
				i = &model.Interaction{At: fixedNow.Add(-time.Duration(n) * 24 * time.Hour), Channel: model.ChannelOther, Summary: "上次联系"}
			}
			if c.ID, err = b.AddPreparedWithDays(p, i, day, model.Reminder{Kind: model.ReminderOther, Note: "下次跟进"}); err != nil {
				return err
			}
			all = append(all, added{*c, logged, day})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	imported := map[int64]model.Customer{}
	for _, a := range all {
		c, err := s.Customer(ctx, a.c.ID)
		if err != nil {
			t.Fatal(err)
		}
		imported[c.ID] = c
		if c.Name != a.c.Name {
			t.Errorf("customer %d is %s, want %s", c.ID, c.Name, a.c.Name)
		}
		if !a.nextDue.IsZero() && c.NextDueOn != a.nextDue {
			t.Errorf("%s is due on %s, want %s", c.Name, c.NextDueOn, a.nextDue)
		}
		got, err := s.Interactions(ctx, c.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		if a.logged != (len(got) == 1) || len(got) > 1 {
			t.Errorf("%s has %d logged contacts, want logged=%v", c.Name, len(got), a.logged)
		}
		if a.logged && c.LastContactOn.IsZero() {
			t.Errorf("%s has no last contact", c.Name)
		}
	}
	// What the book's records give, recomputed, is what was written with the rows.
	recompute(t, s, maps.Keys(imported))
	for id, was := range imported {
		c, err := s.Customer(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if columnsOf(&c) != columnsOf(&was) {
			t.Errorf("%s recomputed: %+v, written: %+v", c.Name, columnsOf(&c), columnsOf(&was))
		}
	}
}
