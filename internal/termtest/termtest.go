// Package termtest says, for the tests that hold what the program writes to the rule that no text
// reaches the terminal as something it acts on, what a terminal acts on rather than shows. It
// decides so on its own, apart from the sanitizer the tests check. Only tests import it.
package termtest

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// ActsOn tells whether a terminal would act on r rather than show it: the C0 controls but the
// line feed (a tab too), DEL, the C1 controls, the bidirectional marks, embeddings, overrides and
// isolates, and the line and paragraph separators.
func ActsOn(r rune) bool {
	switch {
	case r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// Check says what in out is not harmless: invalid UTF-8, and the first character a terminal would
// act on, with the text around it; nil when there is neither. With tabs, a tab is harmless (a
// command's output may align with them; a frame lays out its cells itself).
func Check(out string, tabs bool) error {
	var errs []error
	if !utf8.ValidString(out) {
		errs = append(errs, errors.New("invalid UTF-8"))
	}
	for i, r := range out {
		if ActsOn(r) && !(tabs && r == '\t') {
			lo, hi := max(0, i-40), min(len(out), i+40)
			errs = append(errs, fmt.Errorf("%U at byte %d: …%q…", r, i, out[lo:hi]))
			break
		}
	}
	return errors.Join(errs...)
}
