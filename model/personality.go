package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Typology is one way of sorting people into personality types (性格分类), such as the general
// thirteen or the buyer temperaments of property sales.
type Typology struct {
	Code  string `json:"code"`
	Name  Text   `json:"name"`
	About Text   `json:"about"`
}

// PersonalityType is one personality type (性格类型) of a typology with the advice on dealing with
// it (应对方法): how to recognise it, what to do, and what not to do. Built-in types come from
// BuiltinTypes; the user may add and edit others.
type PersonalityType struct {
	Code     string `json:"code"`
	Typology string `json:"typology"`
	Name     Text   `json:"name"`
	Traits   Text   `json:"traits"`
	Approach Text   `json:"approach"`
	Avoid    Text   `json:"avoid"`
	BuiltIn  bool   `json:"built_in"`
}

// MaxTypeCodeLen is the longest code a personality type may have.
const MaxTypeCodeLen = 40

// Validate reports the first thing wrong with the type, as a *FieldError: the code must be 1 to
// 40 lowercase ASCII letters, digits or underscores, the name must be given in at least one
// language, the typology must be set, and no text may be too long.
func (t PersonalityType) Validate() error {
	if err := checkCodeAndName(t.Code, t.Name); err != nil {
		return err
	}
	if strings.TrimSpace(t.Typology) == "" {
		return fieldErr("typology", "请选择所属的分类", "a typology is required")
	}
	return checkTexts([]catalogText{{"name", t.Name, MaxNameLen}, {"traits", t.Traits, MaxFieldLen},
		{"approach", t.Approach, MaxFieldLen}, {"avoid", t.Avoid, MaxFieldLen}})
}

// checkCodeAndName is the rule types and typologies share: the code is 1 to 40 lowercase ASCII
// letters, digits or underscores, and the name is given in at least one language.
func checkCodeAndName(code string, name Text) error {
	if !validTypeCode(code) {
		return fieldErr("code", "代码应为 1 到 40 个小写英文字母、数字或下划线",
			fmt.Sprintf("code %q: use 1 to %d lowercase letters, digits or underscores", code, MaxTypeCodeLen))
	}
	if strings.TrimSpace(name.Zh) == "" && strings.TrimSpace(name.En) == "" {
		return fieldErr("name", "请至少填写一种语言的名称", "a name is required in at least one language")
	}
	return nil
}

func validTypeCode(code string) bool {
	if len(code) == 0 || len(code) > MaxTypeCodeLen {
		return false
	}
	for i := 0; i < len(code); i++ {
		c := code[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// UnknownTypeError is what FindType returns when nothing matches: the query as typed (without
// surrounding spaces) and up to three types that come closest, nearest first.
type UnknownTypeError struct {
	Query   string
	Closest []PersonalityType
}

// Error names the query and the closest types as "code (中文名)".
func (e *UnknownTypeError) Error() string {
	msg := fmt.Sprintf("unknown personality type %q", e.Query)
	if len(e.Closest) == 0 {
		return msg
	}
	names := make([]string, len(e.Closest))
	for i, t := range e.Closest {
		names[i] = t.Code + " (" + t.Name.In(Zh) + ")"
	}
	return msg + "; closest: " + strings.Join(names, ", ")
}

// FindType resolves what a user typed among types: a code, a Chinese name or an English name,
// ignoring case and surrounding spaces; a Chinese name also matches without its trailing 型, and in
// codes and English names a space, a hyphen and an underscore are the same. Codes are tried
// first, then Chinese names, then English names; within each the first type in order wins, so a
// Chinese name shared by two typologies resolves to the earlier one. When nothing matches the
// error is an *UnknownTypeError.
func FindType(types []PersonalityType, query string) (PersonalityType, error) {
	q := strings.TrimSpace(query)
	if q != "" {
		key := typeASCIIKey(q)
		for _, t := range types {
			if typeASCIIKey(t.Code) == key {
				return t, nil
			}
		}
		if zk := typeZhKey(q); zk != "" {
			for _, t := range types {
				if strings.EqualFold(typeZhKey(t.Name.Zh), zk) {
					return t, nil
				}
			}
		}
		for _, t := range types {
			if t.Name.En != "" && typeASCIIKey(t.Name.En) == key {
				return t, nil
			}
		}
	}
	return PersonalityType{}, &UnknownTypeError{Query: q, Closest: closestTypes(types, q, 3)}
}

// minTypeSimilarity keeps suggestions that share next to nothing with the query out of the error.
const minTypeSimilarity = 1.0 / 3

// closestTypes returns up to n types most like q, nearest first, ties in catalog order.
func closestTypes(types []PersonalityType, q string, n int) []PersonalityType {
	if q == "" {
		return nil
	}
	type scored struct {
		t   PersonalityType
		sim float64
	}
	var all []scored
	for _, t := range types {
		if s := typeSimilarity(t, q); s >= minTypeSimilarity {
			all = append(all, scored{t, s})
		}
	}
	slices.SortStableFunc(all, func(a, b scored) int { return cmp.Compare(b.sim, a.sim) })
	var out []PersonalityType
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].t)
	}
	return out
}

// typeSimilarity scores from 0 to 1 how close q is to t: by edit distance on the code and the
// English name, and by the characters q shares with the Chinese name.
func typeSimilarity(t PersonalityType, q string) float64 {
	key := typeASCIIKey(q)
	best := 0.0
	for _, s := range []string{typeASCIIKey(t.Code), typeASCIIKey(t.Name.En)} {
		if s == "" {
			continue
		}
		best = max(best, editSimilarity(key, s))
		// A fragment of a code ("tempered") is a fair guess even when far in edit distance.
		if len(key) >= 3 && strings.Contains(s, key) {
			best = max(best, 0.6)
		}
	}
	return max(best, sharedRuneSimilarity(typeZhKey(q), typeZhKey(t.Name.Zh)))
}

// editSimilarity is 1 minus the edit distance of a and b over the longer length, in runes.
func editSimilarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	longest := max(len(ra), len(rb))
	if longest == 0 {
		return 0
	}
	return 1 - float64(levenshtein(ra, rb))/float64(longest)
}

// sharedRuneSimilarity is the Dice coefficient of the distinct characters of a and b, spaces
// left out: 1 when they use the same characters, 0 when they share none.
func sharedRuneSimilarity(a, b string) float64 {
	setOf := func(s string) map[rune]bool {
		m := map[rune]bool{}
		for _, r := range strings.ToLower(s) {
			if r != ' ' {
				m[r] = true
			}
		}
		return m
	}
	sa, sb := setOf(a), setOf(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	shared := 0
	for r := range sa {
		if sb[r] {
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(sa)+len(sb))
}

// typeASCIIKey folds a code or English name for comparison: lower case, with spaces and hyphens
// read as underscores, so "Hot-tempered" and "hot_tempered" meet.
func typeASCIIKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return '_'
		}
		return r
	}, strings.ToLower(strings.TrimSpace(s)))
}

// typeZhKey is a Chinese name without surrounding spaces and its trailing 型.
func typeZhKey(s string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "型"))
}
