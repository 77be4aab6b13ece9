package store

import (
	"context"
	"database/sql"
	"slices"

	"guanxi/model"
)

// typedLunarHolidays are the lunar holidays as earlier versions listed them, typed in for 2026–2028
// only, with the lunar day each really is.
var typedLunarHolidays = map[string]struct {
	days  []string
	lunar model.HolidayDate
}{
	"春节":  {[]string{"2026-02-17", "2027-02-06", "2028-01-26"}, model.HolidayDate{M: 1, D: 1, Lunar: true}},
	"端午节": {[]string{"2026-06-19", "2027-06-09", "2028-05-28"}, model.HolidayDate{M: 5, D: 5, Lunar: true}},
	"中秋节": {[]string{"2026-09-25", "2027-09-15", "2028-10-03"}, model.HolidayDate{M: 8, D: 15, Lunar: true}},
}

// lunarHolidaysEveryYear is the Go step of migration 0016: a book whose holidays were saved with
// the lunar holidays typed in for 2026–2028 gets them as lunar days instead, which fall right in
// every year. A holiday the user changed (another name or other days) is left as it is.
func lunarHolidaysEveryYear(ctx context.Context, tx *sql.Tx) error {
	var hs *[]model.Holiday
	if err := setting(ctx, tx, holidaysKey, &hs); err != nil || hs == nil {
		return err // a book that never saved its holidays has the defaults, lunar already
	}
	changed := false
	for i, h := range *hs {
		typed, ok := typedLunarHolidays[h.Name.Zh]
		if !ok || len(h.Days) != len(typed.days) {
			continue
		}
		var days []string
		for _, d := range h.Days {
			days = append(days, d.String())
		}
		if slices.Equal(days, typed.days) {
			(*hs)[i].Days, changed = []model.HolidayDate{typed.lunar}, true
		}
	}
	if !changed {
		return nil
	}
	return putSetting(ctx, tx, holidaysKey, *hs)
}
