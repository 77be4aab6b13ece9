package model

import (
	"strings"
)

// The field a mistyped name most likely meant, for the error that suggests it.

// guessField suggests the field a mistyped name most likely meant, or "".
func guessField(name string) string {
	n := strings.ToLower(name)
	best, bestD := "", 3
	for _, f := range QueryFields() {
		for _, cand := range append([]string{f.Name}, f.Aliases...) {
			if d := editDistance(n, cand); d < bestD || d == bestD && best == "" && strings.HasPrefix(cand, n) {
				best, bestD = f.Name, d
			}
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 40 || len(rb) > 40 {
		return 99
	}
	return levenshtein(ra, rb)
}
