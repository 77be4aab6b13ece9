package runcost

import (
	"os/exec"
	"strings"
	"testing"
)

// A run's output is counted, not kept; its standard error is kept, in a run that fails too; and it
// runs in Chinese without colour.
func TestRunCountsOutputAndKeepsErrors(t *testing.T) {
	c, err := Run(exec.Command("sh", "-c", `printf '%s|%s' "$LANG" "$NO_COLOR"; echo note >&2`))
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(len("zh_CN.UTF-8|1")); c.Printed != want {
		t.Errorf("printed %d bytes, want %d", c.Printed, want)
	}
	if c.Stderr != "note\n" {
		t.Errorf("standard error %q, want %q", c.Stderr, "note\n")
	}
	c, err = Run(exec.Command("sh", "-c", "echo broken >&2; exit 3"))
	if err == nil || !strings.Contains(c.Stderr, "broken") {
		t.Errorf("a failing run: %v, standard error %q", err, c.Stderr)
	}
}
