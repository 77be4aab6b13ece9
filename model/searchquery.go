package model

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
