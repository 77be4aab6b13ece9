package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportCommand(t *testing.T) {
	b := newBook(t)
	b.env["LANG"] = "zh_CN.UTF-8"
	b.add("--name", "王建国", "--company", "苏州恒达", "--phone", "13800138000")

	dry := b.run("import", "../exchange/testdata/bad_rows.csv", "--dry-run")
	if dry.code != 1 || !strings.Contains(dry.stdout, "--dry-run：什么都没有写入") ||
		!strings.Contains(dry.stdout, "第 4 行：邮箱“liuyang-at-example”") || !strings.Contains(dry.stderr, "2 条记录有错") {
		t.Fatalf("a dry run with bad rows: exit %d\n%s\n%s", dry.code, dry.stdout, dry.stderr)
	}
	if out := b.ok("list"); !strings.Contains(out, "共 1 位客户") {
		t.Fatalf("a dry run wrote to the book:\n%s", out)
	}
	r := b.run("import", "../exchange/testdata/bad_rows.csv")
	if r.code != 1 || !strings.Contains(r.stdout, "新增 8 位客户") {
		t.Fatalf("the import: exit %d\n%s", r.code, r.stdout)
	}
	if out := b.ok("list"); !strings.Contains(out, "陈静") || !strings.Contains(out, "宋佳") {
		t.Errorf("the good rows should be in the book:\n%s", out)
	}

	js := decodeObject(t, b.ok("import", "../exchange/testdata/excel_gb18030.csv", "--json"))
	if js["added"] != 3.0 || js["encoding"] != "GB18030" || len(js["warnings"].([]any)) != 1 {
		t.Errorf("import --json: %v", js)
	}
	// With --json too, rows with errors make the exit code 1, and standard output stays one JSON object.
	bad := b.run("import", "../exchange/testdata/bad_rows.csv", "--json", "--dry-run")
	if bad.code != 1 || !strings.Contains(bad.stderr, "2 条记录有错") {
		t.Errorf("import --json with bad rows: exit %d, stderr %q", bad.code, bad.stderr)
	}
	if js := decodeObject(t, bad.stdout); len(js["errors"].([]any)) != 2 {
		t.Errorf("import --json with bad rows: %v", js)
	}
	if r := b.run("import", "../exchange/testdata/bad_rows.csv", "--merge", "--skip-duplicates"); r.code != 2 {
		t.Errorf("--merge with --skip-duplicates should be a usage error: %d %s", r.code, r.stderr)
	}
	if r := b.run("import", "nowhere.csv"); r.code != 1 || !strings.Contains(r.stderr, "读不到 nowhere.csv") {
		t.Errorf("a missing file: %d %s", r.code, r.stderr)
	}
	noName := filepath.Join(t.TempDir(), "x.csv")
	os.WriteFile(noName, []byte("公司,电话\n恒达,138\n"), 0o600)
	if r := b.run("import", noName); r.code != 1 || !strings.Contains(r.stderr, "没有写姓名的列") {
		t.Errorf("a file without a name column: %d %s", r.code, r.stderr)
	}
}

func TestExportCommand(t *testing.T) {
	b := newBook(t)
	b.add("--name", "王建国", "--company", "苏州恒达", "--phone", "+86 138 0013 8000", "--level", "vip")
	b.add("--name", "Anna Smith", "--email", "anna@acme.example")
	out := b.ok("export", "--format", "csv")
	if !strings.HasPrefix(out, "\ufeffName,Company,") || !strings.Contains(out, "'+86 138 0013 8000") {
		t.Errorf("CSV to standard output, with a BOM and the phone guarded:\n%s", out)
	}
	// --out - is standard output too, and leaves no file called "-".
	if dash := b.ok("export", "--format", "json", "--out", "-"); !json.Valid([]byte(dash)) || !strings.Contains(dash, "王建国") {
		t.Errorf("export --out - should print the book:\n%.200s", dash)
	}
	if _, err := os.Stat("-"); err == nil {
		os.Remove("-")
		t.Error("export --out - wrote a file called -")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "book.vcf")
	// A name that is a link to nowhere is a name in use: replacing it needs --force.
	dangling := filepath.Join(dir, "dangling.json")
	os.Symlink(filepath.Join(dir, "nowhere"), dangling)
	if r := b.run("export", "--out", dangling); r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("a dangling link should need --force: %d %s", r.code, r.stderr)
	}
	// A folder that is not there is named as the user wrote it.
	missing := filepath.Join(dir, "no-such-folder", "book.json")
	if r := b.run("export", "--out", missing); r.code != 1 || !strings.Contains(r.stderr, filepath.Join(dir, "no-such-folder")) || strings.Contains(r.stderr, ".partial") {
		t.Errorf("a missing folder: %d %s", r.code, r.stderr)
	}
	if msg := b.ok("export", "--out", path); !strings.Contains(msg, "Exported 2 customers to") {
		t.Errorf("export --out: %q", msg)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the export should be readable by the user alone: %v %v", info, err)
	}
	if r := b.run("export", "--out", path); r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("an existing file should need --force: %d %s", r.code, r.stderr)
	}
	b.ok("export", "--out", path, "--force", "--vcard", "4.0")
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "VERSION:4.0") || !strings.Contains(string(data), "FN:王建国") {
		t.Errorf("a vCard 4.0 export:\n%s", data)
	}
	if r := b.run("export"); r.code != 2 {
		t.Errorf("no format: %d %s", r.code, r.stderr)
	}
	if r := b.run("export", "--format", "csv", "--segment", "没有这个"); r.code != 1 || !strings.Contains(r.stderr, "no saved list") {
		t.Errorf("an unknown saved list: %d %s", r.code, r.stderr)
	}
	b.ok("segment", "save", "vips", "level:vip")
	out = b.ok("export", "--format", "csv", "--segment", "vips")
	if !strings.Contains(out, "王建国") || strings.Contains(out, "Anna") {
		t.Errorf("a saved list's export should hold its customers only:\n%s", out)
	}
	ics := b.ok("export", "--format", "ics", "--days", "30")
	if !strings.Contains(ics, "BEGIN:VCALENDAR") || !strings.Contains(ics, "UID:visit-") {
		t.Errorf("the calendar:\n%s", ics)
	}
}

func TestDuplicatesAndMergeCommands(t *testing.T) {
	b := newBook(t)
	keep := b.add("--name", "王建国", "--company", "苏州恒达", "--phone", "13800138000")
	drop := b.add("--name", "王总", "--phone", "138 0013 8000", "--email", "wang@hd.example")
	b.ok("deal", drop, "--amount", "5000")
	out := b.ok("duplicates")
	if !strings.Contains(out, "王总") || !strings.Contains(out, "Same phone") {
		t.Fatalf("duplicates:\n%s", out)
	}
	if msg := b.ok("merge", keep, drop); !strings.Contains(msg, "Merged 王总") {
		t.Errorf("merge: %q", msg)
	}
	show := decodeObject(t, b.ok("show", keep, "--json"))
	if show["email"] != "wang@hd.example" || show["order_total"] != 5000.0 {
		t.Errorf("the kept customer should carry the other's email and deal: %v", show)
	}
	if out := b.ok("duplicates", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("no duplicates left: %s", out)
	}
	if r := b.run("merge", keep, keep); r.code != 2 {
		t.Errorf("merging a customer into themself: %d %s", r.code, r.stderr)
	}
}

func TestSnapshotsCommands(t *testing.T) {
	b := newBook(t)
	if out := b.ok("snapshots"); !strings.Contains(out, "No snapshots yet") {
		t.Errorf("no snapshots: %q", out)
	}
	b.add("--name", "王建国")
	b.add("--name", "李娜") // the first write of the day to a book with customers takes the snapshot
	out := b.ok("snapshots")
	if !strings.Contains(out, "2026-03-10") || !strings.Contains(out, "daily") {
		t.Fatalf("a daily snapshot should be listed:\n%s", out)
	}
	snaps := decodeArray(t, b.ok("snapshots", "--json"))
	if len(snaps) != 1 || snaps[0]["kind"] != "daily" {
		t.Fatalf("snapshots --json: %v", snaps)
	}
	if info, err := os.Stat(snaps[0]["path"].(string)); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("a snapshot should be readable by the user alone: %v %v", info, err)
	}
	r := b.run("snapshots", "restore", "2026-03-10")
	if r.code != 2 || !strings.Contains(r.stderr, "Pass --force to confirm") || !strings.Contains(r.stderr, "(1 customers)") {
		t.Fatalf("a restore without a terminal asks for --force: %d %s", r.code, r.stderr)
	}
	msg := b.ok("snapshots", "restore", "2026-03-10", "--force")
	if !strings.Contains(msg, "Restored the book") || !strings.Contains(msg, "before-restore-") {
		t.Errorf("restore: %q", msg)
	}
	if out := b.ok("list"); strings.Contains(out, "李娜") {
		t.Errorf("the restored book is the one of the snapshot, before 李娜:\n%s", out)
	}
	if r := b.run("snapshots", "restore", "1999-01-01", "--force"); r.code != 1 || !strings.Contains(r.stderr, "no snapshot") {
		t.Errorf("an unknown snapshot: %d %s", r.code, r.stderr)
	}
	if r := b.run("snapshots", "forget"); r.code != 2 {
		t.Errorf("an unknown action: %d %s", r.code, r.stderr)
	}
}

// TestEveryWriteTakesTheDaysSnapshot: the commands that change saved lists, thresholds and levels
// take the day's snapshot first, as every other write does; each runs on a day of its own here.
func TestEveryWriteTakesTheDaysSnapshot(t *testing.T) {
	b := newBook(t)
	b.add("--name", "王建国")
	for i, args := range [][]string{
		{"segment", "save", "上海", "region:上海"},
		{"segment", "delete", "上海"},
		{"classes", "--set", "vip_threshold=300万"},
		{"classes", "--apply"},
	} {
		b.now = day0.AddDate(0, 0, i+1)
		b.ok(args...)
		day := b.now.Format("2006-01-02")
		found := false
		for _, snap := range decodeArray(t, b.ok("snapshots", "--json")) {
			if strings.Contains(fmt.Sprint(snap["name"]), day) {
				found = true
			}
		}
		if !found {
			t.Errorf("guanxi %s on %s took no snapshot: %s", strings.Join(args, " "), day, b.ok("snapshots"))
		}
	}
}

// An import says how the first visits of the customers it added were spread over the days, in
// words and in its JSON; a dry run, which adds no one, says nothing of them.
func TestImportSaysHowFirstVisitsAreSpread(t *testing.T) {
	b := newBook(t)
	b.env["LANG"] = "zh_CN.UTF-8"
	var sheet strings.Builder
	sheet.WriteString("姓名,级别\n")
	for i := range 60 {
		fmt.Fprintf(&sheet, "客户%02d,重点客户\n", i)
	}
	if r := b.runIn(sheet.String(), "import", "-", "--dry-run"); r.code != 0 || strings.Contains(r.stdout, "首次拜访") {
		t.Errorf("a dry run: exit %d\n%s", r.code, r.stdout)
	}
	r := b.runIn(sheet.String(), "import", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "60 位新客户的首次拜访排在 03-") || !strings.Contains(r.stdout, "（每天约 ") {
		t.Fatalf("the import's summary:\n%s%s", r.stdout, r.stderr)
	}
	other := newBook(t)
	js := decodeObject(t, other.runIn(sheet.String(), "import", "-", "--json").stdout)
	fv, _ := js["first_visits"].(map[string]any)
	if fv == nil || fv["customers"] != 60.0 || fv["from"] != "2026-03-10" || fv["to"].(string) <= "2026-03-10" || fv["days"].(float64) < 2 {
		t.Errorf("import --json first_visits: %v", fv)
	}
}
