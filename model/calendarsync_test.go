package model

import (
	"reflect"
	"testing"
)

func TestReconcileCalendar(t *testing.T) {
	today := MustDate("2026-03-10")
	base := today.DaysSince(CalendarSequenceEpoch) // 799
	d := MustDate
	prev := []ExportedEvent{
		{UID: "same", CustomerID: 1, Sequence: 790, Fingerprint: "a", On: d("2026-03-12")},
		{UID: "moved", CustomerID: 1, Sequence: 798, Fingerprint: "a", On: d("2026-03-12")},
		{UID: "moved-today", CustomerID: 1, Sequence: 799, Fingerprint: "a", On: d("2026-03-12")},
		{UID: "done", CustomerID: 2, Sequence: 795, Fingerprint: "a", On: d("2026-03-09"), Summary: "拜访"},
		{UID: "done-before", CustomerID: 2, Sequence: 796, Fingerprint: "a", On: d("2026-03-01"), Cancelled: true},
		{UID: "long-gone", CustomerID: 2, Sequence: 700, Fingerprint: "a", On: d("2025-12-01"), Cancelled: true},
		{UID: "other-scope", CustomerID: 3, Sequence: 700, Fingerprint: "a", On: d("2026-03-11")},
		{UID: "revived", CustomerID: 1, Sequence: 780, Fingerprint: "a", On: d("2026-03-11"), Cancelled: true},
	}
	now := []ExportedEvent{
		{UID: "same", CustomerID: 1, Fingerprint: "a", On: d("2026-03-12")},
		{UID: "moved", CustomerID: 1, Fingerprint: "b", On: d("2026-03-13")},
		{UID: "moved-today", CustomerID: 1, Fingerprint: "b", On: d("2026-03-13")},
		{UID: "new", CustomerID: 1, Fingerprint: "a", On: d("2026-03-20")},
		{UID: "revived", CustomerID: 1, Fingerprint: "a", On: d("2026-03-11")},
	}
	got := ReconcileCalendar(prev, now, func(id int64) bool { return id != 3 }, today, 60)
	seq := map[string]int{}
	for _, e := range got.Current {
		seq[e.UID] = e.Sequence
	}
	want := map[string]int{"same": 790, "moved": base, "moved-today": 800, "new": base, "revived": base}
	if !reflect.DeepEqual(seq, want) {
		t.Errorf("sequences %v, want %v", seq, want)
	}
	cancelled := map[string]int{}
	for _, e := range got.Cancelled {
		if !e.Cancelled {
			t.Errorf("%s is not marked cancelled", e.UID)
		}
		cancelled[e.UID] = e.Sequence
	}
	// Done now: one higher. Cancelled before: the same again, for as long as it is kept.
	if want := map[string]int{"done": 796, "done-before": 796}; !reflect.DeepEqual(cancelled, want) {
		t.Errorf("cancelled %v, want %v", cancelled, want)
	}
	if !reflect.DeepEqual(got.Forget, []string{"long-gone"}) {
		t.Errorf("forget %v, want long-gone", got.Forget)
	}
}
