package model

import (
	"slices"
	"strings"
	"testing"
)

var classToday = MustDate("2026-03-10")

func yuan(n int64) Money { return Money(n * 100) }

func TestABCCounts(t *testing.T) {
	s := DefaultClassSettings()
	cases := []struct {
		n, a, ab int
	}{
		{0, 0, 0},
		{1, 1, 1},    // 5% of 1 rounds up to 1; 20% of 1 too
		{10, 1, 2},   // 0.5 → 1, 2.0 → 2
		{20, 1, 4},   // exactly 1 and 4
		{21, 2, 5},   // 1.05 → 2, 4.2 → 5
		{100, 5, 20}, // the notes' 5% and 20%
		{200, 10, 40},
	}
	for _, c := range cases {
		if a, ab := ABCCounts(c.n, s); a != c.a || ab != c.ab {
			t.Errorf("ABCCounts(%d) = %d, %d; want %d, %d", c.n, a, ab, c.a, c.ab)
		}
	}
	s.APercent, s.BPercent = 10, 0
	if a, ab := ABCCounts(30, s); a != 3 || ab != 3 {
		t.Errorf("with no B class, a and ab should both be 3, got %d %d", a, ab)
	}
}

func TestABCOfAllIn(t *testing.T) {
	s := DefaultClassSettings()
	// Twenty customers: A holds the first 1, A+B the first 4.
	twenty := func(rev ...int64) []Money {
		out := make([]Money, 20)
		for i, r := range rev {
			out[i] = yuan(r)
		}
		return out
	}
	cases := []struct {
		name string
		revs []Money
		want string // classes in order, as one string
	}{
		{"none", nil, ""},
		{"one customer with revenue", []Money{yuan(100)}, "A"},
		{"one customer without revenue", []Money{0}, "C"},
		{"zero revenue is always C", twenty(), strings.Repeat("C", 20)},
		{"plain order", twenty(900, 800, 700, 600, 500, 400), "ABBBCC" + strings.Repeat("C", 14)},
		{"a tie at the A line shares A", twenty(900, 900, 700, 600, 500), "AABBC" + strings.Repeat("C", 15)},
		{"a tie at the B line shares B", twenty(900, 800, 700, 600, 600, 600, 100), "ABBBBBC" + strings.Repeat("C", 13)},
		{"order in the input does not matter", twenty(100, 900, 0, 800), "BACB" + strings.Repeat("C", 16)},
		{"few with revenue", twenty(5), "A" + strings.Repeat("C", 19)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(ABCOfAllIn(c.revs, len(c.revs), s), "")
			if got != c.want {
				t.Errorf("classes %s, want %s", got, c.want)
			}
		})
	}
}

func TestClassifyABCReason(t *testing.T) {
	s := DefaultClassSettings()
	c := ClassifyABC(yuan(5_230_000), 0, 200, s)
	if c.Code != ABCA || !strings.Contains(c.Why.Zh, "近 12 个月成交 ¥5,230,000") || !strings.Contains(c.Why.Zh, "排第 1") ||
		!strings.Contains(c.Why.En, "top 5%") {
		t.Errorf("A reason: %+v", c)
	}
	c = ClassifyABC(0, 0, 200, s)
	if c.Code != ABCC || !strings.Contains(c.Why.Zh, "没有成交") || !strings.Contains(c.Why.En, "no revenue") {
		t.Errorf("zero revenue: %+v", c)
	}
	s.PeriodMonths = 0
	if c := ClassifyABC(yuan(1), 50, 200, s); c.Code != ABCC || !strings.Contains(c.Why.En, "all time") || !strings.Contains(c.Why.Zh, "在前 20% 之外") {
		t.Errorf("all-time C reason: %+v", c)
	}
}

func TestClassifyTenure(t *testing.T) {
	s := DefaultClassSettings()
	cases := []struct {
		first Date
		want  string
	}{
		{Date{}, TenureNone},
		{classToday, TenureNew},
		{classToday.AddDays(-364), TenureNew},
		{classToday.AddDays(-365), TenureOld}, // exactly the threshold is old
		{MustDate("2020-01-01"), TenureOld},
	}
	for _, c := range cases {
		got := ClassifyTenure(c.first, classToday, s)
		if got.Code != c.want || got.Why.Zh == "" || got.Why.En == "" {
			t.Errorf("first deal %v: %+v, want %s", c.first, got, c.want)
		}
	}
	if why := ClassifyTenure(MustDate("2025-03-10"), classToday, s).Why.Zh; why != "首单 2025-03-10，已 365 天 ≥ 365 天" {
		t.Errorf("reason %q", why)
	}
	// A first deal made today is not "0 days ago": it is today.
	today := ClassifyTenure(classToday, classToday, s).Why
	if today.Zh != "首单就在今天（2026-03-10），不到 365 天" || today.En != "first deal today (2026-03-10), < 365 days" {
		t.Errorf("reason of a first deal today %q / %q", today.Zh, today.En)
	}
}

func TestClassifyLapse(t *testing.T) {
	s := DefaultClassSettings() // lost after 365 days, dormant after 180
	d := func(n int) Date { return classToday.AddDays(-n) }
	cases := []struct {
		name string
		f    Figures
		want string
	}{
		{"nothing yet", Figures{}, LapseCurrent},
		{"contact only, recent", Figures{LastContact: d(10)}, LapseCurrent},
		{"contact only, long ago", Figures{LastContact: d(400)}, LapseLost},
		{"one deal long ago, contacted lately", Figures{Deals: 1, FirstDeal: d(200), LastDeal: d(200), LastContact: d(5)}, LapseDormant},
		{"one deal recently", Figures{Deals: 1, FirstDeal: d(179), LastDeal: d(179)}, LapseCurrent},
		{"one deal at the dormant line", Figures{Deals: 1, FirstDeal: d(180), LastDeal: d(180)}, LapseDormant},
		{"lost beats dormant", Figures{Deals: 1, FirstDeal: d(500), LastDeal: d(500), LastContact: d(365)}, LapseLost},
		{"two deals long ago but contacted", Figures{Deals: 2, FirstDeal: d(300), LastDeal: d(250), LastContact: d(30)}, LapseCurrent},
		{"deal newer than contact", Figures{Deals: 3, LastDeal: d(20), LastContact: d(400)}, LapseCurrent},
		{"one deal counted but its day unknown", Figures{Deals: 1, LastContact: d(30)}, LapseCurrent},
	}
	for _, c := range cases {
		got := ClassifyLapse(c.f, classToday, s)
		if got.Code != c.want || got.Why.Zh == "" || got.Why.En == "" {
			t.Errorf("%s: %+v, want %s", c.name, got, c.want)
		}
		if code := LapseOf(c.f.LastDeal, c.f.LastContact, c.f.Deals, classToday, s); code != c.want {
			t.Errorf("%s: LapseOf says %s, want %s", c.name, code, c.want)
		}
	}
}

func TestClassifyActivity(t *testing.T) {
	s := DefaultClassSettings() // active at 4
	cases := []struct {
		deals, contacts int
		want            string
	}{
		{0, 0, ActivityLow}, {0, 1, ActivityNormal}, {1, 2, ActivityNormal}, {1, 3, ActivityActive}, {0, 10, ActivityActive},
	}
	for _, c := range cases {
		got := ClassifyActivity(c.deals, c.contacts, s)
		if got.Code != c.want {
			t.Errorf("%d deals %d contacts: %s, want %s", c.deals, c.contacts, got.Code, c.want)
		}
	}
	if why := ClassifyActivity(1, 3, s).Why.Zh; why != "近 90 天成交 1 次、联系 3 次，共 4 次 ≥ 4" {
		t.Errorf("reason %q", why)
	}
}

func TestClassifyQuadrant(t *testing.T) {
	s := DefaultClassSettings() // loyal at 2 deals
	cases := []struct {
		abc   string
		deals int
		want  string
	}{
		{ABCA, 5, QuadrantRichLoyal}, {ABCB, 1, QuadrantRichDisloyal}, {ABCC, 2, QuadrantPoorLoyal}, {ABCC, 0, QuadrantPoorDisloyal},
	}
	for _, c := range cases {
		if got := ClassifyQuadrant(c.abc, c.deals, s); got.Code != c.want || got.Why.En == "" {
			t.Errorf("%s with %d deals: %+v, want %s", c.abc, c.deals, got, c.want)
		}
	}
}

func TestSuggestLevel(t *testing.T) {
	s := DefaultClassSettings() // VIP ¥5,000,000; dormant 180; new 180; low below ¥10,000
	d := func(n int) Date { return classToday.AddDays(-n) }
	cases := []struct {
		name    string
		current Level
		f       Figures
		want    Level
		why     string
	}{
		{"VIP by orders", LevelNew, Figures{Orders12m: yuan(5_230_000), Deals: 3, FirstDeal: d(400), LastDeal: d(10)}, LevelVIP,
			"近 12 个月订单 ¥5,230,000 ≥ ¥5,000,000"},
		{"VIP at exactly the threshold", LevelLow, Figures{Orders12m: yuan(5_000_000), Deals: 1, FirstDeal: d(10), LastDeal: d(10)}, LevelVIP, ""},
		{"dormant after one old deal", LevelNew, Figures{Orders12m: yuan(30_000), Deals: 1, FirstDeal: d(200), LastDeal: d(200)}, LevelDormant,
			"共成交 1 次 = 1，上次成交在 200 天前，已满 180 天"},
		{"new after a recent first deal", LevelDormant, Figures{Orders12m: yuan(1_000), Deals: 2, FirstDeal: d(30), LastDeal: d(3)}, LevelNew, ""},
		{"low after the first months", LevelVIP, Figures{Orders12m: yuan(9_999), Deals: 4, FirstDeal: d(700), LastDeal: d(100)}, LevelLow, ""},
		{"no deal: no rule", LevelNew, Figures{}, "", ""},
		{"middle customer: no rule", LevelVIP, Figures{Orders12m: yuan(800_000), Deals: 6, FirstDeal: d(900), LastDeal: d(20)}, "", ""},
		{"judgement levels are left alone", LevelStrategic, Figures{Orders12m: yuan(9_000_000), Deals: 6, FirstDeal: d(900)}, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := SuggestLevel(c.current, c.f, classToday, s)
			if got.Level != c.want || got.Why.Zh == "" || got.Why.En == "" {
				t.Fatalf("got %+v, want %q", got, c.want)
			}
			if c.why != "" && got.Why.Zh != c.why {
				t.Errorf("reason %q, want %q", got.Why.Zh, c.why)
			}
		})
	}
	if !(Suggestion{Level: LevelVIP}).Changes(LevelNew) || (Suggestion{Level: LevelVIP}).Changes(LevelVIP) || (Suggestion{}).Changes(LevelNew) {
		t.Error("Changes is wrong")
	}
	// The threshold is the user's: raising it takes the VIP away.
	s.VIPThreshold = yuan(6_000_000)
	if got := SuggestLevel(LevelNew, Figures{Orders12m: yuan(5_230_000), Deals: 3, FirstDeal: d(400), LastDeal: d(10)}, classToday, s); got.Level == LevelVIP {
		t.Errorf("a raised threshold should not give VIP: %+v", got)
	}
}

func TestClassifyWhole(t *testing.T) {
	s := DefaultClassSettings()
	f := Figures{Revenue: yuan(5_230_000), Higher: 0, Customers: 20, PeriodDeals: 3, Orders12m: yuan(5_230_000), Deals: 3,
		FirstDeal: MustDate("2024-01-15"), LastDeal: MustDate("2026-02-20"), LastContact: MustDate("2026-02-26"),
		RecentDeals: 1, RecentContacts: 1}
	c := Classify(LevelNew, f, classToday, s)
	got := []string{c.ABC.Code, c.Tenure.Code, c.Lapse.Code, c.Activity.Code, c.Quadrant.Code, string(c.Suggestion.Level)}
	want := []string{ABCA, TenureOld, LapseCurrent, ActivityNormal, QuadrantRichLoyal, string(LevelVIP)}
	if !slices.Equal(got, want) {
		t.Errorf("classes %v, want %v", got, want)
	}
}

func TestClassSettingsSetGetValidate(t *testing.T) {
	s := DefaultClassSettings()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	for key, value := range map[string]string{"vip_threshold": "600万", "a-percent": "7.5", "old_after_days": "730",
		"auto_apply": "on", "period_months": "0"} {
		if err := s.Set(key, value); err != nil {
			t.Errorf("Set(%s, %s): %v", key, value, err)
		}
	}
	if s.VIPThreshold != yuan(6_000_000) || s.APercent != 7.5 || s.OldAfterDays != 730 || !s.AutoApply || s.PeriodMonths != 0 {
		t.Errorf("settings not set: %+v", s)
	}
	if got := s.Get("vip_threshold"); got != "¥6,000,000" {
		t.Errorf("Get vip_threshold = %q", got)
	}
	if got := s.Get("auto_apply"); got != "on" {
		t.Errorf("Get auto_apply = %q", got)
	}
	for key, value := range map[string]string{"nope": "1", "vip_threshold": "lots", "old_after_days": "x", "auto_apply": "maybe", "a_percent": "NaN"} {
		if err := s.Set(key, value); err == nil {
			t.Errorf("Set(%s, %s) should fail", key, value)
		}
	}
	bad := DefaultClassSettings()
	bad.APercent, bad.BPercent = 60, 50
	var fe *FieldError
	if err := bad.Validate(); err == nil || !errorsAs(err, &fe) || fe.Field != "b_percent" {
		t.Errorf("A+B over 100 should fail on b_percent: %v", err)
	}
	bad = DefaultClassSettings()
	bad.OldAfterDays = 0
	if err := bad.Validate(); err == nil {
		t.Error("zero days should fail")
	}
}

func errorsAs(err error, fe **FieldError) bool {
	e, ok := err.(*FieldError)
	if ok {
		*fe = e
	}
	return ok
}

func TestPeriodAndWindows(t *testing.T) {
	s := DefaultClassSettings()
	if got := s.PeriodStart(classToday); got != MustDate("2025-03-11") {
		t.Errorf("the last 12 months start %v", got)
	}
	if got := s.ActiveStart(classToday); got != MustDate("2025-12-11") {
		t.Errorf("the last 90 days start %v", got) // 2025-12-11 … 2026-03-10 is 90 days
	}
	if n := classToday.DaysSince(s.ActiveStart(classToday)) + 1; n != 90 {
		t.Errorf("the window holds %d days", n)
	}
	s.PeriodMonths = 0
	if !s.PeriodStart(classToday).IsZero() || s.PeriodText().En != "all time" {
		t.Error("period 0 is all time")
	}
}
