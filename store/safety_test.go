package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/model"
)

func sampleCustomer(name string) model.Customer {
	return model.Customer{Name: name, Company: "苏州恒达精密机械有限公司", Level: model.LevelVIP, Stage: model.StageCustomer,
		Phone: "138 0013 8000", Notes: "每年三月续签协议。"}
}

// smallBook writes a closed book with a few customers and their records, and returns its path.
func smallBook(t *testing.T, customers int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "guanxi.db")
	s, err := Open(path, WithClock(func() time.Time { return fixedNow }))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < customers; i++ {
		c := addCustomer(t, s, sampleCustomer(fmt.Sprintf("客户%03d", i)))
		for j := 0; j < 3; j++ {
			in := model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, At: fixedNow.AddDate(0, 0, -j-1),
				Summary: strings.Repeat("谈了二季度的备货计划。", 5)}
			if err := s.LogInteraction(ctx, &in); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.Close()
	return path
}

// pageSize reads the page size from the header of a closed book.
func pageSize(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps := int(b[16])<<8 | int(b[17])
	if ps == 1 {
		ps = 65536
	}
	return ps
}

// TestDamagedBookIsNeverWritten damages one page of a book at a time: whatever page it is, a write
// must fail with ErrDamaged and leave the file as it was, and the check must report the damage.
// Without the check before the first write, SQLite writes happily to a book whose damaged pages
// the change does not touch.
func TestDamagedBookIsNeverWritten(t *testing.T) {
	good := smallBook(t, 40)
	orig, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	ps := pageSize(t, good)
	pages := len(orig) / ps
	if pages < 6 {
		t.Fatalf("the book has only %d pages", pages)
	}
	ctx := context.Background()
	for p := 2; p <= pages; p++ {
		damaged := bytes.Clone(orig)
		for i := (p - 1) * ps; i < p*ps; i++ {
			damaged[i] = 0xA5
		}
		path := filepath.Join(t.TempDir(), fmt.Sprintf("page%d.db", p))
		if err := os.WriteFile(path, damaged, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			// Refused at once: fine, as long as it says why and changed nothing.
			if Failure(err) == nil {
				t.Errorf("page %d: open failed without a known cause: %v", p, err)
			}
		} else {
			in := model.Interaction{CustomerID: 1, Channel: model.ChannelCall, At: fixedNow, Summary: "x"}
			werr := s.LogInteraction(ctx, &in)
			c := sampleCustomer("新客户")
			aerr := s.AddCustomer(ctx, &c)
			problems, cerr := s.Check(ctx)
			s.Close()
			if !errors.Is(werr, ErrDamaged) || !errors.Is(aerr, ErrDamaged) {
				t.Errorf("page %d: writes to a damaged book: %v / %v, want ErrDamaged", p, werr, aerr)
			}
			if cerr == nil && len(problems) == 0 {
				t.Errorf("page %d: the check found nothing wrong", p)
			}
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(after, damaged) {
			t.Errorf("page %d: the damaged book was written", p)
		}
	}
}

// TestFailureNamesTheCause: the errors of a damaged, newer, foreign or read-only book are
// recognised, so the command line and the TUI can say what is wrong in words.
func TestFailureNamesTheCause(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("张三 13800138000\n"), 0o600)
	_, err := Open(text)
	if Failure(err) != ErrNotBook {
		t.Errorf("a text file: %v -> %v", err, Failure(err))
	}
	if Failure(errors.New("anything else")) != nil || Failure(nil) != nil {
		t.Error("an unknown error was given a cause")
	}
	if Failure(fmt.Errorf("save: %w", model.ErrNotFound)) != nil {
		t.Error("a missing record was taken for trouble with the book")
	}
	if Failure(fmt.Errorf("wrapped: %w", ErrDiskFull)) != ErrDiskFull {
		t.Error("a wrapped cause was lost")
	}
}

// TestNewBookInAMissingFolderIsPrivate: the folder made for a new book is 0700 and the book 0600,
// whatever the umask says.
func TestNewBookInAMissingFolderIsPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "guanxi.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	addCustomer(t, s, sampleCustomer("张三"))
	defer s.Close()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(p), err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want 0600", filepath.Base(p), info.Mode().Perm())
		}
	}
	for _, d := range []string{filepath.Dir(path), filepath.Dir(filepath.Dir(path))} {
		info, _ := os.Stat(d)
		if info.Mode().Perm() != 0o700 {
			t.Errorf("folder %s is %v, want 0700", d, info.Mode().Perm())
		}
	}
}

// TestAddCustomerWithTypesIsOneWrite: a customer and the personality types it is added with are
// saved together or not at all, so a crash or a bad type never leaves one without the other.
func TestAddCustomerWithTypesIsOneWrite(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	bad := sampleCustomer("张三")
	bad.Types = []string{"hesitant", "no_such_type"}
	if err := s.AddCustomer(ctx, &bad); err == nil {
		t.Fatal("a customer with an unknown type was saved")
	}
	if n, _ := s.CountCustomers(ctx); n != 0 {
		t.Errorf("%d customers saved by a failed add", n)
	}
	good := sampleCustomer("李娜")
	good.Types = []string{"hesitant", "analytical"}
	if err := s.AddCustomer(ctx, &good); err != nil {
		t.Fatal(err)
	}
	got, err := s.Customer(ctx, good.ID)
	if err != nil || len(got.Types) != 2 {
		t.Errorf("types of the new customer: %v %v", got.Types, err)
	}
}
