package search

import (
	"context"
	"slices"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

// TestSearchCustomersFindsAsTheListDoes: the command line's search finds what the list view's
// does — pinyin initials, surnames read the other way, phone digits however typed, contacts, logged
// contacts — keeps to level and saved-list filters, and puts the best match first.
func TestSearchCustomersFindsAsTheListDoes(t *testing.T) {
	s, ids := searchBook(t)
	ctx := context.Background()
	inSuzhou, err := model.ParseQuery("region:苏州")
	if err != nil {
		t.Fatal(err)
	}
	seg, err := s.CompileQuery(ctx, inSuzhou)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q     store.ListQuery
		first string
		all   []string
	}{
		// 张三丰's first visit falls before 张三's (spread by id), and the list goes by next due.
		{store.ListQuery{Text: "zs"}, "张三丰", []string{"张三", "张三丰", "李张三"}},
		{store.ListQuery{Text: "qiuying"}, "仇英", []string{"仇英"}},
		{store.ListQuery{Text: "+86 138-0013"}, "张三", []string{"张三"}},
		{store.ListQuery{Text: "6123 4567"}, "王建国", []string{"王建国"}},
		{store.ListQuery{Text: "寄样品"}, "仇英", []string{"仇英"}},
		{store.ListQuery{Text: "苏州", Level: model.LevelVIP}, "王建国", []string{"王建国"}},
		{store.ListQuery{Text: "苏州", Segment: seg}, "仇英", []string{"仇英"}},
		{store.ListQuery{Text: "zs", Limit: 1}, "张三丰", []string{"张三丰"}},
		{store.ListQuery{Text: "没有这个人"}, "", nil},
	} {
		for _, full := range []bool{false, true} {
			got, err := Customers(ctx, s, tc.q, full)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, c := range got {
				names = append(names, c.Name)
				if c.ID != ids[c.Name] {
					t.Errorf("%+v: %s has the id %d, want %d", tc.q, c.Name, c.ID, ids[c.Name])
				}
			}
			if len(names) > 0 && names[0] != tc.first {
				t.Errorf("%+v: first %s, want %s (%v)", tc.q, names[0], tc.first, names)
			}
			slices.Sort(names)
			want := slices.Clone(tc.all)
			slices.Sort(want)
			if !slices.Equal(names, want) {
				t.Errorf("%+v (full %v): found %v, want %v", tc.q, full, names, want)
			}
		}
	}
}
