package cli

import (
	"context"
	"strings"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

func TestAddWithChineseLevelAndType(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--level", "战略客户", "--type", "犹豫型", "--type", "analytical", "--stage", "成交客户", "--kind", "企业客户")
	c := decodeObject(t, b.ok("show", "1", "--json"))
	if c["level"] != "strategic" || c["stage"] != "customer" || c["kind"] != "organisation" {
		t.Errorf("level %v, stage %v, kind %v", c["level"], c["stage"], c["kind"])
	}
	types, _ := c["types"].([]any)
	if len(types) != 2 || types[0] != "hesitant" || types[1] != "analytical" {
		t.Errorf("types = %v, want [hesitant analytical]", c["types"])
	}
}

func TestUnknownChoicesAreRefusedAndListed(t *testing.T) {
	b := newBook(t)
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"add", "--name", "张三", "--level", "超级客户"}, []string{"超级客户", "strategic", "战略客户", "vip"}},
		{[]string{"add", "--name", "张三", "--stage", "done"}, []string{"prospect", "潜在客户"}},
		{[]string{"add", "--name", "张三", "--type", "犹豫行"}, []string{"犹豫行", "hesitant", "犹豫型"}},
		{[]string{"add", "--name", "张三", "--type", "hesitnt"}, []string{"hesitant"}},
		{[]string{"list", "--sort", "age"}, []string{"next_due", "name"}},
	}
	for _, tc := range cases {
		r := b.run(tc.args...)
		if r.code != 2 {
			t.Errorf("%v: exit %d, want 2", tc.args, r.code)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stderr, w) {
				t.Errorf("%v: stderr lacks %q: %q", tc.args, w, r.stderr)
			}
		}
	}
	if got := strings.TrimSpace(b.ok("list", "--json")); got != "[]" {
		t.Errorf("a refused add saved something: %s", got)
	}
	r := b.run("--lang", "zh", "add", "--name", "张三", "--level", "超级客户")
	if r.code != 2 || !strings.Contains(r.stderr, "未知的客户级别") {
		t.Errorf("zh: exit %d, %q", r.code, r.stderr)
	}
}

// TestEveryCodeFlagNamesItsList: a bad value of any flag that takes a code says which list it is
// not in, in both languages (the role and the reminder's kind once left a blank there).
func TestEveryCodeFlagNamesItsList(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	b.ok("remind", "1", "--on", "tomorrow", "--note", "回访")
	cases := []struct {
		args   []string
		en, zh string
	}{
		{[]string{"add", "--name", "李四", "--level", "bad"}, "unknown level", "未知的客户级别"},
		{[]string{"add", "--name", "李四", "--stage", "bad"}, "unknown stage", "未知的"},
		{[]string{"add", "--name", "李四", "--kind", "bad"}, "unknown kind", "未知的类型"},
		{[]string{"contact", "add", "1", "--name", "李四", "--role", "bad"}, "unknown role", "未知的角色"},
		{[]string{"remind", "1", "--on", "tomorrow", "--kind", "bad"}, "unknown reminder kind", "未知的提醒类型"},
		{[]string{"remind", "edit", "1", "--kind", "bad"}, "unknown reminder kind", "未知的提醒类型"},
	}
	for _, tc := range cases {
		for _, lang := range []struct{ flag, want string }{{"en", tc.en}, {"zh", tc.zh}} {
			r := b.run(append([]string{"--lang", lang.flag}, tc.args...)...)
			if r.code != 2 || !strings.Contains(r.stderr, lang.want) || strings.Contains(r.stderr, "unknown  ") || strings.Contains(r.stderr, "未知的“") {
				t.Errorf("%s %v: exit %d, %q, want %q", lang.flag, tc.args, r.code, r.stderr, lang.want)
			}
		}
	}
}

func TestLogMovesCustomerOutOfOverdue(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--level", "vip")
	b.add("--name", "李四")
	b.now = day0.AddDate(0, 0, 20)

	overdue := func() map[string]bool {
		out := map[string]bool{}
		for _, it := range decodeArray(t, b.ok("today", "--json")) {
			if it["overdue_days"].(float64) > 0 {
				out[it["customer_name"].(string)] = true
			}
		}
		return out
	}
	if got := overdue(); !got["张三"] || !got["李四"] {
		t.Fatalf("before logging, overdue = %v", got)
	}
	// First visits spread by id: 张三 (1) a day after joining, 李四 (2) two days after.
	if text := b.ok("today"); !strings.Contains(text, "Overdue (2)") || !strings.Contains(text, "19 days late") {
		t.Errorf("today:\n%s", text)
	}
	out := b.ok("log", "张三", "--channel", "拜访", "--note", "谈了新一年的协议")
	if !strings.Contains(out, "2026-04-07") { // a VIP is visited every week; Monday 6 April is 清明's day off
		t.Errorf("log did not say the next visit: %q", out)
	}
	if got := overdue(); got["张三"] || !got["李四"] {
		t.Errorf("after logging, overdue = %v, want only 李四", got)
	}
	text := b.ok("today", "--days", "8") // the next visit is 8 days ahead, after 清明
	overdueGroup, upcoming, _ := strings.Cut(text, "Next 8 days")
	if strings.Contains(overdueGroup, "张三") || !strings.Contains(upcoming, "张三") {
		t.Errorf("today should list 张三 among the coming days only:\n%s", text)
	}
}

func TestLogAt(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	b.ok("log", "1", "--channel", "call", "--at", "2026-03-05 14:30", "--note", "第一次通话")
	b.ok("log", "1", "--channel", "wechat", "--at", "yesterday", "--note", "发了报价")
	b.runIn("多行\n备注\n", "log", "1", "--channel", "email", "--note", "-")
	show := decodeObject(t, b.ok("show", "1", "--json"))
	tl := show["timeline"].([]any)
	if len(tl) != 3 {
		t.Fatalf("timeline = %v", tl)
	}
	first, last := tl[0].(map[string]any), tl[2].(map[string]any)
	if first["at"] != "2026-03-10 09:00" || first["note"] != "多行\n备注" || first["channel"] != "email" {
		t.Errorf("newest entry = %v", first)
	}
	if last["at"] != "2026-03-05 14:30" || last["channel"] != "call" {
		t.Errorf("oldest entry = %v", last)
	}
	for _, at := range []string{"tomorrow", "2026-03-11 08:00", "soon"} {
		if r := b.run("log", "1", "--channel", "call", "--at", at, "--note", "x"); r.code != 2 {
			t.Errorf("--at %s: exit %d, want 2 (%q)", at, r.code, r.stderr)
		}
	}
	for _, args := range [][]string{{"log", "1", "--note", "x"}, {"log", "1", "--channel", "call"}, {"log", "1", "--channel", "fax", "--note", "x"}} {
		if r := b.run(args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
	}
}

func TestDealRemindEditTag(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--company", "华星机电")
	b.ok("deal", "张三", "--amount", "¥500万", "--on", "2026-03-01", "--product", "生产线")
	b.ok("edit", "1", "--level", "VIP客户", "--relation", "合作伙伴", "--email", "zs@example.com", "--tags", "老客户, 华东")
	b.ok("remind", "1", "--on", "+2d", "--kind", "电话", "--note", "确认交货")
	c := decodeObject(t, b.ok("show", "1", "--json"))
	if c["order_total"] != 5e6 || c["first_deal_on"] != "2026-03-01" || c["owed"] != 0.0 {
		t.Errorf("after the deal: order_total %v, first_deal_on %v, owed %v", c["order_total"], c["first_deal_on"], c["owed"])
	}
	if c["level"] != "vip" || c["relation"] != "partner" || c["email"] != "zs@example.com" || c["company"] != "华星机电" {
		t.Errorf("after edit: %v", c)
	}
	if tags := c["tags"].([]any); len(tags) != 2 || tags[0] != "老客户" {
		t.Errorf("tags = %v", tags)
	}
	var reminder map[string]any
	for _, it := range decodeArray(t, b.ok("today", "--json")) {
		if it["note"] == "确认交货" {
			reminder = it
		}
	}
	if reminder == nil || reminder["kind"] != "call" || reminder["due_on"] != "2026-03-12" {
		t.Errorf("the reminder in today: %v", reminder)
	}

	if r := b.run("edit", "1"); r.code != 2 {
		t.Errorf("edit with nothing to change: exit %d", r.code)
	}
	if r := b.run("edit", "1", "--email", "not-an-address"); r.code != 2 || !strings.Contains(r.stderr, "--email") {
		t.Errorf("edit --email bad: exit %d, %q", r.code, r.stderr)
	}
	if r := b.run("deal", "1", "--amount", "lots"); r.code != 2 {
		t.Errorf("deal --amount lots: exit %d", r.code)
	}
	if r := b.run("remind", "1", "--on", "someday"); r.code != 2 {
		t.Errorf("remind --on someday: exit %d", r.code)
	}

	// A contact person gets a type of their own.
	b.writeDirect(func(ctx context.Context, s *store.Store) error {
		return s.AddContact(ctx, &model.Contact{CustomerID: 1, Name: "李采购", Title: "采购经理", Role: model.RoleDecisionMaker})
	})
	b.ok("tag", "1", "--type", "分析型", "--contact", "李采购", "--note", "要看检测报告")
	b.ok("tag", "1", "--type", "冲动型")
	if r := b.run("tag", "1", "--type", "分析型", "--contact", "王五"); r.code != 1 || !strings.Contains(r.stderr, "李采购") {
		t.Errorf("tag an unknown contact: exit %d, %q", r.code, r.stderr)
	}
	c = decodeObject(t, b.ok("show", "1", "--json"))
	contacts := c["contacts"].([]any)
	if len(contacts) != 1 {
		t.Fatalf("contacts = %v", contacts)
	}
	if types := contacts[0].(map[string]any)["types"].([]any); len(types) != 1 || types[0] != "analytical" {
		t.Errorf("contact types = %v", types)
	}
	if types := c["types"].([]any); len(types) != 1 || types[0] != "impulsive" {
		t.Errorf("customer types = %v", types)
	}
	text := b.ok("--lang", "zh", "show", "1")
	for _, want := range []string{"李采购", "采购经理", "决策人", "分析型", "要看检测报告", "冲动型", "生产线", "确认交货", "¥5,000,000"} {
		if !strings.Contains(text, want) {
			t.Errorf("show lacks %q:\n%s", want, text)
		}
	}
}

// The company's short name is given with --short-name on add and edit, shown by show, carried by
// show --json, and cleared with an empty value.
func TestShortNameFlag(t *testing.T) {
	b := newBook(t)
	b.env["LANG"] = "zh_CN.UTF-8"
	b.ok("add", "--name", "欧阳建国", "--company", "上海浦东新区华东精密机械制造有限公司", "--short-name", "华精")
	if out := b.ok("show", "欧阳建国"); !strings.Contains(out, "简称") || !strings.Contains(out, "华精") {
		t.Errorf("show should name the short name:\n%s", out)
	}
	b.ok("edit", "欧阳建国", "--short-name", "华东精机")
	js := decodeObject(t, b.ok("show", "欧阳建国", "--json"))
	if js["short_name"] != "华东精机" {
		t.Errorf("show --json: short_name %v", js["short_name"])
	}
	b.ok("edit", "欧阳建国", "--short-name", "")
	if out := b.ok("show", "欧阳建国"); strings.Contains(out, "简称") {
		t.Errorf("a cleared short name is not shown:\n%s", out)
	}
}
