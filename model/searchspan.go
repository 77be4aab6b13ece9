package model

import (
	"strings"
	"unicode/utf8"
)

// NameSpan tells where the query matched a name, so a list can mark it: name[start:end] are the
// characters the match consumed (any spaces or punctuation between them included). k must be the
// key of name. It agrees with Match: ok is false exactly when Match is, and the span starts at the
// character Match matched from. It is meant for the few rows on screen, not for a whole book.
func (sq SearchQuery) NameSpan(k NameKey, name string) (start, end int, ok bool) {
	if sq.q == "" {
		return 0, 0, false
	}
	if _, ok := sq.Match(k); !ok {
		return 0, 0, false
	}
	groups := splitGroups(k.body())
	for from := range groups {
		if to, ok := spanFrom(groups[from:], sq.q); ok {
			return keptRuneBytes(name, from, from+to)
		}
	}
	return 0, 0, false
}

// splitGroups returns the alternatives of each character of a key body.
func splitGroups(body string) [][]string {
	if body == "" {
		return nil
	}
	parts := strings.Split(body, " ")
	groups := make([][]string, len(parts))
	for i, p := range parts {
		groups[i] = strings.Split(p, ",")
	}
	return groups
}

// spanFrom returns how few characters from the first of groups consume all of q, by Match's rules:
// a character is consumed by itself whole, or by any non-empty prefix of one of its readings.
func spanFrom(groups [][]string, q string) (n int, ok bool) {
	reach := map[int]bool{0: true}
	for g, alts := range groups {
		next := map[int]bool{}
		for j := range reach {
			for a, alt := range alts {
				common := commonPrefixLen(alt, q[j:])
				switch {
				case common == 0:
				case a == 0 && common == len(alt):
					next[j+common] = true
				case a > 0:
					for l := 1; l <= common; l++ {
						next[j+l] = true
					}
				}
			}
		}
		if next[len(q)] {
			return g + 1, true
		}
		if len(next) == 0 {
			return 0, false
		}
		reach = next
	}
	return 0, false
}

// keptRuneBytes returns the byte offsets in s of its kept characters from (counting from 0) up to
// but not including to, where a kept character is one a name key holds a group for.
func keptRuneBytes(s string, from, to int) (start, end int, ok bool) {
	kept := 0
	start = -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, keep := searchFold(r); !keep {
			i += size
			continue
		}
		if kept == from {
			start = i
		}
		kept++
		if kept == to {
			if start < 0 {
				return 0, 0, false
			}
			return start, i + size, true
		}
		i += size
	}
	return 0, 0, false
}

// TextSpan tells where the query occurs in text, folded as queries are (lower case, full-width made
// half-width, spaces and punctuation skipped): text[start:end] is the part that matched, so
// "acmetr" is found in "Acme Trading" as "Acme Tr". Invalid UTF-8 in text never matches.
func (sq SearchQuery) TextSpan(text string) (start, end int, ok bool) {
	if sq.q == "" {
		return 0, 0, false
	}
	folded := make([]byte, 0, len(text))
	// from[i] is the byte of text where the character that gave folded[i] starts; to[i] where it ends.
	from := make([]int, 0, len(text))
	to := make([]int, 0, len(text))
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		f, keep := searchFold(r)
		if !keep || r == utf8.RuneError {
			i += size
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], f)] {
			folded = append(folded, b)
			from = append(from, i)
			to = append(to, i+size)
		}
		i += size
	}
	at := strings.Index(string(folded), sq.q)
	if at < 0 {
		return 0, 0, false
	}
	return from[at], to[at+len(sq.q)-1], true
}
