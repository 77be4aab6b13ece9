package model

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	pinyin "github.com/mozillazg/go-pinyin"
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

// MakeNameKey computes the search key of a name. It reads the pinyin dictionary directly rather than
// through pinyin.SinglePinyin, which runs regular expressions on every reading and is several times slower.
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
		dict := ""
		if r >= 0x3000 { // the dictionary holds nothing below 〇
			dict = pinyin.PinyinDict[int(r)]
		}
		for dict != "" {
			reading := dict
			if c := strings.IndexByte(dict, ','); c >= 0 {
				reading, dict = dict[:c], dict[c+1:]
			} else {
				dict = ""
			}
			var plain [16]byte
			buf = appendReading(buf, group, string(toneless(plain[:0], reading)))
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

// toneless appends a dictionary reading such as "lǜ" as plain letters ("lv"): toned vowels lose their
// tone, ü becomes v as pinyin keyboards type it, and anything else that is not a-z is dropped.
func toneless(dst []byte, reading string) []byte {
	for _, r := range reading {
		switch {
		case r >= 'a' && r <= 'z':
			dst = append(dst, byte(r))
		case strings.ContainsRune("āáǎà", r):
			dst = append(dst, 'a')
		case strings.ContainsRune("ēéěèêếề", r):
			dst = append(dst, 'e')
		case strings.ContainsRune("īíǐì", r):
			dst = append(dst, 'i')
		case strings.ContainsRune("ōóǒò", r):
			dst = append(dst, 'o')
		case strings.ContainsRune("ūúǔù", r):
			dst = append(dst, 'u')
		case strings.ContainsRune("üǖǘǚǜ", r):
			dst = append(dst, 'v')
		case strings.ContainsRune("ńňǹ", r):
			dst = append(dst, 'n')
		case strings.ContainsRune("ḿ", r):
			dst = append(dst, 'm')
		}
	}
	return dst
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
// e.g. "zengguofan" for 曾国藩: a key to sort Chinese names by.
func (k NameKey) Pinyin() string {
	body := k.body()
	var b strings.Builder
	b.Grow(len(body))
	for body != "" {
		group := body
		if e := strings.IndexByte(body, ' '); e >= 0 {
			group, body = body[:e], body[e+1:]
		} else {
			body = ""
		}
		literal, readings, has := strings.Cut(group, ",")
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

// searchFold folds one character of a name or a query: full-width ASCII to half-width, lower case.
// keep is false for characters search ignores: spaces, punctuation, controls and format characters.
func searchFold(r rune) (f rune, keep bool) {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	if r < utf8.RuneSelf {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r, true
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A', true
		case r <= ' ' || r == 0x7f:
			return 0, false
		case strings.ContainsRune("$+<=>^`|~", r): // ASCII symbols that are not punctuation
			return r, true
		default:
			return 0, false
		}
	}
	if r >= 0x4E00 && r <= 0x9FFF { // CJK Unified Ideographs, nearly every Chinese name
		return r, true
	}
	if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
		return 0, false
	}
	return unicode.ToLower(r), true
}

// NormalizeQuery folds a query as names are folded for their keys: lower case, full-width ASCII made
// half-width, and spaces, punctuation and control characters dropped (so "Zhang San", "ｚｈａｎｇ　ｓａｎ"
// and "zhang-san" are all "zhangsan"). Invalid UTF-8 becomes U+FFFD. A query that needs no change is
// returned as it is, without allocating.
func NormalizeQuery(q string) string {
	for i := 0; i < len(q); {
		r, size := rune(q[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(q[i:])
			if r == utf8.RuneError && size == 1 {
				return foldQuery(q)
			}
		}
		if f, keep := searchFold(r); !keep || f != r {
			return foldQuery(q)
		}
		i += size
	}
	return q
}

func foldQuery(q string) string {
	var b strings.Builder
	b.Grow(len(q))
	for _, r := range q {
		if f, keep := searchFold(r); keep {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// SearchQuery is a query normalised once, to match against many keys without work per key.
type SearchQuery struct {
	q     string
	bytes uint64 // searchByteBit of every byte of q
	first uint64 // searchByteBit of q[0]
}

// NewSearchQuery normalises q (see NormalizeQuery) for Match.
func NewSearchQuery(q string) SearchQuery {
	sq := SearchQuery{q: NormalizeQuery(q)}
	for i := 0; i < len(sq.q); i++ {
		sq.bytes |= searchByteBit(sq.q[i])
	}
	if sq.q != "" {
		sq.first = searchByteBit(sq.q[0])
	}
	return sq
}

// String returns the normalised query.
func (sq SearchQuery) String() string { return sq.q }

// Empty tells whether nothing is left of the query after normalising; an empty query matches every
// name with RankSubstring, and a list usually shows everything in its own order instead.
func (sq SearchQuery) Empty() bool { return sq.q == "" }

// Match tells whether query matches the name, and how well; see SearchQuery.Match. To test one
// query against many names, make a SearchQuery once.
func (k NameKey) Match(query string) (rank int, ok bool) {
	return NewSearchQuery(query).Match(k)
}

// Match tells whether the query matches the name of k, and how well (see the Rank constants).
// The query matches from a character of the name when it can be consumed by consecutive characters,
// each consuming either itself, or one of its full readings, or a non-empty prefix of a reading:
// `zs`, `zhangsan`, `zhangs`, `张s` and `张san` all match 张三 from its first character, `san` from
// its second. It allocates nothing for queries under 64 bytes.
func (sq SearchQuery) Match(k NameKey) (rank int, ok bool) {
	if sq.q == "" {
		return RankSubstring, true
	}
	if sq.bytes&^k.bytes != 0 || sq.first&k.firsts == 0 {
		return 0, false
	}
	body := k.body()
	if len(sq.q) >= 64 {
		return matchNameKeySlow(body, sq.q)
	}
	for start := 0; ; {
		if rank, ok := matchNameKeyFrom(body[start:], sq.q, start == 0); ok {
			return rank, true
		}
		e := strings.IndexByte(body[start:], ' ')
		if e < 0 {
			return 0, false
		}
		start += e + 1
	}
}

// matchNameKeyFrom matches q (under 64 bytes) from the first group of body. It walks the groups
// once, keeping as bit sets the query offsets reachable so far (reach) and those reachable with every
// character consumed whole (full), so no path is tried twice however many readings there are.
func matchNameKeyFrom(body, q string, atStart bool) (rank int, ok bool) {
	goal := uint64(1) << len(q)
	reach, full := uint64(1), uint64(1)
	best := -1
	for {
		group := body
		e := strings.IndexByte(body, ' ')
		last := e < 0
		if !last {
			group, body = body[:e], body[e+1:]
		}
		var nextReach, nextFull uint64
		for literal := true; group != ""; literal = false {
			alt := group
			if c := strings.IndexByte(group, ','); c >= 0 {
				alt, group = group[:c], group[c+1:]
			} else {
				group = ""
			}
			for set := reach; set != 0; set &= set - 1 {
				j := bits.TrailingZeros64(set)
				n := commonPrefixLen(alt, q[j:])
				if n == 0 {
					continue
				}
				whole := n == len(alt)
				switch {
				case !literal: // a reading: any non-empty prefix of it
					nextReach |= (1<<n - 1) << (j + 1)
				case whole: // the character itself: all of it or nothing
					nextReach |= 1 << (j + n)
				}
				if whole && full&(1<<j) != 0 {
					nextFull |= 1 << (j + n)
				}
			}
		}
		if nextReach&goal != 0 {
			if !atStart {
				return RankSubstring, true
			}
			r := RankInitials
			if nextFull&goal != 0 {
				r = RankPrefix
				if last {
					r = RankExact
				}
			}
			if best < 0 || r < best {
				best = r
			}
			if best == RankExact {
				break
			}
		}
		reach, full = nextReach&^goal, nextFull&^goal
		if reach == 0 || last {
			break
		}
	}
	return best, best >= 0
}

func commonPrefixLen(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// matchNameKeySlow is Match by plain search over (character, query offset, all whole) states, for
// queries too long for the bit sets of matchNameKeyFrom; the tests also hold that one against it.
func matchNameKeySlow(body, q string) (rank int, ok bool) {
	var groups [][]string
	if body != "" {
		for _, g := range strings.Split(body, " ") {
			groups = append(groups, strings.Split(g, ","))
		}
	}
	best := -1
	for start := range groups {
		seen := make([]bool, len(groups)*(len(q)+1)*2)
		var visit func(i, j int, whole bool)
		visit = func(i, j int, whole bool) {
			for a, alt := range groups[i] {
				n := commonPrefixLen(alt, q[j:])
				for l := 1; l <= n; l++ {
					if a == 0 && l < len(alt) {
						continue // the character itself is taken whole
					}
					nj, nwhole := j+l, whole && l == len(alt)
					if nj == len(q) {
						r := RankSubstring
						if start == 0 {
							switch {
							case nwhole && i == len(groups)-1:
								r = RankExact
							case nwhole:
								r = RankPrefix
							default:
								r = RankInitials
							}
						}
						if best < 0 || r < best {
							best = r
						}
						continue
					}
					if i+1 == len(groups) {
						continue
					}
					s := ((i+1)*(len(q)+1) + nj) * 2
					if nwhole {
						s++
					}
					if !seen[s] {
						seen[s] = true
						visit(i+1, nj, nwhole)
					}
				}
			}
		}
		visit(start, 0, true)
		if best >= 0 {
			break // a match from an earlier character ranks at least as well
		}
	}
	return best, best >= 0
}

// NormalizePhone keeps the digits of a phone number (full-width ones too) and drops a leading
// +86 / 0086 / 86 country code in front of an 11-digit mobile number, so "+86-138-0013-8000" and
// "138 0013 8000" are both "13800138000". Landlines keep their area code: "(021) 6123-4567" is
// "02161234567".
func NormalizePhone(s string) string {
	buf := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			buf = append(buf, byte(r))
		case r >= '０' && r <= '９':
			buf = append(buf, byte(r-'０'+'0'))
		}
	}
	d := string(buf)
	for _, cc := range []string{"0086", "86"} {
		if rest, ok := strings.CutPrefix(d, cc); ok && isMobileNumber(rest) {
			return rest
		}
	}
	return d
}

// isMobileNumber tells whether d is a mainland mobile number: 11 digits, 13x to 19x.
func isMobileNumber(d string) bool {
	return len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9'
}
