package wording

import (
	"testing"

	"guanxi/model"
)

func TestFirstVisitSpread(t *testing.T) {
	d := func(s string) model.Date { return model.MustDate(s) }
	cases := []struct {
		name   string
		spread model.FirstVisitSpread
		zh, en string
		ok     bool
	}{
		{"none", model.FirstVisitSpread{}, "", "", false},
		{"two weeks", model.FirstVisitSpread{Customers: 2000, From: d("2026-12-07"), To: d("2026-12-20"), Days: 14},
			"2,000 位新客户的首次拜访排在 12-07 至 12-20（每天约 143 位）。",
			"The first visits of 2,000 new customers fall from 12-07 to 12-20 (about 143 a day).", true},
		{"working days", model.FirstVisitSpread{Customers: 2000, From: d("2026-12-07"), To: d("2026-12-18"), Days: 10},
			"2,000 位新客户的首次拜访排在 12-07 至 12-18（每天约 200 位）。",
			"The first visits of 2,000 new customers fall from 12-07 to 12-18 (about 200 a day).", true},
		{"one day", model.FirstVisitSpread{Customers: 3, From: d("2026-12-07"), To: d("2026-12-07"), Days: 1},
			"3 位新客户的首次拜访排在 12-07。", "The first visits of 3 new customers fall on 12-07.", true},
		{"new year", model.FirstVisitSpread{Customers: 100000, From: d("2026-12-28"), To: d("2027-01-08"), Days: 9},
			"100,000 位新客户的首次拜访排在 2026-12-28 至 2027-01-08（每天约 11,111 位）。",
			"The first visits of 100,000 new customers fall from 2026-12-28 to 2027-01-08 (about 11,111 a day).", true},
	}
	for _, c := range cases {
		got, ok := FirstVisitSpread(c.spread)
		if ok != c.ok || got.Zh != c.zh || got.En != c.en {
			t.Errorf("%s: FirstVisitSpread = %q, %q, %v; want %q, %q, %v", c.name, got.Zh, got.En, ok, c.zh, c.en, c.ok)
		}
	}
}
