package model

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	pinyin "github.com/mozillazg/go-pinyin"
)

var updatePinyin = flag.Bool("update", false, "write pinyin_readings.txt again from go-pinyin's dictionary")

// TestPinyinReadingsAreTheDictionarys checks the embedded table against go-pinyin's dictionary,
// read as the search keys spell it; with -update it writes the table again (after go-pinyin is
// upgraded).
func TestPinyinReadingsAreTheDictionarys(t *testing.T) {
	want := pinyinReadingsFromDictionary()
	if *updatePinyin {
		if err := os.WriteFile("pinyin_readings.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if pinyinReadingsText != want {
		t.Fatal("pinyin_readings.txt is not go-pinyin's dictionary: run go test ./model -run PinyinReadings -update")
	}
}

// pinyinReadingsFromDictionary is the table's text made from go-pinyin's dictionary: each
// character from 〇 up, its readings toneless, each once, in the dictionary's order.
func pinyinReadingsFromDictionary() string {
	var b strings.Builder
	for _, code := range slices.Sorted(maps.Keys(pinyin.PinyinDict)) {
		if code < 0x3000 {
			continue
		}
		var readings []string
		for _, reading := range strings.Split(pinyin.PinyinDict[code], ",") {
			if plain := string(toneless(nil, reading)); plain != "" && !slices.Contains(readings, plain) {
				readings = append(readings, plain)
			}
		}
		if len(readings) > 0 {
			fmt.Fprintf(&b, "%x %s\n", code, strings.Join(readings, ","))
		}
	}
	return b.String()
}

// toneless appends a dictionary reading such as "lǜ" as plain letters ("lv"): toned vowels lose their
// tone, ü becomes v as pinyin keyboards type it, and anything else that is not a-z is dropped.
func toneless(dst []byte, reading string) []byte {
	for _, r := range reading {
		if r >= 'a' && r <= 'z' {
			dst = append(dst, byte(r))
			continue
		}
		for _, v := range tonedVowels {
			if strings.ContainsRune(v.toned, r) {
				dst = append(dst, v.plain)
				break
			}
		}
	}
	return dst
}

// tonedVowels are the toned letters of the dictionary's readings, each with the plain letter a
// pinyin keyboard types for it.
var tonedVowels = []struct {
	toned string
	plain byte
}{
	{"āáǎà", 'a'}, {"ēéěèêếề", 'e'}, {"īíǐì", 'i'}, {"ōóǒò", 'o'}, {"ūúǔù", 'u'}, {"üǖǘǚǜ", 'v'}, {"ńňǹ", 'n'}, {"ḿ", 'm'},
}

// TestPinyinOf reads a few characters' readings off the table.
func TestPinyinOf(t *testing.T) {
	checkAnswers(t, "pinyinOf", pinyinOf, answers[rune, string]{
		{'张', "zhang"},
		{'绿', "lv,lu"},
		{'好', "hao"}, // hǎo and hào: one reading once tones are gone
		{'a', ""},
		{'〇', "ling,yuan,xing"},
		{'😀', ""},
	})
}
