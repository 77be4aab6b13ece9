package model

import (
	"strings"
	"unicode"
)

// doubleSurnames are the two-character Chinese surnames (复姓) common enough to meet in a book.
var doubleSurnames = map[string]bool{
	"欧阳": true, "司马": true, "上官": true, "诸葛": true, "东方": true, "皇甫": true, "尉迟": true,
	"公孙": true, "慕容": true, "长孙": true, "宇文": true, "司徒": true, "夏侯": true, "轩辕": true,
	"令狐": true, "钟离": true, "端木": true, "澹台": true, "申屠": true, "独孤": true, "南宫": true,
	"闻人": true, "呼延": true, "太史": true, "司空": true, "西门": true, "百里": true, "东郭": true,
}

// hasHan tells whether s holds a Chinese character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// SplitPersonName splits a person's name into family and given name, as an address book wants
// them: a Chinese name of two to four characters by its surname (the first character, or the
// first two for a compound surname such as 欧阳); a name written in words by its last word
// ("Anna Smith" is Smith, Anna). Any other name is all given name.
func SplitPersonName(name string) (family, given string) {
	name = strings.TrimSpace(name)
	if hasHan(name) {
		runes := []rune(name)
		if strings.ContainsAny(name, " \u3000") || len(runes) < 2 || len(runes) > 4 {
			return "", name
		}
		for _, r := range runes {
			if !unicode.Is(unicode.Han, r) {
				return "", name
			}
		}
		if len(runes) >= 3 && doubleSurnames[string(runes[:2])] {
			return string(runes[:2]), string(runes[2:])
		}
		return string(runes[:1]), string(runes[1:])
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		return strings.TrimSpace(name[i+1:]), strings.TrimSpace(name[:i])
	}
	return "", name
}

// JoinPersonName puts family and given name together the way the name is written: Chinese with
// the surname first and no space, others given name first with a space.
func JoinPersonName(family, given string) string {
	family, given = strings.TrimSpace(family), strings.TrimSpace(given)
	switch {
	case family == "":
		return given
	case given == "":
		return family
	case hasHan(family) || hasHan(given):
		return family + given
	}
	return given + " " + family
}
