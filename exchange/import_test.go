package exchange

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
)

// testNow is the clock of every exchange test: 2026-03-10 09:30 local time.
var testNow = time.Date(2026, 3, 10, 9, 30, 0, 0, time.Local)

func openBook(t *testing.T) *store.Store {
	t.Helper()
	return testbook.Open(t, testbook.At(testNow))
}

func importFile(t *testing.T, s *store.Store, name string, o Options) Summary {
	t.Helper()
	if o.Lang == "" {
		o.Lang = model.Zh
	}
	sum, err := Import(context.Background(), s, filepath.Join("testdata", name), o)
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return sum
}

// importWritten writes data to a file called name, whose ending says its format, and imports it
// into s in Chinese, as a user imports a file of theirs.
func importWritten(t *testing.T, s *store.Store, name string, data []byte) Summary {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	sum, err := Import(context.Background(), s, path, Options{Lang: model.Zh})
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return sum
}

// importsClean imports the test file name into a new book, which must add added customers and find
// no error; it returns the book, the import's summary and the book's customers by name.
func importsClean(t *testing.T, name string, o Options, added int) (*store.Store, Summary, map[string]model.Customer) {
	t.Helper()
	s := openBook(t)
	sum := importFile(t, s, name, o)
	if sum.Added != added || len(sum.Errors) != 0 {
		t.Fatalf("%s, summary: %+v\n%s", name, sum, problems(sum.Errors, model.Zh))
	}
	return s, sum, byName(t, s)
}

// byName reads every customer of the book by name.
func byName(t *testing.T, s *store.Store) map[string]model.Customer {
	t.Helper()
	out := map[string]model.Customer{}
	err := s.EachCustomer(context.Background(), store.Scope{}, func(c model.Customer) error {
		out[c.Name] = c
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func problems(ps []Problem, lang model.Lang) string {
	var lines []string
	for _, p := range ps {
		lines = append(lines, p.In(lang))
	}
	return strings.Join(lines, "\n")
}

func TestImportExcelUTF8WithBOM(t *testing.T) {
	s := openBook(t)
	sum := importFile(t, s, "excel_utf8_bom.csv", Options{})
	if sum.Encoding != "UTF-8" || sum.Added != 3 || len(sum.Errors) != 0 || len(sum.Warnings) != 0 {
		t.Fatalf("summary: %+v\n%s", sum, problems(append(sum.Errors, sum.Warnings...), model.Zh))
	}
	got := byName(t, s)
	wang := got["王建国"]
	if wang.Company != "苏州恒达精密机械有限公司" || wang.Phone != "138 0013 8000" || wang.Email != "wang@hengda.example" ||
		wang.WeChat != "wjg1975" || wang.Level != model.LevelVIP || wang.Industry != "机械制造" || wang.Region != "江苏 苏州" ||
		wang.Address != "苏州工业园区星湖街 88 号" || wang.Birthday != model.MustDate("1975-05-04") ||
		wang.Notes != "每年三月续签协议，\n很看重交期" || !reflect.DeepEqual(wang.Tags, []string{"老客户", "年度协议"}) {
		t.Errorf("王建国 imported as %+v", wang)
	}
	if li := got["李娜"]; li.Birthday != model.MustDate("1988-06-15") || li.Level != model.LevelNew {
		t.Errorf("李娜 imported as %+v", li)
	}
	if zeng := got["曾志伟"]; zeng.Level != model.LevelReference || zeng.Phone != "020-8765 4321" {
		t.Errorf("a level written without 客户 should be read: %+v", zeng)
	}
	if wang.NextDueOn.IsZero() {
		t.Error("an imported VIP should have a next visit from the plan")
	}
}

func TestImportExcelGB18030(t *testing.T) {
	s, sum, _ := importsClean(t, "excel_gb18030.csv", Options{}, 3)
	if sum.Encoding != "GB18030" {
		t.Fatalf("summary: %+v", sum)
	}
	if w := problems(sum.Warnings, model.Zh); w != "第 1 行：不认识的列“QQ号”：内容已放进备注" {
		t.Errorf("the unknown column should be named once, the row number column ignored: %q", w)
	}
	got := byName(t, s)
	zhao := got["赵敏"]
	if zhao.Company != "北京华信贸易有限公司" || zhao.Phone != "13600136000" || zhao.Level != model.LevelKey ||
		zhao.Industry != "贸易" || zhao.Region != "北京" || zhao.Notes != "招标季节要提前准备\nQQ号：12345678" {
		t.Errorf("赵敏 imported as %+v", zhao)
	}
	if qian := got["钱多多"]; qian.Level != model.LevelFree || !strings.Contains(qian.Notes, "说话算数的人不多") {
		t.Errorf("钱多多 imported as %+v", qian)
	}
}

func TestImportEnglishSemicolons(t *testing.T) {
	_, _, got := importsClean(t, "english_semicolon.csv", Options{Lang: model.En}, 2)
	anna := got["Anna Smith"]
	if anna.Company != "Acme Trading" || anna.Phone != "+44 20 7946 0958" || anna.Level != model.LevelReference ||
		anna.Stage != model.StageCustomer || anna.Birthday != model.MustDate("1980-02-29") || anna.Notes != "Prefers email" {
		t.Errorf("Anna imported as %+v", anna)
	}
	if bob := got["Bob Lee"]; bob.Notes != "Met at the fair; follow up" || bob.Level != model.LevelKey {
		t.Errorf("a quoted cell with the delimiter in it: %+v", bob)
	}
}

func TestImportExcelUnicodeText(t *testing.T) {
	s := openBook(t)
	sum := importFile(t, s, "excel_unicode.txt", Options{Format: CSV})
	if sum.Encoding != "UTF-16" || sum.Added != 2 {
		t.Fatalf("summary: %+v\n%s", sum, problems(sum.Errors, model.Zh))
	}
	if zhou := byName(t, s)["周丽"]; zhou.Level != model.LevelStrategic || zhou.Company != "宁波海天塑机" {
		t.Errorf("周丽 imported as %+v", zhou)
	}
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestImportBadRows(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	s.AddCustomer(ctx, &model.Customer{Name: "已有客户"}) // so a dry run has a book to leave alone
	before, _ := s.CountCustomers(ctx)
	s.Close()
	hash := fileHash(t, s.Path())
	s, err := store.Open(s.Path(), store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	dry := importFile(t, s, "bad_rows.csv", Options{DryRun: true})
	if n, _ := s.CountCustomers(ctx); n != before {
		t.Fatalf("a dry run wrote %d customers", n-before)
	}
	s.Close()
	if fileHash(t, s.Path()) != hash {
		t.Fatal("a dry run changed the book file")
	}
	s, _ = store.Open(s.Path(), store.WithClock(func() time.Time { return testNow }))
	defer s.Close()

	sum := importFile(t, s, "bad_rows.csv", Options{})
	// The import says how the first visits of those it added fall; a dry run adds no one.
	if fv := sum.FirstVisits; fv.Customers != sum.Added || fv.From.IsZero() || fv.To.Before(fv.From) || fv.Days < 1 {
		t.Errorf("the first visits of %d customers added: %+v", sum.Added, fv)
	}
	sum.FirstVisits = model.FirstVisitSpread{}
	dry.DryRun = false
	if !reflect.DeepEqual(dry, sum) {
		t.Errorf("a dry run should report what the import does:\n%+v\n%+v", dry, sum)
	}
	// One bad field never loses a customer: only a row without a name and one whose quotes
	// cannot be read are lost; every other bad cell is reported and kept in the notes.
	if sum.Added != 8 || sum.Skipped != 1 || sum.Read != 11 {
		t.Errorf("added %d, skipped %d, read %d; want 8, 1, 11", sum.Added, sum.Skipped, sum.Read)
	}
	type where struct {
		line int
		zh   string
		en   string
	}
	check := func(kind string, got []Problem, want []where) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%d %s, want %d:\n%s", len(got), kind, len(want), problems(got, model.Zh))
		}
		for i, w := range want {
			p := got[i]
			if p.Line != w.line || !strings.Contains(p.Msg.Zh, w.zh) || !strings.Contains(p.Msg.En, w.en) {
				t.Errorf("%s %d: line %d %q / %q; want line %d with %q / %q", kind, i, p.Line, p.Msg.Zh, p.Msg.En, w.line, w.zh, w.en)
			}
		}
	}
	check("bad rows", sum.Errors, []where{
		{3, "没有姓名", "no name"},
		{9, "引号不成对", "quote"},
	})
	check("warnings", sum.Warnings, []where{
		{1, "不认识的列“QQ”", `unknown column "QQ"`},
		{4, "邮箱“liuyang-at-example”：邮箱格式不对", `Email "liuyang-at-example": not an email address`},
		{5, "电话“电话待补”没有号码", `Phone "电话待补": holds no number`},
		{6, "客户级别“金牌客户”不认识；可写：战略客户、VIP客户", `Level "金牌客户": unknown; use one of strategic, vip`},
		{7, "生日“1990-02-30”不是日期", `Birthday "1990-02-30": not a date`},
		{8, "科学计数法", "scientific notation"},
		{10, "不认识性格类型“急性子”；原文已放进备注", `unknown personality type "急性子"; the text is kept in the notes`},
	})
	got := byName(t, s)
	for name, note := range map[string]string{"刘洋": "邮箱：liuyang-at-example", "黄磊": "手机：电话待补", "林峰": "级别：金牌客户",
		"郭涛": "生日：1990-02-30", "何敏": "手机：1.38E+10", "罗琳": "性格类型：急性子"} {
		if c, ok := got[name]; !ok || !strings.Contains(c.Notes, note) {
			t.Errorf("%s should be imported with %q in the notes: %+v", name, note, c)
		}
	}
	if l := got["刘洋"]; l.Email != "" || l.Phone != "13800000003" {
		t.Errorf("the unread email should be left empty, the rest kept: %+v", l)
	}
	if skip := problems(sum.Skips, model.Zh); skip != "第 11 行：和第 2 行的“陈静”姓名和公司相同，已跳过" {
		t.Errorf("the duplicate within the file: %q", skip)
	}
	if chen := got["陈静"]; len(chen.Types) != 1 || chen.Types[0] != "hesitant" || !strings.Contains(chen.Notes, "QQ：111") {
		t.Errorf("陈静 should carry 犹豫型 and the QQ in the notes: %+v", chen)
	}
	if _, ok := got["宋佳"]; !ok {
		t.Error("the good row after the bad ones should be imported")
	}
	// The same file again: every good row is now a duplicate of a customer in the book.
	again := importFile(t, s, "bad_rows.csv", Options{})
	// 黄磊 and 何敏 have only a name left: a name alone does not make two people one.
	if again.Added != 2 || again.Skipped != 7 {
		t.Errorf("importing again: added %d, skipped %d; want 2 and 7", again.Added, again.Skipped)
	}
}

func TestImportMergesDuplicatesWhenAsked(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	wang := model.Customer{Name: "王建国", Company: "苏州恒达", Phone: "13800138000", Level: model.LevelKey}
	testbook.AddCustomers(t, s, &wang)
	csv := "姓名,公司,手机,邮箱,备注\n王 建国,苏州恒达,+86 138 0013 8000,wang@hd.example,在苏州见过\n新客户甲,,13900000000,,\n"
	sum, err := ImportFrom(ctx, s, strings.NewReader(csv), int64(len(csv)), Options{Format: CSV, Merge: true, Lang: model.Zh})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Merged != 1 || sum.Added != 1 {
		t.Fatalf("merged %d, added %d; want 1 and 1", sum.Merged, sum.Added)
	}
	got, _ := s.Customer(ctx, wang.ID)
	if got.Email != "wang@hd.example" || got.Level != model.LevelKey || !strings.Contains(got.Notes, "在苏州见过") ||
		!strings.Contains(got.Notes, "姓名：王 建国") {
		t.Errorf("the merged customer: %+v", got)
	}
	if n, _ := s.CountCustomers(ctx); n != 2 {
		t.Errorf("%d customers, want 2", n)
	}
}

func TestImportReportsProgress(t *testing.T) {
	s := openBook(t)
	var b strings.Builder
	b.WriteString("姓名,手机\n")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&b, "客户%d,139%08d\n", i, i)
	}
	var calls int
	var last, total int64
	sum, err := ImportFrom(context.Background(), s, strings.NewReader(b.String()), int64(b.Len()), Options{Format: CSV,
		Progress: func(done, size int64) { calls++; last, total = done, size }})
	if err != nil || sum.Added != 2000 {
		t.Fatalf("added %d: %v", sum.Added, err)
	}
	if calls < 5 || last != total || total != int64(b.Len()) {
		t.Errorf("progress called %d times, last %d of %d", calls, last, total)
	}
}

func TestImportRefusesAFileWithoutNames(t *testing.T) {
	s := openBook(t)
	csv := "公司,电话\n恒达,138\n"
	_, err := ImportFrom(context.Background(), s, strings.NewReader(csv), 0, Options{Format: CSV})
	if err == nil || !strings.Contains(err.Error(), "no column holds the name") || !strings.Contains(err.Error(), "公司, 电话") {
		t.Errorf("a file without a name column: %v", err)
	}
	if _, err := ImportFrom(context.Background(), s, strings.NewReader(""), 0, Options{Format: CSV}); err == nil {
		t.Error("an empty file should be refused")
	}
}

func TestImportAndroidVCard21(t *testing.T) {
	_, sum, got := importsClean(t, "android_21.vcf", Options{}, 3)
	zhang := got["张三"]
	if zhang.Company != "北京华信贸易" || zhang.Title != "采购部经理" || zhang.Phone != "138-0013-9000" ||
		zhang.Email != "zhangsan@example.com" || zhang.Birthday != model.MustDate("1979-11-23") ||
		!strings.HasPrefix(zhang.Notes, "老客户，喜欢喝茶。上次见面谈到明年要扩建仓库，可以推荐我们的货架系统。") ||
		!strings.Contains(zhang.Notes, "工作电话：010-6543 2100") {
		t.Errorf("张三 (quoted-printable, soft line breaks, a photo) imported as %+v", zhang)
	}
	ouyang := got["欧阳娜娜"]
	if ouyang.Address != "中国广东广州天河路 385 号 510000" || ouyang.Region != "广东 广州" || ouyang.Phone != "13900139001" { // a mainland number keeps no country code
		t.Errorf("欧阳娜娜 imported as %+v", ouyang)
	}
	if _, ok := got["13900139002"]; !ok || !strings.Contains(problems(sum.Warnings, model.Zh), "名片没有姓名") {
		t.Errorf("a card with only a number should be imported under it, with a warning: %v", sum.Warnings)
	}
}

func TestImportIPhoneVCard30(t *testing.T) {
	_, _, got := importsClean(t, "iphone_30.vcf", Options{}, 2)
	li := got["李娜"]
	if li.Company != "杭州云帆科技 销售部" || li.Title != "销售总监" || li.Email != "lina@yunfan.example" ||
		li.Phone != "139 1234 5678" || li.Address != "中国浙江杭州文一西路 998 号 310000" || li.Region != "浙江 杭州" ||
		li.Birthday != model.MustDate("1988-06-15") || li.Anniversary != model.MustDate("2019-09-01") ||
		!reflect.DeepEqual(li.Tags, []string{"杭州", "展会"}) ||
		!strings.HasPrefix(li.Notes, "喜欢简洁的方案, 不喜欢长会。第一次见面在杭州的展会上, 对我们的新系列很感兴趣, 希望下个季度安排一次现场演示。") {
		t.Errorf("李娜 imported as %+v", li)
	}
	hai := got["宁波海天塑机"]
	if hai.Kind != model.KindOrganisation || hai.Phone != "0574-8618 2000" || !strings.Contains(hai.Notes, "网址：https://haitian.example") {
		t.Errorf("a company card imported as %+v", hai)
	}
}

func TestImportVCard40(t *testing.T) {
	s := openBook(t)
	sum := importFile(t, s, "desktop_40.vcf", Options{Lang: model.En})
	if sum.Added != 1 {
		t.Fatalf("summary: %+v\n%s", sum, problems(sum.Errors, model.En))
	}
	mary := byName(t, s)["Mary Ann Lee"]
	if mary.Phone != "+1-555-555-0100" || mary.Email != "mary@lee.example" || mary.WeChat != "marylee88" ||
		mary.Anniversary != model.MustDate("2010-06-01") || !mary.Birthday.IsZero() || mary.BirthdayYearly.String() != "--04-12" ||
		strings.Contains(mary.Notes, "Birthday") ||
		mary.UID != "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1" {
		t.Errorf("Mary imported as %+v", mary)
	}
	// A birthday without a year is greeted every year, not put in the notes.
	again := importFile(t, s, "desktop_40.vcf", Options{})
	if again.Skipped != 1 || !strings.Contains(problems(again.Skips, model.En), "Same record as Mary Ann Lee in the book") {
		t.Errorf("the same card again is the same record: %+v", again)
	}
}

func TestHeaders(t *testing.T) {
	tests := []struct {
		header string
		want   field
	}{
		{"姓名", fName}, {"客户名称", fName}, {"Full Name", fName}, {"姓名（必填）", fName}, {"*姓名", fName},
		{"公司", fCompany}, {"单位名称", fCompany}, {"企业名称", fCompany}, {"Organization", fCompany},
		{"手机", fPhone}, {"联系电话", fPhone}, {"Mobile Phone", fPhone}, {"E-mail", fEmail}, {"邮箱：", fEmail},
		{"客户级别", fLevel}, {"级别", fLevel}, {"省份", fRegion}, {"城市", fRegion}, {"微信号", fWeChat},
		{"出生日期", fBirthday}, {"备注", fNotes}, {"序号", fIgnored}, {"下次跟进", fNextDue}, {"累计成交额", fOrderTotal}, {"Ｅｍａｉｌ", fEmail},
	}
	for _, tt := range tests {
		if got, ok := fieldOfHeader(tt.header); !ok || got != tt.want {
			t.Errorf("header %q: %q %v, want %q", tt.header, got, ok, tt.want)
		}
	}
	for _, h := range []string{"QQ", "微博", "传真"} {
		if f, ok := fieldOfHeader(h); ok {
			t.Errorf("header %q should be unknown, is %q", h, f)
		}
	}
}

func TestFormulaGuard(t *testing.T) {
	for _, v := range []string{"=1+1", "+86 138", "-5", "@SUM(A1)", "'=already", "plain", ""} {
		if back := unguard(guard(v)); back != v {
			t.Errorf("guard then unguard %q gave %q", v, back)
		}
	}
	if guard("=HYPERLINK(\"x\")") != "'=HYPERLINK(\"x\")" {
		t.Error("a formula should be guarded")
	}
}

func TestDecodeTextAndDelimiter(t *testing.T) {
	gb, _ := os.ReadFile("testdata/excel_gb18030.csv")
	src, err := newCSVSource(bufioReader(gb), model.Zh)
	if err != nil || src.enc != "GB18030" || src.r.Comma != ',' {
		t.Fatalf("GB18030 file: %v %+v", err, src)
	}
	src, err = newCSVSource(bufioReader([]byte("姓名\t电话\n张三\t138\n")), model.Zh)
	if err != nil || src.r.Comma != '\t' {
		t.Fatalf("tabs: %v", err)
	}
	src, err = newCSVSource(bufioReader([]byte("\"简称,全称\";姓名;电话\n恒达,苏州恒达;张三;138\n")), model.Zh)
	if err != nil || src.r.Comma != ';' {
		t.Fatalf("a comma inside quotes is no delimiter: %v", err)
	}
}

func bufioReader(b []byte) *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }

func TestImportJSONBook(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	sum := importFile(t, s, "book.json", Options{})
	if sum.Added != 1 || len(sum.Errors) != 1 || !strings.Contains(problems(sum.Errors, model.Zh), "第 2 位客户：（李娜）邮箱") {
		t.Fatalf("summary: %+v\n%s", sum, problems(sum.Errors, model.Zh))
	}
	plans, _ := s.Plans(ctx)
	if plans[model.LevelVIP].VisitEveryDays != 10 {
		t.Errorf("the visit plans of the file should be the empty book's: %+v", plans[model.LevelVIP])
	}
	var bc *store.BookCustomer
	s.EachBookCustomer(ctx, store.Scope{}, func(b *store.BookCustomer) error {
		bc = b
		return nil
	})
	c := bc.Customer
	if c.UID != "c-wang" || c.RegisteredCapital != model.MoneyFromYuan(5_000_000) || c.Owed != model.MoneyFromYuan(320_000) ||
		c.CreatedAt.UTC().Format(time.RFC3339) != "2025-01-02T03:04:05Z" || c.LastVisitOn != model.MustDate("2026-02-20") {
		t.Errorf("the customer: %+v", c)
	}
	if len(bc.Contacts) != 1 || len(bc.Interactions) != 1 || bc.Interactions[0].ContactID != bc.Contacts[0].ID ||
		len(bc.Payments) != 1 || len(bc.Complaints) != 1 || len(bc.Reminders) != 1 ||
		bc.Reminders[0].Repeat.Code() != "3m" || len(bc.Tags) != 1 || bc.Tags[0].Note != "只喝龙井" {
		t.Errorf("the records: %+v", bc)
	}
}
