package safetytest

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// copyRounds is how many times each kind of copy is killed: 20 in the full run, 3 under -short.
func copyRounds() int {
	if testing.Short() {
		return 3
	}
	return 20
}

// copyKind is one kind of file guanxi writes as a whole, how to start a run that writes it, and
// what a file of that name must be after the run was killed at any moment.
type copyKind struct {
	name string
	// prepare readies round r (an old file to replace, a book to upgrade) and returns the arguments.
	prepare func(t *testing.T, r int) []string
	// verify checks the files after a run of round r ended, killed or not.
	verify func(t *testing.T, r int, killed bool)
	// mayFail: a whole run may end in an error after it wrote its copy (an upgrade whose step
	// fails, as the step run again here does, keeps its copy and leaves the book as it was).
	mayFail bool
}

// TestKillDuringCopiesLeavesNoHalfFile kills each kind of copy guanxi makes — a backup, a backup
// replacing an old one, the daily snapshot, the copy kept before a restore (and the restore
// itself), the copy kept before an upgrade, an export replacing an old one, a generated book — at
// a random moment of its run. Afterwards the file under the copy's name is either absent (or the
// old file, whole) or the complete new copy; nothing half made is listed by `snapshots`; and the
// next start removes what the killed run left.
func TestKillDuringCopiesLeavesNoHalfFile(t *testing.T) {
	dir := t.TempDir()
	const customers = 400
	book := sampleBook(t, filepath.Join(dir, "book"), customers)
	out := filepath.Join(dir, "out")
	os.MkdirAll(out, 0o700)
	snapDir := book + ".snapshots"
	run := func(args ...string) { mustGx(t, append([]string{"--db", book}, args...)...) }
	run("backup", filepath.Join(out, "old.db"))
	// A snapshot to restore from, of a known number of customers.
	run("add", "--name", "快照前")
	snaps, _ := filepath.Glob(filepath.Join(snapDir, "*.db"))
	if len(snaps) != 1 {
		t.Fatalf("want one snapshot after a write, found %v", snaps)
	}
	restoreFrom := filepath.Join(out, "restore-from.db")
	if err := os.WriteFile(restoreFrom, readFile(t, snaps[0]), 0o600); err != nil {
		t.Fatal(err)
	}
	exportOut := filepath.Join(out, "book.json")
	run("export", "--format", "json", "--out", exportOut)

	kinds := []copyKind{
		{name: "backup",
			prepare: func(t *testing.T, r int) []string {
				return []string{"--db", book, "backup", filepath.Join(out, fmt.Sprintf("backup-%d.db", r))}
			},
			verify: func(t *testing.T, r int, killed bool) {
				wholeBookOrNone(t, filepath.Join(out, fmt.Sprintf("backup-%d.db", r)), !killed)
			}},
		{name: "backup --force",
			prepare: func(t *testing.T, r int) []string {
				return []string{"--db", book, "backup", "--force", filepath.Join(out, "old.db")}
			},
			verify: func(t *testing.T, r int, killed bool) { wholeBookOrNone(t, filepath.Join(out, "old.db"), true) }},
		{name: "daily snapshot",
			prepare: func(t *testing.T, r int) []string {
				for _, f := range globAll(t, snapDir, "20*.db") {
					os.Remove(f)
				}
				return []string{"--db", book, "add", "--name", fmt.Sprintf("快照%d", r)}
			},
			verify: func(t *testing.T, r int, killed bool) {
				for _, f := range globAll(t, snapDir, "20*.db") {
					wholeBookOrNone(t, f, true)
				}
			}},
		{name: "restore",
			prepare: func(t *testing.T, r int) []string {
				return []string{"--db", book, "snapshots", "restore", restoreFrom, "--force"}
			},
			verify: func(t *testing.T, r int, killed bool) {
				wholeBookOrNone(t, book, true)
				for _, f := range globAll(t, snapDir, "before-restore-*.db") {
					wholeBookOrNone(t, f, true)
				}
			}},
		{name: "copy before an upgrade", mayFail: true,
			prepare: func(t *testing.T, r int) []string {
				setSchema(t, book, -1)
				return []string{"--db", book, "list", "--json"}
			},
			verify: func(t *testing.T, r int, killed bool) {
				wholeBookOrNone(t, book, true)
				asides := globAll(t, filepath.Dir(book), "guanxi.db.before-v*")
				if r == -1 && len(asides) == 0 {
					t.Fatal("the upgrade kept no copy of the book aside")
				}
				for _, f := range asides {
					wholeBookOrNone(t, f, true)
				}
				setSchema(t, book, 0)
			}},
		{name: "export --force",
			prepare: func(t *testing.T, r int) []string {
				return []string{"--db", book, "export", "--format", "json", "--out", exportOut, "--force"}
			},
			verify: func(t *testing.T, r int, killed bool) {
				if b := readFile(t, exportOut); !json.Valid(b) {
					t.Errorf("round %d: the export under its name is not whole JSON (%d bytes)", r, len(b))
				}
			}},
		{name: "demo",
			prepare: func(t *testing.T, r int) []string {
				return []string{"--db", filepath.Join(out, fmt.Sprintf("demo-%d.db", r)), "demo", "--size", "300"}
			},
			verify: func(t *testing.T, r int, killed bool) {
				path := filepath.Join(out, fmt.Sprintf("demo-%d.db", r))
				if n, ok := bookCustomers(t, path); ok && n != 0 && n != 300 {
					t.Errorf("round %d: the generated book holds %d of its 300 customers", r, n)
				}
				wholeBookOrNone(t, path, !killed)
			}},
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed of the kill moments: %d", seed)
	rng := rand.New(rand.NewPCG(seed, 4))
	for _, k := range kinds {
		t.Run(strings.ReplaceAll(k.name, " ", "_"), func(t *testing.T) {
			// One whole run first: it must succeed, and how long it takes is the span kills fall in.
			start := time.Now()
			if r := gx(t, baseEnv(dir), "", k.prepare(t, -1)...); r.code != 0 && !k.mayFail {
				t.Fatalf("a whole run: %v", r)
			}
			span := time.Since(start)
			k.verify(t, -1, false)
			killedRuns := 0
			for r := 0; r < copyRounds(); r++ {
				args := k.prepare(t, r)
				killed := runAndKill(t, dir, args, time.Duration(rng.Int64N(int64(span))))
				if killed {
					killedRuns++
				}
				k.verify(t, r, killed)
				// The next start cleans what the killed run left beside the book and in its snapshots.
				mustGx(t, "--db", book, "snapshots", "--json")
				if got := gx(t, baseEnv(dir), "", "--db", book, "list", "--json"); got.code != 0 {
					t.Fatalf("round %d: the next start: %v", r, got)
				}
				for _, d := range []string{filepath.Dir(book), snapDir} {
					if left := partials(t, d); len(left) > 0 {
						t.Errorf("round %d: the next start left %v in %s", r, left, filepath.Base(d))
					}
				}
				listedAreWhole(t, book, r)
			}
			t.Logf("%d of %d runs killed", killedRuns, copyRounds())
		})
	}
	// A copy written again under a name a killed run was writing leaves no leftover of it.
	run("backup", "--force", filepath.Join(out, "old.db"))
	run("export", "--format", "json", "--out", exportOut, "--force")
	for _, f := range partials(t, out) {
		if strings.HasPrefix(f, ".old.db") || strings.HasPrefix(f, ".book.json") {
			t.Errorf("%s is left after the copy was written again", f)
		}
	}
}

// runAndKill starts guanxi and kills it with SIGKILL after lag, unless it ended before; it reports
// whether it was killed.
func runAndKill(t *testing.T, dir string, args []string, lag time.Duration) bool {
	t.Helper()
	cmd := exec.Command(gxBin, args...)
	cmd.Env = baseEnv(dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(lag):
		cmd.Process.Signal(syscall.SIGKILL)
		<-done
	}
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled()
}

// setSchema marks the book as of the schema step `by` steps from this build's (0: this build's, -1:
// the step before), so that the next start upgrades it and first copies it aside. Only the mark
// moves: the step run again may fail, which leaves the book as it was.
func setSchema(t *testing.T, book string, by int) {
	t.Helper()
	db := openBook(t, book)
	defer db.Close()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if latestSchema == 0 {
		latestSchema = v
	}
	if _, err := db.Exec("PRAGMA user_version = " + strconv.Itoa(latestSchema+by)); err != nil {
		t.Fatal(err)
	}
}

// latestSchema is the schema version of this build's books, read from the first book marked.
var latestSchema int

// bookCustomers opens a book file read-only and counts its customers; ok is false when the file
// is not there.
func bookCustomers(t *testing.T, path string) (int, bool) {
	t.Helper()
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return 0, false
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM customers").Scan(&n); err != nil {
		t.Errorf("%s: %v", filepath.Base(path), err)
	}
	return n, true
}

// wholeBookOrNone fails unless the file at path is a sound book, or (when it need not be there) absent.
func wholeBookOrNone(t *testing.T, path string, mustExist bool) {
	t.Helper()
	info, err := os.Stat(path)
	if os.IsNotExist(err) {
		if mustExist {
			t.Errorf("%s is not there", filepath.Base(path))
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if info.Size() == 0 {
		t.Errorf("%s is empty", filepath.Base(path))
		return
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := integrity(t, db); got != "ok" {
		t.Errorf("%s: integrity_check: %s", filepath.Base(path), got)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM customers").Scan(&n); err != nil || n == 0 {
		t.Errorf("%s holds %d customers (%v)", filepath.Base(path), n, err)
	}
}

// listedAreWhole checks every snapshot `snapshots` lists is a sound book.
func listedAreWhole(t *testing.T, book string, r int) {
	t.Helper()
	var list []struct {
		Name string `json:"name"`
		Size int64  `json:"size"`
	}
	if err := json.Unmarshal([]byte(mustGx(t, "--db", book, "snapshots", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	for _, sn := range list {
		if sn.Size == 0 {
			t.Errorf("round %d: snapshots lists %s of 0 bytes", r, sn.Name)
		}
		wholeBookOrNone(t, filepath.Join(book+".snapshots", sn.Name+".db"), true)
	}
}

// globAll lists the files of dir matching pattern.
func globAll(t *testing.T, dir, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// partials names the temporary files of unfinished copies in dir.
func partials(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, ".") && (strings.Contains(n, ".partial") || strings.Contains(n, ".restore-") || strings.Contains(n, ".new-")) {
			out = append(out, n)
		}
	}
	return out
}
