package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// TestMergeCarriesPutOffsAndGreetings: a visit put off and a birthday greeting marked sent on one
// side of a fork are in the merged book, and the put-off moves the customer's next visit there.
func TestMergeCarriesPutOffsAndGreetings(t *testing.T) {
	ctx := context.Background()
	base, dir := forkBase(t, time.Now)
	today := base.Today()
	zhang := model.Customer{Name: "张三", Level: model.LevelVIP, Birthday: today.AddDays(2)}
	must(t, base.AddCustomer(ctx, &zhang))
	here, there := fork(t, base, dir)

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
	if sum.Added["plan_snoozes"] != 1 || sum.Added["greetings_sent"] != 1 {
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

// TestMergeHonoursChangedAndDeletedMarks: a book forked in two, its put-offs and greetings marked
// sent changed and deleted on each side, then merged: the newer of two changes of one put-off
// wins, a put-off made on one side is added, one deleted there goes here unless it changed here
// after, a greeting deleted there is due again here, one marked there only is marked here, and one
// marked on both sides apart is one greeting under the newer mark's uid.
func TestMergeHonoursChangedAndDeletedMarks(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	at := clocksBefore(now)

	// The common past, three hours ago: five customers with a visit planned and a birthday in two
	// days; four visits put off, two birthday greetings marked sent.
	base, dir := forkBase(t, at(3*time.Hour))
	today := base.Today()
	names := []string{"张三", "李四", "王五", "赵六", "钱七"}
	ids := map[string]int64{}
	planned := map[string]model.Date{} // the visit the plan asks for, before any put-off
	for _, n := range names {
		c := model.Customer{Name: n, Level: model.LevelVIP, Birthday: today.AddDays(2)}
		must(t, base.AddCustomer(ctx, &c))
		ids[n] = c.ID
		got, err := base.Customer(ctx, c.ID)
		must(t, err)
		planned[n] = got.NextVisitOn
	}
	for _, n := range names[:4] {
		must(t, base.SnoozePlan(ctx, ids[n], model.ItemVisit, today.AddDays(20)))
	}
	markBirthday(t, base, today, ids["张三"], ids["赵六"])
	here, there := fork(t, base, dir)
	since := now.Add(-2 * time.Hour)

	// Here, ninety minutes ago: 张三's visit put off to day 21, 王五's greeting marked; half an
	// hour ago: 李四's and 赵六's put off to day 23.
	hereNow := at(90 * time.Minute)
	h := openAt(t, here, func() time.Time { return hereNow() })
	defer h.Close()
	must(t, h.SnoozePlan(ctx, ids["张三"], model.ItemVisit, today.AddDays(21)))
	markBirthday(t, h, today, ids["王五"])
	hereNow = at(30 * time.Minute)
	must(t, h.SnoozePlan(ctx, ids["李四"], model.ItemVisit, today.AddDays(23)))
	must(t, h.SnoozePlan(ctx, ids["赵六"], model.ItemVisit, today.AddDays(23)))

	// There, an hour ago: 张三's put off to day 22 (later than here's change), 李四's to day 22
	// (earlier than here's), 钱七's put off, 王五's and 李四's greetings marked; and, as no command
	// takes back a put-off or a greeting yet, 王五's and 赵六's put-offs and 张三's greeting
	// deleted an hour ago.
	o := openAt(t, there, at(time.Hour))
	must(t, o.SnoozePlan(ctx, ids["张三"], model.ItemVisit, today.AddDays(22)))
	must(t, o.SnoozePlan(ctx, ids["李四"], model.ItemVisit, today.AddDays(22)))
	must(t, o.SnoozePlan(ctx, ids["钱七"], model.ItemVisit, today.AddDays(22)))
	markBirthday(t, o, today, ids["王五"], ids["李四"])
	must(t, o.Close())
	raw := rawBook(t, there)
	exec(t, raw, "DELETE FROM plan_snoozes WHERE customer_id IN (?, ?)", ids["王五"], ids["赵六"])
	exec(t, raw, "DELETE FROM greetings_sent WHERE customer_id = ?", ids["张三"])
	exec(t, raw, "UPDATE tombstones SET deleted_at = ?", now.Add(-time.Hour).Unix())
	var thereWang string
	must(t, raw.QueryRow("SELECT uid FROM greetings_sent WHERE customer_id = ?", ids["王五"]).Scan(&thereWang))
	raw.Close()

	sum, err := h.MergeDiverged(ctx, there, since, model.En)
	must(t, err)
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"put-offs taken from there", sum.Updated["plan_snoozes"], 1},
		{"put-offs added", sum.Added["plan_snoozes"], 1},
		{"put-offs deleted", sum.Deleted["plan_snoozes"], 1},
		{"greetings taken from there", sum.Updated["greetings_sent"], 1},
		{"greetings added", sum.Added["greetings_sent"], 1},
		{"greetings deleted", sum.Deleted["greetings_sent"], 1},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d; want %d", c.what, c.got, c.want)
		}
	}

	// The next visits the put-offs make, and the greetings due, read off the merged book.
	next := map[string]string{}
	for _, n := range names {
		got, err := h.Customer(ctx, ids[n])
		must(t, err)
		next[n] = got.NextVisitOn.String()
	}
	wantNext := map[string]string{
		"张三": today.AddDays(22).String(), // there's, the later change
		"李四": today.AddDays(23).String(), // here's, the later change
		"王五": planned["王五"].String(),     // deleted there: the plan's own day again
		"赵六": today.AddDays(23).String(), // deleted there, changed here after
		"钱七": today.AddDays(22).String(), // made there
	}
	if !reflect.DeepEqual(next, wantNext) {
		t.Errorf("next visits after the merge %v; want %v", next, wantNext)
	}
	due := map[string]bool{}
	items, err := h.Checklist(ctx, today, 7)
	must(t, err)
	for _, it := range items {
		if it.IsGreeting() {
			due[it.CustomerName] = true
		}
	}
	if want := map[string]bool{"张三": true, "钱七": true}; !reflect.DeepEqual(due, want) {
		t.Errorf("greetings due after the merge %v; want %v (张三's mark deleted there, 钱七's never marked)", due, want)
	}
	var wangs int
	var hereWang string
	raw = rawBook(t, here)
	defer raw.Close()
	must(t, raw.QueryRow("SELECT count(*), min(uid) FROM greetings_sent WHERE customer_id = ?", ids["王五"]).Scan(&wangs, &hereWang))
	if wangs != 1 || hereWang != thereWang {
		t.Errorf("王五's greeting marked on both sides: %d rows, uid %s; want one, there's (newer) %s", wangs, hereWang, thereWang)
	}
}

// markBirthday marks sent the birthday greetings of the customers ids due in the week from today.
func markBirthday(t *testing.T, s *store.Store, today model.Date, ids ...int64) {
	t.Helper()
	items, err := s.Checklist(context.Background(), today, 7)
	must(t, err)
	for _, id := range ids {
		marked := false
		for _, it := range items {
			if it.CustomerID == id && it.IsGreeting() {
				must(t, s.MarkGreetingSent(context.Background(), it))
				marked = true
			}
		}
		if !marked {
			t.Fatalf("no birthday greeting of customer %d's in the week's checklist", id)
		}
	}
}
