package search

import (
	"context"
	"errors"
	"slices"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

// screenRows is how many rows the tests of Screenful ask for: fewer than some queries find by name,
// more than others do.
const screenRows = 12

// namesOnTop returns the ids of the first n customers of r found by their name: the rows Screenful
// must give.
func namesOnTop(r Result, n int) []int64 {
	var ids []int64
	for i := range min(n, r.ends[model.RankOther-1]) {
		ids = append(ids, r.At(i).Customer.ID)
	}
	return ids
}

// idsOf returns the ids of rows.
func idsOf(rows []model.Customer) []int64 {
	var ids []int64
	for _, c := range rows {
		ids = append(ids, c.ID)
	}
	return ids
}

// TestScreenfulIsTheTopOfTheIndexsAnswer: what the list shows for a query typed before its index is
// loaded is the rows the index shows on top once it is, in every order, with a level chosen and
// within a saved list's customers; typed a character at a time, each answer made from the names
// the one before found, the same.
func TestScreenfulIsTheTopOfTheIndexsAnswer(t *testing.T) {
	s, whole := generatedIndex(t)
	ctx := context.Background()
	var some []int64
	for i := range whole.Len() {
		if i%3 == 0 {
			some = append(some, whole.entries[i].id)
		}
	}
	slices.Sort(some)
	shown := 0
	for _, text := range queriesOf(t, s) {
		if model.NewSearchQuery(text).Empty() {
			continue
		}
		for _, q := range queriesInEveryOrder(text) {
			for _, within := range [][]int64{nil, some} {
				rows, _, err := Screenful(ctx, s, q, within, screenRows, nil)
				if err != nil {
					t.Fatal(err)
				}
				got, want := idsOf(rows), namesOnTop(whole.Search(q, within), screenRows)
				if !slices.Equal(got, want) {
					t.Errorf("%+v within %d: from the book %v, the index %v", q, len(within), got, want)
				}
				shown += len(got)
			}
		}
	}
	if shown == 0 {
		t.Fatal("no query found anyone by name: the comparison proved nothing")
	}
	for _, word := range []string{"zhangwei", "wangjg", "张伟", "shanghai"} {
		var hits *NameHits
		for i := range len([]rune(word)) {
			q := store.ListQuery{Text: string([]rune(word)[:i+1])}
			rows, next, err := Screenful(ctx, s, q, nil, screenRows, hits)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := idsOf(rows), namesOnTop(whole.Search(q, nil), screenRows); !slices.Equal(got, want) {
				t.Errorf("%q typed on: from the book %v, the index %v", q.Text, got, want)
			}
			hits = next
		}
	}
}

// TestScreenfulLeavesEveryoneToTheIndex: a query of punctuation alone finds everyone, which only
// the index lists.
func TestScreenfulLeavesEveryoneToTheIndex(t *testing.T) {
	s := openTemp(t)
	addCustomer(t, s, model.Customer{Name: "张伟", Level: model.LevelNew})
	if _, _, err := Screenful(context.Background(), s, store.ListQuery{Text: " ,. "}, nil, screenRows, nil); !errors.Is(err, ErrNotScreenful) {
		t.Fatalf("punctuation: %v, want ErrNotScreenful", err)
	}
	rows, _, err := Screenful(context.Background(), s, store.ListQuery{Text: "zw"}, nil, screenRows, nil)
	if err != nil || len(rows) != 1 || rows[0].Name != "张伟" {
		t.Fatalf("zw: %v, %v", rows, err)
	}
}
