package store

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"guanxi/model"
)

// exchangeBook writes two customers with every kind of record, and a third in the trash.
func exchangeBook(t *testing.T, s *Store) (wang, li model.Customer) {
	t.Helper()
	ctx := context.Background()
	wang = addCustomer(t, s, model.Customer{Name: "王建国", Company: "苏州恒达精密机械", Kind: model.KindOrganisation,
		Phone: "138 0013 8000", Level: model.LevelVIP, Tags: []string{"老客户"}})
	li = addCustomer(t, s, model.Customer{Name: "李娜", Company: "杭州云帆科技", Email: "lina@yf.cn"})
	ct := model.Contact{CustomerID: wang.ID, Name: "周丽", Title: "采购经理", Role: model.RoleDecisionMaker}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.TagPerson(ctx, PersonTag{CustomerID: wang.ID, Type: "hesitant", Note: "拿不定主意"}))
	must(s.TagPerson(ctx, PersonTag{CustomerID: wang.ID, ContactID: ct.ID, Type: "hesitant"}))
	must(s.LogInteraction(ctx, &model.Interaction{CustomerID: wang.ID, ContactID: ct.ID, Channel: model.ChannelVisit,
		At: fixedNow.AddDate(0, 0, -3), Summary: "谈了备货"}))
	must(s.AddDeal(ctx, &model.Deal{CustomerID: wang.ID, On: model.MustDate("2026-02-01"), Amount: 100_000_00,
		Product: "机床", CreditDueOn: model.MustDate("2026-04-01")}))
	must(s.AddReminder(ctx, &model.Reminder{CustomerID: li.ID, DueOn: model.MustDate("2026-03-12"), Kind: model.ReminderCall, Note: "回电"}))
	must(s.AddComplaint(ctx, &model.Complaint{CustomerID: li.ID, On: model.MustDate("2026-03-01"), What: "交货晚了", Severity: 2,
		ReplyBy: model.MustDate("2026-03-11")}))
	gone := addCustomer(t, s, model.Customer{Name: "已删除"})
	if _, err := s.db.Exec("UPDATE customers SET deleted_at = 1 WHERE id = ?", gone.ID); err != nil {
		t.Fatal(err)
	}
	return wang, li
}

func TestEachBookCustomerReadsEveryRecord(t *testing.T) {
	s := openTemp(t)
	wang, li := exchangeBook(t, s)
	var got []*BookCustomer
	err := s.EachBookCustomer(context.Background(), Scope{}, func(bc *BookCustomer) error {
		got = append(got, bc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Customer.ID != wang.ID || got[1].Customer.ID != li.ID {
		t.Fatalf("want 王建国 and 李娜 (not the one in the trash), got %d customers", len(got))
	}
	w := got[0]
	if len(w.Contacts) != 1 || len(w.Interactions) != 1 || len(w.Deals) != 1 || len(w.Tags) != 2 {
		t.Errorf("王建国's records: %d contacts, %d logged, %d deals, %d tags", len(w.Contacts), len(w.Interactions), len(w.Deals), len(w.Tags))
	}
	if w.Interactions[0].ContactID != w.Contacts[0].ID || len(w.Contacts[0].Types) != 1 || len(w.Customer.Types) != 1 {
		t.Errorf("contact links and types: %+v %+v", w.Interactions[0], w.Contacts[0])
	}
	l := got[1]
	if len(l.Reminders) != 1 || len(l.Complaints) != 1 || len(l.Contacts) != 0 || l.Customer.Email != "lina@yf.cn" {
		t.Errorf("李娜's records: %+v", l)
	}
	var only []string
	err = s.EachCustomer(context.Background(), Scope{Only: map[int64]bool{li.ID: true}}, func(c model.Customer) error {
		only = append(only, c.Name)
		return nil
	})
	if err != nil || strings.Join(only, ",") != "李娜" {
		t.Errorf("a scope of 李娜 gave %v (%v)", only, err)
	}
}

func TestMergeCustomersKeepsEveryRecord(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	wang, li := exchangeBook(t, s)
	dup := addCustomer(t, s, model.Customer{Name: "王 建国", Company: "苏州恒达精密机械", Email: "wang@hd.cn", Phone: "0512 6666 8888"})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.LogInteraction(ctx, &model.Interaction{CustomerID: dup.ID, Channel: model.ChannelCall, At: fixedNow.AddDate(0, 0, -1), Summary: "电话跟进"}))
	must(s.AddDeal(ctx, &model.Deal{CustomerID: dup.ID, On: model.MustDate("2026-03-01"), Amount: 5_000_00}))
	must(s.AddReminder(ctx, &model.Reminder{CustomerID: dup.ID, DueOn: model.MustDate("2026-03-20"), Note: "寄样品"}))
	must(s.AddComplaint(ctx, &model.Complaint{CustomerID: dup.ID, On: model.MustDate("2026-03-02"), What: "发票错了", Severity: 1}))
	must(s.TagPerson(ctx, PersonTag{CustomerID: dup.ID, Type: "hesitant", Note: "要多给案例"}))
	must(s.TagPerson(ctx, PersonTag{CustomerID: dup.ID, Type: "proud"}))
	ct := model.Contact{CustomerID: dup.ID, Name: "钱多多", Title: "财务"}
	must(s.AddContact(ctx, &ct))

	matches, err := s.DuplicatesOf(ctx, wang.ID)
	if err != nil || len(matches) != 1 || matches[0].Customer.ID != dup.ID || matches[0].Reason != model.DupSimilarName {
		t.Fatalf("王建国 should have one likely duplicate by name: %+v %v", matches, err)
	}
	pairs, err := s.Duplicates(ctx)
	if err != nil || len(pairs) != 1 || pairs[0].A.ID != wang.ID || pairs[0].B.Name != "王 建国" {
		t.Fatalf("the book should have one pair: %+v %v", pairs, err)
	}

	merged, err := s.MergeCustomers(ctx, wang.ID, dup.ID, model.Zh)
	if err != nil {
		t.Fatal(err)
	}
	if merged.Email != "wang@hd.cn" || !strings.Contains(merged.Notes, "电话：0512 6666 8888") || !strings.Contains(merged.Notes, "姓名：王 建国") {
		t.Errorf("the merged profile should take the email and note the other phone and name: %+v", merged)
	}
	if _, err := s.Customer(ctx, dup.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("the merged-away customer should be gone: %v", err)
	}
	count := func(table string) int {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM "+table+" WHERE customer_id = ?", wang.ID).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for table, want := range map[string]int{"contacts": 2, "interactions": 2, "deals": 2, "reminders": 1, "complaints": 1, "person_types": 3} {
		if got := count(table); got != want {
			t.Errorf("%s of the merged customer: %d, want %d", table, got, want)
		}
	}
	tags, _ := s.PersonTags(ctx, wang.ID)
	var hesitant string
	for _, tg := range tags {
		if tg.ContactID == 0 && tg.Type == "hesitant" {
			hesitant = tg.Note
		}
	}
	if hesitant != "拿不定主意\n要多给案例" {
		t.Errorf("the notes of the same type on both should be joined: %q", hesitant)
	}
	if merged.OrderTotal != 105_000_00 || merged.LastContactOn != model.DateOf(fixedNow.AddDate(0, 0, -1)) {
		t.Errorf("derived figures should count both: total %v, last contact %v", merged.OrderTotal, merged.LastContactOn)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("the book should be sound after a merge: %v %v", problems, err)
	}
	if _, err := s.MergeCustomers(ctx, li.ID, li.ID, model.Zh); err == nil {
		t.Error("merging a customer into themself should fail")
	}
	if _, err := s.MergeCustomers(ctx, li.ID, dup.ID, model.Zh); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("merging a customer that is gone should fail with not found: %v", err)
	}
}

func TestBackupIsPrivate(t *testing.T) {
	s := openTemp(t)
	exchangeBook(t, s)
	old := setUmask(0)
	defer setUmask(old)
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(context.Background(), dest, false); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(context.Background(), dest, false); err == nil {
		t.Error("a second backup to the same file should need force")
	}
	if err := s.Backup(context.Background(), dest, true); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(dest)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v (%v), want 0600", info.Mode().Perm(), err)
	}
	if bi, err := CheckBookFile(context.Background(), dest); err != nil || bi.Customers != 2 {
		t.Errorf("the backup should be a sound book of 2 customers: %+v %v", bi, err)
	}
}

func TestDailySnapshotsAreKeptAndThinned(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, took, err := s.DailySnapshot(ctx); err != nil || took {
		t.Fatalf("an empty book should not be copied: %v %v", took, err)
	}
	exchangeBook(t, s)
	day := fixedNow.AddDate(0, 0, -39)
	for i := 0; i < 40; i++ {
		at := day.AddDate(0, 0, i)
		s.clock = func() time.Time { return at }
		sn, took, err := s.DailySnapshot(ctx)
		if err != nil || !took || sn.On != model.DateOf(at) {
			t.Fatalf("day %d: %+v %v %v", i, sn, took, err)
		}
		if _, again, err := s.DailySnapshot(ctx); err != nil || again {
			t.Fatalf("a second snapshot on the same day: %v %v", again, err)
		}
	}
	list, err := Snapshots(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	var daily, weekly int
	for _, sn := range list {
		switch sn.Kind {
		case model.SnapshotDaily:
			daily++
		case model.SnapshotWeekly:
			weekly++
		}
		info, err := os.Stat(sn.Path)
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v (%v), want 0600", sn.Name, info.Mode().Perm(), err)
		}
	}
	if daily != 7 || weekly != 4 || len(list) != 11 {
		t.Errorf("want 7 daily and 4 weekly snapshots, got %d, %d of %d", daily, weekly, len(list))
	}
	if list[0].Name != "2026-03-10" {
		t.Errorf("newest first: %s", list[0].Name)
	}
	dir, _ := os.Stat(SnapshotDir(s.Path()))
	if dir.Mode().Perm() != 0o700 {
		t.Errorf("snapshot folder mode %v, want 0700", dir.Mode().Perm())
	}
}

// snapshotBook is a new book with the customers of exchangeBook and the day's snapshot taken.
func snapshotBook(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	exchangeBook(t, s)
	if _, _, err := s.DailySnapshot(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRestoreKeepsTheCurrentBook(t *testing.T) {
	s := snapshotBook(t)
	ctx := context.Background()
	addCustomer(t, s, model.Customer{Name: "快照之后"})
	book := s.Path()
	s.Close()

	snap, err := FindSnapshot(book, "2026-03-10")
	if err != nil {
		t.Fatal(err)
	}
	saved, err := Restore(ctx, book, snap, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := CheckBookFile(ctx, saved); err != nil || info.Customers != 3 {
		t.Errorf("the copy kept before restoring should hold the 3 customers of then: %+v %v", info, err)
	}
	info, err := os.Stat(book)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("restored book mode %v (%v), want 0600", info.Mode().Perm(), err)
	}
	back := mustOpen(t, book)
	if n, _ := back.CountCustomers(ctx); n != 2 {
		t.Errorf("the restored book should hold the 2 customers of the snapshot, has %d", n)
	}
	list, _ := Snapshots(book)
	var kinds []string
	for _, sn := range list {
		kinds = append(kinds, string(sn.Kind))
	}
	if strings.Join(kinds, ",") != "before_restore,daily" && strings.Join(kinds, ",") != "daily,before_restore" {
		t.Errorf("snapshots after a restore: %v", kinds)
	}

	notBook := filepath.Join(t.TempDir(), "x.db")
	os.WriteFile(notBook, []byte("name,phone\n"), 0o600)
	if _, err := Restore(ctx, book, notBook, fixedNow); !errors.Is(err, ErrNotBook) {
		t.Errorf("restoring from a file that is not a book: %v", err)
	}
	if _, err := FindSnapshot(book, "2020-01-01"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("an unknown snapshot: %v", err)
	}
}

// TestHelperHoldBook is not a test: run by TestRestoreRefusesABookInUse in a second process, it
// keeps a book open until its standard input closes.
func TestHelperHoldBook(t *testing.T) {
	path := os.Getenv("GUANXI_HOLD_BOOK")
	if path == "" {
		t.Skip("run by TestRestoreRefusesABookInUse")
	}
	s := mustOpen(t, path)
	if _, err := s.CountCustomers(context.Background()); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("ready\n")
	bufio.NewReader(os.Stdin).ReadString('\n')
}

func TestRestoreRefusesABookInUse(t *testing.T) {
	s := snapshotBook(t)
	ctx := context.Background()
	book := s.Path()
	s.Close()
	snap, _ := FindSnapshot(book, "2026-03-10")

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldBook$")
	cmd.Env = append(os.Environ(), "GUANXI_HOLD_BOOK="+book)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if line != "ready\n" {
		stdin.Close()
		cmd.Wait()
		t.Fatalf("the helper did not open the book: %q", line)
	}
	inUse, err := BookInUse(book)
	if err != nil || !inUse {
		t.Errorf("the book is open in another process: in use %v (%v)", inUse, err)
	}
	if _, err := Restore(ctx, book, snap, fixedNow); !errors.Is(err, ErrBookInUse) {
		t.Errorf("restoring over a book open elsewhere should be refused: %v", err)
	}
	stdin.Close()
	cmd.Wait()
	if inUse, err := BookInUse(book); err != nil || inUse {
		t.Errorf("after the other process ended the book is free: %v %v", inUse, err)
	}
	if _, err := Restore(ctx, book, snap, fixedNow); err != nil {
		t.Errorf("restoring once the book is closed: %v", err)
	}
}

func indexNames(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.db.Query("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customers' ORDER BY name)")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names string
	for rows.Next() {
		rows.Scan(&names)
	}
	return names
}

func TestWriteBulkManyBuildsTheIndexesAgain(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	before := indexNames(t, s)
	if !strings.Contains(before, "customers_list_next_due") {
		t.Fatalf("the book should have its indexes: %s", before)
	}
	add := func(b *Bulk, n int) error {
		for i := 0; i < n; i++ {
			if err := b.AddCustomer(&model.Customer{Name: "客户" + strconv.Itoa(i), Level: model.LevelVIP}); err != nil {
				return err
			}
		}
		return nil
	}
	if err := s.WriteBulkMany(ctx, 2*deferIndexesAbove, func(b *Bulk) error { return add(b, 300) }); err != nil {
		t.Fatal(err)
	}
	if after := indexNames(t, s); after != before {
		t.Errorf("the indexes after a large import: %s, want %s", after, before)
	}
	failed := s.WriteBulkMany(ctx, 2*deferIndexesAbove, func(b *Bulk) error {
		if err := add(b, 10); err != nil {
			return err
		}
		return errors.New("stop")
	})
	if failed == nil || indexNames(t, s) != before {
		t.Errorf("a failed import should leave the indexes as they were: %v %s", failed, indexNames(t, s))
	}
	if n, _ := s.CountCustomers(ctx); n != 300 {
		t.Errorf("%d customers, want 300 (the failed import wrote nothing)", n)
	}
	// Every new VIP is due a first visit in the plan's first week.
	items, err := s.Checklist(ctx, s.Today(), 6)
	if err != nil || len(items) != 300 {
		t.Errorf("every new VIP is due a first visit within the week: %d items (%v)", len(items), err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("the book should be sound: %v %v", problems, err)
	}
}

// TestAbandonedPartialCopiesAreRemoved: a partial copy left by a process that ended while copying
// (and its journal) goes at the next snapshot; one being written now stays.
func TestAbandonedPartialCopiesAreRemoved(t *testing.T) {
	s, ctx, _ := bookWith(t, sampleCustomer("王建国"))
	dir := SnapshotDir(s.Path())
	if err := makePrivateDir(dir); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, ".2026-03-09.4242.partial")
	oldJournal := old + "-journal"
	fresh := filepath.Join(dir, ".2026-03-10.4343.partial")
	for _, p := range []string{old, oldJournal, fresh} {
		if err := os.WriteFile(p, []byte("half a book"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	long := s.Now().Add(-2 * time.Hour)
	for _, p := range []string{old, oldJournal} {
		if err := os.Chtimes(p, long, long); err != nil {
			t.Fatal(err)
		}
	}
	now := s.Now()
	if err := os.Chtimes(fresh, now, now); err != nil {
		t.Fatal(err)
	}
	if _, took, err := s.DailySnapshot(ctx); err != nil || !took {
		t.Fatalf("snapshot: %v %v", took, err)
	}
	for _, p := range []string{old, oldJournal} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s should be removed: %v", filepath.Base(p), err)
		}
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a copy being written should stay: %v", err)
	}
}
