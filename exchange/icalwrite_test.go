package exchange

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
)

// A note with a Windows line end, a lone CR, escape sequences, bytes that are not UTF-8 and the
// characters TEXT escapes: the export writes it (it failed whole before), every line is folded at
// 75 octets and holds no control character, and a reader gets the text back with its line breaks.
func TestCalendarTextIsEscapedAndFolded(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	c := model.Customer{UID: "c-1", Name: "王建国;\\,", Company: "恒达\x1b]0;title\x07精密", Level: model.LevelVIP}
	testbook.AddCustomers(t, s, &c)
	note := "回电话\r\n谈报价\r第三行\x1b[31m红\u009b字\x07;，,\\" + strings.Repeat("很长的备注", 30)
	if err := s.AddReminder(ctx, &model.Reminder{UID: "r-1", CustomerID: c.ID, DueOn: model.MustDate("2026-03-12"), Kind: model.ReminderOther, Note: note}); err != nil {
		t.Fatal(err)
	}
	out := export(t, s, ExportOptions{Format: ICal, Lang: model.Zh, Days: 7})
	if !bytes.HasSuffix(out, []byte("END:VCALENDAR\r\n")) {
		t.Fatalf("the calendar is cut short:\n%s", out)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(line), line)
		}
		for _, r := range line {
			if r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r <= 0x9f {
				t.Errorf("line %d holds control %U: %q", i+1, r, line)
			}
		}
	}
	cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
	if err != nil {
		t.Fatalf("the calendar does not read back: %v", err)
	}
	var desc string
	for _, ev := range cal.Events() {
		if uid, _ := ev.Props.Text(ical.PropUID); uid == "custom-r-1@guanxi" {
			desc, _ = ev.Props.Text(ical.PropDescription)
		}
	}
	want := "回电话\n谈报价\n第三行\ufffd[31m红\ufffd字\ufffd;，,\\" + strings.Repeat("很长的备注", 30)
	if !strings.HasPrefix(desc, want) {
		t.Errorf("description read back as %q, want it to begin %q", desc, want)
	}
	// Text that never passed validation (a damaged book, another program's file) is made valid too.
	if got := icalClean("a\xffb\x00\rc"); got != "a\ufffdb\ufffd\nc" {
		t.Errorf("icalClean = %q", got)
	}
}

// calendarEvent is an event as a reader of the calendar sees it.
type calendarEventSeen struct {
	UID         string `json:"uid"`
	Status      string `json:"status"`
	Sequence    int    `json:"sequence"`
	Start       string `json:"start"`
	RRule       string `json:"rrule"`
	Summary     string `json:"summary"`
	Description string `json:"description"`
}

// calendarReader reads calendar files into the events of each.
type calendarReader struct {
	name string
	read func(t *testing.T, files ...string) [][]calendarEventSeen
}

// goICalReader reads with go-ical, the library the export writes with.
func goICalReader() calendarReader {
	return calendarReader{"go-ical", func(t *testing.T, files ...string) [][]calendarEventSeen {
		var out [][]calendarEventSeen
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			cal, err := ical.NewDecoder(bytes.NewReader(raw)).Decode()
			if err != nil {
				t.Fatalf("go-ical: %v", err)
			}
			var evs []calendarEventSeen
			for _, ev := range cal.Events() {
				var e calendarEventSeen
				e.UID, _ = ev.Props.Text(ical.PropUID)
				e.Status, _ = ev.Props.Text(ical.PropStatus)
				e.Summary, _ = ev.Props.Text(ical.PropSummary)
				e.Description, _ = ev.Props.Text(ical.PropDescription)
				if p := ev.Props.Get(ical.PropSequence); p != nil {
					e.Sequence, _ = p.Int()
				}
				if p := ev.Props.Get(ical.PropRecurrenceRule); p != nil {
					e.RRule = p.Value
				}
				start, err := ev.DateTimeStart(time.UTC)
				if err != nil {
					t.Fatalf("go-ical: %v", err)
				}
				e.Start = start.Format("2006-01-02")
				evs = append(evs, e)
			}
			out = append(out, evs)
		}
		return out
	}}
}

// independentReaders are the calendar readers of other projects that are installed: Python's
// icalendar (Debian's python3-icalendar) and ical.js (from npm, in the folder GUANXI_ICALJS names).
// CI installs both (.ci/run) and must not skip them.
func independentReaders(t *testing.T) []calendarReader {
	t.Helper()
	var out []calendarReader
	missing := func(what string) {
		if os.Getenv("CI") != "" {
			t.Errorf("%s is not installed; CI must run it", what)
		} else {
			t.Logf("%s is not installed: not checked", what)
		}
	}
	script := func(name string) string {
		p, err := filepath.Abs(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	run := func(t *testing.T, name string, cmd *exec.Cmd) [][]calendarEventSeen {
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		raw, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr.String())
		}
		var got [][]calendarEventSeen
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatalf("%s printed %q: %v", name, raw, err)
		}
		return got
	}

	python := ""
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import icalendar").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		missing("python3-icalendar")
	} else {
		out = append(out, calendarReader{"python-icalendar", func(t *testing.T, files ...string) [][]calendarEventSeen {
			return run(t, "python-icalendar", exec.Command(python, append([]string{script("icalcheck.py")}, files...)...))
		}})
	}

	dir := os.Getenv("GUANXI_ICALJS")
	if _, err := exec.LookPath("node"); err != nil || dir == "" {
		missing("ical.js (node, with GUANXI_ICALJS naming the folder it is installed in)")
	} else if _, err := os.Stat(filepath.Join(dir, "node_modules", "ical.js")); err != nil {
		missing("ical.js in " + dir)
	} else {
		out = append(out, calendarReader{"ical.js", func(t *testing.T, files ...string) [][]calendarEventSeen {
			return run(t, "ical.js", exec.Command("node", append([]string{script("icalcheck.mjs")}, files...)...))
		}})
	}
	return out
}

// calendarBook is a book whose plan changes between two exports on the same day: a visit is
// logged (the planned visit moves on), a reminder is done, another deleted, and a weekly one
// stays.
type calendarBook struct {
	s                     *store.Store
	wang                  model.Customer
	done, deleted, weekly model.Reminder
}

func newCalendarBook(t *testing.T) *calendarBook {
	t.Helper()
	s := openBook(t)
	ctx := context.Background()
	b := &calendarBook{s: s}
	b.wang = model.Customer{UID: "c-wang", Name: "王建国", Company: "苏州恒达精密机械", Level: model.LevelVIP}
	testbook.AddCustomers(t, s, &b.wang)
	b.done = model.Reminder{UID: "r-done", CustomerID: b.wang.ID, DueOn: model.MustDate("2026-03-12"), Kind: model.ReminderCall, Note: "回电话"}
	b.deleted = model.Reminder{UID: "r-deleted", CustomerID: b.wang.ID, DueOn: model.MustDate("2026-03-13"), Kind: model.ReminderOther, Note: "寄样品"}
	b.weekly = model.Reminder{UID: "r-weekly", CustomerID: b.wang.ID, DueOn: model.MustDate("2026-03-11"), Kind: model.ReminderOther,
		Note: "周报", Repeat: model.Repeat{Every: 2, Unit: model.RepeatWeeks}}
	for _, r := range []*model.Reminder{&b.done, &b.deleted, &b.weekly} {
		if err := s.AddReminder(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// change logs a visit, completes one reminder and deletes another.
func (b *calendarBook) change(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	if err := b.s.LogInteraction(ctx, &model.Interaction{CustomerID: b.wang.ID, Channel: model.ChannelVisit, At: testNow, Summary: "拜访"}); err != nil {
		t.Fatal(err)
	}
	if err := b.s.CompleteReminder(ctx, b.done.ID); err != nil {
		t.Fatal(err)
	}
	if err := b.s.DeleteReminder(ctx, b.deleted.ID); err != nil {
		t.Fatal(err)
	}
}

func writeExport(t *testing.T, s *store.Store, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, export(t, s, ExportOptions{Format: ICal, Lang: model.En, Days: 30}), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Exported twice on the same day around changes, the second calendar updates the first, as every
// reader sees it: the visit moved with a higher SEQUENCE, the done and deleted reminders cancelled
// with a higher SEQUENCE, the weekly reminder one event with an RRULE. A third export still
// cancels them, with the same SEQUENCE.
func TestCalendarCancelsAndMovesEvents(t *testing.T) {
	b := newCalendarBook(t)
	first := writeExport(t, b.s, "first.ics")
	b.change(t)
	second := writeExport(t, b.s, "second.ics")
	third := writeExport(t, b.s, "third.ics")

	readers := append([]calendarReader{goICalReader()}, independentReaders(t)...)
	for _, rd := range readers {
		t.Run(rd.name, func(t *testing.T) {
			got := rd.read(t, first, second, third)
			if len(got) != 3 {
				t.Fatalf("read %d calendars, want 3", len(got))
			}
			byUID := make([]map[string]calendarEventSeen, 3)
			for i, evs := range got {
				byUID[i] = map[string]calendarEventSeen{}
				for _, e := range evs {
					if _, twice := byUID[i][e.UID]; twice {
						t.Errorf("calendar %d has %s twice", i+1, e.UID)
					}
					byUID[i][e.UID] = e
				}
			}
			one, two, three := byUID[0], byUID[1], byUID[2]
			visit := "visit-c-wang@guanxi"
			// 王建国, never visited, is first due on a day of the plan's first week (spread by id).
			firstVisit, _ := model.NextDueSpread(model.LevelVIP.Info().Plan, model.Date{}, model.Date{}, model.MustDate("2026-03-10"), b.wang.ID)
			if one[visit].Start != firstVisit.String() || two[visit].Start != "2026-03-17" || two[visit].Sequence <= one[visit].Sequence {
				t.Errorf("the planned visit should move from its first day to 03-17 with a higher SEQUENCE: %+v then %+v", one[visit], two[visit])
			}
			if two[visit].Status != "CONFIRMED" {
				t.Errorf("the visit is confirmed: %+v", two[visit])
			}
			for _, uid := range []string{"call-r-done@guanxi", "custom-r-deleted@guanxi"} {
				before, after, again := one[uid], two[uid], three[uid]
				if before.UID == "" || before.Status != "CONFIRMED" {
					t.Errorf("%s should be in the first calendar: %+v", uid, before)
				}
				if after.Status != "CANCELLED" || after.Sequence <= before.Sequence || after.Start != before.Start {
					t.Errorf("%s should be cancelled on its day with a higher SEQUENCE: %+v then %+v", uid, before, after)
				}
				if again.Status != "CANCELLED" || again.Sequence != after.Sequence {
					t.Errorf("%s should stay cancelled with the same SEQUENCE: %+v then %+v", uid, after, again)
				}
			}
			weekly := "custom-r-weekly@guanxi"
			if w := two[weekly]; !strings.Contains(w.RRule, "FREQ=WEEKLY") || !strings.Contains(w.RRule, "INTERVAL=2") || w.Start != "2026-03-11" {
				t.Errorf("the weekly reminder should be one event repeating every two weeks from 03-11: %+v", w)
			}
			if w1, w2 := one[weekly], two[weekly]; w1.Sequence != w2.Sequence {
				t.Errorf("an unchanged event keeps its SEQUENCE: %d then %d", w1.Sequence, w2.Sequence)
			}
			if !strings.Contains(two[visit].Summary, "王建国") {
				t.Errorf("summary %q", two[visit].Summary)
			}
		})
	}
}

// An export of some customers only leaves the events of the others as they are.
func TestCalendarScopeCancelsOnlyItsOwn(t *testing.T) {
	b := newCalendarBook(t)
	li := model.Customer{UID: "c-li", Name: "李娜", Level: model.LevelVIP}
	testbook.AddCustomers(t, b.s, &li)
	export(t, b.s, ExportOptions{Format: ICal, Lang: model.En, Days: 30})
	only := export(t, b.s, ExportOptions{Format: ICal, Lang: model.En, Days: 30, Scope: store.Scope{Only: map[int64]bool{li.ID: true}}})
	if strings.Contains(string(only), "CANCELLED") || strings.Contains(string(only), "c-wang") {
		t.Errorf("an export of 李娜 alone should cancel nothing of 王建国's:\n%s", only)
	}
	all := export(t, b.s, ExportOptions{Format: ICal, Lang: model.En, Days: 30})
	if strings.Contains(string(all), "CANCELLED") {
		t.Errorf("nothing changed, nothing is cancelled:\n%s", all)
	}
}

// khal, a calendar of the terminal, imports the first export and then the second over it: the
// visit moves to its new day and the done and deleted reminders show cancelled. Skipped where
// khal is not installed (CI installs it when its packages allow).
func TestKhalImportsTwice(t *testing.T) {
	khal, err := exec.LookPath("khal")
	if err != nil {
		t.Skip("khal is not installed")
	}
	b := newCalendarBook(t)
	first := writeExport(t, b.s, "first.ics")
	b.change(t)
	second := writeExport(t, b.s, "second.ics")

	home := t.TempDir()
	vdir := filepath.Join(home, "calendars", "guanxi")
	if err := os.MkdirAll(vdir, 0o700); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(home, "khal.conf")
	if err := os.WriteFile(conf, []byte("[calendars]\n[[guanxi]]\npath = "+vdir+"\n[locale]\ntimeformat = %H:%M\n"+
		"dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"+
		"longdatetimeformat = %Y-%m-%d %H:%M\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	khalRun := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(khal, append([]string{"-c", conf}, args...)...)
		cmd.Env = append(os.Environ(), "HOME="+home, "XDG_DATA_HOME="+filepath.Join(home, "data"),
			"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "LC_ALL=C.UTF-8", "TZ=UTC")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("khal %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	khalRun("import", "--batch", first)
	before := khalRun("list", "2026-03-01", "2026-03-31")
	khalRun("import", "--batch", second)
	after := khalRun("list", "2026-03-01", "2026-03-31")

	day := func(list, date string) string { // the lines under one day's heading
		_, rest, ok := strings.Cut(list, date+"\n")
		if !ok {
			return ""
		}
		var lines []string
		for _, l := range strings.Split(rest, "\n") {
			if !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "CANCELLED") {
				break
			}
			lines = append(lines, l)
		}
		return strings.Join(lines, "\n")
	}
	// 王建国, never visited, is due a first visit spread over the plan's first week.
	firstVisit, _ := model.NextDueSpread(model.LevelVIP.Info().Plan, model.Date{}, model.Date{}, model.MustDate("2026-03-10"), b.wang.ID)
	// The first is named "1st visit", the next "Visit": the summary starts with what the item is.
	visit := "isit · 王建国"
	if !strings.Contains(day(before, firstVisit.String()), visit) || strings.Contains(day(after, firstVisit.String()), visit) ||
		!strings.Contains(day(after, "2026-03-17"), visit) {
		t.Errorf("the visit should move from 03-10 to 03-17:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	for _, date := range []string{"2026-03-12", "2026-03-13"} {
		if strings.Contains(day(before, date), "CANCELLED") || !strings.Contains(day(after, date), "CANCELLED") {
			t.Errorf("the reminder of %s should show cancelled after the second import:\nbefore:\n%s\nafter:\n%s", date, before, after)
		}
	}
}
