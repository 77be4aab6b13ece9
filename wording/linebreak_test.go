package wording

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"guanxi/model"
)

func TestBreakLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		w    int
		want []string
	}{
		{"fits", "放慢节奏", 10, []string{"放慢节奏"}},
		{"empty", "", 10, []string{""}},
		{"chinese breaks anywhere", "放慢节奏一次只解决", 8, []string{"放慢节奏", "一次只解", "决"}},
		{"a full stop never starts a line", "不要催促。他退", 8, []string{"不要催", "促。他退"}},
		{"nor a comma", "先肯定他，再谈正事", 8, []string{"先肯定", "他，再谈", "正事"}},
		{"closing quote and stop travel together", "常说“再考虑”。好", 12, []string{"常说“再考", "虑”。好"}},
		{"an opening quote never ends a line", "他常说“再考虑", 8, []string{"他常说", "“再考虑"}},
		{"latin words break at spaces", "Slow down and settle one doubt", 10, []string{"Slow down", "and settle", "one doubt"}},
		{"punctuation stays with its word", "Don't rush them, ever.", 11, []string{"Don't rush", "them, ever."}},
		{"curly apostrophe inside a word", "I don’t know", 5, []string{"I", "don’t", "know"}},
		{"a word wider than the line is cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"mixed", "VIP客户看重交期", 8, []string{"VIP客户", "看重交期"}},
		{"spaces at a break are dropped", "ab   cd", 3, []string{"ab", "cd"}},
		{"leading spaces are dropped", "  ab", 4, []string{"ab"}},
		{"all marks still progress", "。。。。。。", 4, []string{"。。", "。。", "。。"}},
		{"a separator after a space never starts a line", "经办 钱会计 · 已失约", 12, []string{"经办 钱会", "计 · 已失约"}},
		{"nor in Latin text", "handled by Qian · promise broken", 16, []string{"handled by", "Qian · promise", "broken"}},
		{"an opening mark before a space never ends a line", "他说 “ 好", 6, []string{"他说", "“ 好"}},
		{"a mark alone on a line still progresses", "a · b", 1, []string{"a", "·", "b"}},
	}
	for _, tt := range tests {
		got := BreakLines(tt.in, tt.w)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: BreakLines(%q, %d) = %q, want %q", tt.name, tt.in, tt.w, got, tt.want)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > tt.w {
				t.Errorf("%s: line %q is wider than %d", tt.name, l, tt.w)
			}
		}
	}
}

func FuzzBreakLines(f *testing.F) {
	for _, s := range []string{"放慢节奏，一次只解决一个顾虑。", "Don’t rush “them”.", "VIP客户 abc 。。", ""} {
		f.Add(s, 6)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		if w < 4 || w > 200 {
			return
		}
		// Callers hand BreakLines sanitized text of one line.
		s = model.SanitizeLine(s)
		lines := BreakLines(s, w)
		var kept strings.Builder
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Fatalf("line %q is wider than %d", l, w)
			}
			kept.WriteString(l)
		}
		// Only spaces may be lost at breaks.
		if strip(kept.String()) != strip(s) {
			t.Fatalf("text changed: %q -> %q", s, lines)
		}
	})
}

func strip(s string) string { return strings.ReplaceAll(s, " ", "") }

// TestWrap: user text is made safe, each paragraph broken on its own, and a Chinese comma never
// starts a line, as it did when the command line wrapped with ansi.Wrap.
func TestWrap(t *testing.T) {
	got := Wrap("每年三月续签协议，负责人很看重交期。\n\n\tab\x1b[2Jc", 16)
	want := []string{"每年三月续签协", "议，负责人很看重", "交期。", "", "ab␛[2Jc"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
	for _, l := range Wrap("先肯定他的顾虑再谈正事，一次只谈一件事，不要催促他。", 22) {
		if strings.HasPrefix(l, "，") || strings.HasPrefix(l, "。") {
			t.Errorf("a line starts with a closing mark: %q", l)
		}
	}
}
