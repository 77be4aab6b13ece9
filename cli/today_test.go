package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"guanxi/model"
)

// invocation is a command line's shared state on the book b, for calling a run function directly
// with its options, as a test of one command's logic without parsing a command line.
func (b *book) invocation() (c *cli, out, errOut *bytes.Buffer) {
	out, errOut = &bytes.Buffer{}, &bytes.Buffer{}
	now := b.now
	c = newCLI(func(k string) string { return b.env[k] }, strings.NewReader(""), out, errOut, func() time.Time { return now })
	c.lang = "en"
	c.dbFlag = b.path
	return c, out, errOut
}

// printed is what run prints on an invocation of the book in lang: to a pipe (width 0), or to a
// terminal width cells wide, in colour when color.
func (b *book) printed(lang string, width int, color bool, run func(c *cli) error) string {
	b.t.Helper()
	c, out, _ := b.invocation()
	c.lang = model.Lang(lang)
	if width > 0 {
		c.stdout.term, c.stdout.color, c.stdout.width = true, color, width
	}
	if err := run(c); err != nil {
		b.t.Fatal(err)
	}
	c.flush()
	return out.String()
}

// TestRunToday calls runToday with its options: the days are checked, the JSON is the checklist,
// and the table has the groups.
func TestRunToday(t *testing.T) {
	b := newBook(t)
	id := b.add("--name", "张三")
	b.ok("remind", id, "--on", "today", "--note", "回访")

	c, _, _ := b.invocation()
	if err := c.runToday(&todayOptions{Days: -1}); exitCode(err) != 2 {
		t.Errorf("--days -1: %v", err)
	}
	out := b.printed("en", 0, false, func(c *cli) error { return c.runToday(&todayOptions{Days: 3, JSON: true}) })
	// The reminder is due today, and the new customer's first visit falls within the plan's first
	// interval (spread by id).
	items := decodeArray(t, out)
	if len(items) != 2 || items[0]["customer_name"] != "张三" || items[0]["note"] != "回访" || items[1]["kind"] != "visit" {
		t.Errorf("today --json: %v", items)
	}
	if s := b.printed("en", 0, false, func(c *cli) error { return c.runToday(&todayOptions{Days: 3}) }); !strings.Contains(s, "Today 2026-03-10 (1)") || !strings.Contains(s, "1st visit") {
		t.Errorf("today:\n%s", s)
	}
}

// TestTodayNamesEachCustomerOnce: `guanxi today` names an organisation filed under its own name
// once, across the customer's and the company's columns, as the list does; a company too long for
// its column goes by its short name; a greeting before its day is dated on the day itself.
func TestTodayNamesEachCustomerOnce(t *testing.T) {
	b := newBook(t)
	org := b.add("--name", "南京康泰电气设备股份有限公司", "--company", "南京康泰电气设备股份有限公司", "--kind", "organisation")
	person := b.add("--name", "欧阳建国", "--company", "上海浦东新区华东精密机械制造股份有限公司", "--birthday", "1980-03-12")
	b.ok("remind", org, "--on", "today", "--note", "确认交货时间")
	b.ok("remind", person, "--on", "today", "--note", "寄送样品")
	out := b.ok("today", "--lang", "zh")
	rows := map[string]string{}
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]+" "+f[len(f)-1]] = l
		}
	}
	orgRow, personRow, birthday := rows[org+" 确认交货时间"], rows[person+" 寄送样品"], rows[person+" 03-12"]
	if strings.Count(orgRow, "康泰电气") != 1 || !strings.Contains(orgRow, "南京康泰电气设备股份有限公司") {
		t.Errorf("the organisation should be named once, whole:\n%s", out)
	}
	if !strings.Contains(personRow, "欧阳建国") || !strings.Contains(personRow, " 华东精密机械制造 ") || strings.Contains(personRow, "上海浦东") {
		t.Errorf("a company too long for its column should go by its short name:\n%s", out)
	}
	if !strings.Contains(birthday, "2 天后生日  2026-03-12") {
		t.Errorf("a birthday in two days should be dated on its day:\n%s", out)
	}
}

// TestListNamesEachCustomerOnce: `guanxi list` names an organisation filed under its own name once,
// and a company too long for its column by its short name, as `guanxi today` does.
func TestListNamesEachCustomerOnce(t *testing.T) {
	b := newBook(t)
	org := b.add("--name", "南京康泰电气设备股份有限公司", "--company", "南京康泰电气设备股份有限公司", "--kind", "organisation")
	person := b.add("--name", "欧阳建国", "--company", "上海浦东新区华东精密机械制造股份有限公司")
	rows := map[string]string{}
	for _, l := range strings.Split(b.ok("list", "--lang", "zh"), "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = l
		}
	}
	if row := rows[org]; strings.Count(row, "康泰电气") != 1 || !strings.Contains(row, "南京康泰电气设备股份有限公司") {
		t.Errorf("the organisation should be named once, whole: %q", row)
	}
	if row := rows[person]; !strings.Contains(row, " 华东精密机械制造 ") || strings.Contains(row, "上海浦东") {
		t.Errorf("a company too long for its column should go by its short name: %q", row)
	}
}

// TestTodayFitsANarrowTerminal: on an 80-column terminal `guanxi today` keeps every line within
// it — the date and the types give way, the company's column narrows to what is left (a long
// company by its short name, an organisation too long for its columns too) — and why each item
// is due goes whole on the lines below it.
func TestTodayFitsANarrowTerminal(t *testing.T) {
	b := newBook(t)
	person := b.add("--name", "欧阳建国", "--company", "上海浦东新区华东精密机械制造股份有限公司")
	org := b.add("--name", "苏州骏马轨道交通设备股份有限公司", "--company", "苏州骏马轨道交通设备股份有限公司", "--kind", "organisation")
	note := "确认CK6150交货时间，并把新报价单和付款条件一起发给采购部的周经理审核，下周一前回复客户"
	b.ok("remind", person, "--on", "today", "--note", note)
	b.ok("remind", org, "--on", "today", "--note", "寄送样品")
	long := b.add("--name", "广州浦东新区鼎盛智能装备股份有限公司", "--company", "广州浦东新区鼎盛智能装备股份有限公司", "--kind", "organisation")
	b.ok("remind", long, "--on", "today", "--note", "寄送样品")
	for _, lang := range []string{"zh", "en"} {
		printed := b.printed(lang, 80, false, func(c *cli) error { return c.runToday(&todayOptions{Days: 7}) })
		lines := strings.Split(printed, "\n")
		var reason []string
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > 80 {
				t.Errorf("%s: a line is %d cells wide at 80 columns: %q", lang, w, l)
			}
			if strings.Contains(l, "欧阳建国") && i+1 < len(lines) && strings.Contains(lines[i+1], "↳ 确认") {
				for _, r := range lines[i+1:] {
					if !strings.HasPrefix(r, "    ") {
						break
					}
					reason = append(reason, strings.TrimLeft(strings.TrimSpace(r), "↳ "))
				}
				if !strings.Contains(l, "华东精密机械制造") || strings.Contains(l, "上海浦东") {
					t.Errorf("%s: the company should go by its short name: %q", lang, l)
				}
			}
		}
		if strings.Join(reason, "") != note {
			t.Errorf("%s: the reminder should read whole below its line, got %q:\n%s", lang, reason, printed)
		}
		if !strings.Contains(printed, "苏州骏马轨道交通设备股份有限公司") {
			t.Errorf("%s: the organisation should be named whole:\n%s", lang, printed)
		}
		if !strings.Contains(printed, " 鼎盛智能装备 ") || strings.Contains(printed, "广州浦东") {
			t.Errorf("%s: an organisation too long for its columns should go by its short name, not cut:\n%s", lang, printed)
		}
	}
}

// TestTodayNamesInPinyinOrder: customers of one level with reminders due the same day come in
// `guanxi today` and its JSON by their names read as pinyin (安娜, 李娜, 张伟), as in the list.
func TestTodayNamesInPinyinOrder(t *testing.T) {
	b := newBook(t)
	for _, name := range []string{"张伟", "李娜", "安娜"} {
		id := b.add("--name", name, "--level", "vip")
		b.ok("remind", id, "--on", "today", "--note", "回访")
	}
	out := b.printed("en", 0, false, func(c *cli) error { return c.runToday(&todayOptions{Days: 0, JSON: true}) })
	var names []string
	for _, it := range decodeArray(t, out) {
		if it["note"] == "回访" {
			names = append(names, it["customer_name"].(string))
		}
	}
	if got := strings.Join(names, " "); got != "安娜 李娜 张伟" {
		t.Errorf("today --json: %q, want 安娜 李娜 张伟", got)
	}
	s := b.printed("en", 0, false, func(c *cli) error { return c.runToday(&todayOptions{Days: 0}) })
	if a, l, z := strings.Index(s, "安娜"), strings.Index(s, "李娜"), strings.Index(s, "张伟"); a < 0 || !(a < l && l < z) {
		t.Errorf("today, not 安娜, 李娜, 张伟:\n%s", s)
	}
}

// TestTodayShortensAnOrganisationTooLongForBothColumns: in the table written to a pipe, an
// organisation whose own name is wider than the customer's and the company's columns together
// goes by its short name, made when its row is written, and is not cut.
func TestTodayShortensAnOrganisationTooLongForBothColumns(t *testing.T) {
	b := newBook(t)
	name := "广州市天河区鼎盛智能装备股份有限公司"
	long := b.add("--name", name, "--company", name, "--kind", "organisation")
	b.ok("remind", long, "--on", "today", "--note", "寄送样品")
	out := b.ok("today", "--lang", "zh")
	short := model.ShortCompanyName(name)
	if short == name || short == "" {
		t.Fatalf("the test's name should have a short name, got %q", short)
	}
	var row string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "寄送样品") {
			row = l
		}
	}
	if !strings.Contains(row, " "+short+" ") || strings.Contains(row, "广州市") || strings.Contains(row, "…") {
		t.Errorf("the organisation should go by its short name %q, not cut:\n%s", short, out)
	}
}
