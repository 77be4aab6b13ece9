package kit

import "testing"

func TestScrollOffset(t *testing.T) {
	cases := []struct {
		name                    string
		cursor, offset, rows, n int
		want                    int
	}{
		{"in view: stays", 5, 3, 10, 100, 3},
		{"above the window: comes up to it", 2, 3, 10, 100, 2},
		{"below the window: its last row", 20, 3, 10, 100, 11},
		{"the last row: no room left below", 99, 95, 10, 100, 90},
		{"fewer rows than the window", 3, 2, 10, 5, 0},
		{"an empty list", 0, 4, 10, 0, 0},
		{"a window of one row", 7, 0, 1, 10, 7},
	}
	for _, c := range cases {
		if got := ScrollOffset(c.cursor, c.offset, c.rows, c.n); got != c.want {
			t.Errorf("%s: ScrollOffset(%d, %d, %d, %d) = %d, want %d", c.name, c.cursor, c.offset, c.rows, c.n, got, c.want)
		}
	}
}
