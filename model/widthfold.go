package model

import (
	"strings"

	"golang.org/x/text/width"
)

// FoldWidth turns full-width digits, letters and ASCII signs (１３９, ＡＢＣ, ＠, －) and the
// ideographic space into their ordinary forms, as a Chinese input method may type them into a
// phone, an email or a date. Han characters and Chinese punctuation without an ASCII twin (、。《》)
// are left as they are.
func FoldWidth(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == '\u3000' || r >= '\uff01' && r <= '\uff5e' {
			// width.Fold maps exactly these to their narrow forms; it is applied rune by rune so
			// that nothing else of the text (half-width katakana, say) changes.
			b.WriteString(width.Fold.String(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
