package model

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// pinyinReadingsText is every character's pinyin readings without tones, one character a line:
// its code point in hexadecimal, a space, its readings separated by commas, the most common first
// ("5f20 zhang"). It is go-pinyin's dictionary written as our search keys spell it (toned vowels
// plain, ü as v, each reading once); TestPinyinReadingsAreTheDictionarys checks it against the
// dictionary and writes it again with -update.
//
// The table is ours rather than the library's map because Go builds a package's map before main
// in every process that links it, whatever the command; embedded text costs nothing until read,
// and is read only by the first name key a process makes.
//
//go:embed pinyin_readings.txt
var pinyinReadingsText string

// pinyinTable is pinyinReadingsText read into code points, in order, and their readings.
type pinyinTable struct {
	runes    []rune
	readings []string // slices of pinyinReadingsText: nothing is copied
}

var loadPinyin = sync.OnceValue(func() *pinyinTable {
	n := strings.Count(pinyinReadingsText, "\n")
	t := &pinyinTable{runes: make([]rune, 0, n), readings: make([]string, 0, n)}
	for line := range strings.Lines(pinyinReadingsText) {
		code, readings, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		r, err := strconv.ParseUint(code, 16, 32)
		if !ok || err != nil {
			panic("model: pinyin_readings.txt: bad line " + strconv.Quote(line))
		}
		t.runes = append(t.runes, rune(r))
		t.readings = append(t.readings, readings)
	}
	return t
})

// pinyinOf returns the toneless readings of r separated by commas, the most common first, or ""
// when r has none.
func pinyinOf(r rune) string {
	if r < 0x3000 { // the dictionary holds nothing below 〇
		return ""
	}
	t := loadPinyin()
	if i, found := slices.BinarySearch(t.runes, r); found {
		return t.readings[i]
	}
	return ""
}
