package exchange

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// demoBook writes the demo book: 200 customers of every kind with contacts, logged contacts,
// deals and payments, reminders, complaints and personality tags.
func demoBook(t *testing.T) *store.Store {
	t.Helper()
	s := openBook(t)
	if err := sample.Demo(context.Background(), s, model.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	return s
}

func export(t *testing.T, s *store.Store, o ExportOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Export(context.Background(), s, &buf, o); err != nil {
		t.Fatalf("export %s: %v", o.Format, err)
	}
	return buf.Bytes()
}

// reimport imports data into a new empty book and returns it.
func reimport(t *testing.T, data []byte, f Format) (*store.Store, Summary) {
	t.Helper()
	s := openBook(t)
	sum, err := ImportFrom(context.Background(), s, bytes.NewReader(data), int64(len(data)), Options{Format: f, Lang: model.Zh})
	if err != nil {
		t.Fatalf("import %s: %v", f, err)
	}
	if len(sum.Errors) > 0 {
		t.Fatalf("import %s: %d bad records:\n%s", f, len(sum.Errors), problems(sum.Errors, model.En))
	}
	return s, sum
}

// firstDiff shows where two documents part, for a failure message.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  " + la[i] + "\n  " + lb[i]
		}
	}
	return "lengths " + strconv.Itoa(len(la)) + " and " + strconv.Itoa(len(lb))
}

func TestJSONRoundTrip(t *testing.T) {
	s := demoBook(t)
	ctx := context.Background()
	// A setting of the user's and a personality type of their own travel with the book.
	if err := s.SetPlan(ctx, model.LevelVIP, model.VisitPlan{VisitEveryDays: 10, CallEveryDays: 5}); err != nil {
		t.Fatal(err)
	}
	own := model.PersonalityType{Code: "tea_lover", Typology: "general", Name: model.Text{Zh: "爱喝茶型", En: "Tea lover"},
		Approach: model.Text{Zh: "约在茶馆谈", En: "Meet over tea"}}
	if err := s.AddType(ctx, &own); err != nil {
		t.Fatal(err)
	}
	var someone model.Customer
	s.EachCustomer(ctx, store.Scope{}, func(c model.Customer) error {
		someone = c
		return nil
	})
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: someone.ID, Type: "tea_lover", Note: "只喝龙井"}); err != nil {
		t.Fatal(err)
	}
	// So do the saved lists, and the timeline of levels: one changed by hand, others by the rules.
	if err := s.SaveSegment(ctx, "上海大客户", "region:上海 orders_12m>10万"); err != nil {
		t.Fatal(err)
	}
	someone.Level = model.LevelStrategic
	someone.ShortName = "华精" // a short name of the user's own travels too
	if err := s.UpdateCustomer(ctx, &someone); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplyLevelRules(ctx, model.LevelByRule); err != nil {
		t.Fatal(err)
	}
	// And what the follow-up was told: a planned visit put off, greetings marked sent.
	today := model.DateOf(testNow)
	items, err := s.Checklist(ctx, today, 14)
	if err != nil {
		t.Fatal(err)
	}
	var putOff, greeted, holiday bool
	for _, it := range items {
		switch {
		case !putOff && it.Kind == model.ItemVisit && it.IsPlanned():
			if err := s.SnoozePlan(ctx, it.CustomerID, model.ItemVisit, today.AddDays(5)); err != nil {
				t.Fatal(err)
			}
			putOff = true
		case !greeted && it.IsGreeting() && it.CustomerID != 0:
			if err := s.MarkGreetingSent(ctx, it); err != nil {
				t.Fatal(err)
			}
			greeted = true
		case !holiday && it.IsGreeting() && it.CustomerID == 0:
			if err := s.MarkGreetingSent(ctx, it); err != nil {
				t.Fatal(err)
			}
			holiday = true
		}
	}
	if !putOff || !greeted {
		t.Fatalf("the demo's checklist should have a planned visit and a greeting: %v %v", putOff, greeted)
	}
	first := export(t, s, ExportOptions{Format: JSON})
	for _, want := range []string{`"put_off": {
        "visit"`, `"greetings_sent": [
        {`, `"name": "上海大客户"`, `"query": "region:上海 orders_12m>10万"`, `"to": "strategic"`, `"source": "rule"`, `"short_name": "华精"`} {
		if !bytes.Contains(first, []byte(want)) {
			t.Errorf("the document lacks %s", want)
		}
	}
	if !bytes.Contains(first, []byte(`"tea_lover"`)) || !bytes.Contains(first, []byte(`"visit_plans"`)) {
		t.Fatal("the document should carry the settings and the user's own types")
	}
	if !bytes.Contains(first, []byte(`"format": "guanxi-book"`)) || !bytes.Contains(first, []byte(`"payments"`)) {
		t.Fatalf("the document lacks its marks:\n%.400s", first)
	}
	back, sum := reimport(t, first, JSON)
	if sum.Added != sample.DemoCustomers {
		t.Errorf("added %d customers, want %d", sum.Added, sample.DemoCustomers)
	}
	second := export(t, back, ExportOptions{Format: JSON})
	if !bytes.Equal(first, second) {
		t.Fatalf("export, import into an empty book and export again differ at %s", firstDiff(first, second))
	}
	// The derived figures come out the same, so the checklist does too, put-off visits and greetings
	// sent included.
	a, _ := s.Checklist(context.Background(), today, 14)
	b, _ := back.Checklist(context.Background(), today, 14)
	if len(a) != len(b) || len(a) == 0 {
		t.Errorf("the checklist of the imported book has %d items, the original %d", len(b), len(a))
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i].DueOn != b[i].DueOn || a[i].Kind != b[i].Kind || a[i].CustomerName != b[i].CustomerName || a[i].Due.PutOff != b[i].Due.PutOff {
			t.Errorf("item %d of the imported book's checklist: %s %s %s, the original's %s %s %s", i,
				b[i].DueOn, b[i].Kind, b[i].CustomerName, a[i].DueOn, a[i].Kind, a[i].CustomerName)
			break
		}
	}
	if problems, err := back.Check(context.Background()); err != nil || len(problems) > 0 {
		t.Errorf("the imported book is not sound: %v %v", problems, err)
	}
	if segs, err := back.Segments(ctx); err != nil || len(segs) != 1 || segs[0].Query != "region:上海 orders_12m>10万" {
		t.Errorf("the saved list should come back: %+v %v", segs, err)
	}
	// Importing the document again into the same book skips every customer as the same record.
	again, err := ImportFrom(context.Background(), back, bytes.NewReader(first), 0, Options{Format: JSON})
	if err != nil || again.Skipped != sample.DemoCustomers || again.Added != 0 {
		t.Errorf("a second import: %+v %v", again, err)
	}
	if third := export(t, back, ExportOptions{Format: JSON}); !bytes.Equal(first, third) {
		t.Errorf("a second import changed the book (a saved list or a level change written twice?) at %s", firstDiff(first, third))
	}
	if len(again.Warnings) == 0 || !strings.Contains(problems(again.Warnings, model.En), "上海大客户") {
		t.Errorf("the saved list already there should be said kept: %v", problems(again.Warnings, model.En))
	}
}

func TestVCardRoundTrip(t *testing.T) {
	for _, version := range []string{"3.0", "4.0"} {
		t.Run(version, func(t *testing.T) {
			s := demoBook(t)
			first := export(t, s, ExportOptions{Format: VCard, VCardVersion: version, Lang: model.Zh})
			for i, line := range strings.Split(strings.TrimSuffix(string(first), "\r\n"), "\r\n") {
				if len(line) > 75 {
					t.Fatalf("line %d is %d bytes long: %q", i+1, len(line), line)
				}
			}
			if !bytes.Contains(first, []byte("VERSION:"+version)) {
				t.Fatalf("not a vCard %s", version)
			}
			back, sum := reimport(t, first, VCard)
			if sum.Added != sample.DemoCustomers || sum.Contacts == 0 {
				t.Errorf("added %d customers and %d contacts", sum.Added, sum.Contacts)
			}
			second := export(t, back, ExportOptions{Format: VCard, VCardVersion: version, Lang: model.Zh})
			if !bytes.Equal(first, second) {
				t.Fatalf("vCard %s export, import and export again differ at %s", version, firstDiff(first, second))
			}
		})
	}
}

func TestCSVRoundTrip(t *testing.T) {
	for _, lang := range []model.Lang{model.Zh, model.En} {
		t.Run(string(lang), func(t *testing.T) {
			s := demoBook(t)
			giveShortName(t, s, "华精")
			first := export(t, s, ExportOptions{Format: CSV, Lang: lang})
			if !bytes.HasPrefix(first, []byte("\ufeff")) {
				t.Fatal("a CSV export starts with a byte order mark, so Excel reads it as UTF-8")
			}
			if head := (model.Text{Zh: "公司,简称,", En: "Company,Short name,"}); !bytes.Contains(first, []byte(head.In(lang))) || !bytes.Contains(first, []byte(",华精,")) {
				t.Fatalf("the export should have a column of short names:\n%.300s", first)
			}
			back, sum := reimport(t, first, CSV)
			// The one thing said is that the figures of deals were not kept.
			if sum.Added != sample.DemoCustomers || len(sum.Warnings) != 1 || !strings.Contains(sum.Warnings[0].Msg.En, "order total") {
				t.Errorf("added %d; warnings:\n%s", sum.Added, problems(sum.Warnings, lang))
			}
			second := export(t, back, ExportOptions{Format: CSV, Lang: lang})
			// A CSV holds the profile and the last and next contact days, not the deals: the
			// columns of deal figures differ.
			a, b := profileCells(t, first), profileCells(t, second)
			if a != b {
				t.Fatalf("the profile columns differ at %s", firstDiff([]byte(a), []byte(b)))
			}
		})
	}
}

// profileCells reads a CSV export and writes back every column but the figures of deals.
func profileCells(t *testing.T, data []byte) string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, row := range rows {
		for i, col := range columns {
			if !col.derived {
				b.WriteString(row[i] + "\x1f")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestCalendarExport(t *testing.T) {
	now := testNow.AddDate(0, 0, -30) // the records are made a month ago; the export is today
	s := testbook.Open(t, func() time.Time { return now })
	ctx := context.Background()
	wang := model.Customer{UID: "c-wang", Name: "王建国", Company: "苏州恒达精密机械", Phone: "138 0013 8000", Level: model.LevelVIP,
		Birthday: model.MustDate("1975-03-20")}
	li := model.Customer{UID: "c-li", Name: "李娜", Company: "杭州云帆科技", Level: model.LevelHonored}
	testbook.AddCustomers(t, s, &wang, &li)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.LogInteraction(ctx, &model.Interaction{CustomerID: wang.ID, Channel: model.ChannelVisit, At: testNow.AddDate(0, 0, -10), Summary: "拜访"}))
	must(s.AddReminder(ctx, &model.Reminder{UID: "r-1", CustomerID: li.ID, DueOn: model.MustDate("2026-03-12"), Kind: model.ReminderCall, Note: "回电话, 谈报价"}))
	must(s.AddDeal(ctx, &model.Deal{UID: "d-1", CustomerID: wang.ID, On: model.MustDate("2026-02-01"), Amount: 86_000_00, Product: "备件",
		CreditDueOn: model.MustDate("2026-03-15")}))
	must(s.AddComplaint(ctx, &model.Complaint{UID: "p-1", CustomerID: li.ID, On: model.MustDate("2026-03-05"), What: "交货晚了三天", Severity: 2, GoodFaith: true,
		ReplyBy: model.MustDate("2026-03-11")}))
	now = testNow

	got := export(t, s, ExportOptions{Format: ICal, Lang: model.Zh, Days: 30})
	path := filepath.Join("testdata", "plan_zh.ics.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no golden calendar (run go test ./exchange -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the calendar differs from %s at %s", path, firstDiff(got, want))
	}
	text := string(got)
	for _, want := range []string{"SUMMARY:拜访 · 王建国（苏州恒达精密机械）", "SUMMARY:电话 · 李娜（杭州云帆科技）",
		"SUMMARY:生日 · 王建国", "SUMMARY:投诉回复 · 李娜", "SUMMARY:收款 · 王建国", "BEGIN:VALARM", "TRIGGER;RELATED=START:PT9H"} {
		if !strings.Contains(text, want) {
			t.Errorf("the calendar lacks %q", want)
		}
	}
	for i, line := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line %d is %d bytes: %q", i+1, len(line), line)
		}
	}

	// A later export names the same events with the same UIDs and a higher SEQUENCE.
	now = testNow.AddDate(0, 0, 1)
	later := export(t, s, ExportOptions{Format: ICal, Lang: model.Zh, Days: 30})
	if uids(text) != uids(string(later)) {
		t.Errorf("UIDs changed between two exports:\n%s\n%s", uids(text), uids(string(later)))
	}
	// An event that moved (the overdue ones, put on the day of the export) has a higher SEQUENCE;
	// one that says the same keeps its own.
	if !strings.Contains(string(later), "SEQUENCE:800") || !strings.Contains(text, "SEQUENCE:799") {
		t.Error("a moved event's SEQUENCE should grow")
	}
}

func uids(ics string) string {
	var out []string
	for _, l := range strings.Split(ics, "\r\n") {
		if strings.HasPrefix(l, "UID:") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestExportScope(t *testing.T) {
	s := demoBook(t)
	var first model.Customer
	s.EachCustomer(context.Background(), store.Scope{}, func(c model.Customer) error {
		if first.ID == 0 {
			first = c
		}
		return nil
	})
	out := export(t, s, ExportOptions{Format: CSV, Lang: model.Zh, Scope: store.Scope{Only: map[int64]bool{first.ID: true}}})
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte("\ufeff")))).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != first.Name {
		t.Errorf("a scope of one customer gave %d rows (%v)", len(rows), err)
	}
}

// TestJSONBookBadHistoryIsReported: a level change to a level no one knows makes the customer a bad
// record with its reason; the other customer comes in.
func TestJSONBookBadHistoryIsReported(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	for _, name := range []string{"王建国", "李娜"} {
		c := model.Customer{Name: name, Level: model.LevelNew}
		testbook.AddCustomers(t, s, &c)
		c.Level = model.LevelVIP
		if err := s.UpdateCustomer(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	doc := string(export(t, s, ExportOptions{Format: JSON}))
	if strings.Count(doc, `"to": "vip"`) != 2 {
		t.Fatalf("two level changes should be in the document:\n%s", doc)
	}
	bad := strings.Replace(doc, `"to": "vip"`, `"to": "gold"`, 1)
	back := openBook(t)
	sum, err := ImportFrom(ctx, back, strings.NewReader(bad), int64(len(bad)), Options{Format: JSON, Lang: model.En})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || len(sum.Errors) != 1 || !strings.Contains(problems(sum.Errors, model.En), "unknown level: gold") {
		t.Errorf("added %d, errors:\n%s", sum.Added, problems(sum.Errors, model.En))
	}
}

// giveShortName gives the first customer of a book with a company a short name of the user's own.
func giveShortName(t *testing.T, s *store.Store, short string) {
	t.Helper()
	ctx := context.Background()
	var someone model.Customer
	s.EachCustomer(ctx, store.Scope{}, func(c model.Customer) error {
		if someone.ID == 0 && c.Company != "" {
			someone = c
		}
		return nil
	})
	someone.ShortName = short
	if err := s.UpdateCustomer(ctx, &someone); err != nil {
		t.Fatal(err)
	}
}
