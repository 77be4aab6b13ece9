package safetytest

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gxUmask0 runs the binary under umask 000, so a file it makes shows the mode it chose.
func gxUmask0(t *testing.T, args ...string) result {
	t.Helper()
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = shellQuote(a)
	}
	cmd := exec.Command("sh", "-c", "umask 000; exec "+shellQuote(gxBin)+" "+strings.Join(quoted, " "))
	cmd.Env = baseEnv(t.TempDir())
	out, err := cmd.Output()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
		return result{code, string(out), string(ee.Stderr)}
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, string(out), ""}
}

// TestEveryFileIsPrivate runs the commands that make files — a new book in new folders, writes,
// backups (new and replaced), a generated book, an export when there is one — under
// umask 000, then walks the folders: every file must be 0600 and every folder guanxi made 0700.
// The -wal and -shm files of an open book are checked while the TUI holds it (see
// TestTUIAndCommandsWriteTogether), the copy an upgrade keeps in store's migration tests.
func TestEveryFileIsPrivate(t *testing.T) {
	root := t.TempDir()
	made := filepath.Join(root, "made")
	if err := os.Mkdir(made, 0o755); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(made, "deep", "er", "guanxi.db")
	run := func(args ...string) {
		t.Helper()
		if r := gxUmask0(t, args...); r.code != 0 {
			t.Fatalf("guanxi %s: %v", strings.Join(args, " "), r)
		}
	}
	run("--db", book, "add", "--name", "张三")
	run("--db", book, "log", "1", "--channel", "call", "--note", "x")
	backups := filepath.Join(made, "deep", "backups")
	if err := os.Mkdir(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	run("--db", book, "backup", filepath.Join(backups, "copy.db"))
	run("--db", book, "backup", filepath.Join(backups, "copy.db"), "--force")
	run("--db", filepath.Join(made, "deep", "demo", "demo.db"), "demo", "--size", "20")
	for _, extra := range [][]string{{"export", "--format", "csv", "--out", filepath.Join(backups, "export.csv")}} {
		if r := gxUmask0(t, append([]string{"--db", book}, extra...)...); r.code == 0 {
			t.Logf("also checked: %s", strings.Join(extra[:1], " "))
		}
	}
	err := filepath.WalkDir(made, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		switch {
		case path == made:
			// made by the test
		case d.IsDir() && info.Mode().Perm() != 0o700:
			t.Errorf("folder %s is %v, want 0700", rel, info.Mode().Perm())
		case !d.IsDir() && info.Mode().Perm() != 0o600:
			t.Errorf("file %s is %v, want 0600", rel, info.Mode().Perm())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(backups, "copy.db")); err != nil {
		t.Errorf("no backup: %v", err)
	}
}
