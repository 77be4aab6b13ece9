package model

import "testing"

// Every typed form of a date, on a Tuesday (2026-03-10) unless the case names another day.
func TestParseDateForms(t *testing.T) {
	tue := MustDate("2026-03-10")
	sun := MustDate("2026-12-06")
	cases := []struct {
		in    string
		today Date
		want  string
	}{
		{"今天", tue, "2026-03-10"}, {"明天", tue, "2026-03-11"}, {"后天", tue, "2026-03-12"}, {"大后天", tue, "2026-03-13"},
		{"昨天", tue, "2026-03-09"}, {"前天", tue, "2026-03-08"}, {"今日", tue, "2026-03-10"},
		{"today", tue, "2026-03-10"}, {"Tomorrow", tue, "2026-03-11"}, {" yesterday ", tue, "2026-03-09"},
		{"+3d", tue, "2026-03-13"}, {"+2w", tue, "2026-03-24"}, {"+1m", tue, "2026-04-10"}, {"-5d", tue, "2026-03-05"},
		{"+3天", tue, "2026-03-13"}, {"＋３ｄ", tue, "2026-03-13"},
		// A weekday alone is the next one from today on, today included.
		{"周五", tue, "2026-03-13"}, {"星期五", tue, "2026-03-13"}, {"礼拜五", tue, "2026-03-13"}, {"周二", tue, "2026-03-10"},
		{"周一", tue, "2026-03-16"}, {"周日", tue, "2026-03-15"}, {"周天", tue, "2026-03-15"}, {"friday", tue, "2026-03-13"},
		{"Fri", tue, "2026-03-13"},
		// 下周X is the day of next week (weeks begin on Monday), 本周X this week's.
		{"下周一", tue, "2026-03-16"}, {"下周二", tue, "2026-03-17"}, {"下周三", tue, "2026-03-18"}, {"下周四", tue, "2026-03-19"},
		{"下周五", tue, "2026-03-20"}, {"下周六", tue, "2026-03-21"}, {"下周日", tue, "2026-03-22"}, {"下星期一", tue, "2026-03-16"},
		{"下 周 一", tue, "2026-03-16"}, {"本周五", tue, "2026-03-13"}, {"这周一", tue, "2026-03-09"}, {"上周五", tue, "2026-03-06"},
		{"下下周一", tue, "2026-03-23"}, {"next monday", tue, "2026-03-16"},
		{"下周一", sun, "2026-12-07"}, {"周一", sun, "2026-12-07"}, {"周日", sun, "2026-12-06"},
		// Counts ahead and back.
		{"3天后", tue, "2026-03-13"}, {"2周后", tue, "2026-03-24"}, {"1个月后", tue, "2026-04-10"}, {"三天后", tue, "2026-03-13"},
		{"两周后", tue, "2026-03-24"}, {"十天以后", tue, "2026-03-20"}, {"2个星期后", tue, "2026-03-24"}, {"1年后", tue, "2027-03-10"},
		{"3天前", tue, "2026-03-07"}, {"3 天后", tue, "2026-03-13"},
		// Days of a month.
		{"下个月5号", tue, "2026-04-05"}, {"下月5日", tue, "2026-04-05"}, {"本月20号", tue, "2026-03-20"}, {"20号", tue, "2026-03-20"},
		{"5号", tue, "2026-04-05"}, {"十五号", tue, "2026-03-15"}, {"月底", tue, "2026-03-31"}, {"下个月底", tue, "2026-04-30"},
		{"月底", MustDate("2028-02-03"), "2028-02-29"}, {"月初", tue, "2026-03-01"}, {"年底", tue, "2026-12-31"},
		{"下个月31号", MustDate("2026-01-10"), ""}, {"31号", MustDate("2026-04-10"), "2026-05-31"},
		// A month and a day: the year that puts it nearest today.
		{"12月10日", tue, "2025-12-10"}, {"12月10日", sun, "2026-12-10"}, {"12月10号", sun, "2026-12-10"}, {"12-10", sun, "2026-12-10"},
		{"12/10", sun, "2026-12-10"}, {"1月5日", sun, "2027-01-05"}, {"12月1日", sun, "2026-12-01"}, {"3月10日", tue, "2026-03-10"},
		{"2月29日", MustDate("2028-01-10"), "2028-02-29"}, {"2月29日", tue, ""}, {"32号", tue, ""}, {"0号", tue, ""}, {"13月1日", tue, ""}, {"4月31日", tue, ""}, {"12-", sun, ""}, {"/12/10", sun, ""},
		// Dates that name the year.
		{"2026年12月10日", tue, "2026-12-10"}, {"2026年12月10号", tue, "2026-12-10"}, {"2026/12/10", tue, "2026-12-10"},
		{"2026-12-10", tue, "2026-12-10"}, {"2026.12.10", tue, "2026-12-10"}, {"20261210", tue, "2026-12-10"},
		{"2026-1-5", tue, "2026-01-05"}, {"２０２６年１２月１０日", tue, "2026-12-10"},
		// Not dates.
		{"", tue, ""}, {"soon", tue, ""}, {"周八", tue, ""}, {"2026-02-29", tue, ""}, {"1899-12-31", tue, ""}, {"2201-01-01", tue, ""},
		{"99999999", tue, ""}, {"+36501d", tue, ""}, {"36501天后", tue, ""}, {"0月1日", tue, ""}, {"下个月", tue, ""}, {"天后", tue, ""},
	}
	for _, c := range cases {
		got, err := ParseDate(c.in, c.today)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q, %v) = %v, want an error", c.in, c.today, got)
			}
			continue
		}
		if err != nil || got.String() != c.want {
			t.Errorf("ParseDate(%q, %v) = %v, %v; want %s", c.in, c.today, got, err, c.want)
		}
	}
}

// A file's dates name their year; the forms relative to today are not read from a file.
func TestParseLooseDateSharesTheReading(t *testing.T) {
	for in, want := range map[string]string{
		"2026年12月10日": "2026-12-10", "1985/3/7 0:00": "1985-03-07", "2026-03-10T09:30:00Z": "2026-03-10", "20261210": "2026-12-10",
		"１９８５-０３-０７": "1985-03-07", "": "", "明天": "!", "12月10日": "!", "1700-01-01": "!",
	} {
		got, err := ParseLooseDate(in)
		switch {
		case want == "!" && err == nil:
			t.Errorf("ParseLooseDate(%q) = %v, want an error", in, got)
		case want != "!" && (err != nil || got.String() != want):
			t.Errorf("ParseLooseDate(%q) = %v, %v; want %q", in, got, err, want)
		}
	}
}

func TestSmallNumber(t *testing.T) {
	for in, want := range map[string]int{"1": 1, "31": 31, "一": 1, "两": 2, "十": 10, "十五": 15, "二十": 20, "三十一": 31, "九十九": 99,
		"": -1, "十十": -1, "一二": -1, "零十": -1, "百": -1, "1234567": -1, "五十零": -1} {
		got, ok := smallNumber(in)
		if want < 0 && ok || want >= 0 && (!ok || got != want) {
			t.Errorf("smallNumber(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
}

// The reasons of the classes read as sentences: counts agree in English, days are said in words.
func TestReasonsReadAsSentences(t *testing.T) {
	s := DefaultClassSettings()
	today := MustDate("2026-03-10")
	prospect := Classify(LevelNew, Figures{}, today, s)
	if prospect.Quadrant.Code != QuadrantNone || prospect.Lapse.Why.Zh == "还没有成交或联系记录" {
		t.Errorf("a prospect with no deal: quadrant %s, lapse %q", prospect.Quadrant.Code, prospect.Lapse.Why.Zh)
	}
	if got := ClassifyActivity(1, 1, s).Why.En; got != "1 deal and 1 contact in the last 90 days, 2 < 4" {
		t.Errorf("one deal: %q", got)
	}
	if got := ClassifyActivity(2, 0, s).Why.En; got != "2 deals and 0 contacts in the last 90 days, 2 < 4" {
		t.Errorf("two deals: %q", got)
	}
	first := RuleCond{Figure: FigureDaysSinceFirstDeal, Op: "<"}.describe(0, 180)
	if first.Zh != "首单就在今天，不到 180 天" || first.En != "first deal today, under 180 days" {
		t.Errorf("a first deal today: %+v", first)
	}
	if d := (RuleCond{Figure: FigureDeals, Op: ">="}).describe(1, 1); d.En != "1 deal in all ≥ 1" {
		t.Errorf("one deal in all: %q", d.En)
	}
}

// The query language's days are read like typed dates' counts.
func TestQueryDaysAreTypedLikeDates(t *testing.T) {
	for in, want := range map[string]int{"30": 30, "30d": 30, "三十天": 30, "３０天": 30, "2周": 14, "两周": 14, "3个月": 90, "1年": 365,
		"": -1, "x": -1, "-3d": -1, "36501": -1} {
		got, ok := parseDays(in)
		if want < 0 && ok || want >= 0 && (!ok || got != want) {
			t.Errorf("parseDays(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
}

func TestALapseOfTodayIsSaidInWords(t *testing.T) {
	today := MustDate("2026-03-10")
	f := Figures{LastContact: today, Deals: 0}
	if got := ClassifyLapse(f, today, DefaultClassSettings()).Why; got.Zh != "最后一次成交或联系就在今天" || got.En != "last deal or contact today" {
		t.Errorf("a contact today: %+v", got)
	}
	f.LastContact = today.AddDays(-12)
	if got := ClassifyLapse(f, today, DefaultClassSettings()).Why; got.Zh != "最后一次成交或联系在 12 天前" {
		t.Errorf("twelve days ago: %+v", got)
	}
}
