package store

import (
	"database/sql"

	"guanxi/model"
)

// yearlyArgs are the values of a date column and its yearly column beside it: a date kept by the
// lunar calendar or without a year goes in the yearly column, the plain one stays empty, so the
// solar greetings never read it; any other date goes in the plain column.
func yearlyArgs(solar model.Date, y model.YearlyDate) (plain, yearly any) {
	if y = model.KeptYearly(solar, y); !y.IsZero() {
		return nil, y.String()
	}
	return dateArg(solar), nil
}

// anyYearly reads a yearly column scanned into any, and the plain date beside it: a yearly date
// gives the solar day it fell on when the plain column is empty. A value that is not a yearly date
// reads as none.
func anyYearly(v any, plain model.Date) (model.YearlyDate, model.Date) {
	y, err := model.ParseYearlyDate(anyText(v))
	if err != nil || y.IsZero() {
		return model.YearlyDate{}, plain
	}
	if plain.IsZero() {
		plain = y.Solar()
	}
	return y, plain
}

// nullYearly reads a yearly column scanned into a NullString, as anyYearly does.
func nullYearly(v sql.NullString, plain model.Date) (model.YearlyDate, model.Date) {
	if !v.Valid {
		return model.YearlyDate{}, plain
	}
	return anyYearly(v.String, plain)
}
