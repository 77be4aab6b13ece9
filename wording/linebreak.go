package wording

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"guanxi/model"
)

// Breaking one paragraph of plain text into lines of at most w cells, as Chinese typesetting
// expects: a line may break between any two Chinese characters, but never so that a closing mark
// (。，、；：？！）」』”…) starts a line or an opening one (（「『“) ends it; Latin words break at
// spaces, and only a word wider than a line is cut.

// Wrap makes user text safe for a terminal (model.Sanitize), writes each tab as four spaces and
// breaks each of its paragraphs into lines of at most w cells (BreakLines); every line of the
// result is one line on screen. Both front ends wrap user text with it.
func Wrap(s string, w int) []string {
	var out []string
	for _, para := range strings.Split(model.Sanitize(s), "\n") {
		out = append(out, BreakLines(strings.ReplaceAll(para, "\t", "    "), w)...)
	}
	return out
}

// noLineStart are the marks that must not begin a line.
const noLineStart = "。，、；：？！）》」』】〕〉”’…—·.,;:?!)]}%"

// noLineEnd are the marks that must not end a line.
const noLineEnd = "（《「『【〔〈“‘([{"

// breakToken is one unit of layout: a Chinese character or mark, a Latin word (with its ASCII
// punctuation), or a run of spaces.
type breakToken struct {
	text  string
	space bool
	wide  bool // a character after or before which a line may break
}

// breakTokens splits a paragraph into tokens.
func breakTokens(s string) []breakToken {
	var out []breakToken
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			out = append(out, breakToken{text: word.String()})
			word.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == ' ':
			flush()
			if n := len(out); n > 0 && out[n-1].space {
				out[n-1].text += " "
			} else {
				out = append(out, breakToken{text: " ", space: true})
			}
		case isWideRune(r):
			flush()
			out = append(out, breakToken{text: string(r), wide: true})
		case r >= utf8.RuneSelf && strings.ContainsRune(noLineStart+noLineEnd, r):
			flush()
			out = append(out, breakToken{text: string(r)})
		default:
			word.WriteRune(r)
		}
	}
	flush()
	return out
}

// isWideRune tells a Chinese (or other East Asian) character or mark, beside which a line may
// break.
func isWideRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || (r >= 0xFF01 && r <= 0xFF60) || (r >= 0x3000 && r <= 0x303F)
}

// isMark tells whether a token is one of the marks in set.
func isMark(t breakToken, set string) bool {
	return utf8.RuneCountInString(t.text) == 1 && strings.Contains(set, t.text)
}

// canBreak tells whether a line may end after prev and the next begin with next.
func canBreak(prev, next breakToken) bool {
	switch {
	case prev.space || next.space:
		return true
	case isMark(next, noLineStart) || isMark(prev, noLineEnd):
		return false
	}
	return prev.wide || next.wide
}

// canBreakAt tells whether a line may end before seq[j]: the tokens either side allow it, and
// the marks nearest the break past any spaces allow it too (经办 钱会计 · 已失约 must not put the
// · first on a line by breaking at the space before it).
func canBreakAt(seq []breakToken, j int) bool {
	for k := j; k < len(seq); k++ {
		if !seq[k].space {
			if isMark(seq[k], noLineStart) {
				return false
			}
			break
		}
	}
	for k := j - 1; k >= 0; k-- {
		if !seq[k].space {
			if isMark(seq[k], noLineEnd) {
				return false
			}
			break
		}
	}
	return canBreak(seq[j-1], seq[j])
}

// BreakLines lays one paragraph of plain text, already made safe for a terminal, out in lines of
// at most w cells, as Chinese typesetting expects (see above). The command line and the terminal
// UI both break text with it.
func BreakLines(s string, w int) []string {
	tokens := breakTokens(s)
	var lines []string
	var line []breakToken
	lineW := 0
	emit := func(ts []breakToken) {
		for len(ts) > 0 && ts[len(ts)-1].space {
			ts = ts[:len(ts)-1]
		}
		var b strings.Builder
		for _, t := range ts {
			b.WriteString(t.text)
		}
		lines = append(lines, b.String())
	}
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		tw := ansi.StringWidth(t.text)
		switch {
		case t.space && len(line) == 0:
			continue // no line starts with spaces
		case t.space || lineW+tw <= w:
			line = append(line, t)
			lineW += tw
			continue
		case tw > w:
			// A word wider than a line: fill what is left of this one and cut the rest.
			if w-lineW < 2 {
				emit(line)
				line, lineW = nil, 0
			}
			pieces := cutWord(t.text, w-lineW, w)
			emit(append(line, breakToken{text: pieces[0]}))
			for _, p := range pieces[1 : len(pieces)-1] {
				emit([]breakToken{{text: p}})
			}
			last := pieces[len(pieces)-1]
			line, lineW = []breakToken{{text: last}}, ansi.StringWidth(last)
			continue
		}
		// Break at the last place before t where a break is allowed; what follows it moves to
		// the next line. With no such place, break right before t.
		carry := 0
		seq := append(line[:len(line):len(line)], t)
		for k := 0; k < len(line); k++ {
			if canBreakAt(seq, len(line)-k) {
				carry = k
				break
			}
		}
		moved := append([]breakToken(nil), line[len(line)-carry:]...)
		for len(moved) > 0 && moved[0].space {
			moved = moved[1:] // no line starts with spaces
		}
		emit(line[:len(line)-carry])
		line, lineW = moved, 0
		for _, m := range line {
			lineW += ansi.StringWidth(m.text)
		}
		if lineW+tw > w {
			// What moved and t still do not fit together: give up keeping them together.
			emit(line)
			line, lineW = nil, 0
		}
		i--
	}
	if len(line) > 0 || len(lines) == 0 {
		emit(line)
	}
	return lines
}

// cutWord cuts a word into pieces: the first at most first cells wide, the others at most w, in
// one pass (a very long word must not cost a pass per piece). Widths are summed per character,
// which never counts less than the word's drawn width.
func cutWord(word string, first, w int) []string {
	var pieces []string
	start, cur, room := 0, 0, first
	for i, r := range word {
		rw := ansi.StringWidth(string(r))
		if cur+rw > room && i > start {
			pieces = append(pieces, word[start:i])
			start, cur, room = i, 0, w
		}
		cur += rw
	}
	return append(pieces, word[start:])
}
