package search

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// searchBook writes customers chosen to tell the ranks apart: namesakes, polyphonic surnames,
// a shared company, phones written several ways, contacts, tags, notes and logged contacts.
func searchBook(t *testing.T) (*store.Store, map[string]int64) {
	t.Helper()
	s := openTemp(t)
	ctx := context.Background()
	ids := map[string]int64{}
	add := func(c model.Customer) {
		if c.Level == "" {
			c.Level = model.LevelNew
		}
		if err := s.AddCustomer(ctx, &c); err != nil {
			t.Fatal(err)
		}
		ids[c.Name] = c.ID
	}
	add(model.Customer{Name: "张三丰", Company: "武当山道具厂", Phone: "+86 139-1111-2222"})
	add(model.Customer{Name: "张三", Company: "三和贸易", Phone: "138 0013 8000", Email: "zhangsan@example.com"})
	add(model.Customer{Name: "李张三", Company: "张三食品公司"})
	add(model.Customer{Name: "曾国藩", Company: "湘军后勤", Level: model.LevelVIP, WeChat: "zeng_gf"})
	add(model.Customer{Name: "单田芳", Company: "评书社", Tags: []string{"老客户", "讲究"}})
	add(model.Customer{Name: "仇英", Company: "苏州画院", Region: "江苏苏州"})
	add(model.Customer{Name: "解缙", Company: "翰林书局"})
	add(model.Customer{Name: "区志明", Company: "南海渔业"})
	add(model.Customer{Name: "查良镛", Company: "明河出版"})
	add(model.Customer{Name: "朴智星", Company: "曼城体育"})
	add(model.Customer{Name: "盖聂", Company: "鬼谷剑馆"})
	add(model.Customer{Name: "覃雪梅", Company: "广西茶园"})
	add(model.Customer{Name: "尉迟恭", Company: "唐门安保"})
	add(model.Customer{Name: "Anna Smith", Company: "Acme Trading", Email: "anna@acme.example", Level: model.LevelLow,
		Notes: "Prefers email; met at the Canton fair"})
	add(model.Customer{Name: "王建国", Company: "苏州恒达精密机械有限公司", Level: model.LevelVIP})
	k := model.Contact{CustomerID: ids["王建国"], Name: "周丽", Phone: "(021) 6123-4567"}
	if err := s.AddContact(ctx, &k); err != nil {
		t.Fatal(err)
	}
	i := model.Interaction{CustomerID: ids["仇英"], Channel: model.ChannelCall, At: fixedNow.Add(-48 * time.Hour),
		Summary: "谈了青花瓷的交期", NextStep: "寄样品"}
	if err := s.LogInteraction(ctx, &i); err != nil {
		t.Fatal(err)
	}
	return s, ids
}

func loadIndex(t *testing.T, s *store.Store) *Index {
	t.Helper()
	ix, err := Load(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// names returns the names of a result in order, each with its rank.
func names(r Result) []string {
	out := make([]string, r.Len())
	for i := range out {
		f := r.At(i)
		out[i] = f.Customer.Name + "/" + rankName(f.Rank)
	}
	return out
}

func rankName(r int) string {
	return [...]string{"exact", "prefix", "initials", "substring", "other", "notes"}[r]
}

func TestSearchRanksAndMatches(t *testing.T) {
	s, _ := searchBook(t)
	ix := loadIndex(t, s)
	tests := []struct {
		query string
		want  []string // every customer found, in order, with the rank
	}{
		// Chinese by characters: the name itself, a prefix of it, a part of it.
		{"张三", []string{"张三/exact", "张三丰/prefix", "李张三/substring"}},
		// Pinyin initials, full pinyin with and without spaces, mixed.
		// Ties in the list's order: 张三丰's first visit falls before 张三's (spread by id).
		{"zs", []string{"张三丰/initials", "张三/initials", "李张三/substring"}},
		{"zhangsan", []string{"张三/exact", "张三丰/prefix", "李张三/substring"}},
		{"zhang san", []string{"张三/exact", "张三丰/prefix", "李张三/substring"}},
		{"ZhangSan", []string{"张三/exact", "张三丰/prefix", "李张三/substring"}},
		{"张s", []string{"张三丰/initials", "张三/initials", "李张三/substring"}},
		{"zsf", []string{"张三丰/initials"}},
		// Polyphonic surnames read as surnames.
		{"zeng", []string{"曾国藩/prefix"}},
		{"zgf", []string{"曾国藩/initials"}},
		{"shantianfang", []string{"单田芳/exact"}},
		{"qiuying", []string{"仇英/exact"}},
		{"xiejin", []string{"解缙/exact"}},
		{"ouzhiming", []string{"区志明/exact"}},
		{"zhaliangyong", []string{"查良镛/exact"}},
		{"piao", []string{"朴智星/prefix"}},
		{"ge nie", []string{"盖聂/exact"}},
		{"qinxuemei", []string{"覃雪梅/exact"}},
		{"yuchigong", []string{"尉迟恭/exact"}},
		{"ycg", []string{"尉迟恭/initials"}},
		// Phone digits anywhere, with spaces, dashes and +86.
		{"13800138000", []string{"张三/other"}},
		{"138 0013 8000", []string{"张三/other"}},
		{"+86 138-0013-8000", []string{"张三/other"}},
		{"0013", []string{"张三/other"}},
		{"+86 139", []string{"张三丰/other"}},
		{"6123", []string{"王建国/other"}}, // a contact's landline
		// Company, contact names, email, WeChat, tags, region.
		{"恒达", []string{"王建国/other"}},
		{"周丽", []string{"王建国/other"}},
		{"acme", []string{"Anna Smith/other"}},
		{"anna@acme", []string{"Anna Smith/other"}},
		{"老客户", []string{"单田芳/other"}},
		{"江苏", []string{"仇英/other"}},
		// A WeChat id that also reads as the name's pinyin counts as the name.
		{"zeng_gf", []string{"曾国藩/initials"}},
		// English names, whole and in part.
		{"anna smith", []string{"Anna Smith/exact"}},
		{"smith", []string{"Anna Smith/substring"}},
		{"nobody-at-all", nil},
	}
	for _, tt := range tests {
		got := names(ix.Search(store.ListQuery{Text: tt.query}, nil))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

// Every rank in one search, in order: exact, prefix, initials, substring, another field, notes.
func TestSearchRankOrder(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	// Added worst first, so the order found is not the order written.
	for _, c := range []model.Customer{
		{Name: "周八", Notes: "经 zs 介绍认识"},
		{Name: "孙七", Company: "ZS Logistics"},
		{Name: "李张三"},
		{Name: "张三"},
		{Name: "ZSK"},
		{Name: "ZS"},
	} {
		if err := s.AddCustomer(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	ix := loadIndex(t, s)
	r := ix.Search(store.ListQuery{Text: "zs"}, nil)
	ids, err := s.SearchNotes(ctx, "zs")
	if err != nil {
		t.Fatal(err)
	}
	got := names(r.WithNotes(ids))
	want := []string{"ZS/exact", "ZSK/prefix", "张三/initials", "李张三/substring", "孙七/other", "周八/notes"}
	if !slices.Equal(got, want) {
		t.Errorf("ranks: got %v, want %v", got, want)
	}
}

func TestSearchNotesAndLoggedContacts(t *testing.T) {
	s, ids := searchBook(t)
	ix := loadIndex(t, s)
	ctx := context.Background()
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"青花瓷", []string{"仇英/notes"}},            // what was said
		{"寄样品", []string{"仇英/notes"}},            // the next step
		{"Canton", []string{"Anna Smith/notes"}}, // the customer's notes
		{"canton fair", []string{"Anna Smith/notes"}},
		{"瓷", nil}, // one character: too short to search every note
	} {
		found, err := s.SearchNotes(ctx, tt.query)
		if err != nil {
			t.Fatal(err)
		}
		got := names(ix.Search(store.ListQuery{Text: tt.query}, nil).WithNotes(found))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.query, got, tt.want)
		}
	}
	// A customer already found by name is not listed twice, and the filters hold for notes too.
	found := []int64{ids["张三"], ids["仇英"]}
	if got := names(ix.Search(store.ListQuery{Text: "zs"}, nil).WithNotes(found)); !slices.Equal(got,
		[]string{"张三丰/initials", "张三/initials", "李张三/substring", "仇英/notes"}) {
		t.Errorf("notes after names: %v", got)
	}
	if got := names(ix.Search(store.ListQuery{Text: "zs", Level: model.LevelVIP}, nil).WithNotes(found)); len(got) != 0 {
		t.Errorf("a level filter should keep new customers out, notes or not: %v", got)
	}
}

func TestSearchFilters(t *testing.T) {
	s, ids := searchBook(t)
	ctx := context.Background()
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: ids["单田芳"], Type: "hesitant"}); err != nil {
		t.Fatal(err)
	}
	ix := loadIndex(t, s)
	tests := []struct {
		q      store.ListQuery
		within []int64
		want   []string
	}{
		{store.ListQuery{Level: model.LevelVIP, Sort: store.SortName}, nil, []string{"王建国/substring", "曾国藩/substring"}},
		{store.ListQuery{Text: "z", Level: model.LevelVIP}, nil, []string{"曾国藩/initials"}},
		{store.ListQuery{Type: "hesitant"}, nil, []string{"单田芳/substring"}},
		{store.ListQuery{Text: "zs"}, []int64{ids["张三丰"], ids["曾国藩"]}, []string{"张三丰/initials"}},
		{store.ListQuery{}, []int64{}, nil},
	}
	for _, tt := range tests {
		if got := names(ix.Search(tt.q, tt.within)); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%+v, %v) = %v, want %v", tt.q, tt.within, got, tt.want)
		}
	}
}

func TestSearchSortsNamesByPinyin(t *testing.T) {
	s, _ := searchBook(t)
	ix := loadIndex(t, s)
	r := ix.Search(store.ListQuery{Sort: store.SortName}, nil)
	var got []string
	for i := range r.Len() {
		got = append(got, r.At(i).Customer.Name)
	}
	want := slices.Clone(got)
	slices.SortStableFunc(want, func(a, b string) int {
		return strings.Compare(model.MakeNameKey(a).Pinyin(), model.MakeNameKey(b).Pinyin())
	})
	if !slices.Equal(got, want) {
		t.Errorf("sort by name is not by pinyin:\n got %v\nwant %v", got, want)
	}
	// By code point 张 (U+5F20) comes before 李 (U+674E); by pinyin li comes before zhang, and 曾
	// reads zeng, before zhang.
	at := func(name string) int { return slices.Index(got, name) }
	if !(at("李张三") < at("张三") && at("曾国藩") < at("张三") && at("Anna Smith") == 0) {
		t.Errorf("sort by name: %v", got)
	}
}

func TestSearchIndexLeavesTheTrashOut(t *testing.T) {
	s, ids := searchBook(t)
	if err := s.DeleteCustomer(context.Background(), ids["仇英"]); err != nil {
		t.Fatal(err)
	}
	ix := loadIndex(t, s)
	if ix.Len() != len(ids)-1 {
		t.Errorf("index holds %d customers, want %d", ix.Len(), len(ids)-1)
	}
	if r := ix.Search(store.ListQuery{Text: "qiuying"}, nil); r.Len() != 0 {
		t.Errorf("a customer in the trash was found: %v", names(r))
	}
	if found, err := s.SearchNotes(context.Background(), "青花瓷"); err != nil || len(found) != 0 {
		t.Errorf("notes of a customer in the trash were found: %v %v", found, err)
	}
}

func TestSearchIndexKnowsItIsOutOfDate(t *testing.T) {
	s, ids := searchBook(t)
	ctx := context.Background()
	ix := loadIndex(t, s)
	v, err := s.DataVersion(ctx)
	if err != nil || v != ix.Version() {
		t.Fatalf("a fresh index has version %d, the book %d (%v)", ix.Version(), v, err)
	}
	c, err := s.Customer(ctx, ids["张三"])
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "张小三"
	if err := s.UpdateCustomer(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.DataVersion(ctx); v == ix.Version() {
		t.Error("after a change the book's version should differ from the index's")
	}
	ix = loadIndex(t, s)
	if got := names(ix.Search(store.ListQuery{Text: "zxs"}, nil)); !slices.Equal(got, []string{"张小三/initials"}) {
		t.Errorf("the reloaded index should find the new name: %v", got)
	}
}

func TestSearchResultRowsAndFind(t *testing.T) {
	s, ids := searchBook(t)
	ctx := context.Background()
	if err := s.AddDeal(ctx, &model.Deal{CustomerID: ids["王建国"], On: model.MustDate("2026-02-01"), Amount: 5_000_00}); err != nil {
		t.Fatal(err)
	}
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: ids["王建国"], Type: "analytical"}); err != nil {
		t.Fatal(err)
	}
	want, err := s.Customer(ctx, ids["王建国"])
	if err != nil {
		t.Fatal(err)
	}
	ix := loadIndex(t, s)
	r := ix.Search(store.ListQuery{Text: "wjg"}, nil)
	if r.Len() != 1 || r.Total() != len(ids) {
		t.Fatalf("found %d of %d", r.Len(), r.Total())
	}
	got := r.At(0).Customer
	if got.ID != want.ID || got.Name != want.Name || got.Company != want.Company || got.Level != want.Level ||
		got.Stage != want.Stage || got.NextDueOn != want.NextDueOn || got.LastContactOn != want.LastContactOn ||
		got.OrderTotal != want.OrderTotal || !slices.Equal(got.Types, want.Types) {
		t.Errorf("row %+v\ndoes not show the customer %+v", got, want)
	}
	if r.Find(want.ID) != 0 || r.Find(ids["张三"]) != -1 || r.Find(99999) != -1 {
		t.Error("Find should place the customer found and no other")
	}
	if q := r.Query().String(); q != "wjg" {
		t.Errorf("the result's query is %q", q)
	}
}

// Narrowing the last answer as the user types on must give what a whole search gives.
func TestSearchNarrowAgreesWithSearch(t *testing.T) {
	s, _ := searchBook(t)
	ix := loadIndex(t, s)
	for _, typed := range []string{"zhangsanfeng", "张三丰", "zs", "+86 139-1111", "138 0013 8000", "anna smith",
		"苏州恒达", "ycg", "z", "公司"} {
		prev := ix.Search(store.ListQuery{}, nil)
		q := ""
		for _, r := range typed {
			q += string(r)
			got := ix.SearchAfter(prev, store.ListQuery{Text: q}, nil)
			want := ix.Search(store.ListQuery{Text: q}, nil)
			if !slices.Equal(names(got), names(want)) {
				t.Errorf("typing %q: narrowed %v, searched %v", q, names(got), names(want))
			}
			prev = got
		}
	}
	// Going back (a deleted character), changing a filter, or an answer of another index: everything
	// is searched again.
	zs := ix.Search(store.ListQuery{Text: "zsf"}, nil)
	if got := names(ix.SearchAfter(zs, store.ListQuery{Text: "zs"}, nil)); len(got) != 3 {
		t.Errorf("after a backspace: %v", got)
	}
	if got := names(ix.SearchAfter(zs, store.ListQuery{Text: "zsf", Level: model.LevelVIP}, nil)); len(got) != 0 {
		t.Errorf("with a level filter: %v", got)
	}
	other := loadIndex(t, s)
	if got := names(other.SearchAfter(zs, store.ListQuery{Text: "zsf"}, nil)); len(got) != 1 || other.SearchAfter(zs, store.ListQuery{Text: "zsf"}, nil).ix != other {
		t.Errorf("an answer of another index: %v", got)
	}
}

// TestALongSearchGetsALimit: a search of pages of text is refused with a message on the query, not
// SQLite's "LIKE or GLOB pattern too complex".
func TestALongSearchGetsALimit(t *testing.T) {
	s := openTemp(t)
	addCustomer(t, s, model.Customer{Name: "王建国", Notes: "喜欢喝茶"})
	ctx := context.Background()
	long := strings.Repeat("茶", 20000)
	for name, search := range map[string]func() error{
		"notes": func() error { _, err := s.SearchNotes(ctx, long); return err },
		"list":  func() error { _, err := Customers(ctx, s, store.ListQuery{Text: long}, false); return err },
	} {
		var fe *model.FieldError
		if err := search(); !errors.As(err, &fe) || fe.Field != "query" || !strings.Contains(fe.Msg.En, "too long") {
			t.Errorf("%s: a search of %d bytes: %v", name, len(long), err)
		}
	}
	if ids, err := s.SearchNotes(ctx, strings.Repeat("茶", 600)); err != nil || len(ids) != 0 {
		t.Errorf("a search just under the limit: %v %v", ids, err)
	}
}
