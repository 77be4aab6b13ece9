package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"guanxi/model"
)

// fixedNow is the clock of every store test: 2026-03-10 09:00 local time.
var fixedNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)

func openTemp(t *testing.T) *Store {
	t.Helper()
	return mustOpen(t, filepath.Join(t.TempDir(), "book", "guanxi.db"), WithClock(func() time.Time { return fixedNow }))
}

// mustOpen opens the book at path with opts, closed when the test ends; a book that does not open
// fails the test.
func mustOpen(t *testing.T, path string, opts ...Option) *Store {
	t.Helper()
	s, err := Open(path, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// closedBook writes a new book holding the one customer c and closes it, for a test of the file
// itself; it returns the book's path.
func closedBook(t *testing.T, c model.Customer) string {
	t.Helper()
	s := openTemp(t)
	addCustomer(t, s, c)
	book := s.Path()
	s.Close()
	return book
}

func addCustomer(t *testing.T, s *Store, c model.Customer) model.Customer {
	t.Helper()
	if err := s.AddCustomer(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// bookWith is a new book (see openTemp) holding one customer, c, returned as added, with the
// context the test writes in.
func bookWith(t *testing.T, c model.Customer) (*Store, context.Context, model.Customer) {
	t.Helper()
	s := openTemp(t)
	return s, context.Background(), addCustomer(t, s, c)
}

// bookWithTypes is a new book (see openTemp) with the context the test writes in and the
// personality types of its catalog, at least least of them: a test that picks from more fails.
func bookWithTypes(t *testing.T, least int) (*Store, context.Context, []model.PersonalityType) {
	t.Helper()
	s := openTemp(t)
	ctx := context.Background()
	types, err := s.PersonalityTypes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(types) < least {
		t.Fatalf("the catalog has %d types, the test picks from %d", len(types), least)
	}
	return s, ctx, types
}

// anyDayBookWith is bookWith on a book whose plans fall on any day, weekends too (see anyDay).
func anyDayBookWith(t *testing.T, c model.Customer) (*Store, context.Context, model.Customer) {
	t.Helper()
	s := openTemp(t)
	anyDay(t, s)
	return s, context.Background(), addCustomer(t, s, c)
}

func TestOpenCreatesPrivateBook(t *testing.T) {
	s := openTemp(t)
	info, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("book mode %v, want 0600", info.Mode().Perm())
	}
	dir, _ := os.Stat(filepath.Dir(s.Path()))
	if dir.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", dir.Mode().Perm())
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if info, err := os.Stat(s.Path() + suffix); err == nil && info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", suffix, info.Mode().Perm())
		}
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q (%v), want wal", mode, err)
	}
	var fk, sync int
	s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	s.db.QueryRow("PRAGMA synchronous").Scan(&sync)
	if fk != 1 || sync != 2 {
		t.Errorf("foreign_keys=%d synchronous=%d, want 1 and 2 (FULL)", fk, sync)
	}
}

func TestOpenRefusesWhatIsNotABook(t *testing.T) {
	dir := t.TempDir()
	cases := map[string][]byte{
		"empty":     {},
		"text":      []byte("name,phone\n张三,138\n"),
		"truncated": []byte("SQLite format 3\x00\x10\x00"),
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".db")
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Open(path)
			if !errors.Is(err, ErrNotBook) {
				t.Fatalf("Open = %v, want ErrNotBook", err)
			}
			after, _ := os.ReadFile(path)
			if string(after) != string(content) {
				t.Errorf("the file was changed")
			}
		})
	}
}

func TestOpenRefusesNewerBook(t *testing.T) {
	s := openTemp(t)
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(s.Path())
	if !errors.Is(err, ErrTooNew) {
		t.Fatalf("Open = %v, want ErrTooNew", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	s := openTemp(t)
	c := addCustomer(t, s, model.Customer{Name: "张三", Company: "华为", Phone: "138 0013 8000"})
	s.Close()
	s2 := mustOpen(t, s.Path())
	got, err := s2.Customer(context.Background(), c.ID)
	if err != nil || got.Name != "张三" || got.Company != "华为" {
		t.Fatalf("reopened customer = %+v, %v", got, err)
	}
}

func TestCustomerValidationKeepsBookUnchanged(t *testing.T) {
	s := openTemp(t)
	c := model.Customer{Name: "  ", Email: "x"}
	err := s.AddCustomer(context.Background(), &c)
	var fe *model.FieldError
	if !errors.As(err, &fe) || fe.Field != "name" {
		t.Fatalf("AddCustomer = %v, want a name FieldError", err)
	}
	if n, _ := s.CountCustomers(context.Background()); n != 0 {
		t.Errorf("count = %d, want 0", n)
	}
}

func TestFindCustomer(t *testing.T) {
	s, ctx, a := bookWith(t, model.Customer{Name: "张三", Phone: "138-0013-8000"})
	addCustomer(t, s, model.Customer{Name: "李四"})
	addCustomer(t, s, model.Customer{Name: "李四", Company: "另一家"})
	for _, ref := range []string{"张三", "13800138000", "+86 138 0013 8000", "1"} {
		got, err := s.FindCustomer(ctx, ref)
		if err != nil || got.ID != a.ID {
			t.Errorf("FindCustomer(%q) = %d, %v; want %d", ref, got.ID, err, a.ID)
		}
	}
	var amb *AmbiguousError
	if _, err := s.FindCustomer(ctx, "李四"); !errors.As(err, &amb) || len(amb.Matches) != 2 {
		t.Errorf("FindCustomer(李四) = %v, want ambiguous with 2", err)
	}
	if _, err := s.FindCustomer(ctx, "王五"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("FindCustomer(王五) = %v, want not found", err)
	}
}

func TestLoggingAVisitMovesTheNextOne(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "张三", Level: model.LevelVIP})
	today := s.Today()
	items, err := s.Checklist(ctx, today, 7)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := model.NextDueSpread(model.VisitPlan{VisitEveryDays: 7}, model.Date{}, model.Date{}, today, c.ID)
	if len(items) != 1 || items[0].Kind != model.ItemVisit || items[0].DueOn != first || !items[0].Due.FirstVisit {
		t.Fatalf("a new VIP never visited should be due a first visit on %v, got %+v", first, items)
	}
	if err := s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "谈了续约"}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Customer(ctx, c.ID)
	if got.LastContactOn != today || got.NextVisitOn != today.AddDays(7) || got.NextDueOn != today.AddDays(7) {
		t.Errorf("after a visit: last %v next visit %v next due %v", got.LastContactOn, got.NextVisitOn, got.NextDueOn)
	}
	items, _ = s.Checklist(ctx, today, 6)
	if len(items) != 0 {
		t.Errorf("nothing should be due within 6 days, got %+v", items)
	}
	items, _ = s.Checklist(ctx, today, 7)
	if len(items) != 1 || items[0].DueOn != today.AddDays(7) {
		t.Errorf("the visit should be due in 7 days, got %+v", items)
	}
}

func TestChecklistHoldsRemindersAndDropsCallsCoveredByVisits(t *testing.T) {
	// The days counted below fall on weekends.
	s, ctx, c := anyDayBookWith(t, model.Customer{Name: "王芳", Level: model.LevelHonored}) // visit 14, call 7
	today := s.Today()
	if err := s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "初访", At: fixedNow.AddDate(0, 0, -10)}); err != nil {
		t.Fatal(err)
	}
	r := model.Reminder{CustomerID: c.ID, DueOn: today.AddDays(2), Kind: model.ReminderOther, Note: "寄样品"}
	if err := s.AddReminder(ctx, &r); err != nil {
		t.Fatal(err)
	}
	items, err := s.Checklist(ctx, today, 7)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[model.ItemKind]model.Date{}
	for _, it := range items {
		kinds[it.Kind] = it.DueOn
	}
	if kinds[model.ItemCall] != today.AddDays(-3) {
		t.Errorf("call due %v, want 3 days overdue (visit 10 days ago + 7)", kinds[model.ItemCall])
	}
	if kinds[model.ItemVisit] != today.AddDays(4) {
		t.Errorf("visit due %v, want in 4 days", kinds[model.ItemVisit])
	}
	if kinds[model.ItemCustom] != today.AddDays(2) {
		t.Errorf("reminder due %v, want in 2 days", kinds[model.ItemCustom])
	}
	if items[0].Kind != model.ItemCall || items[0].OverdueDays != 3 {
		t.Errorf("first item %+v, want the overdue call", items[0])
	}
	if err := s.CompleteReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	items, _ = s.Checklist(ctx, today, 7)
	for _, it := range items {
		if it.Kind == model.ItemCustom {
			t.Errorf("a done reminder is still listed")
		}
	}
}

func TestChangingAPlanMovesDueDates(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "赵六", Level: model.LevelReference})
	s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "回访"})
	if err := s.SetPlan(ctx, model.LevelReference, model.VisitPlan{VisitEveryDays: 10}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Customer(ctx, c.ID)
	if got.NextVisitOn != s.Today().AddDays(10) {
		t.Errorf("next visit %v, want in 10 days", got.NextVisitOn)
	}
	got.Level = model.LevelLow
	if err := s.UpdateCustomer(ctx, &got); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Customer(ctx, c.ID)
	if !got.NextVisitOn.IsZero() || !got.NextDueOn.IsZero() {
		t.Errorf("a low-value customer has no plan, got next visit %v", got.NextVisitOn)
	}
}

func TestDealsMakeTotalsAndOwed(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "孙七"})
	s.AddDeal(ctx, &model.Deal{CustomerID: c.ID, Amount: 500_000_00, On: model.MustDate("2026-01-05"), Product: "服务器"})
	s.AddDeal(ctx, &model.Deal{CustomerID: c.ID, Amount: 100_000_00, On: model.MustDate("2026-02-05"), CreditDueOn: model.MustDate("2026-03-05"), Paid: 40_000_00})
	got, _ := s.Customer(ctx, c.ID)
	if got.OrderTotal != 600_000_00 || got.Owed != 60_000_00 || got.FirstDealOn != model.MustDate("2026-01-05") {
		t.Errorf("total %v owed %v first %v", got.OrderTotal, got.Owed, got.FirstDealOn)
	}
	deals, _ := s.Deals(ctx, c.ID)
	if len(deals) != 2 || deals[0].Product != "" {
		t.Errorf("deals newest first, got %+v", deals)
	}
	if err := s.AddDeal(ctx, &model.Deal{CustomerID: c.ID, Amount: 0}); err == nil {
		t.Errorf("a zero deal was accepted")
	}
}

func TestListSearchAndSort(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addCustomer(t, s, model.Customer{Name: "张三", Company: "华为技术", Phone: "13800138000", Level: model.LevelVIP})
	addCustomer(t, s, model.Customer{Name: "李四", Company: "阿里巴巴", Tags: []string{"老客户"}})
	addCustomer(t, s, model.Customer{Name: "Anna Smith", Company: "Acme_Ltd"})
	cases := []struct {
		text string
		want []string
	}{
		{"张", []string{"张三"}},
		{"华为", []string{"张三"}},
		{"0013", []string{"张三"}},
		{"老客户", []string{"李四"}},
		{"ANNA", []string{"Anna Smith"}},
		{"_", []string{"Anna Smith"}},
		{"%", nil},
	}
	for _, tc := range cases {
		got, err := s.ListCustomers(ctx, ListQuery{Text: tc.text, Sort: SortName})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, c := range got {
			names = append(names, c.Name)
		}
		if len(names) != len(tc.want) || (len(names) > 0 && names[0] != tc.want[0]) {
			t.Errorf("search %q = %v, want %v", tc.text, names, tc.want)
		}
	}
	byLevel, _ := s.ListCustomers(ctx, ListQuery{Sort: SortLevel})
	if byLevel[0].Name != "张三" {
		t.Errorf("level sort puts %s first, want the VIP", byLevel[0].Name)
	}
	vips, _ := s.ListCustomers(ctx, ListQuery{Level: model.LevelVIP})
	if len(vips) != 1 {
		t.Errorf("level filter = %d customers, want 1", len(vips))
	}
}

func TestPersonalityCatalogSeededAndTagging(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	types, err := s.PersonalityTypes(ctx)
	if err != nil || len(types) != len(model.BuiltinTypes()) {
		t.Fatalf("catalog has %d types (%v), want %d", len(types), err, len(model.BuiltinTypes()))
	}
	c := addCustomer(t, s, model.Customer{Name: "华为技术", Company: "华为技术", Kind: model.KindOrganisation})
	ct := model.Contact{CustomerID: c.ID, Name: "周经理", Title: "采购经理", Role: model.RoleDecisionMaker}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: c.ID, ContactID: ct.ID, Type: types[0].Code, Note: "春季招标时犹豫"}); err != nil {
		t.Fatal(err)
	}
	contacts, _ := s.Contacts(ctx, c.ID)
	if len(contacts) != 1 || len(contacts[0].Types) != 1 || contacts[0].Types[0] != types[0].Code {
		t.Errorf("contact types = %+v", contacts)
	}
	tags, _ := s.PersonTags(ctx, c.ID)
	if len(tags) != 1 || tags[0].Note != "春季招标时犹豫" {
		t.Errorf("tags = %+v", tags)
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: c.ID, Type: "no_such_type"}); err == nil {
		t.Errorf("an unknown type was accepted")
	}
}

func TestBackupIsPrivateAndRefusesOverwrite(t *testing.T) {
	s, ctx, _ := bookWith(t, model.Customer{Name: "张三"})
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(ctx, dest, false); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(dest)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", info.Mode().Perm())
	}
	if err := s.Backup(ctx, dest, false); err == nil {
		t.Errorf("backup overwrote an existing file")
	}
	b := mustOpen(t, dest)
	if n, _ := b.CountCustomers(ctx); n != 1 {
		t.Errorf("backup holds %d customers", n)
	}
	if problems, err := b.Check(ctx); err != nil || len(problems) != 0 {
		t.Errorf("check = %v, %v", problems, err)
	}
}
