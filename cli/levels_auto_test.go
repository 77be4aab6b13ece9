package cli

import (
	"testing"
)

// TestShowAppliesLevelsByThemselves: with the level rules set to run by themselves, `guanxi show`
// shows the level the rules give, as the TUI's archive does; with them off it shows the level kept.
func TestShowAppliesLevelsByThemselves(t *testing.T) {
	b := classesBook(t)
	if got := decodeObject(t, b.ok("show", "张三", "--json"))["level"]; got != "new" {
		t.Fatalf("with the rules off, 张三 stays new, got %v", got)
	}
	b.ok("classes", "--set", "auto_apply=on")
	if got := decodeObject(t, b.ok("show", "张三", "--json"))["level"]; got != "vip" {
		t.Errorf("with the rules on, show gives 张三 the level they suggest (vip), got %v", got)
	}
	if got := decodeObject(t, b.ok("show", "王五", "--json"))["level"]; got == "vip" {
		t.Errorf("王五 has no orders and is not made vip")
	}
}

// TestReportAppliesLevelsByThemselves: with the level rules set to run by themselves, `guanxi
// report` counts the levels after the rules, as the TUI's analysis does.
func TestReportAppliesLevelsByThemselves(t *testing.T) {
	b := classesBook(t)
	vips := func() float64 {
		for _, l := range decodeObject(t, b.ok("report", "--json"))["levels"].([]any) {
			if m := l.(map[string]any); m["code"] == "vip" {
				return m["count"].(float64)
			}
		}
		return 0
	}
	if n := vips(); n != 0 {
		t.Fatalf("with the rules off, no customer is vip yet, got %v", n)
	}
	b.ok("classes", "--set", "auto_apply=on")
	if n := vips(); n != 1 {
		t.Errorf("with the rules on, the report counts 张三 as vip, got %v", n)
	}
}
