package exchange

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"guanxi/internal/testbook"
	"guanxi/model"
)

// TestXLSXExportImportsBack exports the demo book as a workbook and imports it into an empty
// book: every customer comes back with the same profile as through CSV.
func TestXLSXExportImportsBack(t *testing.T) {
	s := demoBook(t)
	giveShortName(t, s, "华精")
	data := export(t, s, ExportOptions{Format: XLSX, Lang: model.Zh})
	back, sum := reimport(t, data, XLSX)
	want := byName(t, s)
	if sum.Added != len(want) {
		t.Fatalf("imported %d of %d customers; warnings:\n%s", sum.Added, len(want), problems(sum.Warnings, model.En))
	}
	for name, g := range byName(t, back) {
		w := want[name]
		if g.Phone != w.Phone || g.Company != w.Company || g.Birthday != w.Birthday || g.RegisteredCapital != w.RegisteredCapital ||
			g.Level != w.Level || g.Stage != w.Stage || g.Notes != w.Notes || g.UID != w.UID || g.Email != w.Email || g.ShortName != w.ShortName {
			t.Errorf("%s came back as\n%+v\nwant\n%+v", name, g, w)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Log(f.GetSheetList())
	_ = context.Background()
}

// customerIs checks the fields of an imported customer that a test names.
func customerIs(t *testing.T, got map[string]model.Customer, name string, want map[string]string) {
	t.Helper()
	c, ok := got[name]
	if !ok {
		t.Errorf("%s was not imported", name)
		return
	}
	have := map[string]string{"company": c.Company, "phone": c.Phone, "wechat": c.WeChat, "email": c.Email,
		"birthday": c.Birthday.String(), "yearly_birthday": c.BirthdayYearly.String(), "level": string(c.Level), "stage": string(c.Stage), "region": c.Region,
		"kind": string(c.Kind), "source": c.Source, "address": c.Address, "last_contact": c.LastContactOn.String(),
		"created": c.CreatedAt.Format("2006-01-02 15:04")}
	for k, v := range want {
		if k == "notes" {
			for _, line := range strings.Split(v, "|") {
				if !strings.Contains(c.Notes, line) {
					t.Errorf("%s: the notes %q lack %q", name, c.Notes, line)
				}
			}
			continue
		}
		if have[k] != v {
			t.Errorf("%s: %s is %q, want %q", name, k, have[k], v)
		}
	}
}

// warned checks that each text is in some warning of the summary, in both languages.
func warned(t *testing.T, sum Summary, texts ...string) {
	t.Helper()
	all := problems(sum.Warnings, model.Zh) + "\n" + problems(sum.Warnings, model.En)
	for _, w := range texts {
		if !strings.Contains(all, w) {
			t.Errorf("no warning says %q:\n%s", w, all)
		}
	}
}

// TestImportXLSXMadeByOpenpyxl reads a workbook as a salesperson makes one: a title above the
// header, phones and a landline stored as numbers, dates stored as dates, full-width text, a
// level of another CRM, a second sheet that is not read.
func TestImportXLSXMadeByOpenpyxl(t *testing.T) {
	_, sum, got := importsClean(t, "openpyxl_contacts.xlsx", Options{}, 4)
	if sum.Format != XLSX {
		t.Fatalf("summary: %+v", sum)
	}
	customerIs(t, got, "周立", map[string]string{"company": "杭州云帆科技", "phone": "13912345678", "birthday": "1984-07-09",
		"level": "key", "wechat": "zhouli84", "notes": "喜欢喝龙井|座机：02161234567"})
	customerIs(t, got, "吴芳", map[string]string{"phone": "15857412345", "birthday": "1990-12-01", "level": "free", "wechat": "WUFANG90"})
	customerIs(t, got, "郑凯", map[string]string{"phone": "136 0001 2345", "birthday": "", "yearly_birthday": "--08-15",
		"stage": "prospect", "level": "new", "notes": "展会上认识"})
	customerIs(t, got, "孙悦", map[string]string{"phone": "", "birthday": "1988-03-05", "level": "vip", "notes": "手机：12345678901"})
	warned(t, sum, "line 7: Phone \"12345678901\": 11 digits, but it cannot be a mainland mobile",
		"第 4 行：客户级别“重要客户”按“重点客户”导入（1 行）", "Level \"普通客户\" was read as Free (1 row)")
	if len(sum.Mapped) != 3 {
		t.Errorf("the summary should list the three level words of another CRM: %+v", sum.Mapped)
	}

	// The sheet asked for by name; one that is not there is named with the ones that are.
	other := openBook(t)
	if _, err := Import(context.Background(), other, "testdata/openpyxl_contacts.xlsx", Options{Sheet: "说明"}); err == nil ||
		!strings.Contains(err.Error(), "no column holds the name") {
		t.Errorf("the second sheet has no customers: %v", err)
	}
	_, err := Import(context.Background(), other, "testdata/openpyxl_contacts.xlsx", Options{Sheet: "Sheet9"})
	var fe *FileError
	if !errors.As(err, &fe) || !strings.Contains(fe.Msg.Zh, "没有叫“Sheet9”的工作表；有：客户名单, 说明") {
		t.Errorf("an unknown sheet: %v", err)
	}
}

// TestImportXLSXSavedByLibreOffice reads a list opened in LibreOffice Calc from CSV and saved as
// a workbook: Calc stored the phones as numbers (a landline losing its 0) and the dates as dates.
func TestImportXLSXSavedByLibreOffice(t *testing.T) {
	_, _, got := importsClean(t, "libreoffice_contacts.xlsx", Options{}, 3)
	customerIs(t, got, "钱伟", map[string]string{"company": "上海浦江物流", "phone": "13601360000", "birthday": "1979-11-23",
		"level": "vip", "email": "qianwei@pujiang.example", "notes": "说话直接|办公电话：02158886666"})
	customerIs(t, got, "冯丽", map[string]string{"phone": "18955512345", "birthday": "1992-04-18", "level": "free",
		"email": "fengli@kdyq.example", "notes": "办公电话：055165432100"})
	customerIs(t, got, "蒋涛", map[string]string{"phone": "17700001234", "level": "new"})
}

// TestImportDingTalkSheet reads a customer list as DingTalk's CRM exports it: each company with
// a contact person, the salesperson in charge, the state of the sale and the district.
func TestImportDingTalkSheet(t *testing.T) {
	ctx := context.Background()
	s, sum, got := importsClean(t, "dingtalk_customers.xlsx", Options{}, 3)
	customerIs(t, got, "杭州云帆科技有限公司", map[string]string{"kind": "organisation", "company": "杭州云帆科技有限公司",
		"stage": "target", "level": "free", "region": "浙江省 杭州市 西湖区", "source": "官网咨询", "address": "文三路 90 号",
		"last_contact": "2026-02-27", "created": "2024-03-01 09:12", "notes": "年底有扩产计划|负责人：李明|客户编号：KH20240301"})
	customerIs(t, got, "苏州恒达精密机械有限公司", map[string]string{"stage": "customer", "level": "key",
		"region": "江苏省 苏州市 工业园区", "last_contact": "2026-03-02", "created": "2023-08-15 14:00"})
	customerIs(t, got, "南京天润电子", map[string]string{"stage": "prospect", "last_contact": "", "created": "2025-01-10 00:00"})
	contacts := map[string]model.Contact{}
	for _, c := range got {
		cts, err := s.Contacts(ctx, c.ID)
		if err != nil || len(cts) != 1 {
			t.Fatalf("%s should have one contact person: %+v %v", c.Name, cts, err)
		}
		contacts[c.Name] = cts[0]
	}
	for company, want := range map[string][3]string{
		"杭州云帆科技有限公司":   {"陈晓", "采购经理", "13800001111"},
		"苏州恒达精密机械有限公司": {"王建国", "总经理", "138-0013-8000"},
		"南京天润电子":       {"刘洋", "行政", "400-820-8820（客服）"},
	} {
		ct := contacts[company]
		if ct.Name != want[0] || ct.Title != want[1] || ct.Phone != want[2] {
			t.Errorf("the contact of %s: %+v, want %v", company, ct, want)
		}
	}
	warned(t, sum, "客户状态“跟进中”按“目标客户”导入", "Status \"已成交\" was read as Customer")
}

// openpyxl finds a Python that can import openpyxl (Debian's python3-openpyxl, which the CI run
// installs); the test is skipped where there is none.
func openpyxl(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import openpyxl").Run() == nil {
			return py
		}
	}
	t.Skip("no Python with openpyxl (apt-get install python3-openpyxl)")
	return ""
}

// TestXLSXExportAsOpenpyxlReadsIt checks the workbook with an independent reader: phones, ids
// and codes are text, dates are dates, money is numbers, the header is frozen and the columns
// are wide enough for their Chinese headers.
func TestXLSXExportAsOpenpyxlReadsIt(t *testing.T) {
	py := openpyxl(t)
	ctx := context.Background()
	s := openBook(t)
	wang := model.Customer{Name: "王建国", Company: "苏州恒达精密机械有限公司", Phone: "013800138000", Email: "wang@hengda.example",
		Birthday: model.MustDate("1975-05-04"), RegisteredCapital: model.MoneyFromYuan(5_000_000), Level: model.LevelVIP,
		Notes: "=HYPERLINK(\"http://x\")", Tags: []string{"老客户"}, PlanOverride: &model.VisitPlan{VisitEveryDays: 30}}
	testbook.AddCustomers(t, s, &wang)
	if err := s.AddDeal(ctx, &model.Deal{CustomerID: wang.ID, Amount: model.MoneyFromYuan(12345.5), On: model.MustDate("2026-01-05")}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, export(t, s, ExportOptions{Format: XLSX, Lang: model.Zh}), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "testdata/read_xlsx.py", path, "王建国").Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got struct {
		Sheet   string
		Freeze  string
		Rows    int
		Columns []struct {
			Header string
			Width  float64
			Types  []string
		}
		Named map[string]map[string]any
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Sheet != "客户" || got.Freeze != "A2" || got.Rows != 1 {
		t.Errorf("sheet %q, frozen at %q, %d rows; want 客户, A2, 1", got.Sheet, got.Freeze, got.Rows)
	}
	types := map[string]string{}
	for _, c := range got.Columns {
		types[c.Header] = strings.Join(c.Types, ",")
		if c.Width < float64(cellsWide(c.Header)) {
			t.Errorf("column %q is %.1f wide, narrower than its header", c.Header, c.Width)
		}
	}
	for header, want := range map[string]string{"电话": "str", "唯一编号": "str", "客户级别": "str", "生日": "datetime",
		"首单日期": "datetime", "注册资本": "float", "累计成交额": "float", "拜访间隔天数": "int", "备注": "str"} {
		if types[header] != want && !(want == "float" && types[header] == "int") {
			t.Errorf("column %s holds %q, want %s", header, types[header], want)
		}
	}
	row := got.Named["王建国"]
	for header, want := range map[string]any{"电话": "013800138000", "生日": "1975-05-04", "注册资本": 5e6, "累计成交额": 12345.5,
		"客户级别": "VIP客户", "备注": "=HYPERLINK(\"http://x\")", "唯一编号": wang.UID, "拜访间隔天数": 30.0} {
		if row[header] != want {
			t.Errorf("%s: %v (%T), want %v", header, row[header], row[header], want)
		}
	}
}

// TestSheetRowsOfOneCompanyBringItsContacts: a CRM's sheet lists a company once for each contact
// person; the company is imported once with all of them.
func TestSheetRowsOfOneCompanyBringItsContacts(t *testing.T) {
	ctx := context.Background()
	s := openBook(t)
	csv := "客户名称,联系人,联系人电话,职务\n杭州云帆科技,陈晓,13800001111,采购经理\n杭州云帆科技,周敏,13900002222,财务\n"
	sum, err := ImportFrom(ctx, s, strings.NewReader(csv), int64(len(csv)), Options{Format: CSV, Lang: model.Zh})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || sum.Contacts != 1 || sum.Skipped != 0 {
		t.Fatalf("added %d, contacts %d, skipped %d; want 1, 1, 0", sum.Added, sum.Contacts, sum.Skipped)
	}
	got := byName(t, s)["杭州云帆科技"]
	cts, err := s.Contacts(ctx, got.ID)
	if err != nil || len(cts) != 2 || cts[0].Name != "陈晓" || cts[1].Name != "周敏" || cts[1].Title != "财务" {
		t.Errorf("the company's contacts: %+v %v", cts, err)
	}
}
