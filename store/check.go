package store

import (
	"context"
	"fmt"

	"guanxi/model"
)

// CheckStep is a step of a check, in the order they run.
type CheckStep int

const (
	CheckIntegrity   CheckStep = iota // SQLite's own check of every page, table and index
	CheckForeignKeys                  // every record's customer, deal or contact exists
	CheckDates                        // every date is written YYYY-MM-DD
	CheckAmounts                      // no amount is past what a total can hold
	CheckOrphans                      // nothing else points nowhere
	CheckSteps                        // how many steps there are
)

// CheckOptions says how to check a book.
type CheckOptions struct {
	// Quick runs PRAGMA quick_check instead of integrity_check: every page and row is read, but
	// indexes are not compared with their tables, which is most of the full check's time.
	Quick bool
	// Step, when set, is called as each step begins, from the goroutine of the check.
	Step func(CheckStep)
}

// checkCacheMaxBytes bounds the page cache of the check: the whole book up to this size, so a
// check of a large book stays within the memory bar of every command (150 MB).
const checkCacheMaxBytes = 64 << 20

// Check runs SQLite's integrity and foreign-key checks and looks for records that point nowhere.
// It returns one line per problem; none means the book is sound.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	return s.CheckWith(ctx, CheckOptions{})
}

// CheckWith is Check run as opts says.
func (s *Store) CheckWith(ctx context.Context, opts CheckOptions) ([]string, error) {
	step := func(st CheckStep) {
		if opts.Step != nil {
			opts.Step(st)
		}
	}
	step(CheckIntegrity)
	problems, err := s.integrityProblems(ctx, opts.Quick)
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		// The other checks read the same damaged pages and would only fail.
		return problems, nil
	}
	step(CheckForeignKeys)
	fk, err := s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, fmt.Errorf("check the book: %w", err)
	}
	for fk.Next() {
		var table, parent string
		var rowid, idx any
		if err := fk.Scan(&table, &rowid, &parent, &idx); err != nil {
			fk.Close()
			return nil, err
		}
		problems = append(problems, fmt.Sprintf("orphan: %s row %v points to a missing %s", table, rowid, parent))
	}
	fk.Close()
	step(CheckDates)
	dates, err := s.dateProblems(ctx)
	if err != nil {
		return nil, err
	}
	problems = append(problems, dates...)
	step(CheckAmounts)
	amounts, err := s.amountProblems(ctx)
	if err != nil {
		return nil, err
	}
	problems = append(problems, amounts...)
	step(CheckOrphans)
	orphans, err := s.orphanProblems(ctx)
	if err != nil {
		return nil, err
	}
	return append(problems, orphans...), nil
}

// dateColumns are the columns of each table that hold a calendar date, YYYY-MM-DD. A date written
// any other way (by another program, or by hand) would sort wrongly and drop an item from the
// checklist, so check names each table and column that has one.
var dateColumns = []struct {
	table   string
	columns []string
}{
	{"customers", []string{"birthday", "anniversary", "first_deal_on", "last_contact_on", "last_visit_on",
		"last_call_on", "next_visit_on", "next_call_on", "next_due_on", "last_deal_on"}},
	{"contacts", []string{"birthday"}},
	{"deals", []string{"on_date", "credit_due_on"}},
	{"reminders", []string{"due_on"}},
	{"complaints", []string{"on_date", "reply_by", "resolved_on"}},
	{"payments", []string{"on_date"}},
	{"plan_snoozes", []string{"from_on", "until_on"}},
	{"greetings_sent", []string{"on_date"}},
	{"calendar_exports", []string{"on_date"}},
}

// dateProblems counts the malformed dates of each date column.
func (s *Store) dateProblems(ctx context.Context) ([]string, error) {
	var out []string
	for _, t := range dateColumns {
		for _, col := range t.columns {
			var n int
			// The names are ours, from the list above, never the user's.
			q := "SELECT count(*) FROM " + t.table + " WHERE " + col + " IS NOT NULL AND date(" + col + ") IS NOT " + col
			if err := s.db.QueryRowContext(ctx, q).Scan(&n); err != nil {
				return nil, fmt.Errorf("check the dates of %s.%s: %w", t.table, col, err)
			}
			if n > 0 {
				out = append(out, fmt.Sprintf("dates: %d rows of %s have a malformed %s", n, t.table, col))
			}
		}
	}
	return out, nil
}

// amountProblems counts the amounts past model.MaxMoney (written by another program, or by an
// older guanxi): totals of a few thousand of them would pass what an integer holds.
func (s *Store) amountProblems(ctx context.Context) ([]string, error) {
	var out []string
	for _, t := range []struct{ table, column string }{{"deals", "amount"}, {"payments", "amount"}, {"customers", "registered_capital"}} {
		var n int
		// The names are ours, from the list above, never the user's.
		q := "SELECT count(*) FROM " + t.table + " WHERE " + t.column + " > ?"
		if err := s.db.QueryRowContext(ctx, q, int64(model.MaxMoney)).Scan(&n); err != nil {
			return nil, fmt.Errorf("check the amounts of %s.%s: %w", t.table, t.column, err)
		}
		if n > 0 {
			out = append(out, fmt.Sprintf("amounts: %d rows of %s have a %s above %s", n, t.table, t.column, model.MaxMoney))
		}
	}
	return out, nil
}

// integrityProblems runs SQLite's integrity check (quick_check when quick) on a connection of its
// own whose page cache holds the whole book, up to checkCacheMaxBytes: the check compares every
// index with its table, and with the default cache of 2 MB half of its time went to reading again
// pages it had just read. The connection's cache is set back before it returns to the pool.
func (s *Store) integrityProblems(ctx context.Context, quick bool) ([]string, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("check the book: %w", err)
	}
	defer conn.Close()
	var cacheSize, pages, pageSize int64
	for _, q := range []struct {
		pragma string
		into   *int64
	}{{"cache_size", &cacheSize}, {"page_count", &pages}, {"page_size", &pageSize}} {
		if err := conn.QueryRowContext(ctx, "PRAGMA "+q.pragma).Scan(q.into); err != nil {
			if Failure(err) == ErrDamaged {
				return []string{"damage: " + err.Error()}, nil
			}
			return nil, fmt.Errorf("check the book: %w", err)
		}
	}
	cacheKiB := min(pages*pageSize, checkCacheMaxBytes) / 1024
	if cacheKiB > -cacheSize && cacheKiB > cacheSize*pageSize/1024 {
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = %d", -cacheKiB)); err != nil {
			return nil, fmt.Errorf("check the book: %w", err)
		}
		// Set back, and the pages let go, before the connection serves anything else.
		defer conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA cache_size = %d; PRAGMA shrink_memory", cacheSize))
	}
	pragma := "PRAGMA integrity_check"
	if quick {
		pragma = "PRAGMA quick_check"
	}
	var problems []string
	rows, err := conn.QueryContext(ctx, pragma)
	if err != nil {
		if Failure(err) == ErrDamaged {
			return []string{"damage: " + err.Error()}, nil
		}
		return nil, fmt.Errorf("check the book: %w", err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return nil, err
		}
		if line != "ok" {
			problems = append(problems, "integrity: "+line)
		}
	}
	rows.Close()
	if err := rows.Err(); Failure(err) == ErrDamaged {
		problems = append(problems, "damage: "+err.Error())
	}
	return problems, nil
}
