package store

import (
	"context"
	"strings"

	"guanxi/model"
)

// yearlySources are the birthdays and anniversaries kept by the lunar calendar or without a year.
var yearlySources = []dateSource{
	{model.OccasionBirthday, "birthday_yearly", "SELECT id, 0, birthday_yearly FROM customers"},
	{model.OccasionAnniversary, "anniversary_yearly", "SELECT id, 0, anniversary_yearly FROM customers"},
	{model.OccasionBirthday, "birthday_yearly", "SELECT customer_id, id, birthday_yearly FROM contacts"},
}

// readYearlyGreetings keeps the greetings of the yearly dates that come round in the window
// from..to. They are found by their month and day off the indexes of migration 0016: the solar
// and the lunar month-days the window's days fall on. They are few, so all of them in the window
// are read, whatever the checklist's limit.
func (r *keyReader) readYearlyGreetings(ctx context.Context, from, to model.Date, keep func(itemKey)) error {
	keys := model.YearlyMonthDayKeys(from, to)
	for _, src := range yearlySources {
		q, args := yearlySQL(src.head, src.col, keys)
		if err := r.readYearly(ctx, q, args, src.occasion, from, to, keep); err != nil {
			return err
		}
	}
	return nil
}

// yearlySQL reads the keys of the yearly dates in col whose month and day is one of keys (nil:
// all), off the index on (substr(col, -5), col).
func yearlySQL(head, col string, keys []string) (string, []any) {
	q := head + " WHERE " + col + " IS NOT NULL"
	args := make([]any, 0, len(keys))
	if keys != nil {
		q += " AND substr(" + col + ", -5) IN (" + marks(len(keys)) + ")"
		for _, k := range keys {
			args = append(args, k)
		}
	}
	return q, args
}

// readYearly reads one statement of readYearlyGreetings and keeps the greetings that fall in the
// window.
func (r *keyReader) readYearly(ctx context.Context, q string, args []any, occasion model.Occasion, from, to model.Date, keep func(itemKey)) error {
	_, _, err := r.readDatesThatMatter(ctx, q, args, occasion, from, to, keep, func(stored string) (model.Date, int, model.YearlyDate, bool) {
		y, err := model.ParseYearlyDate(strings.TrimSpace(stored))
		if err != nil || y.IsZero() {
			return model.Date{}, 0, model.YearlyDate{}, false
		}
		day := y.Next(from)
		return day, y.YearsOn(day), y, y.Y != 0
	})
	return err
}
