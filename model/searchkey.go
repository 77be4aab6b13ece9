package model

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Ranks of a search match, lower is better. Match returns the first four; RankOther is for the
// caller, for a query found in another field than the name (company, phone, tags, notes).
const (
	// RankExact: the query is the whole name, each character typed as itself or as one full reading.
	RankExact = iota
	// RankPrefix: the query is the start of the name, each character typed as itself or as a full reading.
	RankPrefix
	// RankInitials: the query matches from the first character, some characters by a prefix of a
	// reading (initials such as zs, or an unfinished syllable such as zhangs).
	RankInitials
	// RankSubstring: the query matches from a later character of the name.
	RankSubstring
	// RankOther: the query matches another field than the name.
	RankOther
)

// ErrBadNameKey is wrapped by ParseNameKey's errors; the caller rebuilds the key from the name.
var ErrBadNameKey = errors.New("malformed name key")

// nameKeyVersion starts every encoded key, so a key written under other rules is refused by
// ParseNameKey and rebuilt rather than silently matched by old rules.
const nameKeyVersion = "1:"

// NameKey is the precomputed searchable form of one name: for each character of the name its
// alternatives — the character itself, folded (lower case, full-width ASCII made half-width), and for
// a Chinese character every pinyin reading without tones (ü written v), with the surname reading
// first for the first character(s). Spaces, punctuation and control characters of the name are left
// out, so "John Smith" is found by "johnsmith" and "Jean-Luc" by "jeanluc".
//
// The key is its encoding (see String) plus two byte masks that let Match reject most names in a few
// instructions; building it from the encoding copies nothing. The zero NameKey is the key of an
// empty name.
type NameKey struct {
	s      string // the encoding; "" for an empty name
	bytes  uint64 // searchByteBit of every byte of every alternative
	firsts uint64 // searchByteBit of the first byte of every alternative
}

// surnameReadings gives the reading a character takes as a surname, when it is not its usual one.
var surnameReadings = map[rune]string{
	'曾': "zeng", '单': "shan", '仇': "qiu", '解': "xie", '区': "ou", '查': "zha", '朴': "piao",
	'盖': "ge", '覃': "qin", '乐': "yue", '召': "shao", '繁': "po",
}

// compoundSurnames gives the readings of two-character surnames read otherwise than usual.
var compoundSurnames = map[[2]rune][2]string{
	{'尉', '迟'}: {"yu", "chi"},
	{'万', '俟'}: {"mo", "qi"},
}

// MakeNameKey computes the search key of a name. It reads the pinyin readings off our own table of
// go-pinyin's dictionary (pinyin_readings.go), already toneless, rather than through
// pinyin.SinglePinyin, which runs regular expressions on every reading and is several times slower.
func MakeNameKey(name string) NameKey {
	var runeBuf [32]rune
	runes := runeBuf[:0]
	for _, r := range name {
		if f, keep := searchFold(r); keep {
			runes = append(runes, f)
		}
	}
	if len(runes) == 0 {
		return NameKey{}
	}
	var surname [2]string
	if len(runes) >= 2 {
		if rs, ok := compoundSurnames[[2]rune{runes[0], runes[1]}]; ok {
			surname = rs
		}
	}
	if surname[0] == "" {
		surname[0] = surnameReadings[runes[0]]
	}

	buf := make([]byte, 0, len(nameKeyVersion)+len(runes)*12)
	buf = append(buf, nameKeyVersion...)
	for i, r := range runes {
		if i > 0 {
			buf = append(buf, ' ')
		}
		group := len(buf)
		buf = utf8.AppendRune(buf, r)
		if i < len(surname) && surname[i] != "" {
			buf = appendReading(buf, group, surname[i])
		}
		for readings := pinyinOf(r); readings != ""; {
			reading := readings
			if c := strings.IndexByte(readings, ','); c >= 0 {
				reading, readings = readings[:c], readings[c+1:]
			} else {
				readings = ""
			}
			buf = appendReading(buf, group, reading)
		}
	}
	s := string(buf)
	k := NameKey{s: s}
	k.bytes, k.firsts = nameKeyMasks(s[len(nameKeyVersion):])
	return k
}

// appendReading appends ",reading" to the group that starts at buf[group:], unless the reading is
// empty or already there.
func appendReading(buf []byte, group int, reading string) []byte {
	if reading == "" {
		return buf
	}
	alts := buf[group:]
	for {
		c := bytes.IndexByte(alts, ',')
		if c < 0 {
			break
		}
		alts = alts[c+1:]
		alt := alts
		if e := bytes.IndexByte(alts, ','); e >= 0 {
			alt = alts[:e]
		}
		if string(alt) == reading {
			return buf
		}
	}
	buf = append(buf, ',')
	return append(buf, reading...)
}

// String returns the stable encoding of the key, for a TEXT column: "1:" then one group per character,
// separated by a space; a group is the character followed by its readings, each after a comma.
// 张三 is "1:张,zhang 三,san".
func (k NameKey) String() string {
	if k.s == "" {
		return nameKeyVersion
	}
	return k.s
}

// Pinyin returns the name in the first reading of each character (its own form when it has none),
// the syllables parted by spaces, e.g. "zeng guo fan" for 曾国藩: a key to sort Chinese names by.
func (k NameKey) Pinyin() string {
	body := k.body()
	var b strings.Builder
	b.Grow(len(body))
	syllable := false // whether the last group written was a reading
	for body != "" {
		group := body
		if e := strings.IndexByte(body, ' '); e >= 0 {
			group, body = body[:e], body[e+1:]
		} else {
			body = ""
		}
		literal, readings, has := strings.Cut(group, ",")
		// A space parts a syllable from what is next to it, so names sort syllable by syllable as
		// a dictionary does: "chen jia yi" before "cheng gang", where "chenjiayi" came after.
		if b.Len() > 0 && (has || syllable) {
			b.WriteByte(' ')
		}
		syllable = has
		if !has {
			b.WriteString(literal)
			continue
		}
		first, _, _ := strings.Cut(readings, ",")
		b.WriteString(first)
	}
	return b.String()
}

func (k NameKey) body() string {
	if k.s == "" {
		return ""
	}
	return k.s[len(nameKeyVersion):]
}

// ParseNameKey reads a key written by String. It keeps s and copies nothing. Any other text, including
// a key of another version, gives an error wrapping ErrBadNameKey. It validates and computes the masks
// in one pass, since the store parses every key of the book when it opens.
func ParseNameKey(s string) (NameKey, error) {
	body, ok := strings.CutPrefix(s, nameKeyVersion)
	if !ok {
		return NameKey{}, fmt.Errorf("name key does not start with %q: %w", nameKeyVersion, ErrBadNameKey)
	}
	if body == "" {
		return NameKey{}, nil
	}
	bad := func(i int, what string) (NameKey, error) {
		return NameKey{}, fmt.Errorf("name key, byte %d: %s: %w", len(nameKeyVersion)+i, what, ErrBadNameKey)
	}
	var all, firsts uint64
	for i := 0; ; i++ { // each turn reads one group, then i is at the space after it
		if i == len(body) {
			return bad(i, "empty group")
		}
		r, size := rune(body[i]), 1
		if r >= utf8.RuneSelf {
			if r, size = utf8.DecodeRuneInString(body[i:]); r == utf8.RuneError && size == 1 {
				return bad(i, "invalid UTF-8")
			}
		}
		if f, keep := searchFold(r); !keep || f != r {
			return bad(i, fmt.Sprintf("character %q is not folded", r))
		}
		firsts |= searchByteBit(body[i])
		for end := i + size; i < end; i++ {
			all |= searchByteBit(body[i])
		}
		for i < len(body) && body[i] == ',' {
			i++
			start := i
			for ; i < len(body) && body[i]-'a' < 26; i++ {
				all |= 1 << (body[i] - 'a')
			}
			if i == start {
				return bad(i, "empty or not plain a-z reading")
			}
			firsts |= 1 << (body[start] - 'a')
		}
		if i == len(body) {
			break
		}
		if body[i] != ' ' {
			return bad(i, "more than one character in a group")
		}
	}
	return NameKey{s: s, bytes: all, firsts: firsts}, nil
}

// nameKeyMasks computes the masks of a key's body (the encoding without its version).
func nameKeyMasks(body string) (all, firsts uint64) {
	start := true
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == ' ' || c == ',' {
			start = true
			continue
		}
		all |= searchByteBit(c)
		if start {
			firsts |= searchByteBit(c)
			start = false
		}
	}
	return all, firsts
}

// searchByteBit maps a byte to one of 64 bits: letters and digits each their own, other bytes shared.
func searchByteBit(c byte) uint64 {
	switch {
	case c >= 'a' && c <= 'z':
		return 1 << (c - 'a')
	case c >= '0' && c <= '9':
		return 1 << (26 + c - '0')
	case c < utf8.RuneSelf:
		return 1 << (36 + c%12)
	default:
		return 1 << (48 + c%16)
	}
}
