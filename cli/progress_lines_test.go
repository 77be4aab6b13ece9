package cli

import (
	"strings"
	"testing"
)

// The long operations of a book not covered by TestLongOperationsShowProgressAndCancel, on a small
// book with the progress shown at once: the day's snapshot (looked for at each write), a check and a quick one, and the
// restore of a snapshot, each say what they do in a line to a pipe, with no terminal sequences.
func TestLongOperationsShowALineToAPipe(t *testing.T) {
	b := newBook(t)
	b.add("--name", "李四")
	b.add("--name", "王五") // the first write to a book that was there takes the day's snapshot
	snaps := b.complete("snapshots", "restore", "")
	if len(snaps) == 0 {
		t.Fatal("no snapshot to restore")
	}
	showProgressAtOnce(t)
	for _, step := range []struct {
		args []string
		line string
	}{
		{[]string{"add", "--name", "张三"}, "taking today's snapshot …\n"},
		{[]string{"check"}, "checking the book: every page …\n"},
		{[]string{"check", "--quick"}, "checking the book: every page …\n"},
		{[]string{"snapshots", "restore", snaps[0], "--force"}, "checking the snapshot and restoring the book …\n"},
	} {
		r := b.run(step.args...)
		if r.code != 0 || !strings.HasPrefix(r.stderr, step.line) {
			t.Errorf("%s: exit %d, stderr %q, want it to begin %q", strings.Join(step.args, " "), r.code, r.stderr, step.line)
		}
		if strings.ContainsAny(r.stderr, "\r\x1b") {
			t.Errorf("%s: progress to a pipe holds a terminal's sequences: %q", strings.Join(step.args, " "), r.stderr)
		}
	}
}
