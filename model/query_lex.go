package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The saved-list query's words: what the lexer makes of the text (words, brackets, quotes, the
// operators or, and, not), before the parser sees them.

type tokKind int

const (
	tokWord tokKind = iota
	tokOpen
	tokClose
	tokOr
	tokAnd
	tokNot
)

type token struct {
	kind     tokKind
	text     string // the word, quotes removed
	pos, end int
	quoted   bool // the whole word was in quotes: always a search text
	// lit marks the bytes of text that were inside quotes, where operators and commas are
	// literal; at maps each byte of text to its offset in the query.
	lit []bool
	at  []int
}

// offset returns where byte k of the word's text lies in the query; k may be len(text).
func (t token) offset(k int) int {
	if k < len(t.at) {
		return t.at[k]
	}
	return t.end
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

var closeQuote = map[rune]rune{'"': '"', '“': '”', '「': '」'}

// lex splits a query into words, brackets and keywords. A quoted part keeps its spaces.
func lex(src string) ([]token, error) {
	var out []token
	i := 0
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case isSpace(r):
			i += size
			continue
		case r == '(' || r == '（':
			out = append(out, token{kind: tokOpen, pos: i, end: i + size})
			i += size
			continue
		case r == ')' || r == '）':
			out = append(out, token{kind: tokClose, pos: i, end: i + size})
			i += size
			continue
		}
		start := i
		var b []byte
		var lit []bool
		var at []int
		keep := func(from, size int, quoted bool) {
			for k := 0; k < size; k++ {
				b = append(b, src[from+k])
				lit = append(lit, quoted)
				at = append(at, from+k)
			}
		}
		quotedWhole := false
		for i < len(src) {
			r, size := utf8.DecodeRuneInString(src[i:])
			if isSpace(r) || r == '(' || r == ')' || r == '（' || r == '）' {
				break
			}
			if cq, ok := closeQuote[r]; ok {
				if i == start {
					quotedWhole = true
				}
				j := i + size
				closed := false
				for j < len(src) {
					r2, s2 := utf8.DecodeRuneInString(src[j:])
					if r2 == cq {
						closed = true
						j += s2
						break
					}
					keep(j, s2, true)
					j += s2
				}
				if !closed {
					return nil, qerr(i, len(src), "引号没有结束", "a quote is not closed")
				}
				i = j
				continue
			}
			keep(i, size, false)
			i += size
		}
		word := src[start:i]
		if quotedWhole && !allTrue(lit) {
			quotedWhole = false // "a"b: quoted in part only, read as a term
		}
		t := token{kind: tokWord, text: string(b), pos: start, end: i, quoted: quotedWhole, lit: lit, at: at}
		if !quotedWhole {
			switch strings.ToLower(word) {
			case "or", "|", "||", "或", "或者":
				t.kind = tokOr
			case "and", "&", "&&", "且", "并且":
				t.kind = tokAnd
			case "not", "!", "非", "不是":
				t.kind = tokNot
			}
		}
		out = append(out, t)
	}
	return out, nil
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return true
}
