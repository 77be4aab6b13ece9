package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// TestChecklistHeadIsTheStartOfTheChecklist compares the head with the whole checklist of a
// generated book, for limits small enough to cut every kind and large enough to hold them all;
// then again after the customers of the earliest items went to the trash, whose records the first
// reads of the head still find in the indexes and must leave out.
func TestChecklistHeadIsTheStartOfTheChecklist(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "guanxi.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	today := model.MustDate("2026-03-10")
	s.Now = func() time.Time { return time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local) }
	ctx := context.Background()
	if err := sample.Fill(ctx, s, sample.Options{Customers: 400, Seed: 7, Today: today}); err != nil {
		t.Fatal(err)
	}
	full := checkHead(t, s, today)
	trashed := map[int64]bool{}
	for _, it := range full {
		if it.CustomerID != 0 && !it.IsPlanned() && len(trashed) < 8 && !trashed[it.CustomerID] {
			trashed[it.CustomerID] = true
			if err := s.DeleteCustomer(ctx, it.CustomerID); err != nil {
				t.Fatal(err)
			}
		}
	}
	// A customer in the trash with more records due, earlier than any other, than the trash holds
	// customers: the head's reads must read past all of them.
	hoarder := model.Customer{Name: "囤积者", Level: model.LevelKey}
	if err := s.AddCustomer(ctx, &hoarder); err != nil {
		t.Fatal(err)
	}
	for i := range 60 {
		r := model.Reminder{CustomerID: hoarder.ID, DueOn: model.MustDate("2025-01-01").AddDays(i), Kind: model.ReminderOther, Note: "积压"}
		if err := s.AddReminder(ctx, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.DeleteCustomer(ctx, hoarder.ID); err != nil {
		t.Fatal(err)
	}
	trashed[hoarder.ID] = true
	if len(trashed) < 9 {
		t.Fatalf("only %d customers with records due to put in the trash", len(trashed))
	}
	for _, it := range checkHead(t, s, today) {
		if trashed[it.CustomerID] {
			t.Fatalf("an item of a customer in the trash: %+v", it)
		}
	}
	if _, err := s.ChecklistHead(ctx, today, 7, 0); err == nil {
		t.Error("a head of no items should be refused")
	}
}

// checkHead compares heads of several limits with the whole checklist, and returns that.
func checkHead(t *testing.T, s *store.Store, today model.Date) []model.ChecklistItem {
	t.Helper()
	ctx := context.Background()
	full, err := s.Checklist(ctx, today, 7)
	if err != nil {
		t.Fatal(err)
	}
	overdue, dueToday := 0, 0
	for _, it := range full {
		switch {
		case it.DueOn.Before(today):
			overdue++
		case it.DueOn == today:
			dueToday++
		}
	}
	if len(full) < 50 || overdue == 0 || dueToday == 0 {
		t.Fatalf("the generated book should have a checklist with overdue and today items: %d items, %d overdue, %d today", len(full), overdue, dueToday)
	}
	for _, limit := range []int{1, 5, 20, len(full) / 2, len(full), len(full) + 10} {
		h, err := s.ChecklistHead(ctx, today, 7, limit)
		if err != nil {
			t.Fatal(err)
		}
		if want := min(limit, len(full)); len(h.Items) > want || len(h.Items) == 0 {
			t.Errorf("limit %d: %d items, want up to %d", limit, len(h.Items), want)
		}
		// The head's days are the checklist's first days: no item left out is due earlier than
		// one kept.
		for i, it := range h.Items {
			if it.DueOn != full[i].DueOn {
				t.Errorf("limit %d: item %d is due %v, the checklist's is due %v", limit, i, it.DueOn, full[i].DueOn)
				break
			}
		}
		if h.More != (len(h.Items) < len(full)) && !(h.More && len(h.Items) == len(full)) {
			t.Errorf("limit %d: More is %v with %d of %d items", limit, h.More, len(h.Items), len(full))
		}
		switch {
		case h.OverdueMore:
			if h.Overdue > overdue || h.Overdue < limit {
				t.Errorf("limit %d: overdue %d+ of %d", limit, h.Overdue, overdue)
			}
		case h.Overdue != overdue:
			t.Errorf("limit %d: overdue %d, want %d", limit, h.Overdue, overdue)
		}
		switch {
		case h.TodayMore:
			if h.DueToday > dueToday {
				t.Errorf("limit %d: today %d+ of %d", limit, h.DueToday, dueToday)
			}
		case h.DueToday != dueToday:
			t.Errorf("limit %d: today %d, want %d", limit, h.DueToday, dueToday)
		}
		if limit >= len(full)+10 {
			if h.More || h.OverdueMore || h.TodayMore || len(h.Items) != len(full) {
				t.Errorf("limit %d above the checklist: %d items, flags %v %v %v", limit, len(h.Items), h.More, h.OverdueMore, h.TodayMore)
			}
			for i := range full {
				if h.Items[i].DueOn != full[i].DueOn || h.Items[i].CustomerID != full[i].CustomerID || h.Items[i].Kind != full[i].Kind {
					t.Errorf("item %d: %+v, want %+v", i, h.Items[i], full[i])
					break
				}
			}
		}
	}
	return full
}

// TestChecklistHeadReadsAtOnce: the follow-up view, a command and a reload may read the checklist
// at the same moment; their prepared statements are shared, and every read gets the same answer.
func TestChecklistHeadReadsAtOnce(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "guanxi.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	today := model.MustDate("2026-03-10")
	ctx := context.Background()
	if err := sample.Fill(ctx, s, sample.Options{Customers: 120, Seed: 5, Today: today}); err != nil {
		t.Fatal(err)
	}
	want, err := s.ChecklistHead(ctx, today, 7, 30)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			h, err := s.ChecklistHead(ctx, today, 7, 30)
			if err == nil && (len(h.Items) != len(want.Items) || h.Overdue != want.Overdue || h.DueToday != want.DueToday) {
				err = fmt.Errorf("%d items, %d overdue, %d today; want %d, %d, %d",
					len(h.Items), h.Overdue, h.DueToday, len(want.Items), want.Overdue, want.DueToday)
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
