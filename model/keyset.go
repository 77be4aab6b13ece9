package model

import "strings"

// KeySet is many name keys made ready to be matched one query at a time, as a search of a whole
// book does. Match gives exactly what SearchQuery.Match gives, faster for long names: besides the
// keys it keeps where each character's group starts and which letters begin its alternatives, so a
// query is tried only from the characters it can start at, without reading the others. A company's
// name of ten characters has ten groups; a query starting with w is tried from the one or two whose
// readings start with w, not from all ten. A KeySet is never changed once made: safe to share.
type KeySet struct {
	keys   []NameKey
	at     []int32  // the groups of key i are starts[at[i]:at[i+1]]
	starts []uint16 // where a group starts in its key's body
	heads  []uint32 // the group's head letters: bit c-'a' when an alternative starts with c; bit 26 when the character itself is not a letter
	// seconds are the group's second letters: bit c-'a' when an alternative's second byte is c.
	seconds []uint32
}

// headOther marks a group whose character is not a letter a-z: a query starting with such a
// character is tried there.
const headOther = 1 << 26

// NewKeySet prepares keys; the set refers to them and to their texts, and copies neither.
func NewKeySet(keys []NameKey) *KeySet {
	groups := 0
	for _, k := range keys {
		groups += strings.Count(k.body(), " ") + 1
	}
	ks := &KeySet{keys: keys, at: make([]int32, 1, len(keys)+1), starts: make([]uint16, 0, groups),
		heads: make([]uint32, 0, groups), seconds: make([]uint32, 0, groups)}
	for _, k := range keys {
		body := k.body()
		if len(body) > 0xFFFF {
			body = "" // past what a group's start can hold: Match asks the key itself
		}
		for start := 0; start < len(body); {
			end := strings.IndexByte(body[start:], ' ')
			if end < 0 {
				end = len(body)
			} else {
				end += start
			}
			heads, seconds := groupLetters(body[start:end])
			ks.starts = append(ks.starts, uint16(start))
			ks.heads = append(ks.heads, heads)
			ks.seconds = append(ks.seconds, seconds)
			start = end + 1
		}
		ks.at = append(ks.at, int32(len(ks.starts)))
	}
	return ks
}

// groupLetters returns the head letters of one group (the first byte of the character and of each
// reading) and its second letters.
func groupLetters(group string) (heads, seconds uint32) {
	for first := true; group != ""; first = false {
		if c := group[0]; c >= 'a' && c <= 'z' {
			heads |= 1 << (c - 'a')
		} else if first {
			heads |= headOther
		}
		if len(group) > 1 && group[1] >= 'a' && group[1] <= 'z' {
			seconds |= 1 << (group[1] - 'a')
		}
		c := strings.IndexByte(group, ',')
		if c < 0 {
			break
		}
		group = group[c+1:]
	}
	return heads, seconds
}

// Len is how many keys the set holds.
func (ks *KeySet) Len() int { return len(ks.keys) }

// Key returns key i.
func (ks *KeySet) Key(i int) NameKey { return ks.keys[i] }

// Match tells whether the query matches key i, and how well: what sq.Match(ks.Key(i)) tells.
func (ks *KeySet) Match(sq SearchQuery, i int) (rank int, ok bool) {
	k := ks.keys[i]
	if sq.q == "" || len(sq.q) >= 64 {
		return sq.Match(k)
	}
	if sq.bytes&^k.bytes != 0 || sq.first&k.firsts == 0 {
		return 0, false
	}
	want := uint32(headOther)
	if c := sq.q[0]; c >= 'a' && c <= 'z' {
		want = 1 << (c - 'a')
	}
	// A match from a character that takes the query's first letter takes its second letter from
	// the same alternative or from the next character: two letters need one or the other.
	var second uint32
	if c := sq.q[1%len(sq.q)]; len(sq.q) > 1 && want != headOther && c >= 'a' && c <= 'z' {
		second = 1 << (c - 'a')
	}
	groups := ks.starts[ks.at[i]:ks.at[i+1]]
	heads := ks.heads[ks.at[i]:ks.at[i+1]]
	seconds := ks.seconds[ks.at[i]:ks.at[i+1]]
	if len(groups) == 0 {
		return sq.Match(k)
	}
	body := k.body()
	for g, h := range heads {
		if h&want == 0 {
			continue // no alternative of this character starts as the query does
		}
		if g > 0 && len(sq.q) == 1 && want != headOther {
			return RankSubstring, true // one letter: the start of an alternative here is a match
		}
		if second != 0 && seconds[g]&second == 0 && (g+1 == len(heads) || heads[g+1]&second == 0) {
			continue
		}
		if rank, ok := matchNameKeyFrom(body[groups[g]:], sq.q, g == 0); ok {
			return rank, true
		}
	}
	return 0, false
}
