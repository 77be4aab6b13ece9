package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// planAnyDayKey is the setting that lets planned visits and calls fall on weekends and public
// holidays; unset, they move to the next working day.
const planAnyDayKey = "plan_any_day"

// planAnyDay reads the setting.
func planAnyDay(ctx context.Context, q querier) (bool, error) {
	var anyDay bool
	if err := setting(ctx, q, planAnyDayKey, &anyDay); err != nil {
		return false, err
	}
	return anyDay, nil
}

// PlanWorkingDays tells whether planned visits and calls move off weekends and public holidays to
// the next working day (by the official table of days off and make-up working days): on until the
// user turns it off.
func (s *Store) PlanWorkingDays(ctx context.Context) (bool, error) {
	anyDay, err := planAnyDay(ctx, s.db)
	return !anyDay, err
}

// SetPlanWorkingDays turns moving planned visits and calls to working days on or off, and moves
// every customer's due dates to follow, in one transaction.
func (s *Store) SetPlanWorkingDays(ctx context.Context, on bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := putSetting(ctx, tx, planAnyDayKey, !on); err != nil {
			return fmt.Errorf("save the working-day setting: %w", err)
		}
		return refreshWhere(ctx, tx, "SELECT id FROM customers WHERE deleted_at IS NULL", nil)
	})
}

// refreshWhere recomputes the derived figures of the customers a query (with its args) names, and
// of those only.
func refreshWhere(ctx context.Context, tx *sql.Tx, q string, keep func(visit, call model.Date) bool, args ...any) error {
	all, err := plans(ctx, tx)
	if err != nil {
		return err
	}
	ids, err := idsWhere(ctx, tx, q, keep, args...)
	if err != nil {
		return fmt.Errorf("read the customers to refresh: %w", err)
	}
	r := newRefresher(ctx, tx, all)
	defer r.close()
	for _, id := range ids {
		if err := r.refresh(id); err != nil {
			return err
		}
	}
	return nil
}

// idsWhere reads the ids a query with its args gives (with the next visit and call when keep is
// set, to keep only those it accepts).
func idsWhere(ctx context.Context, tx *sql.Tx, q string, keep func(visit, call model.Date) bool, args ...any) ([]int64, error) {
	var ids []int64
	err := eachRowOf(ctx, tx, q, args, func(rows *sql.Rows) error {
		var id int64
		var visit, call sql.NullString
		dest := []any{&id}
		if keep != nil {
			dest = append(dest, &visit, &call)
		}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if keep == nil || keep(parseStoredDate(visit), parseStoredDate(call)) {
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}
