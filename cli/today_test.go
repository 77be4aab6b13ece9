package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
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
	c, out, _ := b.invocation()
	if err := c.runToday(&todayOptions{Days: 3, JSON: true}); err != nil {
		t.Fatal(err)
	}
	c.flush()
	// The reminder is due today, and the new customer's first visit falls within the plan's first
	// interval (spread by id).
	items := decodeArray(t, out.String())
	if len(items) != 2 || items[0]["customer_name"] != "张三" || items[0]["note"] != "回访" || items[1]["kind"] != "visit" {
		t.Errorf("today --json: %v", items)
	}
	c, out, _ = b.invocation()
	if err := c.runToday(&todayOptions{Days: 3}); err != nil {
		t.Fatal(err)
	}
	c.flush()
	if s := out.String(); !strings.Contains(s, "Today 2026-03-10 (1)") || !strings.Contains(s, "1st visit") {
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
