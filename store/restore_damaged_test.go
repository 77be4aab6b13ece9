package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"guanxi/model"
)

// TestRestoreWorksOnADamagedBook: the moment a snapshot matters most is when the book is damaged or
// cut short. The book as it was is copied aside byte for byte, never opened, and the snapshot
// takes its place.
func TestRestoreWorksOnADamagedBook(t *testing.T) {
	damages := []struct {
		name string
		harm func(b []byte) []byte
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)/2+100] }},
		{"a bad page", func(b []byte) []byte {
			for i := len(b) - 3*16384; i < len(b)-2*16384; i++ {
				b[i] = 0xA5
			}
			return b
		}},
		{"a bad header", func(b []byte) []byte {
			b[16], b[17] = 0x03, 0x00
			return b
		}},
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			s := openTemp(t)
			ctx := context.Background()
			exchangeBook(t, s)
			for i := 0; i < 40; i++ {
				addCustomer(t, s, model.Customer{Name: "客户" + strings.Repeat("甲", i%7+1) + string(rune('A'+i))})
			}
			if _, _, err := s.DailySnapshot(ctx); err != nil {
				t.Fatal(err)
			}
			book := s.Path()
			s.Close()
			good, err := os.ReadFile(book)
			if err != nil {
				t.Fatal(err)
			}
			bad := d.harm(bytes.Clone(good))
			if err := os.WriteFile(book, bad, 0o600); err != nil {
				t.Fatal(err)
			}
			snap, err := FindSnapshot(book, "2026-03-10")
			if err != nil {
				t.Fatal(err)
			}
			saved, err := Restore(ctx, book, snap, fixedNow)
			if err != nil {
				t.Fatalf("restore over a book with %s: %v", d.name, err)
			}
			if kept, _ := os.ReadFile(saved); !bytes.Equal(kept, bad) {
				t.Errorf("the copy kept before restoring is not the damaged book byte for byte (%d bytes, want %d)", len(kept), len(bad))
			}
			if _, err := CheckBookFile(ctx, book); err != nil {
				t.Errorf("the restored book: %v", err)
			}
		})
	}
}

// TestDamageNamesABookCutShort: a book cut short is refused as damaged, and Damage says how, from
// the file's bytes alone, for check to tell.
func TestDamageNamesABookCutShort(t *testing.T) {
	s := openTemp(t)
	exchangeBook(t, s)
	book := s.Path()
	s.Close()
	good, _ := os.ReadFile(book)
	if got := Damage(book); got != "" {
		t.Errorf("a sound book: %q", got)
	}
	os.WriteFile(book, good[:len(good)-100], 0o600)
	if got := Damage(book); !strings.Contains(got, "cut short") {
		t.Errorf("a book cut short: %q", got)
	}
	if _, err := Open(book); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "cut short") {
		t.Errorf("opening a book cut short: %v", err)
	}
	if after, _ := os.ReadFile(book); !bytes.Equal(after, good[:len(good)-100]) {
		t.Error("opening changed the book cut short")
	}
}
