package model

import "testing"

func TestLevenshtein(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"level", "level", 0},
		{"levle", "level", 2},
		{"leve", "level", 1},
		{"kitten", "sitting", 3},
		{"老虎型", "老虎", 1},
		{"孔雀", "猫头鹰", 3},
	}
	for _, c := range cases {
		if got := levenshtein([]rune(c.a), []rune(c.b)); got != c.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := levenshtein([]rune(c.b), []rune(c.a)); got != c.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d both ways", c.b, c.a, got, c.want)
		}
	}
}
