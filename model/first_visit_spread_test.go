package model

import "testing"

func TestFirstVisitSpreadPerDay(t *testing.T) {
	cases := []struct {
		s    FirstVisitSpread
		want int
	}{
		{FirstVisitSpread{Customers: 2000, Days: 14}, 143},
		{FirstVisitSpread{Customers: 2000, Days: 10}, 200},
		{FirstVisitSpread{Customers: 3, Days: 2}, 2},
		{FirstVisitSpread{Customers: 5, Days: 0}, 5},
	}
	for _, c := range cases {
		if got := c.s.PerDay(); got != c.want {
			t.Errorf("%+v: PerDay() = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestGroupThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 2000: "2,000", 100000: "100,000", 1234567: "1,234,567", -2000: "-2,000"} {
		if got := GroupThousands(n); got != want {
			t.Errorf("GroupThousands(%d) = %q, want %q", n, got, want)
		}
	}
}
