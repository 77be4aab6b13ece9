package model

import "testing"

func TestLapseSpan(t *testing.T) {
	s := DefaultClassSettings() // lost after 365 days, dormant after 180
	lost, ok := LapseSpan(LapseLost, classToday, s)
	if want := (LapseBounds{Last: DaySpan{Last: MustDate("2025-03-10")}, ByLast: true}); !ok || lost != want {
		t.Errorf("lost: %+v %v, want only the later of deal and contact on or before 2025-03-10", lost, ok)
	}
	dormant, ok := LapseSpan(LapseDormant, classToday, s)
	if want := (LapseBounds{Deals: CountSpan{1, 1}, LastDeal: DaySpan{Last: MustDate("2025-09-11")}, ByDeals: true, ByLastDeal: true}); !ok || dormant != want {
		t.Errorf("dormant: %+v %v, want one deal, on or before 2025-09-11", dormant, ok)
	}
	if _, ok := LapseSpan(LapseCurrent, classToday, s); ok {
		t.Error("current has bounds: it is what no other class holds")
	}
	// Every class but current is decided by bounds, once each.
	if len(LapseOrder) != len(LapseCodes)-1 {
		t.Errorf("LapseOrder %v leaves out a class of %v", LapseOrder, LapseCodes)
	}
}

// TestLapseOfAndItsBoundsAgree holds LapseOf, and each class's bounds in LapseOrder, to the rule
// said in days on every edge: a last deal and a last contact a day before, at and after each cutoff,
// today, or none; no deal, one, two and many; on the default settings, on dormancy longer than the
// lost line, and on equal lines.
func TestLapseOfAndItsBoundsAgree(t *testing.T) {
	def := DefaultClassSettings()
	longDormant := def
	longDormant.LostAfterDays, longDormant.DormantAfterDays = 100, 200
	equal := def
	equal.LostAfterDays, equal.DormantAfterDays = 90, 90
	for _, s := range []ClassSettings{def, longDormant, equal} {
		days := []Date{{}, classToday, classToday.AddDays(1)}
		for _, cut := range []int{s.LostAfterDays, s.DormantAfterDays} {
			for _, off := range []int{-1, 0, 1} {
				days = append(days, classToday.AddDays(-cut+off))
			}
		}
		for _, deal := range days {
			for _, contact := range days {
				for _, deals := range []int{0, 1, 2, 7} {
					want := lapseInDays(deal, contact, deals, classToday, s)
					if got := LapseOf(deal, contact, deals, classToday, s); got != want {
						t.Errorf("lost after %d, dormant after %d; deal %v, contact %v, %d deals: LapseOf %s, want %s",
							s.LostAfterDays, s.DormantAfterDays, deal, contact, deals, got, want)
					}
					decided := LapseCurrent
					for _, code := range LapseOrder {
						b, _ := LapseSpan(code, classToday, s)
						if b.Holds(deal, contact, deals) {
							decided = code
							break
						}
					}
					if decided != want {
						t.Errorf("lost after %d, dormant after %d; deal %v, contact %v, %d deals: the bounds say %s, want %s",
							s.LostAfterDays, s.DormantAfterDays, deal, contact, deals, decided, want)
					}
				}
			}
		}
	}
}

// lapseInDays is the lapse rule as the settings word it, counted in days since: a customer with no
// deal and no contact for LostAfterDays is lost; else one with one deal only, DormantAfterDays or
// more ago, is dormant; else, or with neither yet, current.
func lapseInDays(lastDeal, lastContact Date, deals int, today Date, s ClassSettings) string {
	last := lastDeal
	if lastContact.After(last) {
		last = lastContact
	}
	switch {
	case last.IsZero():
		return LapseCurrent
	case today.DaysSince(last) >= s.LostAfterDays:
		return LapseLost
	case deals == 1 && !lastDeal.IsZero() && today.DaysSince(lastDeal) >= s.DormantAfterDays:
		return LapseDormant
	}
	return LapseCurrent
}

func TestLapseBoundsHolds(t *testing.T) {
	d := func(n int) Date { return classToday.AddDays(-n) }
	s := DefaultClassSettings()
	lost, _ := LapseSpan(LapseLost, classToday, s)
	dormant, _ := LapseSpan(LapseDormant, classToday, s)
	cases := []struct {
		name          string
		b             LapseBounds
		deal, contact Date
		deals         int
		want          bool
	}{
		{"no bounds hold anyone", LapseBounds{}, Date{}, Date{}, 0, true},
		{"lost: nothing at all is not lost", lost, Date{}, Date{}, 0, false},
		{"lost: contact only, at the line", lost, Date{}, d(365), 0, true},
		{"lost: contact only, a day inside", lost, Date{}, d(364), 0, false},
		{"lost: deal at the line, no contact", lost, d(365), Date{}, 1, true},
		{"lost: old deal, recent contact", lost, d(500), d(10), 3, false},
		{"lost: old contact, recent deal", lost, d(10), d(500), 3, false},
		{"dormant: one deal at the line", dormant, d(180), Date{}, 1, true},
		{"dormant: one deal a day inside", dormant, d(179), Date{}, 1, false},
		{"dormant: two deals", dormant, d(300), Date{}, 2, false},
		{"dormant: one deal counted, day unknown", dormant, Date{}, d(300), 1, false},
		{"dormant: contacted since does not matter", dormant, d(200), d(1), 1, true},
	}
	for _, c := range cases {
		if got := c.b.Holds(c.deal, c.contact, c.deals); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
