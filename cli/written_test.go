package cli

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestWritesPrintTheRecordAsJSON: every write command given --json prints the record it wrote,
// with the id a script needs for the next command.
func TestWritesPrintTheRecordAsJSON(t *testing.T) {
	b := newBook(t)
	added := decodeObject(t, b.ok("add", "--name", "张三", "--phone", "13800138000", "--level", "vip", "--json"))
	assertKeys(t, "add --json", added, customerKeys)
	edited := decodeObject(t, b.ok("edit", "1", "--company", "苏州恒达", "--json"))
	assertKeys(t, "edit --json", edited, customerKeys)
	if edited["company"] != "苏州恒达" || edited["level"] != "vip" {
		t.Errorf("edit --json: %v", edited)
	}
	if r := b.run("edit", "1", "--json"); r.code != 2 {
		t.Errorf("edit with only --json changes nothing and should say so: exit %d", r.code)
	}

	logged := decodeObject(t, b.ok("log", "1", "--channel", "visit", "--note", "谈了续约", "--json"))
	assertKeys(t, "log --json", logged, []string{"customer_id", "customer_name", "kind", "id", "on", "at", "channel", "note",
		"next_step", "next_due_on"})
	if logged["channel"] != "visit" || logged["note"] != "谈了续约" || logged["customer_id"] != 1.0 || logged["id"] == 0.0 {
		t.Errorf("log --json: %v", logged)
	}

	deal := decodeObject(t, b.ok("deal", "1", "--amount", "1.5万", "--product", "货架", "--credit-due", "2026-04-10", "--json"))
	assertKeys(t, "deal --json", deal, []string{"customer_id", "customer_name", "kind", "id", "on", "product", "amount",
		"credit_due_on", "owed", "order_total"})
	if deal["amount"] != 15000.0 || deal["owed"] != 15000.0 || deal["order_total"] != 15000.0 {
		t.Errorf("deal --json: %v", deal)
	}

	reminder := decodeObject(t, b.ok("remind", "1", "--on", "+3d", "--note", "送样品", "--every", "1m", "--json"))
	assertKeys(t, "remind --json", reminder, []string{"customer_id", "customer_name", "id", "due_on", "kind", "note",
		"overdue_days", "repeat"})
	if reminder["due_on"] != "2026-03-13" || reminder["repeat"] != "1m" {
		t.Errorf("remind --json: %v", reminder)
	}

	complaint := decodeObject(t, b.ok("complain", "1", "--what", "交货晚了", "--severity", "3", "--json"))
	assertKeys(t, "complain --json", complaint, []string{"customer_id", "customer_name", "id", "on", "what", "severity",
		"good_faith", "handler", "reply_by", "state", "resolved_on", "summary", "reply_due_on"})
	// The id the JSON gives is the one `resolve` takes.
	b.ok("resolve", fmt.Sprint(complaint["id"]), "--summary", "补发了")

	paid := decodeObject(t, b.ok("pay", "1", "--amount", "5000", "--json"))
	assertKeys(t, "pay --json", paid, []string{"customer_id", "customer_name", "amount", "payments", "owed"})
	payments, _ := paid["payments"].([]any)
	if paid["owed"] != 10000.0 || len(payments) != 1 || payments[0].(map[string]any)["deal_id"] != deal["id"] {
		t.Errorf("pay --json: %v", paid)
	}
}

// TestShowJSONCarriesWhatTheTextShows: the profile, the plan, the level's meaning and each
// personality type with its advice and the user's note.
func TestShowJSONCarriesWhatTheTextShows(t *testing.T) {
	b := newBook(t)
	b.add("--name", "李娜", "--level", "key", "--type", "犹豫型", "--notes", "喜欢喝茶")
	b.ok("tag", "1", "--type", "犹豫型", "--note", "给她时间")
	show := decodeObject(t, b.ok("show", "1", "--json"))
	if show["title"] != "" || show["notes"] != "喜欢喝茶" || show["birthday"] != nil {
		t.Errorf("show --json profile: title %v notes %v birthday %v", show["title"], show["notes"], show["birthday"])
	}
	plan, _ := show["plan"].(map[string]any)
	if plan["visit_every_days"] == 0.0 || plan["paused"] != false {
		t.Errorf("show --json plan: %v", plan)
	}
	if info, _ := show["level_info"].(map[string]any); info["name"] != "Key" || info["principle"] == "" {
		t.Errorf("show --json level_info: %v", info)
	}
	types, _ := show["personality"].([]any)
	if len(types) != 1 {
		t.Fatalf("show --json personality: %v", show["personality"])
	}
	ty := types[0].(map[string]any)
	if ty["code"] != "hesitant" || ty["note"] != "给她时间" || ty["approach"] == "" {
		t.Errorf("show --json personality: %v", ty)
	}
}

// TestImportSheetsFromTheCommandLine: a workbook's sheet by name, a level word mapped as the user
// says, and a file read from standard input.
func TestImportSheetsFromTheCommandLine(t *testing.T) {
	b := newBook(t)
	sum := decodeObject(t, b.ok("import", "../exchange/testdata/openpyxl_contacts.xlsx", "--level-map", "普通客户=new", "--json"))
	if sum["added"] != 4.0 || sum["format"] != "xlsx" {
		t.Errorf("import xlsx: %v", sum)
	}
	if c := decodeObject(t, b.ok("show", "吴芳", "--json")); c["level"] != "new" {
		t.Errorf("--level-map 普通客户=new: level %v", c["level"])
	}
	if r := b.run("import", "../exchange/testdata/openpyxl_contacts.xlsx", "--sheet", "说明"); r.code != 1 ||
		!strings.Contains(r.stderr, "no column holds the name") {
		t.Errorf("--sheet 说明: exit %d %q", r.code, r.stderr)
	}
	if r := b.run("import", "../exchange/testdata/openpyxl_contacts.xlsx", "--level-map", "普通客户"); r.code != 2 {
		t.Errorf("a --level-map without = is a usage error: exit %d", r.code)
	}

	other := newBook(t)
	data, err := os.ReadFile("../exchange/testdata/dingtalk_customers.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	r := other.runIn(string(data), "import", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "standard input") || !strings.Contains(r.stdout, "3 customers added") {
		t.Fatalf("import - of a workbook: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = other.runIn("姓名,手机\n赵六,13700137000\n", "import", "-", "--json")
	if js := decodeObject(t, r.stdout); r.code != 0 || js["added"] != 1.0 || js["format"] != "csv" {
		t.Errorf("import - of CSV: exit %d %s", r.code, r.stdout)
	}
}
