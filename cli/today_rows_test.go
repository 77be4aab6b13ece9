package cli

import (
	"strings"
	"testing"
)

// TestTodayRowsInPartsAreTheSame prints `guanxi today` with its rows made in one part and in parts
// made at the same time, to a pipe and on terminals wide and narrow, in both languages: the
// output is the same byte for byte, every row in its place.
func TestTodayRowsInPartsAreTheSame(t *testing.T) {
	b := newBook(t)
	b.ok("demo", "--size", "60", "--db", b.path)
	org := b.add("--name", "广州市天河区鼎盛智能装备股份有限公司", "--company", "广州市天河区鼎盛智能装备股份有限公司", "--kind", "organisation")
	b.ok("remind", org, "--on", "today", "--note", "寄送样品")
	print := func(lang string, width int) string {
		return b.printed(lang, width, false, func(c *cli) error { return c.runToday(&todayOptions{Days: 7}) })
	}
	defer func(n int) { rowPartItems = n }(rowPartItems)
	for _, lang := range []string{"zh", "en"} {
		for _, width := range []int{0, 400, 80} {
			rowPartItems = 1 << 30
			whole := print(lang, width)
			rowPartItems = 1
			parted := print(lang, width)
			if rows := strings.Count(whole, "\n"); rows < 40 {
				t.Fatalf("%s, %d wide: %d lines: the test should print a long table", lang, width, rows)
			}
			if parted != whole {
				t.Errorf("%s, %d wide: in parts:\n%s\nin one:\n%s", lang, width, parted, whole)
			}
		}
	}
}
