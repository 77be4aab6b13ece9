package cli

import (
	"strings"
	"testing"
)

// A salesperson logs yesterday afternoon's visit as they say it, and in Chinese the help and the
// error name the Chinese words to type (今天, 昨天 15:00), not the English today.
func TestLogAtADayInWordsWithAClock(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	out := b.ok("log", "张三", "--channel", "visit", "--at", "昨天 15:00", "--note", "谈了春季订单", "--json")
	if !strings.Contains(out, day0.AddDate(0, 0, -1).Format("2006-01-02")+" 15:00") {
		t.Errorf("the visit should be logged yesterday at 15:00:\n%s", out)
	}
	help := b.ok("--lang", "zh", "log", "--help")
	r := b.run("--lang", "zh", "log", "张三", "--channel", "visit", "--at", "不久", "--note", "x")
	for what, text := range map[string]string{"log --help": help, "the error": r.stderr} {
		if strings.Contains(text, "today") || !strings.Contains(text, "昨天 15:00") {
			t.Errorf("%s in Chinese should say 今天 and 昨天 15:00, not today:\n%s", what, text)
		}
	}
}
