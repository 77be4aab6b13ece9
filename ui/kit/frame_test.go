package kit

import (
	"strings"
	"testing"
)

// TestSafeFrame: the theme's colours and the lines stay; every other escape and control that
// could act on the terminal is shown as text, wherever in the frame it is.
func TestSafeFrame(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain text and lines", "张三 · 苏州\n李四\t", "张三 · 苏州\n李四\t"},
		{"the theme's colours", "\x1b[1;38;5;212m标题\x1b[0m\n\x1b[7m \x1b[m", "\x1b[1;38;5;212m标题\x1b[0m\n\x1b[7m \x1b[m"},
		{"a true colour with colons", "\x1b[38:2::255:0:0mx\x1b[0m", "\x1b[38:2::255:0:0mx\x1b[0m"},
		{"a title set", "a\x1b]0;pwned\x07b", "a␛]0;pwned␇b"},
		{"a link", "\x1b]8;;http://x\x1b\\点我\x1b]8;;\x1b\\", "␛]8;;http://x␛\\点我␛]8;;␛\\"},
		{"a cursor move beside a colour", "\x1b[31m红\x1b[2J\x1b[H\x1b[0m", "\x1b[31m红␛[2J␛[H\x1b[0m"},
		{"a colour cut short", "x\x1b[31", "x␛[31"},
		{"an escape at the end", "x\x1b", "x␛"},
		{"overwrites", "total\r\b\b99", "total␍␈␈99"},
		{"bidi and separators", "abc\u202edef\u2028", `abc\u202edef\u2028`},
		{"C1 controls", "a\u009b31mb", `a\u009b31mb`},
		{"already sanitized", "␛[31m", "␛[31m"},
	}
	for _, c := range cases {
		if got := SafeFrame(c.in); got != c.want {
			t.Errorf("%s: SafeFrame(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
		if got := SafeFrame(SafeFrame(c.in)); got != SafeFrame(c.in) {
			t.Errorf("%s: a second pass changed %q to %q", c.name, SafeFrame(c.in), got)
		}
	}
}

// BenchmarkSafeFrame passes a 120×40 frame, Chinese text coloured every few words, through the
// writer, as every keystroke does.
func BenchmarkSafeFrame(b *testing.B) {
	var line strings.Builder
	for line.Len() < 360 {
		line.WriteString("\x1b[38;5;75m王建国\x1b[0m 苏州恒达精密机械 ")
	}
	frame := strings.Repeat(line.String()+"\n", 40)
	b.SetBytes(int64(len(frame)))
	for b.Loop() {
		SafeFrame(frame)
	}
}
