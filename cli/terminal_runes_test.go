package cli

import (
	"bytes"
	"testing"
)

// TestHoldsTerminalRuneOfEveryRune: looking at lead bytes finds a terminal rune exactly when
// decoding every rune does, for every rune up to the supplementary planes, alone and in text.
func TestHoldsTerminalRuneOfEveryRune(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue // not runes UTF-8 can hold
		}
		for _, b := range [][]byte{[]byte(string(r)), []byte("张伟 " + string(r) + " ok")} {
			if got, want := holdsTerminalRune(b), bytes.ContainsFunc(b, terminalRune); got != want {
				t.Fatalf("U+%04X in %q: holdsTerminalRune = %v, want %v", r, b, got, want)
			}
		}
	}
}
