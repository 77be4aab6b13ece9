package exchange

import (
	"strings"
	"testing"

	"guanxi/model"
)

// TestSheetRowDays: how a row's last contact, next due day and deal figures are read, under the
// export's headers in either language and another CRM's.
func TestSheetRowDays(t *testing.T) {
	cases := []struct {
		name        string
		header, row []string
		lastContact string // the day of the contact logged, "" for none
		nextDue     string
		dealRows    int    // rows counted as giving deal figures
		warn, notes string // a warning's and the notes' text, "" for none
	}{
		{"our export, Chinese", []string{"姓名/名称", "上次联系", "下次跟进"}, []string{"王建国", "2026-03-06", "2026-03-13"},
			"2026-03-06", "2026-03-13", 0, "", ""},
		{"our export, English", []string{"Name", "Last contact", "Next due"}, []string{"Wang", "2026-03-06", "2026-03-13"},
			"2026-03-06", "2026-03-13", 0, "", ""},
		{"another CRM's words and a time of day", []string{"客户名称", "最后跟进时间", "下次跟进时间"}, []string{"王建国", "2026/3/6 14:30", "2026/3/13"},
			"2026-03-06", "2026-03-13", 0, "", ""},
		{"no days: nothing kept", []string{"姓名", "上次联系", "下次跟进"}, []string{"王建国", "", " "}, "", "", 0, "", ""},
		{"a next due that is no date is kept in the notes", []string{"姓名", "下次跟进"}, []string{"王建国", "下周找他"},
			"", "", 0, "下次跟进“下周找他”不是日期", "下次跟进：下周找他"},
		{"a last contact that is no date too", []string{"Name", "Last contact"}, []string{"Wang", "last spring"},
			"", "", 0, "上次联系“last spring”不是日期", "Last contact：last spring"},
		{"deal figures are counted, not kept", []string{"姓名", "首单日期", "累计成交额", "欠款"}, []string{"王建国", "2020-10-13", "4716600", "12000"},
			"", "", 1, "", ""},
		{"a row without deal figures is not counted", []string{"Name", "First deal", "Order total", "Owed"}, []string{"Wang", "", "", ""},
			"", "", 0, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sh, err := newSheet(c.header, 1, model.Zh)
			if err != nil {
				t.Fatal(err)
			}
			rec := sh.row(2, c.row)
			var last, next string
			if rec.book != nil {
				if len(rec.book.interactions) == 1 {
					i := rec.book.interactions[0]
					last = model.DateOf(i.At).String()
					if i.Channel != model.ChannelOther {
						t.Errorf("the last contact was logged as %s, which the plan would count", i.Channel)
					}
				}
				if !rec.book.nextDue.IsZero() {
					next = rec.book.nextDue.String()
				}
			}
			if last != c.lastContact || next != c.nextDue {
				t.Errorf("last contact %q and next due %q, want %q and %q", last, next, c.lastContact, c.nextDue)
			}
			if sh.dealFigures.rows != c.dealRows {
				t.Errorf("%d rows counted with deal figures, want %d", sh.dealFigures.rows, c.dealRows)
			}
			warned := problems(rec.warnings, model.Zh)
			if (c.warn == "") != (warned == "") || !strings.Contains(warned, c.warn) {
				t.Errorf("warnings %q, want one with %q", warned, c.warn)
			}
			if rec.customer.Notes != c.notes {
				t.Errorf("notes %q, want %q", rec.customer.Notes, c.notes)
			}
		})
	}
}
