package model

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		what, in, want, line string
	}{
		{"plain ASCII", "Hello, world!", "Hello, world!", "Hello, world!"},
		{"Chinese", "张三，北京市朝阳区", "张三，北京市朝阳区", "张三，北京市朝阳区"},
		{"emoji with joiners and variation selectors", "👩‍💻 ❤️ 👍🏽", "👩‍💻 ❤️ 👍🏽", "👩‍💻 ❤️ 👍🏽"},
		{"combining marks", "e\u0301 Zoe\u0308", "e\u0301 Zoe\u0308", "e\u0301 Zoe\u0308"},
		{"replacement character already there", "a\ufffdb", "a\ufffdb", "a\ufffdb"},
		{"newline and tab", "a\nb\tc", "a\nb\tc", "a b c"},
		{"runs of newlines and tabs", "a\n\n\t b", "a\n\n\t b", "a  b"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n", "a b "},
		{"lone CR", "abc\rxyz", "abc␍xyz", "abc␍xyz"},
		{"CR CR LF", "a\r\r\nb", "a␍\nb", "a␍ b"},
		{"NUL", "a\x00b", "a␀b", "a␀b"},
		{"BEL and backspace", "\a\b", "␇␈", "␇␈"},
		{"other C0", "\x01\x0b\x0c\x1f", "␁␋␌␟", "␁␋␌␟"},
		{"DEL", "a\x7fb", "a␡b", "a␡b"},
		{"CSI colour", "\x1b[31mred\x1b[0m", "␛[31mred␛[0m", "␛[31mred␛[0m"},
		{"CSI clear screen", "\x1b[2J\x1b[H", "␛[2J␛[H", "␛[2J␛[H"},
		{"OSC title with BEL", "\x1b]0;pwned\x07", "␛]0;pwned␇", "␛]0;pwned␇"},
		{"OSC 8 link", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "␛]8;;http://evil␛\\click␛]8;;␛\\", "␛]8;;http://evil␛\\click␛]8;;␛\\"},
		{"OSC 52 clipboard", "\x1b]52;c;cm0gLXJmIH4=\x07", "␛]52;c;cm0gLXJmIH4=␇", "␛]52;c;cm0gLXJmIH4=␇"},
		{"DCS", "\x1bPq#0;2;0;0;0\x1b\\", "␛Pq#0;2;0;0;0␛\\", "␛Pq#0;2;0;0;0␛\\"},
		{"C1 CSI", "\u009b31m", `\u009b31m`, `\u009b31m`},
		{"C1 OSC and ST", "\u009d0;x\u009c", `\u009d0;x\u009c`, `\u009d0;x\u009c`},
		{"C1 NEL", "a\u0085b", `a\u0085b`, `a\u0085b`},
		{"bidi override", "abc\u202etxt.exe", `abc\u202etxt.exe`, `abc\u202etxt.exe`},
		{"bidi isolates and marks", "\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a",
			`\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a`, `\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a`},
		{"line separators", "a\u2028b\u2029", `a\u2028b\u2029`, `a\u2028b\u2029`},
		{"invalid UTF-8", "a\xffb\xc3", "a\ufffdb\ufffd", "a\ufffdb\ufffd"},
		{"UTF-8 encoded surrogate", "\xed\xa0\x80", "\ufffd\ufffd\ufffd", "\ufffd\ufffd\ufffd"},
		{"mixed", "张三\x1b[2J\n李四\u202e", "张三␛[2J\n李四\\u202e", "张三␛[2J 李四\\u202e"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("%s: Sanitize(%q) = %q, want %q", tt.what, tt.in, got, tt.want)
		}
		if got := SanitizeLine(tt.in); got != tt.line {
			t.Errorf("%s: SanitizeLine(%q) = %q, want %q", tt.what, tt.in, got, tt.line)
		}
	}
}

func TestSanitizeDoesNotAllocateOnCleanText(t *testing.T) {
	for _, s := range []string{"", "Hello, world", "张三，北京市朝阳区 👩‍💻", "a\nb\tc"} {
		if n := testing.AllocsPerRun(100, func() { Sanitize(s) }); n != 0 {
			t.Errorf("Sanitize(%q) allocates %v times", s, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { SanitizeLine("张三 Zhang San") }); n != 0 {
		t.Errorf("SanitizeLine allocates %v times", n)
	}
}

func TestControlPicturesAreOneCell(t *testing.T) {
	if w := ansi.StringWidth(Sanitize("\x00\x1b\x7f")); w != 3 {
		t.Errorf("width of three control pictures = %d, want 3", w)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"", "plain", "张三", "\x1b[31m", "\x1b]8;;x\x1b\\", "\u009b", "\u202e", "\xff", "a\r\nb", "\t\n\r",
		"\xc2\x9b", "\xe2\x80\xae", "👩‍💻",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, line := range []bool{false, true} {
			out := sanitize(s, line)
			if !utf8.ValidString(out) {
				t.Fatalf("sanitize(%q, %v) = %q: not valid UTF-8", s, line, out)
			}
			for i := 0; i < len(out); i++ {
				c := out[i]
				if c == 0x7f || c < 0x20 && (line || c != '\n' && c != '\t') {
					t.Fatalf("sanitize(%q, %v) = %q: byte %#x at %d", s, line, out, c, i)
				}
			}
			for _, r := range out {
				if r >= 0x80 && unprintableRune(r) {
					t.Fatalf("sanitize(%q, %v) = %q: rune %U", s, line, out, r)
				}
			}
			if again := sanitize(out, line); again != out {
				t.Fatalf("sanitize is not idempotent on %q: %q, then %q", s, out, again)
			}
			if stripped := ansi.Strip(out); stripped != out {
				t.Fatalf("sanitize(%q, %v) = %q still holds an escape sequence: stripped %q", s, line, out, stripped)
			}
			if line && strings.ContainsAny(out, "\n\t") {
				t.Fatalf("SanitizeLine(%q) = %q keeps a newline or tab", s, out)
			}
		}
	})
}

func BenchmarkSanitizeClean(b *testing.B) {
	s := strings.Repeat("张三 Zhang San, 北京市朝阳区建国门外大街 1 号. ", 10)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sanitize(s)
	}
}
