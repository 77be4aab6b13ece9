package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"testing"

	"guanxi/model"
)

// A book that saved the holidays typed in for 2026–2028 gets the lunar holidays as lunar days when
// it is upgraded; holidays the user changed or added stay as they were.
func TestUpgradeMakesTypedLunarHolidaysLunar(t *testing.T) {
	path := filepath.Join(t.TempDir(), "guanxi.db")
	bookAtVersion(t, path, stepsBefore(t, 16))
	d := func(s string) model.HolidayDate {
		days, err := model.ParseHolidayDates(s)
		if err != nil {
			t.Fatal(err)
		}
		return days[0]
	}
	old := []model.Holiday{
		{Name: model.Text{Zh: "元旦", En: "New Year's Day"}, Days: []model.HolidayDate{d("01-01")}},
		{Name: model.Text{Zh: "春节", En: "Spring Festival"}, Days: []model.HolidayDate{d("2026-02-17"), d("2027-02-06"), d("2028-01-26")}},
		{Name: model.Text{Zh: "端午节", En: "Dragon Boat Festival"}, Days: []model.HolidayDate{d("2026-06-19"), d("2027-06-09")}}, // changed by the user
		{Name: model.Text{Zh: "中秋节", En: "Mid-Autumn Festival"}, Days: []model.HolidayDate{d("2026-09-25"), d("2027-09-15"), d("2028-10-03")}},
		{Name: model.Text{Zh: "植树节", En: "Arbor Day"}, Days: []model.HolidayDate{d("03-12")}},
	}
	raw, _ := json.Marshal(old)
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("INSERT INTO settings(key, value) VALUES(?, ?)", holidaysKey, string(raw)); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s := mustOpen(t, path)
	hs, err := s.Holidays(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"01-01", "农历01-01", "2026-06-19 2027-06-09", "农历08-15", "03-12"}
	if len(hs) != len(want) {
		t.Fatalf("holidays %+v", hs)
	}
	for i, h := range hs {
		var days string
		for j, day := range h.Days {
			if j > 0 {
				days += " "
			}
			days += day.String()
		}
		if days != want[i] || h.Name != old[i].Name {
			t.Errorf("%s: %q, want %q", h.Name.Zh, days, want[i])
		}
	}
}
