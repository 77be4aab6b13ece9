package model

import (
	"strings"
	"unicode/utf8"
)

// Sanitize returns s safe to print on a terminal: nothing in it can move the cursor, change colours,
// set the title or the clipboard, make a link, or reorder what follows. Each unsafe character is
// shown instead of acted on:
//   - C0 controls other than newline and tab, and DEL, become their control pictures, one cell
//     each: NUL ␀, BEL ␇, BS ␈, CR ␍, ESC ␛, DEL ␡ (U+2400–U+241F, U+2421);
//   - C1 controls (U+0080–U+009F), the bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E,
//     U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029), which have no
//     pictures, become escapes as Go writes them: `\u202e`;
//   - each byte that is not valid UTF-8 becomes U+FFFD.
//
// An escape sequence thus stays visible as text: "\x1b[31m" prints as "␛[31m", an OSC 8 link or
// OSC 52 clipboard write as "␛]8;;…␛\". A CR directly before a newline is dropped, so Windows line
// ends do not show. Everything else, Chinese, emoji, combining marks, zero-width joiners, is kept.
// When nothing needs replacing, s is returned as it is, without allocating.
func Sanitize(s string) string { return sanitize(s, false) }

// SanitizeLine is Sanitize for one-line cells: each run of newlines and tabs (with any CR before a
// newline) becomes a single space too.
func SanitizeLine(s string) string { return sanitize(s, true) }

func sanitize(s string, line bool) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f || !line && (c == '\n' || c == '\t') {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unprintableRune(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}

	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != 0x7f:
				b.WriteByte(c)
			case c == '\n' || c == '\t' || c == '\r' && i+1 < len(s) && s[i+1] == '\n':
				if !line {
					if c != '\r' {
						b.WriteByte(c)
					}
					break
				}
				b.WriteByte(' ')
				for i+1 < len(s) && (s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r' && i+2 < len(s) && s[i+2] == '\n') {
					i++
				}
			case c == 0x7f:
				b.WriteRune('\u2421')
			default:
				b.WriteRune(0x2400 + rune(c))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case unprintableRune(r):
			const hex = "0123456789abcdef"
			b.WriteString(`\u`)
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hex[r>>shift&0xf])
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// unprintableRune tells whether a rune at or above U+0080 is a control Sanitize must escape.
func unprintableRune(r rune) bool {
	switch {
	case r <= 0x9f:
		return true // C1 controls; the caller passes only r >= 0x80
	case r < 0x061c:
		return false
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x2028, r == 0x2029:
		return true
	}
	return false
}
