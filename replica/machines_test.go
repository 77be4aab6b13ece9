package replica

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"guanxi/exchange"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// machine is one of the test's "machines": its own book, config folder and name.
type machine struct {
	t    *testing.T
	name string
	book string
	cfg  string
	now  func() time.Time
	ttl  time.Duration
}

func newMachine(t *testing.T, name string) *machine {
	dir := t.TempDir()
	return &machine{t: t, name: name, book: filepath.Join(dir, "data", "guanxi.db"), cfg: filepath.Join(dir, "config")}
}

func (m *machine) opts() Options {
	return Options{Book: m.book, ConfigDir: m.cfg, Machine: m.name, Now: m.now, HoldTTL: m.ttl, FollowEvery: time.Hour, Lang: model.En}
}

func (m *machine) set(url string) {
	m.t.Helper()
	if _, err := Set(m.cfg, url); err != nil {
		m.t.Fatal(err)
	}
}

// open starts the session and opens the book, as guanxi does.
func (m *machine) open() (*Session, *store.Store) {
	m.t.Helper()
	return m.openWith(m.opts())
}

// openWith is open with the session's options o, the machine's own changed.
func (m *machine) openWith(o Options) (*Session, *store.Store) {
	m.t.Helper()
	s, err := Open(context.Background(), o)
	if err != nil {
		m.t.Fatalf("%s: open the session: %v", m.name, err)
	}
	st, err := store.Open(m.book)
	if err != nil {
		m.t.Fatalf("%s: open the book: %v", m.name, err)
	}
	if s != nil {
		if err := s.Attach(st); err != nil {
			m.t.Fatal(err)
		}
	}
	return s, st
}

// close closes the book, then the session (which ships what is left), as guanxi does.
func (m *machine) close(s *Session, st *store.Store) {
	m.t.Helper()
	if err := st.Close(); err != nil {
		m.t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		m.t.Fatalf("%s: close the session: %v", m.name, err)
	}
}

// run opens the book, does fn and closes it again.
func (m *machine) run(fn func(*Session, *store.Store)) {
	s, st := m.open()
	fn(s, st)
	m.close(s, st)
}

func newCustomer(name string) *model.Customer {
	return &model.Customer{Name: name, Company: name + "公司"}
}

func addCustomer(t *testing.T, st *store.Store, name string) model.Customer {
	t.Helper()
	c := newCustomer(name)
	testbook.AddCustomers(t, st, c)
	return *c
}

// writable fails the test, saying why, when the session only reads.
func writable(t *testing.T, s *Session, why string) {
	t.Helper()
	if _, ro := s.ReadOnly(); ro {
		t.Fatal(why)
	}
}

func hasCustomer(t *testing.T, st *store.Store, name string) bool {
	t.Helper()
	found := false
	st.EachCustomer(context.Background(), store.Scope{}, func(c model.Customer) error {
		found = found || c.Name == name
		return nil
	})
	return found
}

func exportJSON(t *testing.T, st *store.Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := exchange.Export(context.Background(), st, &buf, exchange.ExportOptions{Format: exchange.JSON}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func demo(t *testing.T, st *store.Store) {
	t.Helper()
	if err := sample.Demo(context.Background(), st, st.Today()); err != nil {
		t.Fatal(err)
	}
}

// withBook opens the book at path, does fn with it and closes it again, even when fn fails the
// test.
func withBook(t *testing.T, path string, fn func(*store.Store)) {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fn(st)
}

func exportFile(t *testing.T, path string) []byte {
	t.Helper()
	var out []byte
	withBook(t, path, func(st *store.Store) { out = exportJSON(t, st) })
	return out
}

// TestFolderRestoreOnNewMachine: A writes a book into a folder replica; B, with no book, sets the
// same replica and opens guanxi: the book is restored, and exports byte for byte as A's.
func TestFolderRestoreOnNewMachine(t *testing.T) {
	replicaDir := filepath.Join(t.TempDir(), "stick", "guanxi")
	a, b := newMachine(t, "laptop"), newMachine(t, "desktop")
	a.set(replicaDir)
	var want []byte
	a.run(func(s *Session, st *store.Store) {
		demo(t, st)
		want = exportJSON(t, st)
	})
	b.set("file://" + replicaDir)
	b.run(func(s *Session, st *store.Store) {
		if !s.Restored {
			t.Error("B's book was not restored from the replica")
		}
		if got := exportJSON(t, st); !bytes.Equal(got, want) {
			t.Errorf("B's book exports %d bytes unlike A's %d", len(got), len(want))
		}
	})
	// A copy restored on its own exports the same, and passes SQLite's integrity check.
	to := filepath.Join(t.TempDir(), "copy.db")
	if err := Restore(context.Background(), mustTarget(t, replicaDir), to, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if got := exportFile(t, to); !bytes.Equal(got, want) {
		t.Error("the restored copy exports differently")
	}
	integrity(t, to)
}

func mustTarget(t *testing.T, url string) Target {
	t.Helper()
	tg, err := ParseTarget(url)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func integrity(t *testing.T, path string) {
	t.Helper()
	withBook(t, path, func(st *store.Store) {
		problems, err := st.Check(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(problems) > 0 {
			t.Fatalf("%s: %v", path, problems)
		}
	})
}

// TestHandOver: A → B → A, each seeing what the other wrote.
func TestHandOver(t *testing.T) {
	handOver(t, filepath.Join(t.TempDir(), "nas"))
}

func handOver(t *testing.T, url string) {
	a, b := twoMachines(t, url)
	a.run(func(s *Session, st *store.Store) { addCustomer(t, st, "张三") })
	b.run(func(s *Session, st *store.Store) {
		if !hasCustomer(t, st, "张三") {
			t.Fatal("B does not see A's customer")
		}
		addCustomer(t, st, "李四")
	})
	a.run(func(s *Session, st *store.Store) {
		if !s.BroughtUp {
			t.Error("A's book was not brought up to the replica")
		}
		if !hasCustomer(t, st, "李四") || !hasCustomer(t, st, "张三") {
			t.Fatal("A does not see B's customer")
		}
		addCustomer(t, st, "王五")
	})
	b.run(func(s *Session, st *store.Store) {
		for _, n := range []string{"张三", "李四", "王五"} {
			if !hasCustomer(t, st, n) {
				t.Errorf("B does not see %s", n)
			}
		}
	})
}

// twoMachines is the laptop and the desktop, both set to the replica at url.
func twoMachines(t *testing.T, url string) (a, b *machine) {
	t.Helper()
	a, b = newMachine(t, "laptop"), newMachine(t, "desktop")
	a.set(url)
	b.set(url)
	return a, b
}
