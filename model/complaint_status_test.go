package model

import "testing"

func TestComplaintState(t *testing.T) {
	d := MustDate
	today := d("2026-03-10")
	cases := []struct {
		name string
		c    Complaint
		want ComplaintState
	}{
		{"promise ahead", Complaint{On: d("2026-03-08"), ReplyBy: d("2026-03-12")}, ComplaintOpen},
		{"promise today", Complaint{On: d("2026-03-08"), ReplyBy: d("2026-03-10")}, ComplaintDueToday},
		{"promise passed", Complaint{On: d("2026-03-01"), ReplyBy: d("2026-03-09")}, ComplaintBroken},
		{"nothing promised is due at once", Complaint{On: d("2026-03-10")}, ComplaintDueToday},
		{"nothing promised, days ago", Complaint{On: d("2026-03-05")}, ComplaintBroken},
		{"resolved in time", Complaint{On: d("2026-03-01"), ReplyBy: d("2026-03-05"), ResolvedOn: d("2026-03-05")}, ComplaintResolved},
		{"resolved late", Complaint{On: d("2026-03-01"), ReplyBy: d("2026-03-05"), ResolvedOn: d("2026-03-06")}, ComplaintResolvedLate},
	}
	for _, c := range cases {
		if got := c.c.State(today); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestComplaintResolveAndValidate(t *testing.T) {
	d := MustDate
	c := Complaint{On: d("2026-03-05"), What: "交货晚了", Severity: 2, GoodFaith: true}
	if err := c.Resolve(d("2026-03-10"), "  "); err == nil {
		t.Error("a resolve without a summary should be refused")
	}
	if err := c.Resolve(d("2026-03-04"), "补发"); err == nil {
		t.Error("a resolve before the complaint should be refused")
	}
	if err := c.Resolve(d("2026-03-10"), " 已补发并致歉 "); err != nil || c.Summary != "已补发并致歉" || c.Open() {
		t.Errorf("Resolve: %v, %+v", err, c)
	}
	if err := c.Resolve(d("2026-03-11"), "again"); err == nil {
		t.Error("a resolved complaint cannot be resolved again")
	}
	bad := []Complaint{
		{On: d("2026-03-05"), What: "", Severity: 1},
		{On: d("2026-03-05"), What: "x", Severity: 4},
		{On: d("2026-03-05"), What: "x", Severity: 1, ReplyBy: d("2026-03-04")},
		{What: "x", Severity: 1},
	}
	for _, b := range bad {
		if err := b.Validate(); err == nil {
			t.Errorf("%+v should be refused", b)
		}
	}
}
