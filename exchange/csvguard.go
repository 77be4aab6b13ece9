package exchange

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A spreadsheet runs a cell as a formula when it starts with = + - or @, and Excel also when
// those follow a TAB, a CR or leading spaces (OWASP's CSV injection rule); Go's CSV writer drops a
// lone CR at the start of a cell, so "\r=cmd" would reach the sheet as "=cmd". An export therefore
// puts a mark before every such cell, and an import takes off exactly that mark, so a round trip
// gives the cell back as it was.

// formulaGuard is the mark an export puts before a cell a spreadsheet would take for a formula.
const formulaGuard = "'"

// formulaStarts are the characters a formula begins with, in ASCII and full width (a Chinese
// input method types the full-width ones, and some spreadsheets accept them).
const formulaStarts = "=+-@＝＋－＠"

// needsGuard tells whether a spreadsheet could take a cell for a formula: it starts with TAB or
// CR, or with a formula character once leading spaces and control characters are passed over, or
// it is the guard mark before such a cell (so that the mark itself survives a round trip).
func needsGuard(v string) bool {
	if v == "" {
		return false
	}
	if v[0] == '\t' || v[0] == '\r' {
		return true
	}
	rest := strings.TrimLeftFunc(v, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) })
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && strings.ContainsRune(formulaStarts, r) {
		return true
	}
	rest, ok := strings.CutPrefix(v, formulaGuard)
	return ok && needsGuard(rest)
}

// guard puts the mark before a cell that a spreadsheet would run as a formula, so that opening an
// export never runs what someone typed.
func guard(v string) string {
	if needsGuard(v) {
		return formulaGuard + v
	}
	return v
}

// unguard takes off the mark an export put before a cell: the exact inverse of guard.
func unguard(v string) string {
	if rest, ok := strings.CutPrefix(v, formulaGuard); ok && needsGuard(rest) {
		return rest
	}
	return v
}
