package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"guanxi/model"
)

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// setting reads one setting into v (JSON); a missing setting leaves v as it was.
func setting(ctx context.Context, q querier, key string, v any) error {
	var raw string
	err := q.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read setting %s: %w", key, err)
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		return fmt.Errorf("setting %s is damaged: %w", key, err)
	}
	return nil
}

// putSetting writes one setting as JSON.
func putSetting(ctx context.Context, q execer, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return putSettingRaw(ctx, q, key, string(raw))
}

// putSettingRaw writes one setting already in JSON.
func putSettingRaw(ctx context.Context, q execer, key, raw string) error {
	_, err := q.ExecContext(ctx, "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, raw)
	return err
}

const plansKey = "visit_plans"

// plans returns every level's visit plan: the user's settings over the defaults.
func plans(ctx context.Context, q querier) (map[model.Level]model.VisitPlan, error) {
	out := model.DefaultPlans()
	saved := map[model.Level]model.VisitPlan{}
	if err := setting(ctx, q, plansKey, &saved); err != nil {
		return nil, err
	}
	for l, p := range saved {
		out[l] = p
	}
	anyDay, err := planAnyDay(ctx, q)
	if err != nil {
		return nil, err
	}
	for l, p := range out {
		p.AnyDay = anyDay
		out[l] = p
	}
	return out, nil
}

// Plans returns every level's visit plan as the user has set it.
func (s *Store) Plans(ctx context.Context) (map[model.Level]model.VisitPlan, error) {
	return plans(ctx, s.db)
}

// SetPlan changes one level's visit plan and moves every due date that follows from it.
func (s *Store) SetPlan(ctx context.Context, level model.Level, p model.VisitPlan) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		all, err := plans(ctx, tx)
		if err != nil {
			return err
		}
		all[level] = p
		if err := putSetting(ctx, tx, plansKey, all); err != nil {
			return fmt.Errorf("save the visit plan: %w", err)
		}
		return s.refreshLevel(ctx, tx, level)
	})
}
