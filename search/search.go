package search

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"guanxi/model"
	"guanxi/store"
)

// RankNotes is the rank of a customer found only in their notes or logged contacts: the last, after
// model.RankOther (found in another field than the name).
const RankNotes = model.RankOther + 1

// Result is what one search found: customers of an index, best rank first and, within a
// rank, in the order the query asked for. It is a value that is never changed; WithNotes returns a
// new one.
type Result struct {
	ix     *Index
	q      store.ListQuery
	within []int64
	query  model.SearchQuery
	hits   []int32            // positions in ix.entries
	ends   [RankNotes + 1]int // hits[:ends[r]] have rank r or better
}

// Found is one customer of a result: the columns the list shows, the key of the name, and how well
// the query matched.
type Found struct {
	Customer model.Customer
	Key      model.NameKey
	Rank     int
}

// Search returns the customers q selects (its Text, Level, Stage and Type; Limit is ignored: the
// list draws what fits). Matches of the name come first, by model's ranks: the whole name, a prefix
// of it, its initials, a part of it; then customers found in another field (company, phone digits,
// email, WeChat, tags, region, industry, contacts' names and phones), ranked model.RankOther.
// Within a rank they are in q.Sort's order. A phone number typed with spaces, dashes or +86 finds
// the stored digits. within, when not nil, holds the ids (in increasing order) of the only
// customers that may be found. Notes and logged contacts are searched in the book by store.SearchNotes.
func (ix *Index) Search(q store.ListQuery, within []int64) Result {
	return ix.search(q, within, nil)
}

// SearchAfter is Search told an answer found before, prev: when prev answers q, it is the answer;
// when prev came from this index with the same filters, and q's text goes on from prev's, as when
// one more character is typed, only the customers prev found are looked at. Anything q finds, prev
// found then, so the answer is the same as Search's and comes sooner.
func (ix *Index) SearchAfter(prev Result, q store.ListQuery, within []int64) Result {
	if prev.ix == ix && prev.same(q, within) {
		return prev // asked again: the same answer
	}
	if prev.ix == ix && sameIDs(prev.within, within) && prev.narrows(q) {
		return ix.search(q, within, prev.hits[:prev.ends[model.RankOther]])
	}
	return ix.Search(q, within)
}

// narrows tells whether every customer q finds is among those r found in memory.
func (r Result) narrows(q store.ListQuery) bool {
	if q.Level != r.q.Level || q.Stage != r.q.Stage || q.Type != r.q.Type {
		return false
	}
	prev := r.query.String()
	if prev == "" || !strings.HasPrefix(model.NormalizeQuery(q.Text), prev) {
		return false
	}
	if phone, ok := model.PhoneQuery(q.Text); ok {
		// Found by phone digits too: r must have looked for a beginning of them.
		was, wasOK := model.PhoneQuery(r.q.Text)
		return wasOK && strings.HasPrefix(phone, was)
	}
	return true
}

// search is Search looking only at the entries cands, when not nil.
func (ix *Index) search(q store.ListQuery, within []int64, cands []int32) Result {
	r := Result{ix: ix, q: q, within: within, query: model.NewSearchQuery(q.Text)}
	order := ix.order(q.Sort)
	allow := ix.allowed(within)
	filtered := q.Level != "" || q.Stage != "" || q.Type != "" || allow != nil
	if r.query.Empty() {
		if !filtered {
			r.hits = order.perm // shared, never written: every append to hits copies it first
		} else {
			for _, p := range order.perm {
				if ix.keeps(p, q, allow) {
					r.hits = append(r.hits, p)
				}
			}
		}
		for rank := range r.ends {
			if rank >= model.RankSubstring {
				r.ends[rank] = len(r.hits)
			}
		}
		return r
	}
	m := matcher{ix: ix, query: r.query, text: r.query.String()}
	m.phone, m.isPhone = model.PhoneQuery(q.Text)
	m.isPhone = m.isPhone && m.phone != m.text
	m.letters = strings.IndexFunc(m.text, func(c rune) bool { return c >= 'a' && c <= 'z' }) >= 0
	// marks[i] is 1 + the rank entry i is found with, 0 when it is not found. Each worker marks its
	// own part of the entries, walking the keys and the hay front to back.
	marks := make([]uint8, len(ix.entries))
	if cands == nil {
		inParallel(len(ix.entries), func(lo, hi int) { m.markRange(marks, lo, hi) })
	} else {
		inParallel(len(cands), func(lo, hi int) {
			for i, p := range cands[lo:hi] {
				marks[p] = m.rank(p)
				yield(i)
			}
		})
	}
	var buckets [model.RankOther + 1][]int32
	add := func(p int32) {
		if k := marks[p]; k != 0 && (!filtered || ix.keeps(p, q, allow)) {
			buckets[k-1] = append(buckets[k-1], p)
		}
	}
	if cands != nil && len(cands)*16 < len(ix.entries) {
		found := make([]int32, 0, len(cands))
		for _, p := range cands {
			if marks[p] != 0 {
				found = append(found, p)
			}
		}
		slices.SortFunc(found, func(a, b int32) int { return int(order.inv[a]) - int(order.inv[b]) })
		for _, p := range found {
			add(p)
		}
	} else {
		for _, p := range order.perm {
			add(p)
		}
	}
	n := 0
	for _, b := range buckets {
		n += len(b)
	}
	r.hits = make([]int32, 0, n)
	for rank, b := range buckets {
		r.hits = append(r.hits, b...)
		r.ends[rank] = len(r.hits)
	}
	r.ends[RankNotes] = len(r.hits)
	return r
}

// matcher is one query made ready to test entries of an index.
type matcher struct {
	ix      *Index
	query   model.SearchQuery
	text    string // the normalised query
	phone   string // the query read as phone digits, when isPhone
	isPhone bool
	// letters: the query holds a letter a-z, which may stand for a pinyin reading, so a name needs
	// model's matcher; without one, a name matches exactly when its folded text holds the query.
	letters bool
}

// literalRank is the rank of a query without letters found at byte at of a folded name of n bytes:
// model.Match's rank for such a query, which can only be matched character by character.
func literalRank(at, n, q int) uint8 {
	switch {
	case at > 0:
		return model.RankSubstring
	case q == n:
		return model.RankExact
	}
	return model.RankPrefix
}

// markRange marks the entries lo to hi that the query finds.
func (m *matcher) markRange(marks []uint8, lo, hi int) {
	if m.letters {
		for i := lo; i < hi; i++ {
			if rank, ok := m.ix.keys.Match(m.query, i); ok {
				marks[i] = uint8(rank) + 1
			}
			yield(i)
		}
	}
	m.markHay(marks, lo, hi, m.text, !m.letters)
	if m.isPhone {
		m.markHay(marks, lo, hi, m.phone, false)
	}
}

// markHay marks, among the entries lo to hi not found yet, those whose hay holds needle: by the
// name's rank when it is in the name and names counts, else as found in another field. It searches
// the hay of all of them as one text, which is much faster than one search per entry; a match
// cannot run across fields or entries, since every field ends in a newline and a query holds none.
func (m *matcher) markHay(marks []uint8, lo, hi int, needle string, names bool) {
	ix := m.ix
	hay := ix.hay[:ix.hayAt[hi]]
	i := lo
	find := strings.Index
	if k := lastWideByte(needle); k >= 0 {
		find = func(s, sub string) int { return indexByByte(s, sub, k) }
	}
	for b := int(ix.hayAt[lo]); b < len(hay); {
		k := find(hay[b:], needle)
		if k < 0 {
			return
		}
		o := b + k
		i = ix.entryAt(o, i, hi)
		next := int(ix.hayAt[i+1])
		if marks[i] != 0 {
			b = next
			continue
		}
		start, end := int(ix.hayAt[i]), ix.nameEnd(i)
		switch {
		case o >= end:
			marks[i] = uint8(model.RankOther) + 1
		case names:
			marks[i] = literalRank(o-start, end-start, len(needle)) + 1
		default:
			b = end // in the name, which the keys answer for: look on in the other fields
			continue
		}
		b = next
	}
}

// lastWideByte returns the position of the last byte of needle that is not ASCII, or -1.
func lastWideByte(needle string) int {
	for k := len(needle) - 1; k >= 0; k-- {
		if needle[k] >= utf8.RuneSelf {
			return k
		}
	}
	return -1
}

// indexByByte is strings.Index for a needle whose byte k is rare in the text: it looks for that
// byte, then checks the rest. In Chinese text every character starts with one of a few bytes, so
// the first byte of a query is everywhere; its last byte, a continuation byte, is one in sixty-four,
// and the search runs several times faster.
func indexByByte(s, needle string, k int) int {
	for i := 0; i+len(needle) <= len(s); {
		j := strings.IndexByte(s[i+k:], needle[k])
		if j < 0 {
			return -1
		}
		at := i + j
		if at+len(needle) <= len(s) && s[at:at+len(needle)] == needle {
			return at
		}
		i = at + 1
	}
	return -1
}

// rank returns 1 + the rank the query finds entry p with, or 0.
func (m *matcher) rank(p int32) uint8 {
	ix := m.ix
	start, end := int(ix.hayAt[p]), ix.nameEnd(int(p))
	if m.letters {
		if rank, ok := ix.keys.Match(m.query, int(p)); ok {
			return uint8(rank) + 1
		}
	} else if k := strings.Index(ix.hay[start:end], m.text); k >= 0 {
		return literalRank(k, end-start, len(m.text)) + 1
	}
	rest := ix.hay[end:ix.hayAt[p+1]]
	if strings.Contains(rest, m.text) || m.isPhone && strings.Contains(rest, m.phone) {
		return uint8(model.RankOther) + 1
	}
	return 0
}

// yield lets other goroutines run every few thousand steps of a long loop. The searches and the
// loading of the index keep both processors of a laptop busy for milliseconds; the goroutines that
// take keys and draw the screen must not wait for the scheduler to preempt them.
func yield(step int) {
	if step&4095 == 4095 {
		runtime.Gosched()
	}
}

// inParallel calls work on ranges that split 0..n, on as many goroutines as there are processors
// (up to four), when n is large enough to be worth it. The processors, not the threads Go may run
// code on: the TUI runs more of those than it has processors (ui.Procs), and more workers than
// processors would only take turns with each other and with the goroutine that draws the screen.
func inParallel(n int, work func(lo, hi int)) {
	const least = 20_000 // entries below which one goroutine is quicker than starting others
	workers := min(runtime.GOMAXPROCS(0), runtime.NumCPU(), 4, max(n/least, 1))
	if workers == 1 {
		work(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(lo, hi)
		}()
	}
	wg.Wait()
}

// allowed turns a list of ids into a set of positions; nil for no list.
func (ix *Index) allowed(within []int64) []bool {
	if within == nil {
		return nil
	}
	allow := make([]bool, len(ix.entries))
	for _, id := range within {
		if p := ix.position(id); p >= 0 {
			allow[p] = true
		}
	}
	return allow
}

// keeps tells whether the entry at p passes q's filters and the allowed set.
func (ix *Index) keeps(p int32, q store.ListQuery, allow []bool) bool {
	e := &ix.entries[p]
	switch {
	case allow != nil && !allow[p]:
		return false
	case q.Level != "" && ix.code(e.level) != string(q.Level):
		return false
	case q.Stage != "" && ix.code(e.stage) != string(q.Stage):
		return false
	case q.Type != "" && !slices.Contains(ix.typeSets[e.types], q.Type):
		return false
	}
	return true
}

// Len is how many customers were found.
func (r Result) Len() int { return len(r.hits) }

// Total is how many customers the book held when the searched index was read.
func (r Result) Total() int {
	if r.ix == nil {
		return 0
	}
	return r.ix.total
}

// Text is the search as it was typed.
func (r Result) Text() string { return r.q.Text }

// Query is the search as it was normalised, for marking where it matched.
func (r Result) Query() model.SearchQuery { return r.query }

// Rank is how well the query matched the i-th customer found.
func (r Result) Rank(i int) int {
	for rank, end := range r.ends {
		if i < end {
			return rank
		}
	}
	return RankNotes
}

// At returns the i-th customer found, 0 ≤ i < Len.
func (r Result) At(i int) Found {
	p := r.hits[i]
	return Found{Customer: r.ix.customer(p), Key: r.ix.keys.Key(int(p)), Rank: r.Rank(i)}
}

// Find returns where the customer id is in the result, or -1. It looks at every customer found,
// so call it once per result, not once per frame.
func (r Result) Find(id int64) int {
	if r.ix == nil {
		return -1
	}
	p := r.ix.position(id)
	if p < 0 {
		return -1
	}
	return slices.Index(r.hits, p)
}

// WithNotes returns the result followed by the customers of ids (found by store.SearchNotes) that it
// does not hold yet and that its query's filters keep, ranked RankNotes, in the query's order.
func (r Result) WithNotes(ids []int64) Result {
	if r.ix == nil || len(ids) == 0 {
		return r
	}
	held := make([]bool, len(r.ix.entries))
	for _, p := range r.hits {
		held[p] = true
	}
	allow := r.ix.allowed(r.within)
	var more []int32
	for _, id := range ids {
		p := r.ix.position(id)
		if p < 0 || held[p] || !r.ix.keeps(p, r.q, allow) {
			continue
		}
		held[p] = true
		more = append(more, p)
	}
	if len(more) == 0 {
		return r
	}
	inv := r.ix.order(r.q.Sort).inv
	slices.SortFunc(more, func(a, b int32) int { return int(inv[a]) - int(inv[b]) })
	r.hits = append(slices.Clip(r.hits), more...)
	r.ends[RankNotes] = len(r.hits)
	return r
}
