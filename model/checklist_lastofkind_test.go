package model

import "testing"

func TestLastOfKind(t *testing.T) {
	d := MustDate
	it := ChecklistItem{Kind: ItemVisit, LastContactOn: d("2026-12-02"), LastVisitOn: d("2026-11-26"), LastCallOn: d("2026-12-02")}
	if day, kind := it.LastOfKind(); day != d("2026-11-26") || kind != ItemVisit {
		t.Errorf("a visit row shows the last visit: %v %s", day, kind)
	}
	it.Kind = ItemCall
	if day, _ := it.LastOfKind(); day != d("2026-12-02") {
		t.Errorf("a call row shows the last call: %v", day)
	}
	it.Kind = ItemPayment
	if day, kind := it.LastOfKind(); day != d("2026-12-02") || kind != "" {
		t.Errorf("another row shows the last contact: %v %s", day, kind)
	}
}
