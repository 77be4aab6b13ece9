package store

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"guanxi/model"
)

// classBook is a book of twenty customers whose classes are worked out by hand (today 2026-03-10,
// default thresholds: value over the last 12 months from 2025-03-11, A the first 1 of 20, A and B
// the first 4; old before 2025-03-11; lost with nothing since 2025-03-10; dormant with one deal by
// 2025-09-11; activity since 2025-12-11):
//
//	王建国 deals 2024-01-15 ¥1,000,000, 2025-11-01 ¥10,000, 2026-01-15 ¥5,200,000, 2026-02-20 ¥86,000 (¥66,000 owed)
//	       → revenue ¥5,296,000, class A, old, VIP suggested; 3 products in the year
//	李娜   deals 2025-06-01 ¥800,000, 2025-12-20 ¥400,000; two complaints → ¥1,200,000, class B, new
//	曾志伟 one deal 2025-05-10 ¥300,000 → class B (tied), new, dormant
//	孙丽   one deal 2026-03-01 ¥300,000 → class B (tied), new, current; level key (left alone)
//	赵敏   one deal 2024-01-10 ¥50,000, a contact 2024-02-01 → class C, old, lost
//	周杰   a contact 2024-05-01 only → lost
//	吴芳   four contacts since 2026-01-20 → active
//	and thirteen prospects with nothing.
type classBook struct {
	s                                   *Store
	wang, li, zeng, sun, zhao, zhou, wu int64
	all                                 []int64
}

func newClassBook(t *testing.T) *classBook {
	t.Helper()
	s := openTemp(t)
	ctx := context.Background()
	b := &classBook{s: s}
	add := func(c model.Customer) int64 {
		c = addCustomer(t, s, c)
		b.all = append(b.all, c.ID)
		return c.ID
	}
	deal := func(id int64, on, product string, yuan int64, owed int64) {
		d := model.Deal{CustomerID: id, On: model.MustDate(on), Product: product, Amount: model.Money(yuan * 100)}
		if owed > 0 {
			d.CreditDueOn = d.On.AddDays(30)
			d.Paid = d.Amount - model.Money(owed*100)
		}
		if err := s.AddDeal(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	contact := func(id int64, on string) {
		day := model.MustDate(on)
		i := model.Interaction{CustomerID: id, Channel: model.ChannelCall, Summary: "电话",
			At: time.Date(day.Y, day.M, day.D, 10, 0, 0, 0, time.Local)}
		if err := s.LogInteraction(ctx, &i); err != nil {
			t.Fatal(err)
		}
	}
	b.wang = add(model.Customer{Name: "王建国", Company: "苏州恒达精密机械", Region: "江苏苏州", Tags: []string{"老客户", "年度协议"}})
	deal(b.wang, "2024-01-15", "数控机床", 1_000_000, 0)
	deal(b.wang, "2025-11-01", "刀具", 10_000, 0)
	deal(b.wang, "2026-01-15", "数控机床", 5_200_000, 0)
	deal(b.wang, "2026-02-20", "备件", 86_000, 66_000)
	contact(b.wang, "2026-03-01")
	b.li = add(model.Customer{Name: "李娜", Company: "杭州云帆科技", Region: "上海"})
	deal(b.li, "2025-06-01", "软件", 800_000, 0)
	deal(b.li, "2025-12-20", "服务", 400_000, 0)
	for _, on := range []string{"2025-08-01", "2026-02-01"} {
		c := model.Complaint{CustomerID: b.li, On: model.MustDate(on), What: "交货晚了", Severity: 2}
		if err := s.AddComplaint(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	b.zeng = add(model.Customer{Name: "曾志伟", Region: "广州", Tags: []string{"老客户"}})
	deal(b.zeng, "2025-05-10", "软件", 300_000, 0)
	b.sun = add(model.Customer{Name: "孙丽", Level: model.LevelKey, Region: "上海浦东"})
	deal(b.sun, "2026-03-01", "软件", 300_000, 0)
	b.zhao = add(model.Customer{Name: "赵敏"})
	deal(b.zhao, "2024-01-10", "服务", 50_000, 0)
	contact(b.zhao, "2024-02-01")
	b.zhou = add(model.Customer{Name: "周杰"})
	contact(b.zhou, "2024-05-01")
	b.wu = add(model.Customer{Name: "吴芳", Region: "江苏南京"})
	for _, on := range []string{"2026-01-20", "2026-02-15", "2026-03-01", "2026-03-05"} {
		contact(b.wu, on)
	}
	for i := 0; i < 13; i++ {
		add(model.Customer{Name: "潜在客户" + string(rune('A'+i))})
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: b.li, Type: "hesitant"}); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestClassifyOneCustomer(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	c, err := b.s.Classify(ctx, b.wang)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{c.ABC.Code, c.Tenure.Code, c.Lapse.Code, c.Activity.Code, c.Quadrant.Code, string(c.Suggestion.Level)}
	want := []string{model.ABCA, model.TenureOld, model.LapseCurrent, model.ActivityNormal, model.QuadrantRichLoyal, string(model.LevelVIP)}
	if !slices.Equal(got, want) {
		t.Errorf("王建国's classes %v, want %v", got, want)
	}
	if !strings.Contains(c.ABC.Why.Zh, "¥5,296,000") || !strings.Contains(c.ABC.Why.Zh, "在 20 位客户中排第 1") {
		t.Errorf("ABC reason %q", c.ABC.Why.Zh)
	}
	if c.Suggestion.Why.Zh != "近 12 个月订单 ¥5,296,000 ≥ ¥5,000,000" {
		t.Errorf("suggestion reason %q", c.Suggestion.Why.Zh)
	}
	if _, err := b.s.Classify(ctx, 99999); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a missing customer: %v", err)
	}
}

// TestQueriesAgreeWithTheModel checks that every class the query language filters on puts each
// customer where model's rules put them, and that the analysis counts the same customers in each,
// on the default settings and on others. The query language decides no class itself (it keeps to
// the spans and ids model's rules give, or runs the rule in SQLite), so it agrees by construction;
// this holds the SQL that hands the rules their figures to it.
func TestQueriesAgreeWithTheModel(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	classes := queriesAgreeWithTheModel(t, b)
	abc, err := b.s.ABCClasses(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range b.all {
		if got, want := ABCOf(abc, id), classes[id].ABC.Code; got != want {
			t.Errorf("ABCClasses gives customer %d %s, Classify %s", id, got, want)
		}
	}

	// Shorter thresholds move customers between classes: the queries must follow the settings
	// as the model does.
	cs, err := b.s.ClassSettings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cs.LostAfterDays, cs.DormantAfterDays, cs.OldAfterDays, cs.ActiveMin = 100, 30, 60, 2
	cs.APercent, cs.BPercent = 10, 10
	if err := b.s.SetClassSettings(ctx, cs); err != nil {
		t.Fatal(err)
	}
	moved := queriesAgreeWithTheModel(t, b)
	for _, f := range classFields {
		changed := 0
		for _, id := range b.all {
			if f.class(moved[id]) != f.class(classes[id]) {
				changed++
			}
		}
		if changed == 0 {
			t.Errorf("the other settings moved no customer's %s class: the test proves nothing of them", f.name)
		}
	}
}

// classFields are the classes the query language filters on, with their codes and each
// customer's class as Classify gives it.
var classFields = []struct {
	name  string
	codes []model.Code
	class func(model.Classification) string
}{
	{"abc", model.ABCCodes, func(c model.Classification) string { return c.ABC.Code }},
	{"tenure", model.TenureCodes, func(c model.Classification) string { return c.Tenure.Code }},
	{"lapse", model.LapseCodes, func(c model.Classification) string { return c.Lapse.Code }},
	{"activity", model.ActivityCodes, func(c model.Classification) string { return c.Activity.Code }},
}

// queriesAgreeWithTheModel checks each class's query against Classify on the book's settings and
// returns the classes.
func queriesAgreeWithTheModel(t *testing.T, b *classBook) map[int64]model.Classification {
	t.Helper()
	ctx := context.Background()
	classes := map[int64]model.Classification{}
	for _, id := range b.all {
		c, err := b.s.Classify(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		classes[id] = c
	}
	selected := map[string]int{} // "field:code" → how many customers the query selects
	for _, f := range classFields {
		for _, code := range f.codes {
			q, err := model.ParseQuery(f.name + ":" + code.Code)
			if err != nil {
				t.Fatal(err)
			}
			got, err := b.s.QueryIDs(ctx, q)
			if err != nil {
				t.Fatalf("%s:%s: %v", f.name, code.Code, err)
			}
			var want []int64
			for _, id := range b.all {
				if f.class(classes[id]) == code.Code {
					want = append(want, id)
				}
			}
			sort.Slice(want, func(i, j int) bool { return want[i] < want[j] })
			if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("%s:%s selects %v, model says %v", f.name, code.Code, got, want)
			}
			selected[f.name+":"+code.Code] = len(got)
		}
	}
	r, err := b.s.Analysis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts := []struct {
		query    string
		analysis int
	}{
		{"abc:A", r.ABC[0].Customers}, {"abc:B", r.ABC[1].Customers}, {"abc:C", r.ABC[2].Customers},
		{"tenure:old", r.Tenure.Old}, {"tenure:new", r.Tenure.New}, {"tenure:none", r.Tenure.None},
		{"lapse:dormant", r.Dormant.Count}, {"lapse:lost", r.Lost.Count},
	}
	for _, c := range counts {
		if c.analysis != selected[c.query] {
			t.Errorf("the analysis counts %d customers %s, the query language %d", c.analysis, c.query, selected[c.query])
		}
	}
	return classes
}

func TestQueryLanguageSelects(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	except := func(ids ...int64) []int64 {
		var out []int64
		for _, id := range b.all {
			if !slices.Contains(ids, id) {
				out = append(out, id)
			}
		}
		return out
	}
	cases := []struct {
		query string
		want  []int64
	}{
		{"abc:A", []int64{b.wang}},
		{"abc:B", []int64{b.li, b.zeng, b.sun}},
		{"not abc:C", []int64{b.wang, b.li, b.zeng, b.sun}},
		{"orders_12m>=100万", []int64{b.wang, b.li}},
		{"orders>100万", []int64{b.wang, b.li}},
		{"orders_90d>0", []int64{b.wang, b.li, b.sun}},
		{"owed>0", []int64{b.wang}},
		{"owed>=¥66,000.01", nil},
		{"deals>=2", []int64{b.wang, b.li}},
		{"deals_1y=1", []int64{b.zeng, b.sun}},
		{"contacts_90d>=4", []int64{b.wu}},
		{"last_contact<10d", []int64{b.wang, b.wu}},
		{"last_contact>700d", except(b.wang, b.zhou, b.wu)}, // 周杰 678 days ago; never counts as longest
		{"last_deal>300d", []int64{b.zeng, b.zhao}},
		{"first_deal>=365d", []int64{b.wang, b.zhao}},
		{"products<=1 deals>=1", []int64{b.zeng, b.sun, b.zhao}},
		{"complaints_12m>1", []int64{b.li}},
		{"region:上海", []int64{b.li, b.sun}},
		{"region:苏州 or region:广州", []int64{b.wang, b.zeng}},
		{"tag:老客户", []int64{b.wang, b.zeng}},
		{"tag:老", nil},
		{"type:犹豫型", []int64{b.li}},
		{"level:key", []int64{b.sun}},
		{"level!=new", []int64{b.sun}},
		{"(abc:A or lapse:dormant) -region:广州", []int64{b.wang}},
		{"王", []int64{b.wang}},
		{"恒达 level:new", []int64{b.wang}},
		{`region:"江苏"`, []int64{b.wang, b.wu}},
		{"not tenure:old", except(b.wang, b.zhao)},
		{"tenure!=old", except(b.wang, b.zhao)},
		{"not last_deal>300d", except(b.zeng, b.zhao)},
		{"not (first_deal>=365d or abc:A)", except(b.wang, b.zhao)},
		{"not not tenure:old", []int64{b.wang, b.zhao}},
		{"level:new,key -stage:lost", b.all},
		{"region:%", nil},
		{"name:_", nil},
	}
	for _, c := range cases {
		q, err := model.ParseQuery(c.query)
		if err != nil {
			t.Fatalf("%s: %v", c.query, err)
		}
		got, err := b.s.QueryIDs(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", c.query, err)
		}
		want := append([]int64{}, c.want...)
		sort.Slice(want, func(i, j int) bool { return want[i] < want[j] })
		if !slices.Equal(got, want) {
			t.Errorf("%s selects %v, want %v", c.query, got, want)
		}
		n, err := b.s.CountQuery(ctx, q)
		if err != nil || n != len(want) {
			t.Errorf("%s counts %d (%v), want %d", c.query, n, err, len(want))
		}
	}
	// "last_contact>30d" counts those never contacted as longest ago.
	q, _ := model.ParseQuery("last_contact>30d")
	if n, _ := b.s.CountQuery(ctx, q); n != 20-2 {
		t.Errorf("last_contact>30d counts %d, want 18 (all but 王建国 and 吴芳)", n)
	}
	q, _ = model.ParseQuery("type:没有这型")
	var qe *model.QueryError
	if _, err := b.s.CountQuery(ctx, q); !errors.As(err, &qe) || !strings.Contains(qe.Msg.Zh, "没有这型") {
		t.Errorf("an unknown type should be a query error: %v", err)
	}
}

func TestQueryUserTextIsNeverSQL(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	for _, evil := range []string{`region:"'; DROP TABLE customers; --"`, `"') OR 1=1 --"`, `tag:"x' OR '1'='1"`} {
		q, err := model.ParseQuery(evil)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := b.s.CountQuery(ctx, q); err != nil || n != 0 {
			t.Errorf("%s: %d, %v", evil, n, err)
		}
	}
	if n, err := b.s.CountCustomers(ctx); err != nil || n != 20 {
		t.Fatalf("the book lost customers: %d %v", n, err)
	}
}

func TestSegmentsSaveListDelete(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	s := b.s
	if err := s.SaveSegment(ctx, "上海客户", "region:上海"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSegment(ctx, "大客户", "abc:A,B"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSegment(ctx, "上海客户", "region:上海 deals>=1"); err != nil {
		t.Fatalf("saving again under the same name replaces: %v", err)
	}
	var qe *model.QueryError
	if err := s.SaveSegment(ctx, "坏的", "levle:vip"); !errors.As(err, &qe) {
		t.Errorf("a bad query should not be saved: %v", err)
	}
	var fe *model.FieldError
	for _, name := range []string{"", "  ", strings.Repeat("长", 61), "a\x1b[31mb"} {
		if err := s.SaveSegment(ctx, name, "level:vip"); !errors.As(err, &fe) {
			t.Errorf("name %q should be refused: %v", name, err)
		}
	}
	segs, err := s.Segments(ctx)
	if err != nil || len(segs) != 2 || segs[0].Name != "上海客户" || segs[0].Query != "region:上海 deals>=1" || segs[1].Name != "大客户" {
		t.Fatalf("segments %+v, %v", segs, err)
	}
	customers, err := s.SegmentCustomers(ctx, "大客户")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range customers {
		names = append(names, c.Name)
	}
	if len(names) != 4 || !slices.Contains(names, "王建国") || customers[0].Phone != "" && customers[0].UID == "" {
		t.Errorf("大客户 holds %v", names)
	}
	if customers[0].UID == "" {
		t.Error("SegmentCustomers should read every field")
	}
	if _, err := s.SegmentCustomers(ctx, "没有"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a missing list: %v", err)
	}
	f, err := s.CompileQuery(ctx, mustQuery(t, "region:上海"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.ListCustomers(ctx, ListQuery{Segment: f, Level: model.LevelKey})
	if err != nil || len(rows) != 1 || rows[0].Name != "孙丽" {
		t.Errorf("a segment with a level filter: %+v %v", rows, err)
	}
	if err := s.DeleteSegment(ctx, "上海客户"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSegment(ctx, "上海客户"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	if segs, _ := s.Segments(ctx); len(segs) != 1 {
		t.Errorf("after delete: %+v", segs)
	}
}

func mustQuery(t *testing.T, s string) *model.Query {
	t.Helper()
	q, err := model.ParseQuery(s)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestLevelChangesAreRecorded(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	s := b.s
	sug, changed, err := s.ApplySuggestedLevel(ctx, b.wang, model.LevelByRule)
	if err != nil || !changed || sug.Level != model.LevelVIP {
		t.Fatalf("apply: %+v %v %v", sug, changed, err)
	}
	cu, _ := s.Customer(ctx, b.wang)
	if cu.Level != model.LevelVIP {
		t.Fatalf("level %s after applying", cu.Level)
	}
	if cu.NextVisitOn.IsZero() {
		t.Errorf("the VIP plan should set a next visit")
	}
	if _, changed, _ := s.ApplySuggestedLevel(ctx, b.wang, model.LevelByRule); changed {
		t.Error("applying again should change nothing")
	}
	if _, changed, _ := s.ApplySuggestedLevel(ctx, b.sun, model.LevelByRule); changed {
		t.Error("a key account is the user's judgement and stays")
	}
	cu.Level = model.LevelStrategic
	if err := s.UpdateCustomer(ctx, &cu); err != nil {
		t.Fatal(err)
	}
	cu.Notes = "只改备注"
	if err := s.UpdateCustomer(ctx, &cu); err != nil {
		t.Fatal(err)
	}
	changes, err := s.LevelChanges(ctx, b.wang)
	if err != nil || len(changes) != 2 {
		t.Fatalf("changes %+v %v", changes, err)
	}
	if c := changes[0]; c.From != model.LevelVIP || c.To != model.LevelStrategic || c.Source != model.LevelByUser {
		t.Errorf("newest change %+v", c)
	}
	if c := changes[1]; c.From != model.LevelNew || c.To != model.LevelVIP || c.Source != model.LevelByRule ||
		!strings.Contains(c.Why.Zh, "≥ ¥5,000,000") || c.At.IsZero() {
		t.Errorf("first change %+v", c)
	}

	moved, err := s.ApplyLevelRules(ctx, model.LevelByAuto)
	if err != nil {
		t.Fatal(err)
	}
	// 曾志伟 and 赵敏 (one deal long ago) become dormant; 李娜 and 孙丽 have no rule to follow, 孙丽
	// is a key account; 王建国 is strategic now.
	if moved != 2 {
		t.Errorf("ApplyLevelRules moved %d, want 2", moved)
	}
	for id, want := range map[int64]model.Level{b.zeng: model.LevelDormant, b.zhao: model.LevelDormant, b.li: model.LevelNew, b.sun: model.LevelKey} {
		if cu, _ := s.Customer(ctx, id); cu.Level != want {
			t.Errorf("%s: level %s, want %s", cu.Name, cu.Level, want)
		}
	}
	if changes, _ := s.LevelChanges(ctx, b.zeng); len(changes) != 1 || changes[0].Source != model.LevelByAuto {
		t.Errorf("曾志伟's change %+v", changes)
	}
}

func TestClassSettingsRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	cs, err := s.ClassSettings(ctx)
	if err != nil || cs != model.DefaultClassSettings() {
		t.Fatalf("defaults %+v %v", cs, err)
	}
	cs.VIPThreshold = 6_000_000_00
	cs.AutoApply = true
	if err := s.SetClassSettings(ctx, cs); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClassSettings(ctx); got != cs {
		t.Errorf("read back %+v", got)
	}
	bad := cs
	bad.APercent = 0
	var fe *model.FieldError
	if err := s.SetClassSettings(ctx, bad); !errors.As(err, &fe) || fe.Field != "a_percent" {
		t.Errorf("a bad setting: %v", err)
	}
	if got, _ := s.ClassSettings(ctx); got != cs {
		t.Error("a refused setting must not be saved")
	}
}

func TestAnalysis(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	r, err := b.s.Analysis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Customers != 20 || r.Revenue != 7_096_000_00 {
		t.Errorf("customers %d revenue %v", r.Customers, r.Revenue)
	}
	wantABC := [3]model.ABCShare{{Class: "A", Customers: 1, Revenue: 5_296_000_00}, {Class: "B", Customers: 3, Revenue: 1_800_000_00},
		{Class: "C", Customers: 16, Revenue: 0}}
	if r.ABC != wantABC {
		t.Errorf("ABC %+v", r.ABC)
	}
	if p := r.Pareto[0]; p.CustomerPct != 5 || p.RevenuePct < 74.6 || p.RevenuePct > 74.7 {
		t.Errorf("the top 5%% (one customer) earn %v", p) // 5,296,000 / 7,096,000 = 74.63%
	}
	if got := r.Tenure; got.Old != 2 || got.New != 3 || got.None != 15 || got.OldRevenue != 5_296_000_00 || got.NewRevenue != 1_800_000_00 {
		t.Errorf("tenure %+v", got)
	}
	if r.Dormant.Count != 1 || r.Dormant.Rows[0].Name != "曾志伟" {
		t.Errorf("dormant %+v", r.Dormant)
	}
	if r.Lost.Count != 2 || r.Lost.Rows[0].Name != "赵敏" || r.Lost.Rows[1].Name != "周杰" {
		t.Errorf("lost %+v", r.Lost)
	}
	if r.Top.ThisYear != 2026 || len(r.Top.This) != 2 || r.Top.This[0].Name != "王建国" || r.Top.This[0].ThisYear != 5_286_000_00 ||
		r.Top.This[1].Name != "孙丽" {
		t.Errorf("this year's top %+v", r.Top.This)
	}
	if len(r.Top.LastYear) != 3 || r.Top.LastYear[0].Name != "李娜" || r.Top.LastYear[0].LastYear != 1_200_000_00 ||
		r.Top.LastYear[0].ThisRank != 0 || r.Top.LastYear[2].Name != "王建国" || r.Top.LastYear[2].ThisRank != 1 {
		t.Errorf("last year's top %+v", r.Top.LastYear)
	}
	if r.Owed[0].Amount != 66_000_00 || r.Owed[0].Deals != 1 || r.Owed[3].Deals != 0 || len(r.Owing) != 1 || r.Owing[0].Name != "王建国" {
		t.Errorf("receivables %+v owing %+v", r.Owed, r.Owing)
	}
	if r.Plaints.Count != 1 || r.Plaints.Rows[0].Name != "李娜" || r.Plaints.Rows[0].Count != 2 || r.Plaints.Rows[0].Amount != 1_200_000_00 {
		t.Errorf("complained %+v", r.Plaints)
	}
	var few []string
	for _, f := range r.Few.Rows {
		few = append(few, f.Name)
	}
	if r.Few.Count != 3 || !slices.Equal(few, []string{"李娜", "曾志伟", "孙丽"}) {
		t.Errorf("few products %+v", r.Few)
	}
	var levels int
	for _, l := range r.Levels {
		levels += l.Count
	}
	if levels != 20 || r.Levels[2].Code != string(model.LevelKey) || r.Levels[2].Count != 1 {
		t.Errorf("levels %+v", r.Levels)
	}
	// A customer in the trash leaves every section.
	if err := b.s.DeleteCustomer(ctx, b.wang); err != nil {
		t.Fatal(err)
	}
	r, err = b.s.Analysis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Customers != 19 || r.ABC[0].Revenue != 1_200_000_00 || len(r.Owing) != 0 || r.Owed[0].Deals != 0 {
		t.Errorf("after trashing 王建国: %d customers, ABC %+v, owing %+v", r.Customers, r.ABC, r.Owing)
	}
}

func TestAnalysisOfAnEmptyBook(t *testing.T) {
	s := openTemp(t)
	r, err := s.Analysis(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Customers != 0 || r.Revenue != 0 || r.Dormant.Count != 0 || len(r.Pareto) != len(model.ParetoSteps) || len(r.Levels) != len(model.Levels()) {
		t.Errorf("empty book: %+v", r)
	}
}
