package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestScreenSanitizesWhateverIsWritten: text written in any pieces, even a character cut in two,
// comes out as model.Sanitize makes it whole; styles pass only when the stream takes colour; and
// what waits in one stream is written out before the other is written to.
func TestScreenSanitizesWhateverIsWritten(t *testing.T) {
	env := func(string) string { return "" }
	var out bytes.Buffer
	s := newScreen(&out, env)
	text := "张三\x1b]0;title\x07 说\r\n好\x9b"
	for i := range len(text) {
		out.Reset()
		s.Write([]byte(text[:i]))
		s.WriteString(text[i:])
		s.Flush()
		if want := "张三␛]0;title␇ 说\n好\uFFFD"; out.String() != want {
			t.Fatalf("cut at %d: %q, want %q", i, out.String(), want)
		}
	}
	out.Reset()
	s.style(styleRed, "\x1b[2Jred")
	s.Flush()
	if out.String() != "␛[2Jred" {
		t.Errorf("a style on a stream without colour: %q", out.String())
	}
	s.color = true
	out.Reset()
	s.style(styleRed, "\x1b[2Jred")
	s.Flush()
	if want := "\x1b[31m␛[2Jred\x1b[0m"; out.String() != want {
		t.Errorf("a style: %q, want %q", out.String(), want)
	}

	var both bytes.Buffer
	o, e := newScreen(&both, env), newScreen(&both, env)
	o.other, e.other = e, o
	fmt.Fprintln(o, "first")
	fmt.Fprintln(e, "second")
	fmt.Fprintln(o, "third")
	o.Flush()
	e.Flush()
	if got := both.String(); got != "first\nsecond\nthird\n" {
		t.Errorf("the streams out of order: %q", got)
	}
	if w, ok := o.data(); !ok {
		t.Error("data refused a stream that is not a terminal")
	} else {
		fmt.Fprint(w, "raw\x1b")
		o.Flush()
		if !strings.HasSuffix(both.String(), "raw\x1b") {
			t.Errorf("data changed the bytes: %q", both.String())
		}
	}
}
