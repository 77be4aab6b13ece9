package termtest

import "testing"

func TestCheckFindsWhatATerminalActsOn(t *testing.T) {
	for _, c := range []struct {
		out      string
		tabs, ok bool
	}{
		{"张三\n李四", false, true},
		{"a\tb", true, true},
		{"a\tb", false, false},
		{"\x1b]0;title\x07", true, false},
		{"\u009b31m", true, false},
		{"\u202eRLO", true, false},
		{"LS\u2028", true, false},
		{"bad\xff", true, false},
	} {
		if err := Check(c.out, c.tabs); (err == nil) != c.ok {
			t.Errorf("Check(%q, tabs %v) = %v, want harmless %v", c.out, c.tabs, err, c.ok)
		}
	}
}
