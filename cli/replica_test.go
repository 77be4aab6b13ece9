package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/replica"
)

// onMachine makes a book of its own on a "machine": its own config folder and name.
func onMachine(t *testing.T, name string) *book {
	b := newBook(t)
	b.env["XDG_CONFIG_HOME"] = filepath.Join(t.TempDir(), "config")
	b.env[replica.EnvMachine] = name
	return b
}

// TestReplicaCommands: the three commands a user types (set on both machines, then guanxi on
// the second), status, and a restore of a copy, each export byte for byte the same.
func TestReplicaCommands(t *testing.T) {
	url := filepath.Join(t.TempDir(), "nas", "guanxi")
	a, b := onMachine(t, "laptop"), onMachine(t, "desktop")
	if out := a.ok("replica", "set", url); !strings.Contains(out, url) {
		t.Errorf("set says %q", out)
	}
	a.add("--name", "张三", "--company", "华东机电")
	a.add("--name", "李四")
	var st replica.Status
	if err := json.Unmarshal([]byte(a.ok("replica", "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.Target != url || !st.Reachable || st.ReplicaTXID == 0 || st.Behind != 0 || st.Holder != nil {
		t.Errorf("status after two writes: %+v", st)
	}
	want := a.ok("export", "--format", "json")

	b.ok("replica", "set", "file://"+url)
	r := b.run("export", "--format", "json")
	if r.code != 0 || r.stdout != want {
		t.Fatalf("the second machine's export (exit %d, %s) differs from the first's", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "restored the book from the replica") {
		t.Errorf("the restore was not said: %q", r.stderr)
	}
	// B writes; A sees it at its next write.
	b.add("--name", "王五")
	if r := a.run("add", "--name", "赵六"); r.code != 0 || !strings.Contains(r.stderr, "brought the book up to the replica") {
		t.Fatalf("A's write after B's: exit %d, %q", r.code, r.stderr)
	}
	if out := a.ok("list"); !strings.Contains(out, "王五") {
		t.Errorf("A does not see B's customer:\n%s", out)
	}

	to := filepath.Join(t.TempDir(), "copy.db")
	if out := a.ok("replica", "restore", "--to", to); !strings.Contains(out, "4 customers") {
		t.Errorf("restore says %q", out)
	}
	c := newBook(t)
	c.path = to
	if c.ok("export", "--format", "json") != a.ok("export", "--format", "json") {
		t.Error("the restored copy exports differently")
	}
	if r := a.run("replica", "restore", "--to", to); r.code == 0 {
		t.Error("a restore over an existing file was done")
	}
	if r := a.run("replica", "restore", "--to", filepath.Join(t.TempDir(), "x.db"), "--at", "last tuesday"); r.code != 2 {
		t.Errorf("--at last tuesday: exit %d", r.code)
	}
	if out := a.ok("replica", "off"); !strings.Contains(out, "Replication is off") {
		t.Errorf("off says %q", out)
	}
}

// TestReplicaHeldBookRefusesWrites: while another machine holds the book, a write is refused with
// a message naming it; takeover waits for the hold to expire, asks, then takes it. Every machine
// runs on the test's clock, months before the real day: a hold renewed on it is live to the
// command line, which judges holds by the invocation's one clock and not by the wall clock.
func TestReplicaHeldBookRefusesWrites(t *testing.T) {
	url := filepath.Join(t.TempDir(), "nas")
	a, b := onMachine(t, "laptop"), onMachine(t, "desktop")
	a.ok("replica", "set", url)
	b.ok("replica", "set", url)
	a.add("--name", "张三")
	if r := b.run("list"); r.code != 0 { // B has the book now
		t.Fatal(r.stderr)
	}

	// A's guanxi runs and holds the book.
	opts := replica.Options{Book: a.path, ConfigDir: filepath.Join(a.env["XDG_CONFIG_HOME"], "guanxi"), Machine: "laptop",
		Now: func() time.Time { return b.now }}
	sa, err := replica.Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	r := b.run("add", "--name", "李四")
	if r.code != 1 || !strings.Contains(r.stderr, "laptop") || !strings.Contains(r.stderr, "read-only") {
		t.Fatalf("B's write while A holds the book: exit %d, %q", r.code, r.stderr)
	}
	if r := b.run("replica", "takeover", "--yes"); r.code != 1 || !strings.Contains(r.stderr, "still renews") {
		t.Errorf("takeover of a live hold: exit %d %q", r.code, r.stderr)
	}
	sa.Close()
	// A let go: B's next write goes through, with no takeover.
	b.add("--name", "孙七")

	// A was killed two hours ago: its hold is stale.
	opts.Now = func() time.Time { return b.now.Add(-2 * time.Hour) }
	sa, err = replica.Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer sa.Close()
	out := b.ok("replica", "status")
	if !strings.Contains(out, "Held by: laptop") || !strings.Contains(out, "expired") {
		t.Errorf("status of a stale hold:\n%s", out)
	}
	if r := b.run("replica", "takeover"); r.code != 2 {
		t.Errorf("takeover with no terminal and no --yes: exit %d", r.code)
	}
	if out := b.ok("replica", "takeover", "--yes"); !strings.Contains(out, "Took the book over from laptop") {
		t.Errorf("takeover says %q", out)
	}
	b.add("--name", "李四")
}

func TestReplicaSetWarnsAndRefusesSecrets(t *testing.T) {
	b := onMachine(t, "laptop")
	if r := b.run("replica", "set", "sftp://sales:secret@nas/guanxi"); r.code != 2 || strings.Contains(r.stderr, "secret") {
		t.Errorf("a password in the URL: exit %d, %q", r.code, r.stderr)
	}
	r := b.run("replica", "set", "s3://books/guanxi?endpoint=https://oss-cn-hangzhou.aliyuncs.com")
	if r.code != 0 || !strings.Contains(r.stderr, "not encrypted") {
		t.Errorf("an S3 target: exit %d, warning %q", r.code, r.stderr)
	}
	b.env["LANG"] = "zh_CN.UTF-8"
	if r := b.run("replica", "set", "s3://books/guanxi"); !strings.Contains(r.stderr, "不加密") {
		t.Errorf("the warning in Chinese: %q", r.stderr)
	}
	if r := b.run("replica", "set", filepath.Join(t.TempDir(), "stick")); r.code != 0 || r.stderr != "" {
		t.Errorf("a folder: exit %d, %q", r.code, r.stderr)
	}
}
