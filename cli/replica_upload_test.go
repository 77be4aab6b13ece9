package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// showFirstUploads makes the first upload of any book wait with its progress.
func showFirstUploads(t *testing.T) {
	old := firstUploadFrom
	firstUploadFrom = 0
	t.Cleanup(func() { firstUploadFrom = old })
}

// The first upload of a book to an empty replica shows a line of progress to a pipe and none
// with --json; stopped with ctrl+c, the command still succeeds, says so, and the next write
// ships the whole book.
func TestReplicaFirstUploadShowsProgress(t *testing.T) {
	showFirstUploads(t)
	a := onMachine(t, "laptop")
	a.add("--name", "张三") // the day's snapshot is taken, before its progress shows at once
	showProgressAtOnce(t)

	a.ok("replica", "set", filepath.Join(t.TempDir(), "nas"))
	r := a.run("add", "--name", "李四")
	if r.code != 0 || !strings.Contains(r.stderr, "uploading the book to its replica for the first time …\n") {
		t.Errorf("first upload: exit %d, stderr %q", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "\r") || strings.Contains(r.stderr, "\x1b") {
		t.Errorf("progress to a pipe holds a terminal's sequences: %q", r.stderr)
	}
	if r := a.run("add", "--name", "王五"); r.code != 0 || strings.Contains(r.stderr, "uploading") {
		t.Errorf("a later write uploaded the book again: exit %d, %q", r.code, r.stderr)
	}

	a.ok("replica", "set", filepath.Join(t.TempDir(), "other"))
	if r := a.run("add", "--name", "赵六", "--json"); r.code != 0 || r.stderr != "" {
		t.Errorf("first upload with --json: exit %d, stderr %q", r.code, r.stderr)
	}

	stick := filepath.Join(t.TempDir(), "stick")
	a.ok("replica", "set", stick)
	r = a.runCancelledWhen("uploading", "add", "--name", "钱七")
	if r.code != 0 || !strings.Contains(r.stderr, "upload stopped: the book is whole here") {
		t.Errorf("stopped upload: exit %d, %q", r.code, r.stderr)
	}
	if r := a.run("add", "--name", "孙八"); r.code != 0 || !strings.Contains(r.stderr, "uploading the book to its replica for the first time") {
		t.Errorf("the write after a stopped upload: exit %d, %q", r.code, r.stderr)
	}
	to := filepath.Join(t.TempDir(), "copy.db")
	if out := a.ok("replica", "restore", "--to", to); !strings.Contains(out, "6 customers") {
		t.Errorf("the replica after a stopped upload and a write: %q", out)
	}
}
