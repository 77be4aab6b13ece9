package model

import (
	"testing"
	"time"
)

func TestCheckDealChange(t *testing.T) {
	due := MustDate("2026-05-01")
	tests := []struct {
		name string
		deal Deal
		paid Money
		ok   bool
	}{
		{"no payments, any amount", Deal{Amount: 1}, 0, true},
		{"amount above what was paid", Deal{Amount: 500, CreditDueOn: due}, 400, true},
		{"amount equal to what was paid", Deal{Amount: 400, CreditDueOn: due}, 400, true},
		{"amount below what was paid", Deal{Amount: 300, CreditDueOn: due}, 400, false},
		{"credit dropped with payments", Deal{Amount: 500}, 100, false},
		{"credit dropped without payments", Deal{Amount: 500}, 0, true},
	}
	for _, tt := range tests {
		if err := CheckDealChange(tt.deal, tt.paid); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

func TestCheckPaymentChange(t *testing.T) {
	tests := []struct {
		name                       string
		old, new, paid, dealAmount Money
		ok                         bool
	}{
		{"smaller", 300, 200, 300, 1000, true},
		{"larger within the deal", 300, 900, 500, 1000, false},
		{"larger up to the deal", 300, 800, 500, 1000, true},
		{"zero", 300, 0, 300, 1000, false},
	}
	for _, tt := range tests {
		if err := CheckPaymentChange(tt.old, tt.new, tt.paid, tt.dealAmount); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

func TestParseRecordKind(t *testing.T) {
	for _, c := range RecordKinds {
		if k, err := ParseRecordKind(c.Code); err != nil || k.Name() != c.Name {
			t.Errorf("%s: %v", c.Code, err)
		}
	}
	if _, err := ParseRecordKind("customer"); err == nil {
		t.Errorf("a customer is not a record")
	}
}

func TestNextStepReminder(t *testing.T) {
	at := time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)
	tests := []struct {
		name string
		next string
		on   Date
		ok   bool
	}{
		{"a next step on a later day", "送报价", MustDate("2026-03-17"), true},
		{"on the day of the contact", "送报价", MustDate("2026-03-10"), true},
		{"no next step", "  ", MustDate("2026-03-17"), false},
		{"before the contact", "送报价", MustDate("2026-03-01"), false},
	}
	for _, tt := range tests {
		r, err := NextStepReminder(Interaction{CustomerID: 3, At: at, NextStep: tt.next}, tt.on)
		if (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
		if tt.ok && (r.DueOn != tt.on || r.Note != "送报价" || r.CustomerID != 3) {
			t.Errorf("%s: %+v", tt.name, r)
		}
	}
}

func TestCheckComplaintChange(t *testing.T) {
	on := MustDate("2026-03-01")
	tests := []struct {
		name string
		c    Complaint
		ok   bool
	}{
		{"open", Complaint{On: on}, true},
		{"resolved after, with a summary", Complaint{On: on, ResolvedOn: MustDate("2026-03-05"), Summary: "换货"}, true},
		{"resolved before it was made", Complaint{On: on, ResolvedOn: MustDate("2026-02-05"), Summary: "换货"}, false},
		{"resolved with no summary", Complaint{On: on, ResolvedOn: MustDate("2026-03-05")}, false},
	}
	for _, tt := range tests {
		if err := CheckComplaintChange(tt.c); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

func TestRecentlyDone(t *testing.T) {
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)
	tests := []struct {
		name string
		done time.Time
		want bool
	}{
		{"open", time.Time{}, false},
		{"done today", now.Add(-time.Hour), true},
		{"done 30 days ago", now.Add(-DoneShownFor), true},
		{"done 31 days ago", now.Add(-DoneShownFor - 24*time.Hour), false},
	}
	for _, tt := range tests {
		r := Reminder{DoneAt: tt.done}
		if got := r.RecentlyDone(now); got != tt.want {
			t.Errorf("%s: %v", tt.name, got)
		}
	}
}
