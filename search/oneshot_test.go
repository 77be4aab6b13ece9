package search

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"guanxi/internal/samplebook"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// generatedBook is a generated book of 800 customers with their contacts and logged contacts,
// and a few customers written to test the folding of what they hold: full-width letters and
// digits, upper case, a contact's name in capitals, a phone with a country code.
func generatedBook(t *testing.T) *store.Store {
	t.Helper()
	s := samplebook.Open(t, testbook.At(fixedNow), sample.Options{Customers: 800, Seed: 7, Today: model.DateOf(fixedNow), Scale: true})
	ctx := context.Background()
	for _, c := range []model.Customer{
		{Name: "ＺＨＡＮＧ Wei", Company: "ＡＢＣ贸易", Phone: "138 0013 8000", Tags: []string{"Ｂ区１８８号"}},
		{Name: "Émile Zola", Company: "Zola & Fils", Email: "EMILE@zola.example", Tags: []string{"VIP客户"}},
		{Name: "张 伟", Company: "张伟工作室", Phone: "+86 139 0000 1111", WeChat: "zw-1988"},
		// Capitals that fold to ASCII letters though they are not their upper case: the dotted
		// İ and the Kelvin sign.
		{Name: "İpek Aydın", Company: "\u212aelvin Ｔｅｃｈ", Email: "IPEK@kelvin.example", Tags: []string{"ＶＩＰ"}},
	} {
		c.Level = model.LevelNew
		added := addCustomer(t, s, c)
		k := model.Contact{CustomerID: added.ID, Name: "ZHOU Li", Phone: "(021) 6123-4567"}
		if err := s.AddContact(ctx, &k); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// generatedIndex is generatedBook and the whole index loaded from it, for the tests that compare
// a read of part of the book with the index; they are skipped under -short.
func generatedIndex(t *testing.T) (*store.Store, *Index) {
	t.Helper()
	if testing.Short() {
		t.Skip("writes a generated book of 800 customers")
	}
	s := generatedBook(t)
	whole, err := Load(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return s, whole
}

// queriesInEveryOrder returns the search for text in each order the list sorts by, and with a
// level chosen: the queries every comparison with the index is made for.
func queriesInEveryOrder(text string) []store.ListQuery {
	return []store.ListQuery{
		{Text: text}, {Text: text, Sort: store.SortName}, {Text: text, Sort: store.SortLastContact},
		{Text: text, Sort: store.SortLevel}, {Text: text, Sort: store.SortRevenue}, {Text: text, Level: model.LevelVIP},
	}
}

// queriesOf returns queries of every kind taken from the book: whole Chinese names, parts of
// them, their full pinyin and initials, phone digits whole and in part, written with spaces and
// +86, companies and parts of them, and fixed ones (zw, 张伟, wang, letters and digits alone).
func queriesOf(t *testing.T, s *store.Store) []string {
	t.Helper()
	rows, err := s.ListFullCustomers(context.Background(), store.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	qs := []string{"zw", "张伟", "zhangwei", "zhang wei", "wang", "wjg", "z", "张", "138", "0013", "+86 139 0000",
		"公司", "有限公司", "ＡＢＣ", "abc", "b区188", "188", "emile", "ÉMILE", "zhouli", "ZHOU", "6123 4567", "vip", "zola&",
		"li", "lix", "x", "1", "贸易", "展会", "付款及时", "sh", "shanghai", "上海", "没有这个人",
		"ipek", "İPEK", "kelvin", "ｋｅｌｖｉｎ", "KELVINTECH", "tech", "ｚｈｏｕ", "zhou li", "１３８", "6123-4567"}
	for i := 0; i < len(rows); i += 61 {
		c := rows[i]
		key := model.MakeNameKey(c.Name)
		runes := []rune(c.Name)
		initials := ""
		for _, r := range runes {
			if p := model.MakeNameKey(string(r)).Pinyin(); p != "" {
				initials += p[:1]
			}
		}
		qs = append(qs, c.Name, string(runes[len(runes)/2:]), key.Pinyin(), initials, c.Company)
		if cr := []rune(c.Company); len(cr) > 4 {
			qs = append(qs, string(cr[2:4]))
		}
		if d := model.NormalizePhone(c.Phone); len(d) > 7 {
			qs = append(qs, d, d[3:7], fmt.Sprintf("+86 %s %s", d[:3], d[3:]))
		}
	}
	return qs
}

// TestOneShotFindsWhatTheIndexFinds: the one-shot search of the command line, which reads only the
// customers that may hold the query, finds the same customers as the whole index, with the same
// ranks, in the same order, for every order and with filters.
func TestOneShotFindsWhatTheIndexFinds(t *testing.T) {
	s, whole := generatedIndex(t)
	ctx := context.Background()
	found := 0
	for _, text := range queriesOf(t, s) {
		if model.NormalizeQuery(text) == "" {
			continue // a company left empty: nothing to search for
		}
		part, notes, err := loadFor(ctx, s, text)
		if err != nil {
			t.Fatal(err)
		}
		if part.Len() >= whole.Len() && whole.Len() > 0 && len(text) > 2 {
			t.Errorf("%q: the one-shot search read all %d customers", text, part.Len())
		}
		for _, q := range queriesInEveryOrder(text) {
			want := ranked(whole.Search(q, nil).WithNotes(notes))
			got := ranked(part.Search(q, nil).WithNotes(notes))
			if !slices.Equal(got, want) {
				t.Errorf("%+v: one-shot found %d %v,\nthe index %d %v", q, len(got), head(got), len(want), head(want))
			}
			found += len(want)
		}
		if r := part.Search(store.ListQuery{Text: text}, nil); r.Total() != whole.Len() {
			t.Errorf("%q: the one-shot result counts %d customers in the book, want %d", text, r.Total(), whole.Len())
		}
	}
	if found == 0 {
		t.Fatal("no query found anyone: the comparison proved nothing")
	}
	// The queries of folded forms each find someone, so their comparisons above prove something.
	for _, text := range []string{"ipek", "İPEK", "kelvin", "ｋｅｌｖｉｎ", "KELVINTECH", "ｚｈｏｕ", "１３８", "6123-4567"} {
		if whole.Search(store.ListQuery{Text: text}, nil).Len() == 0 {
			t.Errorf("%q finds no one in the whole index", text)
		}
	}
	// The list read from SQL is in the index's order, its first page too.
	listMatchesIndex(t, s, []int{0, 1, 80, 200})
	// Customers, the command line's call, reads the rows in that order.
	for _, text := range []string{"zw", "张伟", "138", "zhouli", "ＡＢＣ"} {
		notes, _ := s.SearchNotes(ctx, text)
		want := ranked(whole.Search(store.ListQuery{Text: text}, nil).WithNotes(notes))
		rows, err := Customers(ctx, s, store.ListQuery{Text: text}, false)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(want) || len(rows) == 0 {
			t.Fatalf("%q: Customers read %d rows, the index found %d", text, len(rows), len(want))
		}
		for i, c := range rows {
			if w := fmt.Sprintf("%d/", c.ID); want[i][:len(w)] != w {
				t.Errorf("%q: row %d is %d, the index has %s", text, i, c.ID, want[i])
			}
		}
	}
}

// ranked lists a result as id/rank, in its order.
func ranked(r Result) []string {
	out := make([]string, r.Len())
	for i := range out {
		f := r.At(i)
		out[i] = fmt.Sprintf("%d/%d", f.Customer.ID, f.Rank)
	}
	return out
}

func head(s []string) []string { return s[:min(len(s), 8)] }
