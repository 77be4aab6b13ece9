package safetytest

import (
	"bytes"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// write is one run of the binary in the crash loop and what became of it.
type write struct {
	kind   string // "log", "add", "demo" or "import"
	args   []string
	note   string // log: the note that marks it; add: the name; import: the names' prefix
	demo   string // demo: the book it writes
	code   int    // exit code; -1 when killed
	stdout string
}

// saved tells whether the run reported its write saved: it exited 0 and printed what it should.
func (w write) saved() bool { return w.code == 0 && strings.TrimSpace(w.stdout) != "" }

// crashRounds is how many times the writer is killed; each round takes a fraction of a second.
const crashRounds = 24

// TestKillDuringWritesLosesNothing runs the built binary writing in a loop — logged contacts
// (a row and the customer's figures), new customers with a personality type (two tables),
// imports of 300 customers from a CSV file and generated books of 150 customers with all their
// records (each one large transaction) — and kills
// it with SIGKILL at a random moment of a random run, 24 times. After every kill the book must
// pass the integrity check, hold every write that was reported saved, and hold no write half
// done: no customer without the type it was added with, no logged contact whose customer's
// figures do not count it, no import or generated book with some of its customers.
func TestKillDuringWritesLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("kills hundreds of runs; part of the full test, not of -short")
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "book", "guanxi.db")
	for i := 0; i < 3; i++ {
		mustGx(t, "--db", book, "add", "--name", fmt.Sprintf("老客户%d", i), "--level", "vip")
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed of the kill moments: %d", seed)
	rng := rand.New(rand.NewPCG(seed, 8))
	var all []write
	killedKinds := map[string]int{}
	kinds := []string{"log", "add", "import", "demo"}
	last := map[string]time.Duration{}
	// One whole run of each kind first, not killed: it shows each kind of write is saved, and how
	// long it took is the span in which a run of that kind is killed. Guessed instead, on a loaded
	// machine the span could be shorter than any run, and no run of that kind would ever finish.
	for _, k := range []int{0, 1, 4, 5} { // a log, an add, a demo and an import (see nextWrite)
		w := nextWrite(book, dir, 99, k)
		cmd := exec.Command(gxBin, w.args...)
		cmd.Env = baseEnv(dir)
		var stdout bytes.Buffer
		cmd.Stdout = &stdout
		start := time.Now()
		err := cmd.Run()
		last[w.kind] = time.Since(start)
		w.stdout, w.code = stdout.String(), cmd.ProcessState.ExitCode()
		if err != nil || !w.saved() {
			t.Fatalf("a whole %s run did not save: %v %q", w.kind, err, w.stdout)
		}
		all = append(all, w)
	}
	for round := 0; round < crashRounds; round++ {
		ws, killed := writeUntilKilled(t, book, dir, round, kinds[round%len(kinds)], last, rng)
		all = append(all, ws...)
		if killed == "" {
			var runs []string
			for _, w := range ws {
				runs = append(runs, fmt.Sprintf("%s:%d", w.kind, w.code))
			}
			t.Fatalf("round %d: no run was killed; runs %v", round, runs)
		}
		killedKinds[killed]++
		verifyAfterCrash(t, book, all, ws, round)
	}
	savedKinds := map[string]int{}
	for _, w := range all {
		if w.saved() {
			savedKinds[w.kind]++
		}
	}
	t.Logf("killed during: %v; reported saved: %v; %d runs in all", killedKinds, savedKinds, len(all))
	// The binary itself agrees the book is sound.
	if r := gx(t, nil, "", "--db", book, "check"); r.code != 0 {
		t.Errorf("guanxi check after the crashes: %v", r)
	}
}

// writeUntilKilled runs writes one after another and kills a run of the kind aimed at, at a
// random moment of its life: a random while after it started, up to what the last whole run of
// that kind took. It returns every run and the kind killed.
func writeUntilKilled(t *testing.T, book, dir string, round int, aim string, longest map[string]time.Duration, rng *rand.Rand) ([]write, string) {
	t.Helper()
	var mu sync.Mutex
	var current *exec.Cmd
	var currentKind string
	var started time.Time
	stop := false
	var out []write
	done := make(chan struct{})
	go func() {
		defer close(done)
		for k := 0; ; k++ {
			w := nextWrite(book, dir, round, k)
			cmd := exec.Command(gxBin, w.args...)
			cmd.Env = baseEnv(dir)
			var stdout bytes.Buffer
			cmd.Stdout = &stdout
			mu.Lock()
			if stop {
				mu.Unlock()
				return
			}
			if err := cmd.Start(); err != nil {
				mu.Unlock()
				t.Errorf("start guanxi: %v", err)
				return
			}
			current, currentKind, started = cmd, w.kind, time.Now()
			mu.Unlock()
			err := cmd.Wait()
			mu.Lock()
			took := time.Since(started)
			current = nil
			w.stdout = stdout.String()
			w.code = cmd.ProcessState.ExitCode()
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				w.code = -1
			} else if err != nil && w.code == 0 {
				w.code = -2
			}
			if w.code == 0 {
				longest[w.kind] = took
			}
			out = append(out, w)
			mu.Unlock()
		}
	}()
	mu.Lock()
	upTo := longest[aim]
	mu.Unlock()
	if upTo <= 0 {
		upTo = 100 * time.Millisecond
	}
	lag := time.Duration(rng.Int64N(int64(upTo)))
	killed := ""
	for deadline := time.Now().Add(1500 * time.Millisecond); killed == ""; time.Sleep(200 * time.Microsecond) {
		mu.Lock()
		late := time.Now().After(deadline) // no run of that kind lived long enough: take any
		if current != nil && (currentKind == aim && time.Since(started) >= lag || late) {
			stop = true
			current.Process.Signal(syscall.SIGKILL)
			killed = currentKind
		}
		mu.Unlock()
	}
	<-done
	return out, killed
}

// nextWrite chooses the k-th write of a round: mostly logged contacts and new customers, every
// sixth a generated book and every sixth an import of a CSV file.
func nextWrite(book, dir string, round, k int) write {
	tag := fmt.Sprintf("r%02d-%03d", round, k)
	switch k % 6 {
	case 5:
		prefix := "导入" + tag + "-"
		var csv strings.Builder
		csv.WriteString("姓名,公司,备注\n")
		for i := 0; i < importRows; i++ {
			fmt.Fprintf(&csv, "%s%03d,杭州云帆科技,第 %d 行\n", prefix, i, i)
		}
		file := filepath.Join(dir, "import-"+tag+".csv")
		if err := os.WriteFile(file, []byte(csv.String()), 0o600); err != nil {
			panic(err)
		}
		return write{kind: "import", note: prefix, args: []string{"--db", book, "import", file}}
	case 1, 3:
		name := "新客户" + tag
		return write{kind: "add", note: name,
			args: []string{"--db", book, "add", "--name", name, "--type", "hesitant", "--type", "analytical", "--level", "new"}}
	case 4:
		path := filepath.Join(dir, "demo", tag+".db")
		return write{kind: "demo", demo: path, args: []string{"--db", path, "demo", "--size", strconv.Itoa(demoSize)}}
	}
	return write{kind: "log", note: "联系记录 " + tag,
		args: []string{"--db", book, "log", strconv.Itoa(1 + k%3), "--channel", "call", "--note", "联系记录 " + tag}}
}

// demoSize is how many customers each generated book holds, and importRows how many rows each
// imported file has: enough that writing them takes a while.
const (
	demoSize   = 150
	importRows = 300
)

// verifyAfterCrash reads the book and the generated books back after a kill.
func verifyAfterCrash(t *testing.T, book string, all, thisRound []write, round int) {
	t.Helper()
	db := openBook(t, book)
	defer db.Close()
	if got := integrity(t, db); got != "ok" {
		t.Fatalf("round %d: integrity_check: %s", round, got)
	}
	for _, w := range all {
		switch w.kind {
		case "log":
			n := count(t, db, "SELECT count(*) FROM interactions WHERE summary = ?", w.note)
			if w.saved() && n != 1 {
				t.Errorf("round %d: the contact %q was reported saved but is not in the book", round, w.note)
			}
			if n > 1 {
				t.Errorf("round %d: the contact %q is in the book %d times", round, w.note, n)
			}
		case "import":
			n := count(t, db, "SELECT count(*) FROM customers WHERE name LIKE ? || '%'", w.note)
			if w.saved() && n != importRows || n != 0 && n != importRows {
				t.Errorf("round %d: the import %s holds %d of its %d rows (exit %d)", round, w.note, n, importRows, w.code)
			}
		case "add":
			if !w.saved() {
				continue
			}
			id, err := strconv.ParseInt(strings.TrimSpace(w.stdout), 10, 64)
			if err != nil {
				t.Errorf("round %d: add printed %q, not an id", round, w.stdout)
				continue
			}
			if n := count(t, db, "SELECT count(*) FROM customers WHERE id = ? AND name = ?", id, w.note); n != 1 {
				t.Errorf("round %d: customer %d %q was reported saved but is not in the book", round, id, w.note)
			}
		}
	}
	for _, w := range thisRound {
		if w.kind == "demo" {
			verifyDemo(t, w, round)
		}
	}
	// Nothing half done, whichever run was killed.
	if n := count(t, db, `SELECT count(*) FROM customers c WHERE c.name LIKE '新客户%' AND
		(SELECT count(*) FROM person_types p WHERE p.customer_id = c.id) != 2`); n != 0 {
		t.Errorf("round %d: %d customers were saved without both the types they were added with", round, n)
	}
	if n := count(t, db, `SELECT count(*) FROM customers c WHERE EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id)
		AND c.last_contact_on IS NOT (SELECT max(substr(at, 1, 10)) FROM interactions i WHERE i.customer_id = c.id)`); n != 0 {
		t.Errorf("round %d: %d customers' last contact does not count their logged contacts", round, n)
	}
	if n := count(t, db, "SELECT count(*) FROM interactions WHERE customer_id NOT IN (SELECT id FROM customers)"); n != 0 {
		t.Errorf("round %d: %d logged contacts belong to no customer", round, n)
	}
}

// verifyDemo checks a generated book: reported saved, it holds every customer; killed, it holds
// all of them or none, and guanxi can still open it (a book killed while being created must not
// be left as a file guanxi refuses).
func verifyDemo(t *testing.T, w write, round int) {
	t.Helper()
	info, err := os.Stat(w.demo)
	if os.IsNotExist(err) {
		if w.saved() {
			t.Errorf("round %d: the generated book %s was reported written but is not there", round, filepath.Base(w.demo))
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("round %d: the generated book is %v, want 0600", round, info.Mode().Perm())
	}
	db, err := sql.Open("sqlite", "file:"+w.demo+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := integrity(t, db); got != "ok" {
		t.Errorf("round %d: generated book %s: integrity_check: %s", round, filepath.Base(w.demo), got)
		return
	}
	var n int
	err = db.QueryRow("SELECT count(*) FROM customers").Scan(&n)
	switch {
	case err != nil && w.saved():
		t.Errorf("round %d: generated book %s reported written has no customers table: %v", round, filepath.Base(w.demo), err)
	case err != nil:
		// Killed before the schema was written: the book must still open as an empty one.
		if r := gx(t, nil, "", "--db", w.demo, "list", "--json"); r.code != 0 {
			t.Errorf("round %d: a book killed while being created is refused: %v", round, r)
		}
	case w.saved() && n != demoSize, n != 0 && n != demoSize:
		t.Errorf("round %d: generated book %s holds %d of its %d customers (exit %d)", round, filepath.Base(w.demo), n, demoSize, w.code)
	}
}
