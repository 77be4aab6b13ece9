package cli

import (
	"strings"
	"testing"
)

func TestComplainAndResolve(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--level", "vip")
	out := b.ok("--lang", "zh", "complain", "张三", "--what", "交货晚了三天", "--severity", "3", "--reply-by", "+2d", "--handler", "小陈")
	if !strings.Contains(out, "编号 1") || !strings.Contains(out, "2026-03-12") || !strings.Contains(out, "guanxi resolve 1") {
		t.Errorf("complain said: %q", out)
	}
	b.ok("complain", "张三", "--what", "要求全额退款", "--severity", "1", "--malicious")
	var kinds []string
	for _, it := range decodeArray(t, b.ok("today", "--json")) {
		assertKeys(t, "today --json item", it, itemKeys)
		kinds = append(kinds, it["kind"].(string))
		if it["kind"] == "complaint" && !strings.Contains(it["note"].(string), "[") {
			t.Errorf("a complaint's note should say its severity: %v", it["note"])
		}
	}
	if strings.Count(strings.Join(kinds, " "), "complaint") != 2 {
		t.Errorf("both complaints should be on the checklist: %v", kinds)
	}
	// Two days later the first promise has not passed; four days later it has.
	b.now = day0.AddDate(0, 0, 4)
	if text := b.ok("today"); !strings.Contains(text, "promise broken") || !strings.Contains(text, "likely in bad faith") {
		t.Errorf("today should mark the broken promise and the bad faith:\n%s", text)
	}
	for _, bad := range [][]string{
		{"resolve", "1"},
		{"resolve", "x", "--summary", "done"},
		{"complain", "张三"},
		{"complain", "张三", "--what", "x", "--severity", "5"},
		{"complain", "张三", "--what", "x", "--reply-by", "soon"},
	} {
		if r := b.run(bad...); r.code != 2 || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want a usage error", bad, r.code, r.stderr)
		}
	}
	if r := b.run("resolve", "99", "--summary", "x"); r.code != 1 || !strings.Contains(r.stderr, "no complaint 99") {
		t.Errorf("resolve 99: exit %d, %q", r.code, r.stderr)
	}
	out = b.ok("resolve", "1", "--summary", "补发并致歉")
	if !strings.Contains(out, "Resolved late") {
		t.Errorf("a complaint closed after its promise is resolved late: %q", out)
	}
	if r := b.run("resolve", "1", "--summary", "again"); r.code != 2 {
		t.Errorf("resolving twice: exit %d, %q", r.code, r.stderr)
	}
	left := 0
	for _, it := range decodeArray(t, b.ok("today", "--json")) {
		if it["kind"] == "complaint" {
			left++
		}
	}
	if left != 1 {
		t.Errorf("one complaint should be left, got %d", left)
	}
}

func TestPayPartAndWhole(t *testing.T) {
	b := newBook(t)
	b.add("--name", "李四", "--level", "key")
	b.ok("deal", "李四", "--amount", "8万", "--product", "备件", "--credit-due", "+3d")
	b.ok("deal", "李四", "--amount", "2万", "--product", "耗材", "--credit-due", "+30d")
	due := func() int {
		n := 0
		for _, it := range decodeArray(t, b.ok("today", "--json")) {
			if it["kind"] == "payment" {
				n++
				if !strings.Contains(it["note"].(string), "owes") {
					t.Errorf("a payment's note should say what is owed: %v", it["note"])
				}
			}
		}
		return n
	}
	if due() != 1 {
		t.Fatal("the deal due in 3 days should be on the checklist")
	}
	if r := b.run("pay", "李四", "--amount", "10.5万"); r.code != 2 || !strings.Contains(r.stderr, "owes ¥100,000 in all") {
		t.Errorf("paying more than owed: exit %d, %q", r.code, r.stderr)
	}
	out := b.ok("pay", "李四", "--amount", "3万", "--note", "转账")
	if !strings.Contains(out, "¥30,000") || !strings.Contains(out, "¥70,000 still owed") {
		t.Errorf("pay said: %q", out)
	}
	out = b.ok("pay", "李四", "--amount", "6万")
	if !strings.Contains(out, "deal 1: ¥50,000") || !strings.Contains(out, "deal 2: ¥10,000") || !strings.Contains(out, "¥10,000 still owed") {
		t.Errorf("a payment over two deals: %q", out)
	}
	if due() != 0 {
		t.Error("the paid deal should leave the checklist")
	}
	if r := b.run("pay", "李四", "--amount", "1", "--deal", "1"); r.code != 2 || !strings.Contains(r.stderr, "paid in full") {
		t.Errorf("paying a paid deal: exit %d, %q", r.code, r.stderr)
	}
	b.ok("pay", "李四", "--amount", "1万", "--deal", "2")
	if c := decodeObject(t, b.ok("show", "李四", "--json")); c["owed"] != 0.0 {
		t.Errorf("owed = %v, want 0", c["owed"])
	}
	for _, bad := range [][]string{{"pay", "李四"}, {"pay", "李四", "--amount", "abc"}, {"pay", "李四", "--amount", "1", "--on", "someday"}} {
		if r := b.run(bad...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, r.code)
		}
	}
}

func TestRemindEveryAndGreetings(t *testing.T) {
	b := newBook(t)
	b.add("--name", "王五", "--level", "low")
	out := b.ok("--lang", "zh", "remind", "王五", "--on", "today", "--kind", "call", "--note", "周报", "--every", "1w")
	if !strings.Contains(out, "重复：每周") {
		t.Errorf("remind --every said: %q", out)
	}
	if r := b.run("remind", "王五", "--on", "today", "--every", "sometimes"); r.code != 2 || !strings.Contains(r.stderr, "--every") {
		t.Errorf("a bad --every: exit %d, %q", r.code, r.stderr)
	}
	items := decodeArray(t, b.ok("today", "--json"))
	if len(items) != 1 || items[0]["kind"] != "call" || items[0]["note"] != "周报 · every week" {
		t.Fatalf("today --json: %v", items)
	}
	// Logging the call answers the reminder: it moves on a week and leaves today.
	b.ok("log", "王五", "--channel", "call", "--note", "周报已通")
	if items := decodeArray(t, b.ok("today", "--json", "--days", "6")); len(items) != 0 {
		t.Errorf("the weekly call should have moved on: %v", items)
	}
	if items := decodeArray(t, b.ok("today", "--json")); len(items) != 1 || items[0]["due_on"] != "2026-03-17" {
		t.Errorf("the weekly call should be due 2026-03-17: %v", items)
	}
	// The first deal's anniversary comes as a greeting three days before.
	b.now = day0.AddDate(1, 0, -5)
	b.ok("deal", "王五", "--amount", "100", "--on", "2026-03-10")
	text := b.ok("--lang", "zh", "today", "--days", "2")
	if !strings.Contains(text, "合作周年") || !strings.Contains(text, "合作 1 周年 03-10") {
		t.Errorf("today should list the first deal's anniversary:\n%s", text)
	}
	for _, it := range decodeArray(t, b.ok("today", "--json", "--days", "2")) {
		if it["note"] == "1 years since the first deal 03-10" && it["kind"] != "birthday" {
			t.Errorf("a greeting is of kind birthday in JSON: %v", it)
		}
	}
}

func TestBadDatesAndAmountsSayOnceWhatIsWrong(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	for _, args := range [][]string{
		{"complain", "张三", "--what", "x", "--reply-by", "someday"},
		{"--lang", "zh", "complain", "张三", "--what", "x", "--reply-by", "someday"},
		{"pay", "张三", "--amount", "abc"},
		{"--lang", "zh", "pay", "张三", "--amount", "abc"},
	} {
		r := b.run(args...)
		if r.code != 2 || strings.Contains(r.stderr, "%!") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stderr)
		}
	}
}
