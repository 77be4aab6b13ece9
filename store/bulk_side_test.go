package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/internal/foldertest"
	"guanxi/model"
)

// A book written whole gets the logged contacts and deals its side wrote, with the ids SQLite
// would have given them in the order they came, the customers' figures from them, and its triggers
// back; a contact logged on its own in between joins the side first and comes after its rows.
// No scratch file is left.
func TestBulkWholeSideRowsLandInOrder(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	day := time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)
	const customers = 40
	err := s.WriteBulkWhole(ctx, func(b *Bulk) error {
		if b.side == nil {
			return fmt.Errorf("a book written whole has no side")
		}
		var logged []model.Interaction
		var deals []model.Deal
		for i := 1; i <= customers; i++ {
			id, err := addHeld(s, b, model.Customer{Name: fmt.Sprintf("客户%d", i), Level: model.LevelVIP})
			if err != nil {
				return err
			}
			logged = append(logged, model.Interaction{CustomerID: id, At: day.AddDate(0, 0, i%7), Channel: model.ChannelVisit,
				Summary: fmt.Sprintf("拜访%d", i)})
			deals = append(deals, model.Deal{CustomerID: id, On: model.DateOf(day), Product: "空调", Amount: model.Money(100 * i)})
			if i%10 == 0 {
				if err := b.LogInteractions(logged); err != nil {
					return err
				}
				if err := b.AddDeals(deals); err != nil {
					return err
				}
				logged, deals = logged[:0], deals[:0]
			}
			if i == 25 {
				one := model.Interaction{CustomerID: id, At: day, Channel: model.ChannelCall, Summary: "电话"}
				if err := b.LogInteraction(&one); err != nil {
					return err
				}
				if b.side != nil || one.ID != 21 {
					return fmt.Errorf("a contact logged on its own got id %d, side %v", one.ID, b.side)
				}
			}
		}
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	summaries, err := readStrings(ctx, s.db, "SELECT summary FROM interactions ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	if len(summaries) != customers+1 || summaries[0] != "拜访1" || summaries[19] != "拜访20" || summaries[20] != "电话" ||
		summaries[21] != "拜访21" || summaries[customers] != fmt.Sprintf("拜访%d", customers) {
		t.Errorf("logged contacts in the order of their ids: %v", summaries)
	}
	c, err := s.Customer(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if c.DealCount != 1 || c.OrderTotal != 700 || c.LastContactOn != model.DateOf(day) {
		t.Errorf("customer 7's figures: %d deals, total %d, last contact %s", c.DealCount, c.OrderTotal, c.LastContactOn)
	}
	triggers, err := readStrings(ctx, s.db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('interactions', 'deals') ORDER BY name")
	if err != nil || strings.Join(triggers, ",") != "deals_tombstone,interactions_tombstone" {
		t.Errorf("triggers on the side's tables: %v %v", triggers, err)
	}
	assertNoScratch(t, s.Path())
}

// A batch that fails on the side fails the whole book: nothing of it is written, and no scratch
// file is left.
func TestBulkWholeSideFailureWritesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	err := s.WriteBulkWhole(ctx, func(b *Bulk) error {
		id, err := addHeld(s, b, model.Customer{Name: "客户", Level: model.LevelVIP})
		if err != nil {
			return err
		}
		twice := []model.Interaction{{UID: "same", CustomerID: id, At: fixedNow, Channel: model.ChannelVisit, Summary: "拜访"}}
		if err := b.LogInteractions(twice); err != nil {
			return err
		}
		return b.LogInteractions(twice)
	}, nil)
	if err == nil || !strings.Contains(err.Error(), "UNIQUE") {
		t.Fatalf("two logged contacts with one identifier: %v", err)
	}
	n, err := s.CountCustomers(ctx)
	if err != nil || n != 0 {
		t.Errorf("customers after a failed book: %d %v", n, err)
	}
	assertNoScratch(t, s.Path())
}

// assertNoScratch fails the test if a side's scratch file is left beside the book at path.
func assertNoScratch(t *testing.T, path string) {
	t.Helper()
	names, err := filepath.Glob(path + "-side*")
	if err != nil || len(names) > 0 {
		t.Errorf("left beside the book: %v %v", names, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
}

// The scratch file of a book being written whole goes with the book's temporary file: another
// process opening the book meanwhile (which cleans what killed runs left) leaves it alone while the
// book is being written, and a run killed while writing leaves it behind for the next start to
// remove with the temporary book, or alone once that is gone.
func TestBulkWholeSideFileGoesWithTheTemporaryBook(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "book.db")
	err := CreateFilled(path, func(s *Store) error {
		return s.WriteBulkWhole(context.Background(), func(b *Bulk) error {
			if b.side == nil {
				return fmt.Errorf("a book written whole has no side")
			}
			cleanLeftovers(path, time.Now().Add(time.Hour))
			if _, err := os.Stat(b.side.path); err != nil {
				return fmt.Errorf("the side's scratch file was taken for a leftover while written: %w", err)
			}
			return nil
		}, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	// What a killed run leaves: the temporary book, no longer locked, and its scratch file; and a
	// scratch file whose book is already gone.
	tmp := filepath.Join(dir, ".other.db.partial-123")
	lone := filepath.Join(dir, ".other.db.partial-456-side")
	for _, name := range []string{tmp, tmp + "-side", lone} {
		if err := os.WriteFile(name, []byte("left"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cleanLeftovers(filepath.Join(dir, "other.db"), time.Now())
	left := foldertest.Names(t, dir, nil)
	if strings.Join(left, " ") != "book.db" {
		t.Errorf("left in the folder: %v, want only book.db", left)
	}
}
