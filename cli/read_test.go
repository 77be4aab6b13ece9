package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

func TestAddListShowTodayRoundTrip(t *testing.T) {
	b := newBook(t)
	if id := b.add("--name", "张三", "--company", "华星机电有限公司", "--phone", "138 0013 8000", "--level", "战略客户", "--type", "犹豫型"); id != "1" {
		t.Fatalf("add printed %q, want the id 1", id)
	}
	b.add("--name", "李四", "--company", "东方贸易")

	list := b.ok("list")
	for _, want := range []string{"张三", "华星机电有限公司", "Strategic", "李四", "东方贸易", "Hesitant", "2 customers"} {
		if !strings.Contains(list, want) {
			t.Errorf("list lacks %q:\n%s", want, list)
		}
	}
	if got := b.ok("list", "--query", "华星"); !strings.Contains(got, "张三") || strings.Contains(got, "李四") {
		t.Errorf("list --query 华星:\n%s", got)
	}
	if got := b.ok("list", "--query", "zs"); !strings.Contains(got, "张三") || strings.Contains(got, "李四") || !strings.Contains(got, "1 customer\n") {
		t.Errorf("list --query zs (pinyin initials, as the list view finds):\n%s", got)
	}
	if got := b.ok("list", "--level", "strategic"); !strings.Contains(got, "张三") || strings.Contains(got, "李四") {
		t.Errorf("list --level strategic:\n%s", got)
	}
	if got := b.ok("list", "--type", "犹豫型"); !strings.Contains(got, "张三") || strings.Contains(got, "李四") {
		t.Errorf("list --type 犹豫型:\n%s", got)
	}

	show := b.ok("--lang", "zh", "show", "张三")
	// 张三, customer 1 on a two-week plan, is due a first visit the day after joining (spread by id).
	for _, want := range []string{"张三", "华星机电有限公司", "战略客户", "维护", "犹豫型", "应对：", "下次拜访", "2026-03-11"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	if got := b.ok("show", "13800138000"); !strings.Contains(got, "张三") {
		t.Errorf("show by phone:\n%s", got)
	}

	today := b.ok("today")
	for _, want := range []string{"Next 7 days", "张三", "李四", "1st visit"} {
		if !strings.Contains(today, want) {
			t.Errorf("today lacks %q:\n%s", want, today)
		}
	}
	if zh := b.ok("today", "--lang", "zh"); !strings.Contains(zh, "未来 7 天") || !strings.Contains(zh, "首次拜访") {
		t.Errorf("today --lang zh:\n%s", zh)
	}
}

func TestJSONKeysAndTypes(t *testing.T) {
	b := newBook(t)
	added := decodeObject(t, b.ok("add", "--name", "王五", "--company", "远航物流", "--json"))
	assertKeys(t, "add --json", added, customerKeys)
	b.ok("deal", "1", "--amount", "1.5万", "--product", "伺服电机", "--credit-due", "+30d")
	b.ok("log", "1", "--channel", "call", "--note", "问了交期")
	b.ok("remind", "1", "--on", "+3d", "--kind", "visit", "--note", "送样品")

	list := decodeArray(t, b.ok("list", "--json"))
	if len(list) != 1 {
		t.Fatalf("list --json: %d customers, want 1", len(list))
	}
	c := list[0]
	assertKeys(t, "list --json", c, customerKeys)
	if id, ok := c["id"].(float64); !ok || id != 1 {
		t.Errorf("id = %#v, want the number 1", c["id"])
	}
	if v, ok := c["order_total"].(float64); !ok || v != 15000 {
		t.Errorf("order_total = %#v, want the number 15000", c["order_total"])
	}
	if v, ok := c["owed"].(float64); !ok || v != 15000 {
		t.Errorf("owed = %#v, want the number 15000", c["owed"])
	}
	if c["abc"] != "A" {
		t.Errorf("abc = %#v, want \"A\" (the one customer with revenue)", c["abc"])
	}
	if v, ok := c["first_deal_on"].(string); !ok || v != "2026-03-10" {
		t.Errorf("first_deal_on = %#v", c["first_deal_on"])
	}
	if v, ok := c["last_contact_on"].(string); !ok || v != "2026-03-10" {
		t.Errorf("last_contact_on = %#v", c["last_contact_on"])
	}
	for _, k := range []string{"tags", "types"} {
		if v, ok := c[k].([]any); !ok || len(v) != 0 {
			t.Errorf("%s = %#v, want []", k, c[k])
		}
	}

	fresh := decodeObject(t, b.ok("add", "--name", "赵六", "--json"))
	for _, k := range []string{"first_deal_on", "last_contact_on"} {
		if v, present := fresh[k]; !present || v != nil {
			t.Errorf("a new customer's %s = %#v, want null", k, v)
		}
	}

	show := decodeObject(t, b.ok("show", "1", "--json"))
	assertKeys(t, "show --json", show, showKeys)
	timeline, ok := show["timeline"].([]any)
	if !ok || len(timeline) != 2 {
		t.Fatalf("timeline = %#v, want two entries", show["timeline"])
	}
	for _, k := range []string{"contacts", "reminders"} {
		if _, ok := show[k].([]any); !ok {
			t.Errorf("%s = %#v, want an array", k, show[k])
		}
	}
	if r := show["reminders"].([]any); len(r) != 1 {
		t.Errorf("reminders = %#v, want one", r)
	}
	if v, ok := show["next_visit_on"].(string); !ok || v != "2026-03-11" { // a first visit, spread by id
		t.Errorf("next_visit_on = %#v", show["next_visit_on"])
	}

	items := decodeArray(t, b.ok("today", "--json"))
	if len(items) == 0 {
		t.Fatal("today --json is empty")
	}
	for _, it := range items {
		assertKeys(t, "today --json item", it, itemKeys)
		if _, ok := it["overdue_days"].(float64); !ok {
			t.Errorf("overdue_days = %#v, want a number", it["overdue_days"])
		}
		if _, ok := it["types"].([]any); !ok {
			t.Errorf("types = %#v, want an array", it["types"])
		}
		if _, ok := it["due_on"].(string); !ok {
			t.Errorf("due_on = %#v, want a date", it["due_on"])
		}
	}
}

func TestEmptyResultsAreEmptyArrays(t *testing.T) {
	b := newBook(t)
	for _, args := range [][]string{{"list", "--json"}, {"today", "--json"}} {
		if got := strings.TrimSpace(b.ok(args...)); got != "[]" {
			t.Errorf("%v on an empty book = %q, want []", args, got)
		}
	}
	b.add("--name", "张三")
	if got := strings.TrimSpace(b.ok("list", "--json", "--query", "nobody")); got != "[]" {
		t.Errorf("list with no match = %q, want []", got)
	}
}

func TestAmbiguousRefListsMatches(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--company", "华星机电")
	b.add("--name", "张三", "--company", "东方贸易")
	for _, cmd := range [][]string{{"show", "张三"}, {"log", "张三", "--channel", "call", "--note", "x"}} {
		r := b.run(cmd...)
		if r.code != 1 {
			t.Errorf("%v: exit %d, want 1", cmd, r.code)
		}
		for _, want := range []string{"1 张三", "华星机电", "2 张三", "东方贸易"} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("%v: stderr lacks %q: %q", cmd, want, r.stderr)
			}
		}
	}
	if got := b.ok("show", "2"); !strings.Contains(got, "东方贸易") {
		t.Errorf("show by id:\n%s", got)
	}
	r := b.run("show", "王五")
	if r.code != 1 || !strings.Contains(r.stderr, "王五") {
		t.Errorf("show of nobody: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestFlagsBeforeAndAfterRef(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	a := b.ok("show", "1", "--json")
	if got := b.ok("show", "--json", "1"); got != a {
		t.Errorf("show --json 1 differs from show 1 --json")
	}
	// --db after the command, too.
	var out, errb bytes.Buffer
	c := newCLI(func(string) string { return "" }, nil, &out, &errb, func() time.Time { return day0 })
	if code := c.main([]string{"show", "1", "--json", "--db", b.path}); code != 0 || out.String() != a {
		t.Errorf("--db after the command: exit %d, stderr %q", code, errb.String())
	}
}

func TestGuanxiDBEnvironment(t *testing.T) {
	path := filepath.Join(t.TempDir(), "env.db")
	env := func(k string) string {
		if k == "GUANXI_DB" {
			return path
		}
		return ""
	}
	var out, errb bytes.Buffer
	if code := Run([]string{"add", "--name", "周七"}, env, nil, &out, &errb); code != 0 {
		t.Fatalf("add with GUANXI_DB: exit %d, %q", code, errb.String())
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("GUANXI_DB was not used: %v", err)
	}
	out.Reset()
	if code := Run([]string{"list"}, env, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "周七") {
		t.Errorf("list with GUANXI_DB: exit %d, %q", code, out.String())
	}
	// --db wins over GUANXI_DB.
	other := filepath.Join(t.TempDir(), "other.db")
	out.Reset()
	if code := Run([]string{"list", "--db", other, "--json"}, env, nil, &out, &errb); code != 0 || strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("--db over GUANXI_DB: exit %d, %q", code, out.String())
	}
}

func TestLanguageFromEnvironment(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	b.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	if got := b.ok("list"); !strings.Contains(got, "姓名") || !strings.Contains(got, "共 1 位客户") {
		t.Errorf("LANG=zh_CN list:\n%s", got)
	}
	b.env = map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}
	if got := b.ok("list"); !strings.Contains(got, "NAME") {
		t.Errorf("LC_ALL=C wins over LANG:\n%s", got)
	}
	b.env = map[string]string{"LC_MESSAGES": "zh_TW.UTF-8"}
	if got := b.ok("list", "--lang", "en"); !strings.Contains(got, "NAME") {
		t.Errorf("--lang en wins over the environment:\n%s", got)
	}
}

// TestTableColumnsAlignInCells checks that each column starts at the same cell in every row
// when names mix Chinese, Latin and ambiguous-width characters.
func TestTableColumnsAlignInCells(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--company", "华星机电有限公司")
	b.add("--name", "Li Si", "--company", "Orient·Trade “Co”")
	b.add("--name", "欧阳娜娜", "--company", "ACME")
	for _, lang := range []string{"en", "zh"} {
		out := b.ok("list", "--lang", lang)
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		rows := lines[:len(lines)-1] // the last line is the count
		var starts []int
		for i, line := range rows {
			var s []int
			pos, spaces := 0, 2
			for _, r := range line {
				if r == ' ' {
					spaces++
				} else {
					if spaces >= 2 {
						s = append(s, pos)
					}
					spaces = 0
				}
				pos += ansi.StringWidth(string(r))
			}
			if i == 0 {
				starts = s
				continue
			}
			for j := 0; j < len(s) && j < len(starts); j++ {
				if s[j] != starts[j] {
					t.Errorf("%s: row %d column %d starts at cell %d, header at %d:\n%s", lang, i, j, s[j], starts[j], out)
					break
				}
			}
		}
	}
}

func TestCheckAndBackup(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	if got := b.ok("check"); !strings.Contains(got, "ok") {
		t.Errorf("check: %q", got)
	}
	dest := filepath.Join(t.TempDir(), "copy.db")
	b.ok("backup", dest)
	r := b.run("backup", dest)
	if r.code != 1 || !strings.Contains(r.stderr, "--force") {
		t.Errorf("backup over an existing file: exit %d, %q", r.code, r.stderr)
	}
	b.ok("backup", dest, "--force")
	copyBook := &book{t: t, path: dest, env: b.env, now: day0}
	if got := copyBook.ok("list"); !strings.Contains(got, "张三") {
		t.Errorf("the backup does not hold the customer:\n%s", got)
	}
}

func TestHelpVersionAndUnknownCommands(t *testing.T) {
	b := newBook(t)
	for _, args := range [][]string{{"--help"}, {"help"}, {"help", "log"}, {"log", "--help"}, {"-h"}} {
		r := b.run(args...)
		if r.code != 0 || !strings.Contains(r.stdout, "guanxi") {
			t.Errorf("%v: exit %d, stdout %q", args, r.code, r.stdout)
		}
	}
	if got := b.ok("log", "--help"); !strings.Contains(got, "--channel") || !strings.Contains(got, "--note") {
		t.Errorf("log --help:\n%s", got)
	}
	if got := b.ok("--version"); !strings.HasPrefix(got, "guanxi ") {
		t.Errorf("--version: %q", got)
	}
	for _, name := range []string{"importt", "frobnicate"} {
		r := b.run(name)
		if r.code != 2 || !strings.Contains(r.stderr, name) || !strings.Contains(r.stderr, "today") {
			t.Errorf("%s: exit %d, stderr %q", name, r.code, r.stderr)
		}
	}
	if help := b.ok("--help"); !strings.Contains(help, "import") || !strings.Contains(help, "snapshots") {
		t.Errorf("help should list import, export and snapshots:\n%s", help)
	}
	for _, args := range [][]string{{"list", "--bogus"}, {"today", "--days", "x"}, {"show"}, {"show", "1", "2"}, {"--lang", "fr", "list"}} {
		if r := b.run(args...); r.code != 2 || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q, want a usage error", args, r.code, r.stderr)
		}
	}
}

// TestShowHasComplaintsAndPayments: the archive shows each complaint with where it stands against
// the reply promised, and the payments received on credit, in text and in JSON.
func TestShowHasComplaintsAndPayments(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--company", "华东机电")
	b.ok("complain", "张三", "--what", "交货晚了三天", "--on", "2026-03-05", "--reply-by", "2026-03-07", "--handler", "李工", "--severity", "3")
	b.ok("complain", "张三", "--what", "发票抬头错了", "--malicious", "--reply-by", "+2d")
	b.ok("complain", "张三", "--what", "包装破损", "--on", "2026-03-01", "--reply-by", "2026-03-03")
	b.ok("resolve", "3", "--summary", "补发了新包装", "--on", "2026-03-02")
	b.ok("deal", "张三", "--amount", "5万", "--product", "监护仪", "--credit-due", "+30d")
	b.ok("pay", "张三", "--amount", "2万", "--note", "第一笔")

	show := b.ok("--lang", "zh", "show", "张三")
	for _, want := range []string{"投诉", "严重", "已失约", "逾期 3 天", "交货晚了三天", "处理人：李工",
		"疑似恶意", "2 天后", "已解决", "补发了新包装", "收款", "¥20,000", "第一笔"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	m := decodeObject(t, b.ok("show", "张三", "--json"))
	complaints, _ := m["complaints"].([]any)
	payments, _ := m["payments"].([]any)
	if len(complaints) != 3 || len(payments) != 1 {
		t.Fatalf("show --json: %d complaints and %d payments, want 3 and 1:\n%v", len(complaints), len(payments), m)
	}
	states := map[string]string{}
	for _, c := range complaints {
		c := c.(map[string]any)
		states[c["what"].(string)] = c["state"].(string)
	}
	want := map[string]string{"交货晚了三天": "broken", "发票抬头错了": "open", "包装破损": "resolved"}
	for what, state := range want {
		if states[what] != state {
			t.Errorf("complaint %q is %q, want %q", what, states[what], state)
		}
	}
	if p := payments[0].(map[string]any); p["amount"] != 20000.0 || p["note"] != "第一笔" || p["on"] != "2026-03-10" {
		t.Errorf("payment: %v", p)
	}
}

// TestCheckNamesTheDamageOfABookCutShort: a book too damaged to open is still checked: check says
// how it is damaged, not only that it cannot be opened.
func TestCheckNamesTheDamageOfABookCutShort(t *testing.T) {
	b := newBook(t)
	for i := 0; i < 30; i++ {
		b.add("--name", fmt.Sprintf("客户%02d", i), "--company", strings.Repeat("恒达", i%5+1))
	}
	data, err := os.ReadFile(b.path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b.path, data[:len(data)-1000], 0o600); err != nil {
		t.Fatal(err)
	}
	r := b.run("check")
	if r.code != 1 || !strings.Contains(r.stdout, "cut short") || !strings.Contains(r.stderr, "1 problems") {
		t.Errorf("check of a book cut short: %+v", r)
	}
}

// TestABookReadableByOthersIsMadePrivateAndSaid: the user is told when their book was readable by
// others and is now theirs alone.
func TestABookReadableByOthersIsMadePrivateAndSaid(t *testing.T) {
	b := newBook(t)
	b.add("--name", "王建国")
	if err := os.Chmod(b.path, 0o644); err != nil {
		t.Fatal(err)
	}
	r := b.run("list")
	if r.code != 0 || !strings.Contains(r.stderr, "could be read by others") || !strings.Contains(r.stderr, "yours alone") {
		t.Errorf("a book readable by others: %+v", r)
	}
	if info, _ := os.Stat(b.path); info.Mode().Perm() != 0o600 {
		t.Errorf("the book is %v, want 0600", info.Mode().Perm())
	}
	if r := b.run("list"); r.stderr != "" {
		t.Errorf("said again of a private book: %q", r.stderr)
	}
}
