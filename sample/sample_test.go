package sample

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
)

// testToday is the day the test books are built around.
var testToday = model.MustDate("2026-03-10")

// testNow is the clock of the test books: 09:00 on testToday.
var testNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)

func openBook(t testing.TB) *store.Store {
	t.Helper()
	return testbook.Open(t, testbook.At(testNow))
}

// demoBook is one demo book shared by the tests that only read it.
var demoBook struct {
	s   *store.Store
	err error
}

func demo(t *testing.T) *store.Store {
	t.Helper()
	if demoBook.s == nil && demoBook.err == nil {
		dir, err := os.MkdirTemp("", "guanxi-sample-")
		if err != nil {
			t.Fatal(err)
		}
		s, err := store.Open(filepath.Join(dir, "demo.db"), store.WithClock(testbook.At(testNow)))
		if err == nil {
			err = Demo(context.Background(), s, testToday)
		}
		demoBook.s, demoBook.err = s, err
	}
	if demoBook.err != nil {
		t.Fatal(demoBook.err)
	}
	return demoBook.s
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demoBook.s != nil {
		dir := filepath.Dir(demoBook.s.Path())
		demoBook.s.Close()
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// customers returns every customer of the book in id order, with their full profile.
func customers(t *testing.T, s *store.Store) []model.Customer {
	t.Helper()
	ctx := context.Background()
	list, err := s.ListCustomers(ctx, store.ListQuery{Sort: store.SortName})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]model.Customer, 0, len(list))
	for id := int64(1); len(out) < len(list); id++ {
		c, err := s.Customer(ctx, id)
		if err != nil {
			t.Fatalf("customer %d: %v", id, err)
		}
		out = append(out, c)
	}
	return out
}

func TestDemoIsTheSameEveryTime(t *testing.T) {
	ctx := context.Background()
	fingerprint := func(s *store.Store) []string {
		var out []string
		for _, c := range customers(t, s) {
			out = append(out, strings.Join([]string{c.Name, c.Company, c.Phone, c.Email, c.WeChat, string(c.Level),
				c.NextDueOn.String(), c.OrderTotal.String()}, "|"))
			log, err := s.Interactions(ctx, c.ID, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, in := range log {
				out = append(out, in.At.Format(time.DateTime)+in.Summary+in.NextStep)
			}
		}
		return out
	}
	a := openBook(t)
	if err := Demo(ctx, a, testToday); err != nil {
		t.Fatal(err)
	}
	first, second := fingerprint(a), fingerprint(demo(t))
	if len(first) != len(second) {
		t.Fatalf("two demo books differ in size: %d and %d lines", len(first), len(second))
	}
	for i := range first {
		if first[i] != second[i] {
			t.Fatalf("two demo books differ at line %d:\n%s\n%s", i, first[i], second[i])
		}
	}
	n, _ := a.CountCustomers(ctx)
	if n != DemoCustomers {
		t.Errorf("the demo holds %d customers, want %d", n, DemoCustomers)
	}
}

func TestDemoCoversEveryClass(t *testing.T) {
	s := demo(t)
	ctx := context.Background()
	levels, stages, relations, kinds := map[model.Level]int{}, map[model.Stage]int{}, map[model.Relation]int{}, map[model.Kind]int{}
	zhang := 0
	for _, c := range customers(t, s) {
		levels[c.Level]++
		stages[c.Stage]++
		relations[c.Relation]++
		kinds[c.Kind]++
		if c.Name == "张三" {
			t.Errorf("customer %d is named 张三, which the end-to-end test adds itself", c.ID)
		}
		if strings.HasPrefix(c.Name, "张") {
			zhang++
		}
		if c.Kind == model.KindOrganisation {
			contacts, err := s.Contacts(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(contacts) < 1 || len(contacts) > 3 {
				t.Errorf("organisation %s has %d contacts, want 1 to 3", c.Name, len(contacts))
			}
			for _, k := range contacts {
				if k.Title == "" || k.Phone == "" {
					t.Errorf("contact %s of %s lacks a title or phone", k.Name, c.Name)
				}
			}
		}
	}
	for _, l := range model.Levels() {
		if levels[l.Code] == 0 {
			t.Errorf("no customer of level %s", l.Code)
		}
	}
	for _, st := range model.Stages {
		if stages[model.Stage(st.Code)] == 0 {
			t.Errorf("no customer at stage %s", st.Code)
		}
	}
	for _, r := range model.Relations {
		if relations[model.Relation(r.Code)] == 0 {
			t.Errorf("no customer with relation %s", r.Code)
		}
	}
	if kinds[model.KindPerson] < 20 || kinds[model.KindOrganisation] < 20 {
		t.Errorf("kinds %v: want a mix of persons and organisations", kinds)
	}
	if zhang == 0 {
		t.Error("no customer's name starts with 张")
	}
}

func TestDemoNamesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range customers(t, demo(t)) {
		if seen[c.Name] {
			t.Errorf("two customers are called %s", c.Name)
		}
		seen[c.Name] = true
	}
}

func TestDemoChecklistHasSomeOfEverything(t *testing.T) {
	items, err := demo(t).Checklist(context.Background(), testToday, 7)
	if err != nil {
		t.Fatal(err)
	}
	var overdue, today, coming int
	kinds := map[model.ItemKind]int{}
	for _, it := range items {
		kinds[it.Kind]++
		switch {
		case it.OverdueDays > 0:
			overdue++
		case it.DueOn == testToday:
			today++
		default:
			coming++
		}
	}
	t.Logf("checklist: %d overdue, %d today, %d in the next days; by kind %v", overdue, today, coming, kinds)
	if overdue == 0 || overdue >= 40 {
		t.Errorf("%d items overdue, want some but fewer than 40", overdue)
	}
	if today == 0 || coming == 0 {
		t.Errorf("%d items today and %d coming, want some of each", today, coming)
	}
	for _, k := range []model.ItemKind{model.ItemVisit, model.ItemCall, model.ItemComplaint, model.ItemPayment} {
		if kinds[k] == 0 {
			t.Errorf("no %s item on the checklist", k)
		}
	}
}

func TestDemoVIPsReachTheThreshold(t *testing.T) {
	s := demo(t)
	ctx := context.Background()
	yearAgo := testToday.AddDays(-365)
	vips := 0
	for _, c := range customers(t, s) {
		if c.Level != model.LevelVIP {
			continue
		}
		vips++
		deals, err := s.Deals(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		var year model.Money
		for _, d := range deals {
			if d.On.After(yearAgo) {
				year += d.Amount
			}
		}
		if year < 5_000_000*100 {
			t.Errorf("VIP %s ordered %s in the last twelve months, below ¥5,000,000", c.Name, year)
		}
	}
	if vips == 0 {
		t.Fatal("no VIP in the demo")
	}
}

func TestDemoRecords(t *testing.T) {
	s := demo(t)
	ctx := context.Background()
	channels := map[model.Channel]int{}
	var openComplaints, owed, persons, typedPersons, contacts, typedContacts, birthdays int
	var smallest, largest model.Money
	for _, c := range customers(t, s) {
		log, err := s.Interactions(ctx, c.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range log {
			channels[in.Channel]++
			if in.At.After(time.Date(2026, 3, 11, 0, 0, 0, 0, time.Local)) {
				t.Errorf("%s has a contact logged in the future: %v", c.Name, in.At)
			}
		}
		deals, err := s.Deals(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range deals {
			if smallest == 0 || d.Amount < smallest {
				smallest = d.Amount
			}
			largest = max(largest, d.Amount)
		}
		if c.Owed > 0 {
			owed++
		}
		if !c.Birthday.IsZero() {
			birthdays++
		}
		if c.Kind == model.KindPerson {
			persons++
			if len(c.Types) > 0 {
				typedPersons++
			}
		}
		ks, err := s.Contacts(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range ks {
			contacts++
			if len(k.Types) > 0 {
				typedContacts++
			}
		}
	}
	items, err := s.Checklist(ctx, testToday, 30)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Kind == model.ItemComplaint {
			openComplaints++
		}
	}
	for _, ch := range model.Channels {
		if channels[model.Channel(ch.Code)] == 0 {
			t.Errorf("no contact logged by %s", ch.Code)
		}
	}
	if smallest > 10_000*100 || largest < 1_000_000*100 {
		t.Errorf("deals run from %s to %s, want thousands to millions", smallest, largest)
	}
	if openComplaints == 0 || owed == 0 || birthdays == 0 {
		t.Errorf("%d open complaints, %d customers owing, %d birthdays: want some of each", openComplaints, owed, birthdays)
	}
	share := float64(typedPersons+typedContacts) / float64(persons+contacts)
	if typedContacts == 0 || share < 0.3 || share > 0.5 {
		t.Errorf("%d of %d persons and %d of %d contacts carry a personality type, want about 40%%",
			typedPersons, persons, typedContacts, contacts)
	}
}

func TestDemoIsSound(t *testing.T) {
	problems, err := demo(t).Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// The book writes each generated customer once with the derived figures the generator computed;
// recomputing them the ordinary way must change nothing.
func TestDerivedFiguresAgreeWithTheBook(t *testing.T) {
	s := demo(t)
	ctx := context.Background()
	for _, c := range customers(t, s) {
		again := c
		if err := s.UpdateCustomer(ctx, &again); err != nil {
			t.Fatal(err)
		}
		got, err := s.Customer(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if derived(got) != derived(c) {
			t.Errorf("%s: written %s, recomputed %s", c.Name, derived(c), derived(got))
		}
	}
}

func derived(c model.Customer) string {
	return fmt.Sprint(c.FirstDealOn, c.LastDealOn, c.DealCount, c.LastContactOn, c.LastVisitOn, c.LastCallOn, c.NextVisitOn, c.NextCallOn,
		c.NextDueOn, c.OrderTotal, c.Owed)
}

// A Bulk that adds records to a customer already in the book, some in batches longer than one
// statement, leaves the same figures as adding them one by one.
func TestBulkBatchesKeepFiguresRight(t *testing.T) {
	ctx := context.Background()
	batched, single := openBook(t), openBook(t)
	var interactions []model.Interaction
	var deals []model.Deal
	var reminders []model.Reminder
	for k := range 45 {
		ch := []model.Channel{model.ChannelVisit, model.ChannelCall, model.ChannelWeChat}[k%3]
		interactions = append(interactions, model.Interaction{CustomerID: 1, Channel: ch, Summary: fmt.Sprintf("第%d次联系", k+1),
			At: time.Date(2026, 1, 1+k, 10, 0, 0, 0, time.Local)})
		deals = append(deals, model.Deal{CustomerID: 1, On: model.MustDate("2025-06-01").AddDays(k), Product: "备品备件",
			Amount: model.Money(1000+k) * 100, CreditDueOn: model.MustDate("2026-03-01").AddDays(k)})
		reminders = append(reminders, model.Reminder{CustomerID: 1, DueOn: testToday.AddDays(k - 3), Note: "回访"})
	}
	for _, s := range []*store.Store{batched, single} {
		if err := s.AddCustomer(ctx, &model.Customer{Name: "周建国", Level: model.LevelHonored}); err != nil {
			t.Fatal(err)
		}
	}
	err := batched.WriteBulk(ctx, func(b *store.Bulk) error {
		return errors.Join(b.LogInteractions(interactions), b.AddDeals(deals), b.AddReminders(reminders))
	})
	if err != nil {
		t.Fatal(err)
	}
	err = single.WriteBulk(ctx, func(b *store.Bulk) error {
		for k := range interactions {
			if err := errors.Join(b.LogInteraction(&interactions[k]), b.AddDeal(&deals[k]), b.AddReminder(&reminders[k])); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := batched.Customer(ctx, 1)
	b, _ := single.Customer(ctx, 1)
	if derived(a) != derived(b) {
		t.Errorf("batched %s, one by one %s", derived(a), derived(b))
	}
	if a.LastContactOn != model.MustDate("2026-02-14") || a.OrderTotal == 0 || a.Owed == 0 || a.NextDueOn.IsZero() {
		t.Errorf("figures after the batches: %s", derived(a))
	}
	log, _ := batched.Interactions(ctx, 1, 0)
	if len(log) != 45 {
		t.Errorf("%d contacts logged, want 45", len(log))
	}
}

func TestFillRefusesABookWithCustomers(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	if err := Fill(ctx, s, Options{Customers: 3, Seed: 7, Today: testToday}); err != nil {
		t.Fatal(err)
	}
	if err := Fill(ctx, s, Options{Customers: 3, Seed: 7, Today: testToday}); !errors.Is(err, ErrBookNotEmpty) {
		t.Fatalf("second Fill = %v, want ErrBookNotEmpty", err)
	}
}

func TestScaleBookHasTheBenchmarkProportions(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a book of 2,000 customers")
	}
	s := openBook(t)
	ctx := context.Background()
	const n = 2000
	if err := Fill(ctx, s, Options{Customers: n, Seed: 1, Today: testToday, Scale: true}); err != nil {
		t.Fatal(err)
	}
	var interactions, deals, reminders int
	for id := int64(1); id <= n; id++ {
		log, err := s.Interactions(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		d, err := s.Deals(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Reminders(ctx, id, false)
		if err != nil {
			t.Fatal(err)
		}
		interactions, deals, reminders = interactions+len(log), deals+len(d), reminders+len(r)
	}
	for _, f := range []struct {
		what      string
		got, want float64
	}{
		{"logged contacts", float64(interactions) / n, 10},
		{"deals", float64(deals) / n, 3},
		{"reminders", float64(reminders) / n, 2},
	} {
		t.Logf("%s per customer: %.2f", f.what, f.got)
		if f.got < f.want*0.92 || f.got > f.want*1.08 {
			t.Errorf("%.2f %s per customer, want about %.0f", f.got, f.what, f.want)
		}
	}
	problems, err := s.Check(ctx)
	if err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}
