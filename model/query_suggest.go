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
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
