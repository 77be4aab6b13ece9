package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/exchange"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/ui/overlays"
)

// importCSV is a spreadsheet as a salesperson brings it: two new customers, one already in the
// book (王建国, the same phone), and a row without a name.
const importCSV = "姓名,公司,手机,客户级别,备注\n" +
	"赵敏,北京华信贸易有限公司,13600136000,重点客户,招标季节要提前准备\n" +
	"王建国,苏州恒达精密机械有限公司,138 0013 8000,,\n" +
	",无名公司,13600136001,,\n" +
	"孙丽,深圳宏图电子,13500135000,新客户,\n"

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportFromTheTUI(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		s := fixtureBook(t)
		path := writeFile(t, "客户名单.csv", importCSV)
		a := newTestApp(t, s, lang, sz.w, sz.h)
		press(a, tea.KeyCtrlR)
		if a.overlay == nil {
			t.Fatal("ctrl+r should open the import box")
		}
		shot(t, a, sz, "import_form_"+name)

		typeText(a, path)
		save(a)
		shot(t, a, sz, "import_summary_"+name)
		screen := screenText(a)
		if lang == model.Zh && (!strings.Contains(screen, "新增 2 · 合并 0 · 跳过重复 1 · 有错 1") ||
			!strings.Contains(screen, "第 4 行：没有姓名") || !strings.Contains(screen, "和客户簿里的“王建国”电话相同，已跳过")) {
			t.Errorf("the summary should count and list what happened:\n%s", screen)
		}
		if spread := (model.Text{Zh: "2 位新客户的首次拜访排在", En: "The first visits of 2 new customers"}); !strings.Contains(screen, spread.In(lang)) {
			t.Errorf("the summary should say how the first visits were spread:\n%s", screen)
		}
		press(a, tea.KeyEnter)
		if a.overlay != nil {
			t.Fatal("enter should close the summary")
		}
		if screen := screenText(a); !strings.Contains(screen, "赵敏") || !strings.Contains(screen, "孙丽") {
			t.Errorf("the list should show the imported customers:\n%s", screen)
		}
		if n, _ := s.CountCustomers(context.Background()); n != 6 {
			t.Errorf("%d customers after the import, want 6", n)
		}
	})
}

func TestImportProgressAndCancel(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		_, a := fixtureApp(t, lang, sz.w, sz.h)
		press(a, tea.KeyCtrlR)
		o := a.overlay.(*overlays.Exchange)
		o.Name = "客户名单.csv"
		cancelled := false
		ch := make(chan tea.Msg, 1)
		a.Update(overlays.ImportStartedMsg{Ch: ch, Cancel: func() { cancelled = true }})
		a.Update(overlays.ImportProgressMsg{Ch: ch, Done: 4_200_000, Total: 10_000_000})
		shot(t, a, sz, "import_progress_"+name)
		if !strings.Contains(screenText(a), " 42%") {
			t.Errorf("the bar should show 42%%:\n%s", screenText(a))
		}
		a.Update(tea.KeyMsg{Type: tea.KeyEsc})
		if !cancelled || a.overlay == nil {
			t.Fatal("esc should cancel the import and wait for it to end")
		}
		a.Update(overlays.ImportDoneMsg{Err: context.Canceled})
		if !strings.Contains(screenText(a), a.c.T(kit.Texts.Exchange.Cancelled)) {
			t.Errorf("a cancelled import should say nothing was written:\n%s", screenText(a))
		}
	})
}

func TestImportOfAMissingFileKeepsThePath(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	press(a, tea.KeyCtrlR)
	save(a)
	formShows(t, a, "an empty path should be refused in the form", "请填写文件的路径")
	typeText(a, "/没有/这个/文件.csv")
	save(a)
	formShows(t, a, "a missing file should be said, the path kept", "找不到这个文件", "/没有/这个/文件.csv")
	press(a, tea.KeyEsc)
	formShows(t, a, "esc on a typed path should ask before it is thrown away", "要放弃吗")
	typeText(a, "y")
	if a.overlay != nil {
		t.Error("y should close the import box")
	}
}

func TestExportFromTheTUI(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		_, a := fixtureApp(t, lang, sz.w, sz.h)
		press(a, tea.KeyCtrlE)
		if a.overlay == nil {
			t.Fatal("ctrl+e should open the export box")
		}
		shot(t, a, sz, "export_form_"+name)

		path := filepath.Join(t.TempDir(), "名片.vcf")
		send(a, tea.KeyMsg{Type: tea.KeyRight}) // CSV → vCard
		press(a, tea.KeyTab)
		typeText(a, path)
		save(a)
		screen := screenText(a)
		want := map[model.Lang]string{model.Zh: "已导出 4 位客户到", model.En: "Exported 4 customers to"}[lang]
		if !strings.Contains(screen, want) {
			t.Errorf("the box should say what was exported where:\n%s", screen)
		}
		info, err := os.Stat(path)
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Fatalf("the export should be a private file: %v %v", info, err)
		}
		data, _ := os.ReadFile(path)
		if strings.Count(string(data), "BEGIN:VCARD") != 5 || !strings.Contains(string(data), "FN:王建国") {
			t.Errorf("4 customers and 1 contact should be written as vCards:\n%s", data)
		}
		press(a, tea.KeyEnter)

		// The same file again without replacing it: the form says so and keeps what was typed.
		press(a, tea.KeyCtrlE)
		send(a, tea.KeyMsg{Type: tea.KeyRight})
		press(a, tea.KeyTab)
		typeText(a, path)
		save(a)
		if screen := screenText(a); a.overlay == nil || !strings.Contains(screen, a.c.T(kit.Texts.Exchange.Exists)[:12]) {
			t.Errorf("an existing file should not be replaced unasked:\n%s", screen)
		}
	})
}

func TestMergeDuplicateFromTheDetail(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		s := fixtureBook(t)
		ctx := context.Background()
		dup := model.Customer{Name: "王 建国", Company: "苏州恒达精密机械有限公司", Email: "wang@hengda.example"}
		testbook.AddCustomers(t, s, &dup)
		if err := s.AddDeal(ctx, &model.Deal{CustomerID: dup.ID, On: model.MustDate("2026-03-01"), Amount: 12_000_00, Product: "刀具"}); err != nil {
			t.Fatal(err)
		}
		a := newTestApp(t, s, lang, sz.w, sz.h)
		openDetail(a, "王建国")
		typeText(a, "m")
		if _, ok := a.overlay.(*overlays.Duplicates); !ok {
			t.Fatalf("m should list the likely duplicates:\n%s", screenText(a))
		}
		shot(t, a, sz, "dup_list_"+name)

		press(a, tea.KeyEnter)
		if _, ok := a.overlay.(*kit.ConfirmOverlay); !ok {
			t.Fatalf("enter should ask before merging:\n%s", screenText(a))
		}
		shot(t, a, sz, "dup_confirm_"+name)

		typeText(a, "y")
		formClosed(t, a, "the merge should close the box")
		if !strings.Contains(screenText(a), a.c.T(kit.Texts.Saved.Merged)) {
			t.Errorf("the status line should confirm the merge:\n%s", screenText(a))
		}
		keys, _ := s.DupKeys(ctx)
		if len(keys) != 4 {
			t.Errorf("%d customers after the merge, want 4", len(keys))
		}
		cu := findCustomer(t, s, "王建国")
		deals, _ := s.Deals(ctx, cu.ID)
		if len(deals) != 3 || cu.Email != "wang@hengda.example" {
			t.Errorf("the kept customer should have the deals and email of both: %d deals, %+v", len(deals), cu)
		}
	})
}

func TestMergeWithNoDuplicateSaysSo(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	openDetail(a, "李娜")
	typeText(a, "m")
	shownWithoutForm(t, a, "a customer without duplicates should get a line in the status bar", "没有发现和这位客户疑似重复的客户")
}

// TestExportKeepsToTheListInForce: with a query in force in the customer list, the export box
// offers its customers first and exports only them; the whole book is the other choice.
func TestExportKeepsToTheListInForce(t *testing.T) {
	for _, lang := range []model.Lang{model.Zh, model.En} {
		t.Run(string(lang), func(t *testing.T) {
			s := classBook(t)
			a := newTestApp(t, s, lang, 100, 30)
			typeText(a, "orders_12m>100万 or company:广州")
			press(a, tea.KeyCtrlE)
			screen := screenText(a)
			want := map[model.Lang]string{model.Zh: "中的 2 位", model.En: "the 2 customers of"}[lang]
			if !strings.Contains(screen, want) {
				t.Fatalf("the export box should offer the list in force:\n%s", screen)
			}
			dir := t.TempDir()
			export := func(path string, wholeBook bool) string {
				t.Helper()
				press(a, tea.KeyTab)
				typeText(a, path)
				press(a, tea.KeyTab)
				if wholeBook {
					send(a, tea.KeyMsg{Type: tea.KeyRight})
				}
				save(a)
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("no export: %v\n%s", err, screenText(a))
				}
				press(a, tea.KeyEnter)
				return string(data)
			}
			list := export(filepath.Join(dir, "list.csv"), false)
			if !strings.Contains(list, "王建国") || !strings.Contains(list, "曾志伟") || strings.Contains(list, "李娜") {
				t.Errorf("the list's export should hold 王建国 and 曾志伟 alone:\n%s", list)
			}
			press(a, tea.KeyCtrlE)
			book := export(filepath.Join(dir, "book.csv"), true)
			if !strings.Contains(book, "李娜") || !strings.Contains(book, "王建国") {
				t.Errorf("the whole book's export should hold everyone:\n%s", book)
			}
		})
	}
}

// A bad record's reason is wrapped in the summary, never cut: at 80 columns every reason of the
// file with bad rows can be read whole by scrolling down.
func TestImportSummaryWrapsLongReasons(t *testing.T) {
	for _, lang := range []model.Lang{model.Zh, model.En} {
		t.Run(string(lang), func(t *testing.T) {
			s := fixtureBook(t)
			path, err := filepath.Abs(filepath.Join("..", "exchange", "testdata", "bad_rows.csv"))
			if err != nil {
				t.Fatal(err)
			}
			a := newTestApp(t, s, lang, 80, 24)
			press(a, tea.KeyCtrlR)
			typeText(a, path)
			save(a)
			o, ok := a.overlay.(*overlays.Exchange)
			if !ok || o.Stage != overlays.StageDone {
				t.Fatalf("the summary should be shown:\n%s", screenText(a))
			}
			var seen strings.Builder
			for range 40 {
				screen := screenText(a)
				checkScreenSize(t, a, 80, 24)
				for _, line := range strings.Split(screen, "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), "│") && strings.Contains(line, "…") {
						t.Errorf("a line of the summary was cut: %s", line)
					}
				}
				seen.WriteString(screen)
				press(a, tea.KeyDown)
			}
			// The screen's lines joined, without the box and the indent, hold each reason whole.
			var flat strings.Builder
			for _, line := range strings.Split(seen.String(), "\n") {
				flat.WriteString(strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "│")))
			}
			sum, err := exchange.Import(context.Background(), s, path, exchange.Options{Lang: lang, DryRun: true})
			// Bad rows and the cells kept in the notes are both reported, each reason whole.
			reasons := append(sum.Errors, sum.Warnings...)
			if err != nil || len(reasons) < 5 {
				t.Fatalf("the fixture should have bad rows and cells: %v %v", reasons, err)
			}
			for _, p := range reasons {
				want := strings.ReplaceAll(model.SanitizeLine(p.In(lang)), " ", "")
				if !strings.Contains(strings.ReplaceAll(flat.String(), " ", ""), want) {
					t.Errorf("the reason %q cannot be read whole in the summary", p.In(lang))
				}
			}
			// Made wider, the box lays the summary out again, in fewer lines.
			narrow := len(o.Shown)
			a.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
			if wide := len(o.Shown); wide >= narrow {
				t.Errorf("at 160 columns the summary takes %d lines, as many as at 80 (%d)", wide, narrow)
			}
		})
	}
}
