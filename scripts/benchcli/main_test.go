package main

import (
	"bytes"
	"strings"
	"testing"

	"guanxi/internal/scripttest"
)

// TestEveryRowMeasures runs the whole measurement once on a small book: every guanxi command and
// every bare statement of the table must run, exit 0 and print something, so the path the table is
// measured on stays right. Timings are not looked at.
func TestEveryRowMeasures(t *testing.T) {
	dir, bin := scripttest.Guanxi(t)
	var out bytes.Buffer
	b := &bench{guanxi: bin, dir: dir, runs: 1, out: &out}
	if err := b.all([]int{200, 300}); err != nil {
		t.Fatal(err)
	}
	bk, err := b.book(200)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows(bk) {
		if strings.Count(out.String(), "| "+r.name+" |") != 3 { // both sizes and the growth
			t.Errorf("the row %s is not measured at both sizes and in the growth:\n%s", r.name, out.String())
		}
	}
	if !strings.Contains(out.String(), "how the ratio to bare SQLite grows") {
		t.Errorf("no table of growth:\n%s", out.String())
	}
}
