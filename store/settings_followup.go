package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

const (
	holidaysKey  = "holidays"
	greetLeadKey = "greeting_lead_days"
)

// holidaysOf returns the holidays the user greets on; a book that never set them has the defaults.
func holidaysOf(ctx context.Context, q querier) ([]model.Holiday, error) {
	var hs *[]model.Holiday
	if err := setting(ctx, q, holidaysKey, &hs); err != nil {
		return nil, err
	}
	if hs == nil {
		return model.DefaultHolidays(), nil
	}
	return *hs, nil
}

// Holidays returns the holidays the user greets customers on.
func (s *Store) Holidays(ctx context.Context) ([]model.Holiday, error) { return holidaysOf(ctx, s.db) }

// SetHolidays replaces the list of holidays; an empty list means no holiday greetings.
func (s *Store) SetHolidays(ctx context.Context, hs []model.Holiday) error {
	for i := range hs {
		if err := hs[i].Validate(); err != nil {
			return err
		}
	}
	if hs == nil {
		hs = []model.Holiday{}
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := putSetting(ctx, tx, holidaysKey, hs); err != nil {
			return fmt.Errorf("save the holidays: %w", err)
		}
		return nil
	})
}

// greetingLeadDays returns how many days before a date that matters its greeting is due.
func greetingLeadDays(ctx context.Context, q querier) (int, error) {
	n := model.DefaultGreetingLeadDays
	if err := setting(ctx, q, greetLeadKey, &n); err != nil {
		return 0, err
	}
	return max(0, min(n, model.MaxGreetingLeadDays)), nil
}

// GreetingLeadDays returns how many days before a birthday, anniversary or holiday its greeting is due.
func (s *Store) GreetingLeadDays(ctx context.Context) (int, error) {
	return greetingLeadDays(ctx, s.db)
}

// SetGreetingLeadDays sets how many days before a date that matters its greeting is due.
func (s *Store) SetGreetingLeadDays(ctx context.Context, n int) error {
	if n < 0 || n > model.MaxGreetingLeadDays {
		return &model.FieldError{Field: "lead", Msg: model.Text{
			Zh: fmt.Sprintf("提前天数应在 0 到 %d 之间", model.MaxGreetingLeadDays),
			En: fmt.Sprintf("greet 0 to %d days ahead", model.MaxGreetingLeadDays)}}
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := putSetting(ctx, tx, greetLeadKey, n); err != nil {
			return fmt.Errorf("save the greeting lead: %w", err)
		}
		return nil
	})
}
