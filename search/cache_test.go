package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

func TestSearchCacheKeepsAndFindsAnswers(t *testing.T) {
	s, ids := searchBook(t)
	ix := loadIndex(t, s)
	var c Cache
	if _, ok := c.Lookup(ix, store.ListQuery{Text: "z"}, nil); ok {
		t.Fatal("an empty cache found an answer")
	}
	z := ix.Search(store.ListQuery{Text: "z"}, nil)
	zh := ix.Search(store.ListQuery{Text: "zh"}, nil)
	c.Put(z)
	c.Put(zh)
	if got, ok := c.Lookup(ix, store.ListQuery{Text: "z"}, nil); !ok || !slices.Equal(names(got), names(z)) {
		t.Errorf("erasing back to z should find z's answer: %v %v", names(got), ok)
	}
	// Typing on from zh: the longest text it goes on from is zh.
	if got, ok := c.Lookup(ix, store.ListQuery{Text: "zha"}, nil); ok || got.Text() != "zh" {
		t.Errorf("zha should be searched after zh, got %q (exact %v)", got.Text(), ok)
	}
	// Another order is another answer, but still narrows.
	if got, ok := c.Lookup(ix, store.ListQuery{Text: "zh", Sort: store.SortName}, nil); ok || got.Text() != "zh" {
		t.Errorf("zh by name: got %q (exact %v)", got.Text(), ok)
	}
	// Another filter, another list of ids, another index: nothing helps.
	if got, ok := c.Lookup(ix, store.ListQuery{Text: "zha", Level: model.LevelVIP}, nil); ok || got.ix != nil {
		t.Errorf("a level filter should find nothing kept: %q", got.Text())
	}
	within := []int64{ids["张三"]}
	if got, ok := c.Lookup(ix, store.ListQuery{Text: "zh"}, within); ok || got.ix != nil {
		t.Errorf("a list of ids should find nothing kept: %q", got.Text())
	}
	other := loadIndex(t, s)
	if got, ok := c.Lookup(other, store.ListQuery{Text: "zh"}, nil); ok || got.ix != nil {
		t.Error("answers of an older index should not be used")
	}
	c.Put(other.Search(store.ListQuery{Text: "w"}, nil))
	if len(c.recent) != 1 {
		t.Errorf("answers of an older index should be forgotten: %d kept", len(c.recent))
	}
	for i := range cacheAnswers + 5 {
		c.Put(other.Search(store.ListQuery{Text: strings.Repeat("a", i+1)}, nil))
	}
	if len(c.recent) != cacheAnswers {
		t.Errorf("the cache keeps %d answers, want %d", len(c.recent), cacheAnswers)
	}
	if _, ok := c.Lookup(other, store.ListQuery{Text: "a"}, nil); ok {
		t.Error("the oldest answers should be forgotten first")
	}
}

// Search against a plain reading of its own rules, for many queries cut from the book's names,
// companies and phones: a rank for the name by model's Match, else another field holding the query.
func TestSearchAgreesWithItsRules(t *testing.T) {
	s, _ := searchBook(t)
	ix := loadIndex(t, s)
	rng := rand.New(rand.NewPCG(11, 12))
	var queries []string
	for i := range ix.entries {
		c := ix.customer(int32(i))
		for _, text := range []string{c.Name, c.Company, ix.keys.Key(i).Pinyin()} {
			r := []rune(text)
			for range 3 {
				if len(r) == 0 {
					break
				}
				a := rng.IntN(len(r))
				b := a + 1 + rng.IntN(len(r)-a)
				queries = append(queries, string(r[a:b]))
			}
		}
	}
	queries = append(queries, "139", "+86 139", "6123", "acme", "老", "江", "a", "z", "1")
	for _, q := range queries {
		sq := model.NewSearchQuery(q)
		phone, isPhone := model.PhoneQuery(q)
		want := map[int64]int{}
		for i := range ix.entries {
			if rank, ok := sq.Match(ix.keys.Key(i)); ok {
				want[ix.entries[i].id] = rank
				continue
			}
			rest := ix.hay[ix.nameAt[i]:ix.hayAt[i+1]]
			if !sq.Empty() && (strings.Contains(rest, sq.String()) || isPhone && strings.Contains(rest, phone)) {
				want[ix.entries[i].id] = model.RankOther
			}
		}
		r := ix.Search(store.ListQuery{Text: q}, nil)
		if r.Len() != len(want) {
			t.Errorf("%q: found %d, the rules find %d", q, r.Len(), len(want))
		}
		last := -1
		for i := range r.Len() {
			f := r.At(i)
			if w, ok := want[f.Customer.ID]; !ok || w != f.Rank {
				t.Errorf("%q: %s found with rank %d, the rules say %d (%v)", q, f.Customer.Name, f.Rank, w, ok)
			}
			if f.Rank < last {
				t.Errorf("%q: rank %d after rank %d", q, f.Rank, last)
			}
			last = f.Rank
		}
	}
}

func TestIndexByByte(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"张", "三", "公", "司", "a", "z", "\n", "1"}
	for range 2000 {
		var text, needle strings.Builder
		for range rng.IntN(30) {
			text.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		for range 1 + rng.IntN(3) {
			needle.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s, n := text.String(), needle.String()
		k := lastWideByte(n)
		if k < 0 {
			continue
		}
		if got, want := indexByByte(s, n, k), strings.Index(s, n); got != want {
			t.Fatalf("indexByByte(%q, %q) = %d, strings.Index says %d", s, n, got, want)
		}
	}
}
