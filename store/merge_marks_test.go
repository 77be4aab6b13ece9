package store_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"guanxi/model"
)

// TestMergeCarriesPutOffsAndGreetings: a visit put off and a birthday greeting marked sent on one
// side of a fork are in the merged book, and the put-off moves the customer's next visit there.
func TestMergeCarriesPutOffsAndGreetings(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	base := openAt(t, filepath.Join(dir, "base.db"), time.Now)
	today := base.Today()
	zhang := model.Customer{Name: "张三", Level: model.LevelVIP, Birthday: today.AddDays(2)}
	must(t, base.AddCustomer(ctx, &zhang))
	here, there := filepath.Join(dir, "here.db"), filepath.Join(dir, "there.db")
	must(t, base.Backup(ctx, here, false))
	must(t, base.Backup(ctx, there, false))
	must(t, base.Close())

	o := openAt(t, there, time.Now)
	later := today.AddDays(20)
	must(t, o.SnoozePlan(ctx, zhang.ID, model.ItemVisit, later))
	items, err := o.Checklist(ctx, today, 7)
	must(t, err)
	marked := false
	for _, it := range items {
		if it.CustomerID == zhang.ID && it.IsGreeting() {
			must(t, o.MarkGreetingSent(ctx, it))
			marked = true
		}
	}
	if !marked {
		t.Fatal("no birthday greeting of 张三's to mark in the week's checklist")
	}
	want, err := o.Customer(ctx, zhang.ID)
	must(t, err)
	must(t, o.Close())

	h := openAt(t, here, time.Now)
	defer h.Close()
	sum, err := h.MergeDiverged(ctx, there, time.Now().Add(-time.Hour), model.En)
	must(t, err)
	if sum.Updated["plan_snoozes"] != 1 || sum.Added["greetings_sent"] != 1 {
		t.Errorf("summary %+v; want the put-off and the greeting", sum)
	}
	got, err := h.Customer(ctx, zhang.ID)
	must(t, err)
	if got.NextVisitOn != want.NextVisitOn || got.NextVisitOn != later {
		t.Errorf("张三's next visit %v; want %v, put off there", got.NextVisitOn, later)
	}
	items, err = h.Checklist(ctx, today, 7)
	must(t, err)
	for _, it := range items {
		if it.CustomerID == zhang.ID && it.IsGreeting() {
			t.Errorf("the greeting marked sent there is due again here: %+v", it)
		}
	}
}
