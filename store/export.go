package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"guanxi/model"
)

// What every export reads by: the customers in its scope, one snapshot of the book, and the
// greetings marked sent for holidays.

// Scope says which customers an export reads: every customer not in the trash, or only those
// whose ids Only holds.
type Scope struct {
	Only map[int64]bool // nil: the whole book
	// NoMarks leaves out the greetings sent and the plans put off, which only the whole-book
	// export carries: one customer's archive shows neither.
	NoMarks bool
}

func (sc Scope) has(id int64) bool { return sc.Only == nil || sc.Only[id] }

// in is the condition that keeps a query to the scope's customers, by the column that holds their
// id, and its argument: true for the whole book.
func (sc Scope) in(col string) (string, []any) {
	if sc.Only == nil {
		return "true", nil
	}
	ids := make([]int64, 0, len(sc.Only))
	for id, ok := range sc.Only {
		if ok {
			ids = append(ids, id)
		}
	}
	return col + " IN (SELECT value FROM json_each(?))", []any{idList(ids)}
}

// readTx begins a read transaction, so that an export sees the book as it was at one moment even
// while the TUI or another command writes. It is deferred (a plain BEGIN), so it takes no lock
// that would hold up a writer.
func (s *Store) readTx(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read the book: %w", err)
	}
	return tx, nil
}

// HolidayGreetingsSent returns the greetings marked sent for holidays, which are no one's in
// particular, by day.
func (s *Store) HolidayGreetingsSent(ctx context.Context) ([]GreetingSent, error) {
	return readRecords(ctx, s.db, "the greetings sent", `SELECT name, on_date FROM greetings_sent WHERE customer_id = 0 AND occasion = ?
		ORDER BY on_date, name`, func(rows rowScanner) (GreetingSent, error) {
		var name, on string
		err := rows.Scan(&name, &on)
		zh, en, _ := strings.Cut(name, "\x1f")
		return GreetingSent{Occasion: model.OccasionHoliday, Holiday: model.Text{Zh: zh, En: en}, On: anyDate(on)}, err
	}, model.OccasionHoliday)
}

// GreetingSent is a greeting marked sent: for which occasion, on which day, and whose (a contact's
// id, or 0 for the customer's own date; the holiday's name for a holiday, no one's in particular).
type GreetingSent struct {
	Occasion  model.Occasion
	ContactID int64
	Holiday   model.Text
	On        model.Date
}
