package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"guanxi/model"
)

// The customer the trash tests delete carries these, and no other customer does.
const (
	trashName    = "隐藏测试客户Zq"
	trashCompany = "回收站测试机械有限公司"
	trashPhone   = "139 8765 4321"
)

// trashBook writes a book with two customers, each with every kind of record, and returns it with
// the one to delete and the one to keep.
func trashBook(t *testing.T) (*Store, model.Customer, model.Customer) {
	t.Helper()
	s := openTemp(t)
	ctx := context.Background()
	// Records start in the past so visits are due, a birthday is near, money is owed.
	s.clock = func() time.Time { return fixedNow.AddDate(0, 0, -60) }
	full := func(c model.Customer) model.Customer {
		c.Birthday = model.DateOf(fixedNow).AddDays(2)
		c.Tags = []string{"年度协议"}
		c = addCustomer(t, s, c)
		ct := model.Contact{CustomerID: c.ID, Name: c.Name + "的采购", Role: model.RoleDecisionMaker, Birthday: model.DateOf(fixedNow).AddDays(3)}
		must(t, s.AddContact(ctx, &ct))
		for i := 0; i < 3; i++ {
			in := model.Interaction{CustomerID: c.ID, ContactID: ct.ID, Channel: model.ChannelVisit,
				At: fixedNow.AddDate(0, 0, -40-i), Summary: c.Name + " 谈了备货", NextStep: "寄报价单"}
			must(t, s.LogInteraction(ctx, &in))
		}
		must(t, s.AddDeal(ctx, &model.Deal{CustomerID: c.ID, On: model.DateOf(fixedNow).AddDays(-50), Product: c.Name + "的机床",
			Amount: 9_000_000_00, CreditDueOn: model.DateOf(fixedNow).AddDays(1), Paid: 1_000_00}))
		must(t, s.AddDeal(ctx, &model.Deal{CustomerID: c.ID, On: model.DateOf(fixedNow).AddDays(-400), Product: "备件", Amount: 8_000_000_00}))
		must(t, s.AddReminder(ctx, &model.Reminder{CustomerID: c.ID, DueOn: model.DateOf(fixedNow).AddDays(1), Kind: model.ReminderCall, Note: c.Name + " 回电"}))
		must(t, s.TagPerson(ctx, PersonTag{CustomerID: c.ID, Type: "hesitant", Note: c.Name}))
		must(t, s.TagPerson(ctx, PersonTag{CustomerID: c.ID, ContactID: ct.ID, Type: "analytical"}))
		must(t, s.AddComplaint(ctx, &model.Complaint{CustomerID: c.ID, On: model.DateOf(fixedNow).AddDays(-5), What: c.Name + " 投诉交期",
			Severity: 2, GoodFaith: true, ReplyBy: model.DateOf(fixedNow).AddDays(1)}))
		return c
	}
	gone := full(model.Customer{Name: trashName, Company: trashCompany, Phone: trashPhone, Level: model.LevelVIP,
		Stage: model.StageLoyal, Notes: trashName + " 的备注"})
	kept := full(model.Customer{Name: "王建国", Company: "苏州恒达精密机械有限公司", Phone: "138 0013 8000",
		Level: model.LevelKey, Stage: model.StageCustomer})
	s.clock = func() time.Time { return fixedNow }
	return s, gone, kept
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// recordCounts counts, table by table, the rows that belong to a customer.
func recordCounts(t *testing.T, s *Store, id int64) map[string]int {
	t.Helper()
	tables, err := customerTables(context.Background(), s.db, false)
	must(t, err)
	out := map[string]int{}
	for _, tb := range tables {
		var n int
		must(t, s.db.QueryRow(fmt.Sprintf("SELECT count(*) FROM %q WHERE customer_id = ?", tb), id).Scan(&n))
		out[tb] = n
	}
	return out
}

// writeVerbs start the names of store methods that change the book; the sweep leaves them alone.
var writeVerbs = []string{"Add", "Update", "Delete", "Restore", "Purge", "Remove", "Set", "Log", "Tag", "Untag",
	"Complete", "Snooze", "Reschedule", "Resolve", "Record", "Mark", "Merge", "Write", "Backup", "Close", "Import",
	"Apply", "Save", "Put", "Edit", "Move", "Rename", "Undo", "Pay", "Dismiss", "Done", "Reopen", "Archive", "Send"}

// sweepReads calls every reading method of the store that it can give arguments to (a context,
// today, a number of days, a text, a zero query, a writer, a callback) and returns what each one
// returned, as text. Methods added later are swept too, so a new query that forgets the trash is
// caught without this test knowing its name.
func sweepReads(t *testing.T, s *Store, texts []string) map[string]string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out := map[string]string{}
	v := reflect.ValueOf(s)
	ty := v.Type()
	ctxType := reflect.TypeOf((*context.Context)(nil)).Elem()
	writerType := reflect.TypeOf((*io.Writer)(nil)).Elem()
	dateType := reflect.TypeOf(model.Date{})
methods:
	for i := 0; i < ty.NumMethod(); i++ {
		m := ty.Method(i)
		for _, verb := range writeVerbs {
			if strings.HasPrefix(m.Name, verb) {
				continue methods
			}
		}
		if strings.Contains(m.Name, "Trash") {
			continue // the trash is where a deleted customer must show
		}
		mt := m.Type
		// Try each candidate text for the method's text arguments.
		var texts2 []string
		needsText := false
		for j := 1; j < mt.NumIn(); j++ {
			if mt.In(j).Kind() == reflect.String {
				needsText = true
			}
		}
		if needsText {
			texts2 = texts
		} else {
			texts2 = []string{""}
		}
		var got strings.Builder
		for _, text := range texts2 {
			var buf bytes.Buffer
			args := []reflect.Value{v}
			for j := 1; j < mt.NumIn(); j++ {
				in := mt.In(j)
				switch {
				case in == ctxType:
					args = append(args, reflect.ValueOf(ctx))
				case in == dateType:
					args = append(args, reflect.ValueOf(s.Today()))
				case in == writerType:
					args = append(args, reflect.ValueOf(io.Writer(&buf)))
				case in.Kind() == reflect.Int:
					args = append(args, reflect.ValueOf(30).Convert(in))
				case in.Kind() == reflect.String:
					args = append(args, reflect.ValueOf(text).Convert(in))
				case in.Kind() == reflect.Bool:
					args = append(args, reflect.Zero(in))
				case in.Kind() == reflect.Struct:
					args = append(args, reflect.Zero(in))
				case in.Kind() == reflect.Func:
					args = append(args, recorder(in, &got))
				default:
					continue methods // ids, pointers, slices: a method about one record, or a write
				}
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s panicked on plain arguments: %v", m.Name, r)
					}
				}()
				for _, r := range m.Func.Call(args) {
					if _, isErr := r.Interface().(error); isErr {
						continue // an error may quote the text it was asked for
					}
					fmt.Fprintf(&got, "%+v\n", r.Interface())
				}
			}()
			got.WriteString(buf.String())
		}
		out[m.Name] = got.String()
	}
	return out
}

// recorder makes a callback that writes its arguments down and returns zero values.
func recorder(ft reflect.Type, w *strings.Builder) reflect.Value {
	return reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		for _, a := range args {
			if a.Kind() == reflect.Pointer && !a.IsNil() {
				a = a.Elem()
			}
			fmt.Fprintf(w, "%+v\n", a.Interface())
		}
		results := make([]reflect.Value, ft.NumOut())
		for i := range results {
			results[i] = reflect.Zero(ft.Out(i))
		}
		return results
	})
}

func mentionsTrashed(s string) bool {
	return strings.Contains(s, trashName) || strings.Contains(s, trashCompany) || strings.Contains(s, trashPhone) ||
		strings.Contains(s, model.NormalizePhone(trashPhone))
}

// TestTrashedCustomerLeavesEveryView deletes a customer and sweeps every reading method of the
// store: each one that showed the customer or its records before must not show them after, while
// the other customer stays. Restoring brings everything back as it was.
func TestTrashedCustomerLeavesEveryView(t *testing.T) {
	s, gone, kept := trashBook(t)
	ctx := context.Background()
	texts := []string{"", trashName, "隐藏", "yczk", trashPhone, "hesitant", "投诉"}
	before := sweepReads(t, s, texts)
	var showed []string
	for name, text := range before {
		if mentionsTrashed(text) {
			showed = append(showed, name)
		}
	}
	slices.Sort(showed)
	for _, need := range []string{"ListCustomers", "Checklist", "FindCustomer"} {
		if !slices.Contains(showed, need) {
			t.Fatalf("%s did not show the customer even before it was deleted; the sweep proves nothing", need)
		}
	}
	t.Logf("reads that show the customer: %v", showed)
	counts := recordCounts(t, s, gone.ID)
	archive := func() string {
		var b strings.Builder
		for _, f := range []func() (any, error){
			func() (any, error) { return s.Contacts(ctx, gone.ID) },
			func() (any, error) { return s.Interactions(ctx, gone.ID, 0) },
			func() (any, error) { return s.Deals(ctx, gone.ID) },
			func() (any, error) { return s.Reminders(ctx, gone.ID, false) },
			func() (any, error) { return s.PersonTags(ctx, gone.ID) },
		} {
			v, err := f()
			fmt.Fprintf(&b, "%+v %v\n", v, err)
		}
		return b.String()
	}
	archiveBefore := archive()

	must(t, s.DeleteCustomer(ctx, gone.ID))
	after := sweepReads(t, s, texts)
	for _, name := range showed {
		if mentionsTrashed(after[name]) {
			t.Errorf("%s still shows the deleted customer:\n%s", name, after[name])
		}
	}
	if !strings.Contains(after["ListCustomers"], kept.Name) {
		t.Error("the other customer left the list too")
	}
	if _, err := s.Customer(ctx, gone.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Customer of a deleted one: %v, want ErrNotFound", err)
	}
	if got := recordCounts(t, s, gone.ID); !sameCounts(got, counts) {
		t.Errorf("records of the deleted customer: %v, want all kept %v", got, counts)
	}
	trash, err := s.Trash(ctx)
	must(t, err)
	if len(trash) != 1 || trash[0].ID != gone.ID || trash[0].Name != trashName || trash[0].Records < 8 || !trash[0].DeletedAt.Equal(fixedNow) {
		t.Errorf("trash = %+v", trash)
	}
	if err := s.DeleteCustomer(ctx, gone.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("deleting twice: %v, want ErrNotFound", err)
	}
	if err := s.RestoreCustomer(ctx, kept.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("restoring one not in the trash: %v, want ErrNotFound", err)
	}

	found, err := s.FindTrashed(ctx, trashName)
	if err != nil || found.ID != gone.ID {
		t.Fatalf("FindTrashed by name: %+v %v", found, err)
	}
	must(t, s.RestoreCustomer(ctx, gone.ID))
	if got := archive(); got != archiveBefore {
		t.Errorf("the archive changed through the trash:\n before %s\n  after %s", archiveBefore, got)
	}
	restored := sweepReads(t, s, texts)
	for _, name := range showed {
		if !mentionsTrashed(restored[name]) {
			t.Errorf("%s does not show the customer after the restore", name)
		}
	}
	if trash, _ := s.Trash(ctx); len(trash) != 0 {
		t.Errorf("trash after the restore: %+v", trash)
	}
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestPurgeRemovesOnlyTheTrash: purging removes customers in the trash with every record in every
// table, in one go, and nothing else; the book checks clean afterwards.
func TestPurgeRemovesOnlyTheTrash(t *testing.T) {
	s, gone, kept := trashBook(t)
	ctx := context.Background()
	keptCounts := recordCounts(t, s, kept.ID)
	if n, err := s.PurgeTrash(ctx, nil); err != nil || n != 0 {
		t.Fatalf("purging an empty trash: %d %v", n, err)
	}
	if n, err := s.PurgeTrash(ctx, []int64{kept.ID}); err != nil || n != 0 {
		t.Fatalf("purging a customer not in the trash: %d %v", n, err)
	}
	must(t, s.DeleteCustomer(ctx, gone.ID))
	n, err := s.PurgeTrash(ctx, nil)
	if err != nil || n != 1 {
		t.Fatalf("purge: %d %v", n, err)
	}
	for tb, c := range recordCounts(t, s, gone.ID) {
		if c != 0 {
			t.Errorf("%d rows of %s outlived the purge", c, tb)
		}
	}
	if got := recordCounts(t, s, kept.ID); !sameCounts(got, keptCounts) {
		t.Errorf("the other customer's records changed: %v, want %v", got, keptCounts)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check after the purge: %v %v", problems, err)
	}
	if _, err := s.FindTrashed(ctx, trashName); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a purged customer is still in the trash: %v", err)
	}
}

// TestCheckReportsOrphansAndDamage: records left pointing at a customer or contact that is not
// there are reported, in tables with a foreign key and without one.
func TestCheckReportsOrphansAndDamage(t *testing.T) {
	s, gone, kept := trashBook(t)
	ctx := context.Background()
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("a sound book: %v %v", problems, err)
	}
	// Another program writing without foreign keys leaves orphans behind.
	raw, err := sql.Open("sqlite", "file:"+s.Path()+"?_pragma=busy_timeout(5000)")
	must(t, err)
	defer raw.Close()
	_, err = raw.Exec(`INSERT INTO interactions (uid, customer_id, at, channel, created_at, updated_at)
		VALUES ('orphan-1', 999, '2026-01-01 10:00', 'call', 0, 0)`)
	must(t, err)
	var contactOfGone int64
	must(t, raw.QueryRow("SELECT id FROM contacts WHERE customer_id = ?", gone.ID).Scan(&contactOfGone))
	_, err = raw.Exec(`INSERT INTO interactions (uid, customer_id, contact_id, at, channel, created_at, updated_at)
		VALUES ('crossed-1', ?, ?, '2026-01-01 10:00', 'call', 0, 0)`, kept.ID, contactOfGone)
	must(t, err)
	problems, err := s.Check(ctx)
	must(t, err)
	text := strings.Join(problems, "\n")
	if !strings.Contains(text, "interactions") || len(problems) < 2 {
		t.Errorf("orphans not reported: %v", problems)
	}
	if !strings.Contains(text, "another customer") {
		t.Errorf("a logged contact naming another customer's contact is not reported: %v", problems)
	}
}
