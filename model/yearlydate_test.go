package model

import "testing"

func TestParseYearlyDateRoundTrip(t *testing.T) {
	tests := []struct {
		in     string
		want   YearlyDate
		stored string
		zh, en string
	}{
		{"--0315", YearlyDate{M: 3, D: 15}, "--03-15", "3月15日", "03-15"},
		{"--10-24", YearlyDate{M: 10, D: 24}, "--10-24", "10月24日", "10-24"},
		{"--02-29", YearlyDate{M: 2, D: 29}, "--02-29", "2月29日", "02-29"},
		{"农历八月十五", YearlyDate{Lunar: true, M: 8, D: 15}, "lunar --08-15", "农历八月十五", "lunar 8/15"},
		{"农历1980年八月十五", YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}, "lunar 1980-08-15", "农历1980年八月十五", "lunar 1980 8/15"},
		{"lunar leap 2023-02-01", YearlyDate{Lunar: true, Leap: true, Y: 2023, M: 2, D: 1}, "lunar leap 2023-02-01", "农历2023年闰二月初一", "lunar 2023 leap 2/1"},
		{"lunar leap --04-08", YearlyDate{Lunar: true, Leap: true, M: 4, D: 8}, "lunar leap --04-08", "农历闰四月初八", "lunar leap 4/8"},
	}
	for _, tt := range tests {
		got, err := ParseYearlyDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseYearlyDate(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			continue
		}
		if s := got.String(); s != tt.stored {
			t.Errorf("%+v.String() = %q, want %q", got, s, tt.stored)
		}
		if back, err := ParseYearlyDate(got.String()); err != nil || back != got {
			t.Errorf("ParseYearlyDate(%q) = %+v, %v; want it back as %+v", got.String(), back, err, got)
		}
		if s := got.String(); s[len(s)-5:] != got.MonthDayKey() {
			t.Errorf("%q does not end in its month and day %q", s, got.MonthDayKey())
		}
		if got.Text(Zh) != tt.zh || got.Text(En) != tt.en {
			t.Errorf("%+v.Text = %q, %q; want %q, %q", got, got.Text(Zh), got.Text(En), tt.zh, tt.en)
		}
	}
	for _, bad := range []string{"--1315", "--0230", "--03", "1980-08-15", "农历八月三十二", "lunar --13-01"} {
		if got, err := ParseYearlyDate(bad); err == nil {
			t.Errorf("ParseYearlyDate(%q) = %+v, want an error", bad, got)
		}
	}
}

func TestYearlyDateNextAndYears(t *testing.T) {
	tests := []struct {
		y          YearlyDate
		from, next string
		years      int
		solar      string
	}{
		// A lunar birthday of 1980-09-23 falls on the day of the Mid-Autumn Festival every year.
		{YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}, "2026-01-01", "2026-09-25", 46, "1980-09-23"},
		{YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}, "2026-09-26", "2027-09-15", 47, "1980-09-23"},
		{YearlyDate{Lunar: true, M: 8, D: 15}, "2026-01-01", "2026-09-25", 0, ""},
		// Born in the leap second month of 2023: kept in the ordinary second month.
		{YearlyDate{Lunar: true, Leap: true, Y: 2023, M: 2, D: 1}, "2026-01-01", "2026-03-19", 3, "2023-03-22"},
		{YearlyDate{M: 3, D: 15}, "2026-03-16", "2027-03-15", 0, ""},
		{YearlyDate{M: 2, D: 29}, "2026-01-01", "2026-02-28", 0, ""},
		{YearlyDate{Y: 1985, M: 3, D: 7}, "2026-01-01", "2026-03-07", 41, "1985-03-07"},
	}
	for _, tt := range tests {
		next := tt.y.Next(MustDate(tt.from))
		if next != MustDate(tt.next) {
			t.Errorf("%+v.Next(%s) = %s, want %s", tt.y, tt.from, next, tt.next)
		}
		if got := tt.y.YearsOn(next); got != tt.years {
			t.Errorf("%+v.YearsOn(%s) = %d, want %d", tt.y, next, got, tt.years)
		}
		if got := tt.y.Solar().String(); got != tt.solar {
			t.Errorf("%+v.Solar() = %s, want %s", tt.y, got, tt.solar)
		}
	}
}

func TestParseBirthday(t *testing.T) {
	tests := []struct {
		in   string
		want Birthday
		ok   bool
	}{
		{"", Birthday{}, true},
		{"1980-09-23", Birthday{Solar: MustDate("1980-09-23")}, true},
		{"1985年3月7日", Birthday{Solar: MustDate("1985-03-07")}, true},
		{"农历1980年八月十五", Birthday{MustDate("1980-09-23"), YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}}, true},
		{"农历八月十五", Birthday{Yearly: YearlyDate{Lunar: true, M: 8, D: 15}}, true},
		{"--0315", Birthday{Yearly: YearlyDate{M: 3, D: 15}}, true},
		{"--1315", Birthday{}, false},
		{"农历八月三十二", Birthday{}, false},
		{"next week", Birthday{}, false},
	}
	for _, tt := range tests {
		got, err := ParseBirthday(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseBirthday(%q) = %+v, %v; want %+v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestKeptYearlyAndText(t *testing.T) {
	lunar := YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}
	noYear := YearlyDate{M: 3, D: 15}
	tests := []struct {
		solar  string
		y      YearlyDate
		kept   YearlyDate
		zh, en string
	}{
		{"1980-09-23", lunar, lunar, "农历1980年八月十五 (1980-09-23)", "lunar 1980 8/15 (1980-09-23)"},
		{"1980-09-24", lunar, YearlyDate{}, "1980-09-24", "1980-09-24"}, // the user wrote another day
		{"", noYear, noYear, "3月15日", "03-15"},
		{"", lunar, lunar, "农历1980年八月十五", "lunar 1980 8/15"},             // made with the lunar date alone
		{"1990-03-15", noYear, YearlyDate{}, "1990-03-15", "1990-03-15"}, // the year became known
		{"1990-03-15", YearlyDate{}, YearlyDate{}, "1990-03-15", "1990-03-15"},
	}
	for _, tt := range tests {
		var solar Date
		if tt.solar != "" {
			solar = MustDate(tt.solar)
		}
		if got := KeptYearly(solar, tt.y); got != tt.kept {
			t.Errorf("KeptYearly(%s, %+v) = %+v, want %+v", tt.solar, tt.y, got, tt.kept)
		}
		if zh, en := BirthdayText(solar, tt.y, Zh), BirthdayText(solar, tt.y, En); zh != tt.zh || en != tt.en {
			t.Errorf("BirthdayText(%s, %+v) = %q, %q; want %q, %q", tt.solar, tt.y, zh, en, tt.zh, tt.en)
		}
	}
}

func TestBirthdayInputReadsBack(t *testing.T) {
	for _, b := range []Birthday{
		{},
		{Solar: MustDate("1980-09-23")},
		{Solar: MustDate("1980-09-23"), Yearly: YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}},
		{Yearly: YearlyDate{Lunar: true, M: 8, D: 15}},
		{Solar: MustDate("2023-03-22"), Yearly: YearlyDate{Lunar: true, Leap: true, Y: 2023, M: 2, D: 1}},
		{Yearly: YearlyDate{Lunar: true, Leap: true, M: 4, D: 8}},
		{Yearly: YearlyDate{M: 3, D: 15}},
	} {
		for _, lang := range []Lang{Zh, En} {
			in := BirthdayInput(b.Solar, b.Yearly, lang)
			got, err := ParseBirthday(in)
			if err != nil || got != b {
				t.Errorf("BirthdayInput(%+v, %s) = %q reads back as %+v, %v", b, lang, in, got, err)
			}
		}
	}
}

func TestOwnBirthday(t *testing.T) {
	lunar := Birthday{Solar: MustDate("1980-09-23"), Yearly: YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}}
	person := Customer{Kind: KindPerson}
	person.SetOwnBirthday(lunar)
	if person.BirthdayYearly != lunar.Yearly || person.OwnBirthday() != lunar {
		t.Errorf("person: %+v", person.OwnBirthday())
	}
	org := Customer{Kind: KindOrganisation, Birthday: MustDate("2000-01-01"), BirthdayYearly: YearlyDate{M: 1, D: 1}}
	founded := Birthday{Yearly: YearlyDate{M: 10, D: 24}}
	org.SetOwnBirthday(founded)
	if org.OwnBirthday() != founded || !org.Birthday.IsZero() || !org.BirthdayYearly.IsZero() {
		t.Errorf("organisation: %+v", org)
	}
	if got := founded.Text(Zh); got != "10月24日" {
		t.Errorf("Text = %q", got)
	}
}

// An edit that changes only the lunar or year-less date is an edit, and is merged whole.
func TestMergeEditKeepsYearlyDates(t *testing.T) {
	loaded := Customer{Name: "王芳", BirthdayYearly: YearlyDate{M: 3, D: 15}}
	mine := loaded
	mine.BirthdayYearly = YearlyDate{Lunar: true, M: 8, D: 15}
	current := loaded
	current.Notes = "改过备注"
	merged, conflicts := MergeEdit(loaded, mine, current)
	if len(conflicts) != 0 || merged.BirthdayYearly != mine.BirthdayYearly || merged.Notes != current.Notes {
		t.Errorf("merged %+v %+v, conflicts %+v", merged.BirthdayYearly, merged.Notes, conflicts)
	}
	if got := ChangedFields(loaded, mine); len(got) != 1 || got[0].Name != "birthday" {
		t.Errorf("changed fields %+v", got)
	}
}
