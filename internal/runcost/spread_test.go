package runcost

import (
	"testing"
	"time"
)

// The median is the middle figure, the upper middle one of an even count, whatever the order the
// runs came in; no runs give zeros.
func TestSpread(t *testing.T) {
	cases := []struct {
		values              []time.Duration
		median, least, most time.Duration
	}{
		{nil, 0, 0, 0},
		{[]time.Duration{7}, 7, 7, 7},
		{[]time.Duration{9, 1, 5}, 5, 1, 9},
		{[]time.Duration{4, 8, 2, 6}, 6, 2, 8},
		{[]time.Duration{3, 3, 1, 3, 2}, 3, 1, 3},
	}
	for _, c := range cases {
		in := append([]time.Duration(nil), c.values...)
		m, lo, hi := Spread(in)
		if m != c.median || lo != c.least || hi != c.most {
			t.Errorf("Spread(%v) = %v, %v, %v; want %v, %v, %v", c.values, m, lo, hi, c.median, c.least, c.most)
		}
	}
}
