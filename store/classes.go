package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"guanxi/model"
)

// classSettingsKey is where the classification thresholds live in the settings table.
const classSettingsKey = "classification"

// classSettings reads the classification thresholds: the user's over the defaults.
func classSettings(ctx context.Context, q querier) (model.ClassSettings, error) {
	out := model.DefaultClassSettings()
	if err := setting(ctx, q, classSettingsKey, &out); err != nil {
		return model.DefaultClassSettings(), err
	}
	return out, nil
}

// ClassSettings returns the classification thresholds as the user has set them.
func (s *Store) ClassSettings(ctx context.Context) (model.ClassSettings, error) {
	return classSettings(ctx, s.db)
}

// SetClassSettings checks and saves the classification thresholds; the error of a value that makes
// no sense is a *model.FieldError on its key.
func (s *Store) SetClassSettings(ctx context.Context, cs model.ClassSettings) error {
	if err := cs.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := putSetting(ctx, tx, classSettingsKey, cs); err != nil {
			return fmt.Errorf("save the classification settings: %w", err)
		}
		return nil
	})
}

// dayArg is a date as the window bound of a query: ” (before every date) for the zero date.
func dayArg(d model.Date) string { return d.String() }

// dealFiguresSQL sums a customer's deals for the figures: count, first and last day, revenue and
// deals in the value period (?1), orders in 12 months (?2), deals in the activity window (?3).
const dealFiguresSQL = `count(d.id), min(d.on_date), max(d.on_date),
	coalesce(sum(CASE WHEN d.on_date >= ?1 THEN d.amount END), 0), count(CASE WHEN d.on_date >= ?1 THEN 1 END),
	coalesce(sum(CASE WHEN d.on_date >= ?2 THEN d.amount END), 0), count(CASE WHEN d.on_date >= ?3 THEN 1 END)`

// figureArgs are the window bounds of dealFiguresSQL.
func figureArgs(today model.Date, cs model.ClassSettings) []any {
	return []any{dayArg(cs.PeriodStart(today)), dayArg(model.YearStart(today)), dayArg(cs.ActiveStart(today))}
}

// scanDealFigures reads the columns of dealFiguresSQL into f.
func scanDealFigures(r rowScanner, head []any, f *model.Figures) error {
	var first, last sql.NullString
	dest := append(head, &f.Deals, &first, &last, &f.Revenue, &f.PeriodDeals, &f.Orders12m, &f.RecentDeals)
	if err := r.Scan(dest...); err != nil {
		return err
	}
	f.FirstDeal, f.LastDeal = parseStoredDate(first), parseStoredDate(last)
	return nil
}

// liveCustomers counts the customers outside the trash.
func liveCustomers(ctx context.Context, q querier) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, "SELECT count(*) FROM customers WHERE deleted_at IS NULL").Scan(&n)
	return n, err
}

// revenueSQL is every customer's revenue from ?1 on, for the customers outside the trash. It reads
// one index in customer order, and the trash (a few ids) once.
const revenueSQL = `SELECT customer_id, sum(amount) AS revenue FROM deals INDEXED BY deals_customer_amount
	WHERE on_date >= ?1 AND customer_id NOT IN (SELECT id FROM customers INDEXED BY customers_trash WHERE deleted_at IS NOT NULL)
	GROUP BY customer_id`

// figures gathers what one customer's classifications are computed from, with their level.
func figures(ctx context.Context, q querier, id int64, today model.Date, cs model.ClassSettings) (model.Level, model.Figures, error) {
	var f model.Figures
	var level model.Level
	var lastContact sql.NullString
	args := append(figureArgs(today, cs), id)
	row := q.QueryRowContext(ctx, `SELECT c.level, c.last_contact_on, c.kind, `+dealFiguresSQL+`
		FROM customers c LEFT JOIN deals d ON d.customer_id = c.id WHERE c.id = ?4 AND c.deleted_at IS NULL GROUP BY c.id`, args...)
	if err := scanDealFigures(row, []any{&level, &lastContact, &f.Kind}, &f); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return "", f, fmt.Errorf("customer %d: %w", id, model.ErrNotFound)
		}
		return "", f, fmt.Errorf("read customer %d's figures: %w", id, err)
	}
	f.LastContact = parseStoredDate(lastContact)
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM interactions WHERE customer_id = ? AND at >= ?", id,
		dayArg(cs.ActiveStart(today))).Scan(&f.RecentContacts); err != nil {
		return "", f, fmt.Errorf("read customer %d's contacts: %w", id, err)
	}
	var err error
	if f.Customers, err = liveCustomers(ctx, q); err != nil {
		return "", f, err
	}
	if f.Revenue > 0 {
		err = q.QueryRowContext(ctx, "SELECT count(*) FROM ("+revenueSQL+") WHERE revenue > ?2", dayArg(cs.PeriodStart(today)),
			int64(f.Revenue)).Scan(&f.Higher)
		if err != nil {
			return "", f, fmt.Errorf("rank customer %d: %w", id, err)
		}
	}
	return level, f, nil
}

// Classify returns every class of one customer with its reason, and the level the rules suggest.
func (s *Store) Classify(ctx context.Context, id int64) (model.Classification, error) {
	cs, err := classSettings(ctx, s.db)
	if err != nil {
		return model.Classification{}, err
	}
	today := s.Today()
	level, f, err := figures(ctx, s.db, id, today, cs)
	if err != nil {
		return model.Classification{}, err
	}
	return model.Classify(level, f, today, cs), nil
}

// ABCClasses returns the value class of every customer outside the trash, by id: only those
// with revenue in the period are in the map, the others are class C (read one with ABCOf).
func (s *Store) ABCClasses(ctx context.Context) (map[int64]string, error) {
	cs, err := classSettings(ctx, s.db)
	if err != nil {
		return nil, err
	}
	return abcClasses(ctx, s.db, s.Today(), cs)
}

// abcClasses is ABCClasses on today and the settings cs: the revenues read in SQL, the classes
// decided by model.ABCOfAllIn. A saved list's abc: keeps to its answer too.
func abcClasses(ctx context.Context, q querier, today model.Date, cs model.ClassSettings) (map[int64]string, error) {
	n, err := liveCustomers(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, revenueSQL, dayArg(cs.PeriodStart(today)))
	if err != nil {
		return nil, fmt.Errorf("rank customers by revenue: %w", err)
	}
	defer rows.Close()
	var ids []int64
	var revenues []model.Money
	for rows.Next() {
		var id int64
		var r model.Money
		if err := rows.Scan(&id, &r); err != nil {
			return nil, err
		}
		ids, revenues = append(ids, id), append(revenues, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Customers without revenue are class C; ranking only those with some gives the same classes
	// when the book's size is counted in full.
	classes := model.ABCOfAllIn(revenues, n, cs)
	out := make(map[int64]string, len(ids))
	for i, id := range ids {
		out[id] = classes[i]
	}
	return out, nil
}

// ABCOf returns one class for the customer from ABCClasses' answer: C when they have no revenue.
func ABCOf(classes map[int64]string, id int64) string {
	if c, ok := classes[id]; ok {
		return c
	}
	return model.ABCC
}

// noteLevelChange writes a change of customer id's level to their timeline when to differs from the
// level the book holds. Call it inside the transaction, before the customer's row is updated.
func (s *Store) noteLevelChange(ctx context.Context, tx *sql.Tx, id int64, to model.Level, source model.LevelSource, why model.Text) error {
	var from model.Level
	err := tx.QueryRowContext(ctx, "SELECT level FROM customers WHERE id = ? AND deleted_at IS NULL", id).Scan(&from)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // the update that follows reports the missing customer
	}
	if err != nil {
		return fmt.Errorf("read customer %d's level: %w", id, err)
	}
	if from == to {
		return nil
	}
	now := s.Now()
	return addLevelChangeRow(ctx, tx, &model.LevelChange{CustomerID: id, At: now, From: from, To: to, Source: source,
		Why: why}, now.Unix())
}

// setLevel moves a customer to a level, records why, and moves their due dates to the new level's
// visit plan, in the caller's transaction.
func (s *Store) setLevel(ctx context.Context, tx *sql.Tx, id int64, to model.Level, source model.LevelSource, why model.Text) error {
	if err := s.noteLevelChange(ctx, tx, id, to, source, why); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE customers SET level = ?, updated_at = ? WHERE id = ?", to, s.Now().Unix(), id); err != nil {
		return fmt.Errorf("change customer %d's level: %w", id, err)
	}
	return s.refreshDerived(ctx, tx, id)
}

// ApplySuggestedLevel moves a customer to the level the rules suggest now, recording the reason and
// the source (LevelByRule when the user took it, LevelByAuto when the rules ran by themselves) on
// their timeline. It returns the suggestion and whether the level changed; a customer whose level
// the rules leave alone, or who is already there, is not touched.
func (s *Store) ApplySuggestedLevel(ctx context.Context, id int64, source model.LevelSource) (model.Suggestion, bool, error) {
	var sug model.Suggestion
	changed := false
	err := s.tx(ctx, func(tx *sql.Tx) error {
		cs, err := classSettings(ctx, tx)
		if err != nil {
			return err
		}
		today := s.Today()
		level, f, err := figures(ctx, tx, id, today, cs)
		if err != nil {
			return err
		}
		sug = model.SuggestLevel(level, f, today, cs)
		if !sug.Changes(level) {
			return nil
		}
		changed = true
		return s.setLevel(ctx, tx, id, sug.Level, source, sug.Why)
	})
	return sug, changed, err
}

// ApplyLevelRules moves every customer whose level the rules decide to the level they suggest, in
// one transaction, and returns how many moved. source is LevelByAuto when the rules run by
// themselves, LevelByRule when the user asked.
func (s *Store) ApplyLevelRules(ctx context.Context, source model.LevelSource) (int, error) {
	moved := 0
	err := s.tx(ctx, func(tx *sql.Tx) error {
		cs, err := classSettings(ctx, tx)
		if err != nil {
			return err
		}
		today := s.Today()
		type move struct {
			id  int64
			sug model.Suggestion
		}
		var moves []move
		rows, err := tx.QueryContext(ctx, `SELECT c.id, c.level, c.last_contact_on, `+dealFiguresSQL+`
			FROM customers c LEFT JOIN deals d ON d.customer_id = c.id
			WHERE c.deleted_at IS NULL AND c.level IN ('vip', 'new', 'dormant', 'low') GROUP BY c.id`, figureArgs(today, cs)...)
		if err != nil {
			return fmt.Errorf("read the customers' figures: %w", err)
		}
		for rows.Next() {
			var id int64
			var level model.Level
			var lastContact sql.NullString
			var f model.Figures
			if err := scanDealFigures(rows, []any{&id, &level, &lastContact}, &f); err != nil {
				rows.Close()
				return err
			}
			f.LastContact = parseStoredDate(lastContact)
			if sug := model.SuggestLevel(level, f, today, cs); sug.Changes(level) {
				moves = append(moves, move{id, sug})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, m := range moves {
			if err := s.setLevel(ctx, tx, m.id, m.sug.Level, source, m.sug.Why); err != nil {
				return err
			}
		}
		moved = len(moves)
		return nil
	})
	return moved, err
}

// LevelChanges returns a customer's level changes, newest first.
func (s *Store) LevelChanges(ctx context.Context, customerID int64) ([]model.LevelChange, error) {
	return readRecords(ctx, s.db, "level changes", "SELECT "+levelChangeColumns+" FROM level_changes WHERE customer_id = ? ORDER BY at DESC, id DESC",
		scanLevelChange, customerID)
}
