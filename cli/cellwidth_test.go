package cli

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCellWidthAgreesWithAnsi: the table's quick measure gives what ansi.StringWidth gives, for
// every rune it counts itself, for runs of them, and for text it hands on.
func TestCellWidthAgreesWithAnsi(t *testing.T) {
	for r := rune(0x20); r < 0x10000; r++ {
		if r >= 0x7f && !wideSimple(r) {
			continue
		}
		if got, want := cellWidth(string(r)), ansi.StringWidth(string(r)); got != want {
			t.Errorf("%U: cellWidth %d, ansi %d", r, got, want)
		}
	}
	for _, s := range []string{"", "abc", "张三 Zhang", "杭州润泽水务集团有限公司", "（逾期3天）", "e\u0301", "…", "¥1.5万",
		"👍🏽", "한국어", "ｱｲｳ", "␛[31m", "\\u202e", "·", "〇〡〪"} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("%q: cellWidth %d, ansi %d", s, got, want)
		}
	}
}

// TestTruncateCellAgreesWithAnsi: the quick cut gives what ansi.Truncate gives, and its width.
func TestTruncateCellAgreesWithAnsi(t *testing.T) {
	for _, s := range []string{"abcdefghij", "杭州润泽水务集团有限公司", "a杭州b润泽c", "e\u0301e\u0301e\u0301e\u0301", "👍🏽👍🏽👍🏽", "ab…cdef"} {
		for limit := 1; limit <= 12; limit++ {
			if ansi.StringWidth(s) <= limit {
				continue
			}
			want := ansi.Truncate(s, limit, "…")
			got, width := truncateCell(s, limit)
			if got != want || width != ansi.StringWidth(want) {
				t.Errorf("%q to %d: %q (%d), ansi %q (%d)", s, limit, got, width, want, ansi.StringWidth(want))
			}
		}
	}
}
