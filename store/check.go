package store

import (
	"context"
	"fmt"

	"guanxi/model"
)

// Check runs SQLite's integrity and foreign-key checks and looks for records that point nowhere.
// It returns one line per problem; none means the book is sound.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	var problems []string
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
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
	if len(problems) > 0 {
		// The other checks read the same damaged pages and would only fail.
		return problems, nil
	}
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
	dates, err := s.dateProblems(ctx)
	if err != nil {
		return nil, err
	}
	problems = append(problems, dates...)
	amounts, err := s.amountProblems(ctx)
	if err != nil {
		return nil, err
	}
	problems = append(problems, amounts...)
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
	{"reminder_trash", []string{"due_on"}},
	{"complaints", []string{"on_date", "reply_by", "resolved_on"}},
	{"payments", []string{"on_date"}},
	{"plan_snoozes", []string{"from_on", "until_on"}},
	{"greetings_sent", []string{"on_date"}},
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
