package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"guanxi/store"
)

// Every record verb: a deal mistyped as 125万 is corrected and its order total follows; delete and
// restore of each kind; contact add, edit and delete; a bad id is a usage error.
func TestRecordVerbs(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--kind", "organisation")
	b.ok("deal", "张三", "--amount", "125万", "--on", "2026-01-05", "--credit-due", "2026-06-01")
	if c := decodeObject(t, b.ok("show", "1", "--json")); c["order_total"] != 1250000.0 {
		t.Fatalf("order total %v", c["order_total"])
	}
	b.ok("deal", "edit", "1", "--amount", "12.5万")
	if c := decodeObject(t, b.ok("show", "1", "--json")); c["order_total"] != 125000.0 {
		t.Errorf("after deal edit: order total %v", c["order_total"])
	}
	b.ok("pay", "张三", "--amount", "5000")
	b.ok("pay", "edit", "1", "--amount", "6000")
	if c := decodeObject(t, b.ok("show", "1", "--json")); c["owed"] != 119000.0 {
		t.Errorf("after pay edit: owed %v", c["owed"])
	}
	b.ok("log", "张三", "--channel", "call", "--note", "谈了")
	b.ok("log", "edit", "1", "--note", "谈了报价", "--channel", "visit")
	b.ok("remind", "张三", "--on", "2026-03-20", "--note", "回电")
	b.ok("remind", "edit", "1", "--on", "2026-03-21")
	b.ok("complain", "张三", "--what", "送货晚了")
	b.ok("complain", "edit", "1", "--severity", "3")
	b.ok("contact", "add", "张三", "--name", "王经理", "--role", "决策人", "--title", "采购部经理")
	b.ok("contact", "edit", "1", "--phone", "13800000000")
	show := b.ok("show", "1", "--json")
	for _, want := range []string{"谈了报价", "2026-03-21", "王经理", "13800000000", "采购部经理"} {
		if !strings.Contains(show, want) {
			t.Errorf("show --json lacks %q", want)
		}
	}
	for _, noun := range []string{"deal", "log", "remind", "complain", "pay", "contact"} {
		out := b.ok(noun, "delete", "1")
		if !strings.Contains(out, noun+" restore 1") {
			t.Errorf("%s delete: %q", noun, out)
		}
		b.ok(noun, "restore", "1")
	}
	if c := decodeObject(t, b.ok("show", "1", "--json")); c["order_total"] != 125000.0 || c["owed"] != 119000.0 {
		t.Errorf("after delete and restore: total %v owed %v", c["order_total"], c["owed"])
	}
	b.ok("deal", "delete", "1")
	if c := decodeObject(t, b.ok("show", "1", "--json")); c["order_total"] != 0.0 {
		t.Errorf("after deal delete: total %v", c["order_total"])
	}
	if r := b.run("deal", "edit", "abc", "--amount", "1"); r.code != 2 {
		t.Errorf("a bad id: exit %d", r.code)
	}
	if r := b.run("deal", "edit", "99", "--amount", "1"); r.code == 0 {
		t.Errorf("a missing deal was edited")
	}
	if r := b.run("log", "edit", "1"); r.code != 2 {
		t.Errorf("edit with nothing to change: exit %d", r.code)
	}
	// The add forms keep working beside the new verbs.
	b.ok("deal", "1", "--amount", "5000")
}

// Every archive field is accepted by add and edit and shown by show and show --json; a referrer in
// the book is a link shown on both archives; an organisation has a founding day, not a birthday.
func TestArchiveFieldsInAddEditAndShow(t *testing.T) {
	b := newBook(t)
	b.add("--name", "老王")
	b.add("--name", "星辰科技", "--kind", "organisation", "--address", "北京市海淀区中关村大街1号", "--source", "转介绍",
		"--referred-by", "老王", "--size", "中", "--capital", "500万", "--founded", "2010-05-01", "--title", "总部", "--notes", "重点跟进")
	c := decodeObject(t, b.ok("show", "2", "--json"))
	want := map[string]any{"address": "北京市海淀区中关村大街1号", "source": "转介绍", "referred_by": "老王", "referrer_id": 1.0,
		"size": "中", "registered_capital": 5000000.0, "founded_on": "2010-05-01", "birthday": nil, "title": "总部", "notes": "重点跟进"}
	for k, v := range want {
		if c[k] != v {
			t.Errorf("show --json %s = %v, want %v", k, c[k], v)
		}
	}
	old := decodeObject(t, b.ok("show", "1", "--json"))
	if ref, _ := old["referred"].([]any); len(ref) != 1 {
		t.Errorf("the referrer's archive lists %v", old["referred"])
	}
	text := b.ok("show", "2")
	for _, w := range []string{"Founded", "2010-05-01", "老王  #1", "Registered capital"} {
		if !strings.Contains(text, w) {
			t.Errorf("show lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "Birthday") {
		t.Errorf("an organisation shows a birthday")
	}
	b.ok("edit", "2", "--referred-by", "某展会的朋友", "--address", "上海")
	c = decodeObject(t, b.ok("show", "2", "--json"))
	if c["referrer_id"] != nil || c["referred_by"] != "某展会的朋友" || c["address"] != "上海" || c["source"] != "转介绍" {
		t.Errorf("after edit: %v %v %v %v", c["referrer_id"], c["referred_by"], c["address"], c["source"])
	}
	zh := b.ok("--lang", "zh", "show", "2")
	if !strings.Contains(zh, "成立日") || strings.Contains(zh, "生日") {
		t.Errorf("zh show:\n%s", zh)
	}
}

// A logged next step with a day is a reminder; a reminder done by mistake opens again.
func TestNextStepOnAndReopen(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--level", "low")
	b.ok("log", "张三", "--channel", "call", "--note", "谈了", "--next", "送报价", "--next-on", "2026-03-20")
	show := decodeObject(t, b.ok("show", "1", "--json"))
	rs, _ := show["reminders"].([]any)
	if len(rs) != 1 {
		t.Fatalf("reminders %v", show["reminders"])
	}
	r := rs[0].(map[string]any)
	if r["note"] != "送报价" || r["due_on"] != "2026-03-20" {
		t.Errorf("reminder %v", r)
	}
	if res := b.run("log", "张三", "--channel", "call", "--note", "又谈了", "--next-on", "2026-03-20"); res.code == 0 {
		t.Errorf("a day without a next step was accepted")
	}
	b.ok("today") // the checklist reads the reminder
	id := fmt.Sprint(r["id"])
	b.ok("remind", "edit", id, "--note", "送报价单")
	b.writeDirect(func(ctx context.Context, s *store.Store) error {
		return s.CompleteReminder(ctx, int64(r["id"].(float64)))
	})
	done := decodeObject(t, b.ok("show", "1", "--json"))
	if rs, _ := done["reminders"].([]any); len(rs) != 0 {
		t.Fatalf("a done reminder is still open")
	}
	if ds, _ := done["reminders_done"].([]any); len(ds) != 1 || ds[0].(map[string]any)["id"] != r["id"] {
		t.Errorf("show --json does not list the reminder done: %v", done["reminders_done"])
	}
	if out := b.ok("show", "1"); !strings.Contains(out, "--reopen") || !strings.Contains(out, "#"+id) {
		t.Errorf("show does not offer to open the reminder again:\n%s", out)
	}
	b.ok("remind", "edit", id, "--reopen")
	if rs, _ := decodeObject(t, b.ok("show", "1", "--json"))["reminders"].([]any); len(rs) != 1 || rs[0].(map[string]any)["note"] != "送报价单" {
		t.Errorf("after --reopen: %v", rs)
	}
}

// The records removed one by one are listed by trash records, and leave the list when restored.
func TestTrashRecords(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	b.ok("deal", "张三", "--amount", "5000", "--product", "打印机")
	b.ok("log", "张三", "--channel", "call", "--note", "谈了")
	b.ok("remind", "张三", "--on", "2026-03-20", "--kind", "call", "--note", "寄样品")
	if out := b.ok("trash", "records"); !strings.Contains(out, "No records") {
		t.Errorf("an empty record trash: %q", out)
	}
	b.ok("deal", "delete", "1")
	b.ok("log", "delete", "1")
	b.ok("remind", "delete", "1")
	out := b.ok("trash", "records")
	for _, w := range []string{"deal", "打印机", "¥5,000", "logged contact", "谈了", "reminder", "寄样品", "2026-03-20", "restore ID"} {
		if !strings.Contains(out, w) {
			t.Errorf("trash records lacks %q:\n%s", w, out)
		}
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(b.ok("trash", "records", "--json")), &list); err != nil || len(list) != 3 {
		t.Fatalf("trash records --json: %v %v", list, err)
	}
	b.ok("deal", "restore", "1")
	b.ok("remind", "restore", "1")
	if err := json.Unmarshal([]byte(b.ok("trash", "records", "--json")), &list); err != nil || len(list) != 1 || list[0]["kind"] != "log" {
		t.Errorf("after the restores: %v %v", list, err)
	}
	if rs, _ := decodeObject(t, b.ok("show", "1", "--json"))["reminders"].([]any); len(rs) != 1 || rs[0].(map[string]any)["note"] != "寄样品" {
		t.Errorf("the restored reminder: %v", rs)
	}
}
