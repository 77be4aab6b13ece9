package store

import (
	"context"
	"fmt"
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
	var badDates int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM customers WHERE
		(next_due_on IS NOT NULL AND date(next_due_on) IS NOT next_due_on) OR
		(birthday IS NOT NULL AND date(birthday) IS NOT birthday)`).Scan(&badDates); err != nil {
		return nil, err
	}
	if badDates > 0 {
		problems = append(problems, fmt.Sprintf("dates: %d customers have a malformed date", badDates))
	}
	orphans, err := s.orphanProblems(ctx)
	if err != nil {
		return nil, err
	}
	return append(problems, orphans...), nil
}
