package cli

import (
	"strings"
	"testing"
)

// classesBook is a book of three customers: 张三 with ¥520万 of orders this year (class A, VIP
// suggested), 李四 with one small deal long ago (dormant), 王五 with nothing.
func classesBook(t *testing.T) *book {
	t.Helper()
	b := newBook(t)
	b.add("--name", "张三", "--company", "华星机电有限公司", "--level", "new")
	b.add("--name", "李四", "--company", "东方贸易")
	b.add("--name", "王五")
	b.ok("edit", "王五", "--relation", "partner")
	b.ok("deal", "张三", "--amount", "500万", "--on", "2026-01-20", "--product", "机床")
	b.ok("deal", "张三", "--amount", "20万", "--on", "2026-02-20", "--product", "备件", "--credit-due", "2026-04-20")
	b.ok("deal", "李四", "--amount", "3000", "--on", "2025-05-01", "--product", "耗材")
	return b
}

func TestReport(t *testing.T) {
	b := classesBook(t)
	out := b.ok("--lang", "zh", "report")
	for _, want := range []string{"客户分析 · 2026-03-10 · 3 位客户", "A类", "帕累托", "按级别", "老客户分析", "休眠客户", "李四",
		"去年（2025）前十名", "今年（2026）前十名", "应收账款按账龄", "0–30 天", "投诉不止一次", "█"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if en := b.ok("report"); !strings.Contains(en, "Value classes A/B/C") || !strings.Contains(en, "Dormant") {
		t.Errorf("English report:\n%s", en)
	}
	r := decodeObject(t, b.ok("report", "--json"))
	assertKeys(t, "report", r, []string{"today", "customers", "period", "revenue", "abc", "pareto", "levels", "stages", "relations",
		"tenure", "dormant", "lost", "top", "few_products", "few_products_among", "receivables", "owing", "complained", "settings"})
	if r["customers"].(float64) != 3 || r["revenue"].(float64) != 5_203_000 {
		t.Errorf("customers %v revenue %v", r["customers"], r["revenue"])
	}
	abc := r["abc"].([]any)
	if a := abc[0].(map[string]any); a["class"] != "A" || a["customers"].(float64) != 1 || a["revenue"].(float64) != 5_200_000 {
		t.Errorf("class A %v", a)
	}
	dormant := r["dormant"].(map[string]any)
	if dormant["count"].(float64) != 1 || dormant["customers"].([]any)[0].(map[string]any)["name"] != "李四" {
		t.Errorf("dormant %v", dormant)
	}
	recv := r["receivables"].([]any)
	if first := recv[0].(map[string]any); first["age"] != "0-30" || first["amount"].(float64) != 200_000 || first["deals"].(float64) != 1 {
		t.Errorf("receivables %v", recv)
	}
	if r["settings"].(map[string]any)["vip_threshold"].(float64) != 5_000_000 {
		t.Errorf("settings %v", r["settings"])
	}
}

func TestSegmentsFromTheCommandLine(t *testing.T) {
	b := classesBook(t)
	if out := b.ok("segment", "list"); !strings.Contains(out, "No saved lists yet") {
		t.Errorf("empty list:\n%s", out)
	}
	if out := b.ok("segment", "save", "大客户", "orders_12m>=100万"); !strings.Contains(out, "1 customers") {
		t.Errorf("save:\n%s", out)
	}
	// The query may come as several words.
	b.ok("segment", "save", "伙伴", "relation:partner", "or", "abc:A")
	out := b.ok("segment", "list")
	for _, want := range []string{"大客户", "orders_12m>=100万", "伙伴", "relation:partner or abc:A"} {
		if !strings.Contains(out, want) {
			t.Errorf("segment list lacks %q:\n%s", want, out)
		}
	}
	lists := decodeArray(t, b.ok("segment", "list", "--json"))
	if len(lists) != 2 || lists[0]["name"] != "伙伴" || lists[0]["customers"].(float64) != 2 {
		t.Errorf("segment list --json %v", lists)
	}
	if got := b.ok("list", "--segment", "伙伴"); !strings.Contains(got, "张三") || !strings.Contains(got, "王五") || strings.Contains(got, "李四") {
		t.Errorf("list --segment:\n%s", got)
	}
	if got := b.ok("list", "--where", "lapse:dormant"); !strings.Contains(got, "李四") || strings.Contains(got, "张三") {
		t.Errorf("list --where:\n%s", got)
	}
	rows := decodeArray(t, b.ok("list", "--segment", "大客户", "--json"))
	if len(rows) != 1 || rows[0]["abc"] != "A" || rows[0]["name"] != "张三" {
		t.Errorf("list --json with abc: %v", rows)
	}
	all := decodeArray(t, b.ok("list", "--json"))
	for _, row := range all {
		if row["name"] == "王五" && row["abc"] != "C" {
			t.Errorf("王五 is class C: %v", row)
		}
	}
	if shown := decodeObject(t, b.ok("show", "张三", "--json")); shown["abc"] != "A" {
		t.Errorf("show --json abc %v", shown["abc"])
	}

	r := b.run("segment", "save", "坏的", "levle:vip")
	if r.code != 2 || !strings.Contains(r.stderr, "levle:vip\n  ^^^^^") || !strings.Contains(r.stderr, "did you mean level") {
		t.Errorf("a bad query: exit %d, stderr %q", r.code, r.stderr)
	}
	r = b.run("--lang", "zh", "list", "--where", "level:vip orders>很多")
	if r.code != 2 || !strings.Contains(r.stderr, "^^") || !strings.Contains(r.stderr, "第 18 个字") {
		t.Errorf("a bad --where: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := b.run("list", "--segment", "没有"); r.code != 1 || !strings.Contains(r.stderr, "segment list") {
		t.Errorf("a missing list: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := b.run("segment", "save", "只有名字"); r.code != 2 {
		t.Errorf("save without a query: exit %d", r.code)
	}
	if r := b.run("segment", "frobnicate"); r.code != 2 || !strings.Contains(r.stderr, "list, save or delete") {
		t.Errorf("an unknown action: exit %d, %q", r.code, r.stderr)
	}
	if r := b.run("segment"); r.code != 2 {
		t.Errorf("no action: exit %d", r.code)
	}
	b.ok("segment", "delete", "大客户")
	if r := b.run("segment", "delete", "大客户"); r.code != 1 {
		t.Errorf("deleting twice: exit %d", r.code)
	}
}

func TestClassesCommand(t *testing.T) {
	b := classesBook(t)
	out := b.ok("classes")
	for _, want := range []string{"vip_threshold", "¥5,000,000", "a_percent", "auto_apply", "off"} {
		if !strings.Contains(out, want) {
			t.Errorf("classes lacks %q:\n%s", want, out)
		}
	}
	one := b.ok("--lang", "zh", "classes", "张三")
	for _, want := range []string{"A类", "建议级别", "VIP客户", "近 12 个月订单 ¥5,200,000 ≥ ¥5,000,000", "--apply"} {
		if !strings.Contains(one, want) {
			t.Errorf("classes 张三 lacks %q:\n%s", want, one)
		}
	}
	j := decodeObject(t, b.ok("classes", "张三", "--json"))
	if j["abc"].(map[string]any)["code"] != "A" || j["suggested_level"].(map[string]any)["code"] != "vip" {
		t.Errorf("classes --json %v", j)
	}
	if out := b.ok("classes", "张三", "--apply"); !strings.Contains(out, "New → VIP") {
		t.Errorf("apply:\n%s", out)
	}
	if shown := decodeObject(t, b.ok("show", "张三", "--json")); shown["level"] != "vip" {
		t.Errorf("level after apply: %v", shown["level"])
	}
	if out := b.ok("classes", "--apply"); !strings.Contains(out, "moved 1 customers") { // 李四 becomes dormant
		t.Errorf("apply all:\n%s", out)
	}
	b.ok("classes", "--set", "vip_threshold=600万", "--set", "old_after_days=730")
	if out := b.ok("classes"); !strings.Contains(out, "¥6,000,000") || !strings.Contains(out, "730") {
		t.Errorf("after --set:\n%s", out)
	}
	for _, bad := range [][]string{{"--set", "nope=1"}, {"--set", "vip_threshold"}, {"--set", "a_percent=90"}, {"--set", "old_after_days=-5"}} {
		if r := b.run(append([]string{"classes"}, bad...)...); r.code != 2 {
			t.Errorf("classes %v: exit %d, stderr %q", bad, r.code, r.stderr)
		}
	}
	if out := b.ok("classes"); !strings.Contains(out, "¥6,000,000") {
		t.Errorf("a refused --set must change nothing:\n%s", out)
	}
}
