package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"guanxi/internal/scripttest"
)

// TestEveryProgramMeasures runs the measurement once on a small book: guanxi, the Go floor and the
// sqlite3 shell must each read customer 1 and print it, and every program that only starts must
// build and run, so the path the figures are measured on stays right. Timings are not looked at.
func TestEveryProgramMeasures(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and links six programs")
	}
	dir, bin := scripttest.Guanxi(t)
	book := filepath.Join(dir, "book.db")
	if out, err := exec.Command(bin, "demo", "--size", "20", "--db", book).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v: %s", err, out)
	}
	var out bytes.Buffer
	if err := measureAll(book, bin, 1, &out); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != 2+8 {
		t.Errorf("the table has %d lines, want a header and 8 rows:\n%s", n, out.String())
	}
}
