package store

import (
	"context"
	"testing"

	"guanxi/model"
)

// A lunar birthday is stored as lunar and read back with its solar day of birth; a changed solar
// day makes it a plain solar birthday again; a date without a year stays without one.
func TestYearlyDatesAreStoredAsKept(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	lunar := model.YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}
	noYear := model.YearlyDate{M: 10, D: 24}
	c := addCustomer(t, s, model.Customer{Name: "王芳", BirthdayYearly: lunar, AnniversaryYearly: noYear})
	got, err := s.Customer(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.BirthdayYearly != lunar || got.Birthday != model.MustDate("1980-09-23") || got.AnniversaryYearly != noYear || !got.Anniversary.IsZero() {
		t.Fatalf("read back %s %s / %s %s", got.Birthday, got.BirthdayYearly, got.Anniversary, got.AnniversaryYearly)
	}
	var plain int
	if err := s.db.QueryRow("SELECT count(*) FROM customers WHERE birthday IS NOT NULL OR anniversary IS NOT NULL").Scan(&plain); err != nil || plain != 0 {
		t.Errorf("the plain date columns should stay empty: %d %v", plain, err)
	}
	// Saved as read: still lunar. Then the user writes another solar day: solar from then on.
	if err := s.UpdateCustomer(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Customer(ctx, c.ID); again.BirthdayYearly != lunar {
		t.Errorf("saved unchanged, the birthday became %s %s", again.Birthday, again.BirthdayYearly)
	}
	got.Birthday = model.MustDate("1980-09-24")
	if err := s.UpdateCustomer(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Customer(ctx, c.ID); !again.BirthdayYearly.IsZero() || again.Birthday != model.MustDate("1980-09-24") {
		t.Errorf("a new solar day should replace the lunar one: %s %s", again.Birthday, again.BirthdayYearly)
	}

	ct := model.Contact{CustomerID: c.ID, Name: "周丽", BirthdayYearly: model.YearlyDate{Lunar: true, M: 1, D: 15}}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	cts, err := s.Contacts(ctx, c.ID)
	if err != nil || len(cts) != 1 || cts[0].BirthdayYearly != ct.BirthdayYearly || !cts[0].Birthday.IsZero() {
		t.Fatalf("contact read back %+v %v", cts, err)
	}
}

// The greetings of lunar dates and of dates without a year fall on their solar day of the year,
// for customers and contacts, and a customer in the trash is not greeted.
func TestYearlyGreetings(t *testing.T) {
	s, ctx, lunar := bookWith(t, model.Customer{Name: "农历生日", BirthdayYearly: model.YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}})
	noYear := addCustomer(t, s, model.Customer{Name: "没有年份", BirthdayYearly: model.YearlyDate{M: 9, D: 26}})
	company := addCustomer(t, s, model.Customer{Name: "公司", AnniversaryYearly: model.YearlyDate{Lunar: true, Y: 2010, M: 8, D: 16}})
	gone := addCustomer(t, s, model.Customer{Name: "已删除", BirthdayYearly: model.YearlyDate{Lunar: true, M: 8, D: 15}})
	eve := addCustomer(t, s, model.Customer{Name: "除夕生日", BirthdayYearly: model.YearlyDate{Lunar: true, Y: 1990, M: 12, D: 30}})
	ct := model.Contact{CustomerID: noYear.ID, Name: "联系人", BirthdayYearly: model.YearlyDate{Lunar: true, M: 8, D: 14}}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCustomer(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}

	// 中秋 2026 is 25 September; the greeting lead is 3 days.
	items, err := s.Checklist(ctx, model.MustDate("2026-09-20"), 7)
	if err != nil {
		t.Fatal(err)
	}
	type seen struct {
		customer int64
		person   string
	}
	got := map[seen]model.ChecklistItem{}
	for _, it := range items {
		if it.IsGreeting() && it.Due.Occasion != model.OccasionHoliday {
			got[seen{it.CustomerID, it.Due.Person}] = it
		}
	}
	want := map[seen]struct {
		on    string
		years int
	}{
		{lunar.ID, ""}:     {"2026-09-25", 46},
		{noYear.ID, ""}:    {"2026-09-26", 0},
		{company.ID, ""}:   {"2026-09-26", 16},
		{noYear.ID, "联系人"}: {"2026-09-24", 0},
	}
	for k, w := range want {
		it, ok := got[k]
		if !ok {
			t.Errorf("no greeting for %+v: %+v", k, items)
			continue
		}
		if it.Due.OccasionOn != model.MustDate(w.on) || it.Due.Years != w.years || it.DueOn != model.MustDate(w.on).AddDays(-3) {
			t.Errorf("%+v: greeting on %s (%d years) due %s, want %s (%d years)", k, it.Due.OccasionOn, it.Due.Years, it.DueOn, w.on, w.years)
		}
	}
	if len(got) != len(want) {
		t.Errorf("greetings %d, want %d: %+v", len(got), len(want), got)
	}
	// Born on the eve of lunar 1991, greeted on 除夕 of lunar 2025: 16 February 2026 (a 29-day month).
	items, err = s.Checklist(ctx, model.MustDate("2026-02-13"), 3)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range items {
		found = found || (it.CustomerID == eve.ID && it.Due.OccasionOn == model.MustDate("2026-02-16"))
	}
	if !found {
		t.Errorf("no greeting on 除夕 2026-02-16: %+v", items)
	}
}
