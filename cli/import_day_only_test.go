package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A sheet's last follow-up with a date and no time of day is shown as that date alone in
// guanxi show's timeline, and the JSON book still round trips: export, import into an empty
// book, export gives the same file.
func TestImportedDayOnlyFollowUpShowsNoTime(t *testing.T) {
	b := newBook(t)
	sheet := filepath.Join(t.TempDir(), "客户.csv")
	if err := os.WriteFile(sheet, []byte("姓名,公司,最后跟进时间\n韦伟,瑞丰食品,2026-02-12\n李娜,东方贸易,2026-02-13 15:04\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	b.ok("import", sheet)
	show := b.ok("--lang", "zh", "show", "韦伟")
	if !strings.Contains(show, "2026-02-12        其他") || strings.Contains(show, "2026-02-12 00:00") {
		t.Errorf("a follow-up of a day only should show the date alone, its channel under the others':\n%s", show)
	}
	if timed := b.ok("--lang", "zh", "show", "李娜"); !strings.Contains(timed, "2026-02-13 15:04  其他") {
		t.Errorf("a follow-up with a time of day keeps it:\n%s", timed)
	}

	first := b.ok("export", "--format", "json", "--out", "-")
	dump := filepath.Join(t.TempDir(), "book.json")
	if err := os.WriteFile(dump, []byte(first), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := newBook(t)
	empty.ok("import", dump)
	if again := empty.ok("export", "--format", "json", "--out", "-"); again != first {
		t.Errorf("the JSON book should round trip:\n%s\n---\n%s", first, again)
	}
	if show := empty.ok("--lang", "zh", "show", "韦伟"); !strings.Contains(show, "2026-02-12        其他") {
		t.Errorf("after the round trip the follow-up is still of a day only:\n%s", show)
	}
}
