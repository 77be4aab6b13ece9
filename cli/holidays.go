package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"guanxi/model"
	"guanxi/store"
)

// holidaysOptions is what `guanxi holidays` was asked for.
type holidaysOptions struct {
	Year int  // 0: this year
	JSON bool // print JSON instead of the two tables
}

// holidaysJSON is `holidays --json`; the keys are a contract.
type holidaysJSON struct {
	Year          int               `json:"year"`
	OfficialTable bool              `json:"official_table"` // false: no official table for the year yet
	Holidays      []holidayJSON     `json:"holidays"`
	Official      []officialDayJSON `json:"official"`
}

// holidayJSON is a day the book greets customers on.
type holidayJSON struct {
	Name  string   `json:"name"`
	On    jsonDate `json:"on"`
	Lunar string   `json:"lunar,omitempty"` // the lunar month and day, for a holiday of the lunar calendar
}

// officialDayJSON is a day of the official table: a day off, or a weekend day worked (调休).
type officialDayJSON struct {
	On      jsonDate `json:"on"`
	Holiday string   `json:"holiday"`
	Working bool     `json:"working"`
}

// newHolidaysCmd is `guanxi holidays [--year Y] [--json]`: the holidays the book greets on and the
// official days off and make-up working days of a year.
func (c *cli) newHolidaysCmd() *cobra.Command {
	opts := &holidaysOptions{}
	cmd := c.command("holidays", "", "holidays [--year Y] [--json]",
		texts.Holidays.Short, func([]string) error { return c.runHolidays(opts) })
	cmd.Flags().IntVar(&opts.Year, "year", 0, c.t(texts.Holidays.YearDefaultThis))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.t(texts.Shared.PrintJSON))
	return cmd
}

// runHolidays prints the year's holidays of the book, with their lunar dates, then the official
// table of days off and working weekend days.
func (c *cli) runHolidays(opts *holidaysOptions) error {
	year := opts.Year
	if year == 0 {
		year = c.today().Y
	}
	if year < 1900 || year > 2200 {
		return c.usagef(texts.Holidays.YearTakes)
	}
	return c.onBook(func(s *store.Store) error {
		hs, err := s.Holidays(c.ctx)
		if err != nil {
			return err
		}
		days := model.HolidaysOfYear(hs, year)
		official := model.OfficialDays(year)

		if opts.JSON {
			out := holidaysJSON{Year: year, OfficialTable: len(official) > 0, Holidays: []holidayJSON{}, Official: []officialDayJSON{}}
			for _, d := range days {
				h := holidayJSON{Name: d.Name.In(c.lang), On: jsonDate(d.On)}
				if !d.Lunar.IsZero() {
					h.Lunar = c.lunarText(d.Lunar)
				}
				out.Holidays = append(out.Holidays, h)
			}
			for _, d := range official {
				out.Official = append(out.Official, officialDayJSON{On: jsonDate(d.On), Holiday: d.Name.In(c.lang), Working: d.Work})
			}
			return c.writeJSON(out)
		}

		c.stdout.styledLine(styleBold, c.tf(texts.Holidays.HolidaysGreetCustomers, year))
		t := &table{}
		for _, d := range days {
			lunar := ""
			if !d.Lunar.IsZero() {
				lunar = c.lunarText(d.Lunar)
			}
			t.add(txt(d.On.String()), txt(model.WeekdayName(d.On).In(c.lang)), txt(d.Name.In(c.lang)), txt(lunar))
		}
		if len(days) == 0 {
			fmt.Fprintln(c.stdout, c.t(texts.Holidays.NoneAddThem))
		}
		writeTable(c.stdout, t, false)

		c.heading(c.tf(texts.Holidays.OfficialDaysOff, year))
		if len(official) == 0 {
			fmt.Fprintln(c.stdout, c.tf(texts.Holidays.OfficialTableNot, year))
			return nil
		}
		t = &table{}
		for _, d := range official {
			kind := c.t(texts.Holidays.DayOff)
			if d.Work {
				kind = c.t(texts.Holidays.WorkingDay)
			}
			t.add(txt(d.On.String()), txt(model.WeekdayName(d.On).In(c.lang)), txt(d.Name.In(c.lang)), txt(kind))
		}
		writeTable(c.stdout, t, false)
		return nil
	})
}

// lunarText writes a lunar month and day in the user's language: 正月初一, lunar 1/1.
func (c *cli) lunarText(l model.LunarDate) string {
	return model.YearlyOfLunar(model.LunarDate{M: l.M, D: l.D, Leap: l.Leap}).Text(c.lang)
}
