package model

import (
	"testing"
	"time"
)

func TestCheckDealChange(t *testing.T) {
	due := MustDate("2026-05-01")
	// dealChange is a deal as changed and what was paid on it.
	type dealChange struct {
		deal Deal
		paid Money
	}
	checkVerdicts(t, func(c dealChange) error { return CheckDealChange(c.deal, c.paid) }, verdicts[dealChange]{
		{"no payments, any amount", dealChange{Deal{Amount: 1}, 0}, true},
		{"amount above what was paid", dealChange{Deal{Amount: 500, CreditDueOn: due}, 400}, true},
		{"amount equal to what was paid", dealChange{Deal{Amount: 400, CreditDueOn: due}, 400}, true},
		{"amount below what was paid", dealChange{Deal{Amount: 300, CreditDueOn: due}, 400}, false},
		{"credit dropped with payments", dealChange{Deal{Amount: 500}, 100}, false},
		{"credit dropped without payments", dealChange{Deal{Amount: 500}, 0}, true},
	})
}

func TestCheckPaymentChange(t *testing.T) {
	// paymentChange is a payment's amount before and after, what was paid on its deal, and the
	// deal's amount.
	type paymentChange struct{ old, new, paid, dealAmount Money }
	checkVerdicts(t, func(c paymentChange) error { return CheckPaymentChange(c.old, c.new, c.paid, c.dealAmount) }, verdicts[paymentChange]{
		{"smaller", paymentChange{300, 200, 300, 1000}, true},
		{"larger within the deal", paymentChange{300, 900, 500, 1000}, false},
		{"larger up to the deal", paymentChange{300, 800, 500, 1000}, true},
		{"zero", paymentChange{300, 0, 300, 1000}, false},
	})
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
	checkVerdicts(t, CheckComplaintChange, verdicts[Complaint]{
		{"open", Complaint{On: on}, true},
		{"resolved after, with a summary", Complaint{On: on, ResolvedOn: MustDate("2026-03-05"), Summary: "换货"}, true},
		{"resolved before it was made", Complaint{On: on, ResolvedOn: MustDate("2026-02-05"), Summary: "换货"}, false},
		{"resolved with no summary", Complaint{On: on, ResolvedOn: MustDate("2026-03-05")}, false},
	})
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
