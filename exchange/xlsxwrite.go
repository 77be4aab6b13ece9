package exchange

import (
	"context"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"

	"guanxi/model"
	"guanxi/store"
)

// A workbook export has the CSV export's columns, each cell typed as a spreadsheet should hold it:
// phones, identifiers, codes and every other text as text (so 13812345678 is never shown
// 1.38E+10 and 0571 keeps its 0), dates as dates, money as numbers that add up, intervals as
// whole numbers. The header stays in view while scrolling, and the columns are as wide as the
// header and the first rows need, counting a Chinese character as two. A text cell is never run
// as a formula, so no guard mark is needed.

// widthSample is how many rows are held back to measure the columns before any is written: the
// widths must come before the rows in the file.
const widthSample = 200

// maxColumnWidth keeps a long note from making its column wider than a screen.
const maxColumnWidth = 60

// xlsxKind is how a field's cells are typed.
type xlsxKind int

const (
	xlsxText xlsxKind = iota
	xlsxDate
	xlsxMoney
	xlsxWhole
)

func xlsxKindOf(f field) xlsxKind {
	switch f {
	case fBirthday, fAnniversary, fFirstDeal, fLastContact, fNextDue:
		return xlsxDate
	case fCapital, fOrderTotal, fOwed:
		return xlsxMoney
	case fVisitEvery, fCallEvery:
		return xlsxWhole
	}
	return xlsxText
}

func writeXLSX(ctx context.Context, s *store.Store, w io.Writer, o ExportOptions) (int, error) {
	typeNames, err := typeNamer(ctx, s, o.Lang)
	if err != nil {
		return 0, err
	}
	book := excelize.NewFile()
	defer book.Close()
	sheetName := tr(o.Lang, "客户", "Customers")
	if err := book.SetSheetName(book.GetSheetName(0), sheetName); err != nil {
		return 0, err
	}
	headStyle, err := book.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return 0, err
	}
	dateFmt, moneyFmt := "yyyy-mm-dd", "#,##0.00"
	dateStyle, err := book.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	if err != nil {
		return 0, err
	}
	moneyStyle, err := book.NewStyle(&excelize.Style{CustomNumFmt: &moneyFmt})
	if err != nil {
		return 0, err
	}
	textStyle, err := book.NewStyle(&excelize.Style{NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "top"}}) // 49 is "@": text
	if err != nil {
		return 0, err
	}
	sw, err := book.NewStreamWriter(sheetName)
	if err != nil {
		return 0, err
	}
	list := func(items []string) string { return strings.Join(items, tr(o.Lang, "、", ", ")) }
	widths := make([]int, len(columns))
	header := make([]any, len(columns))
	for i, c := range columns {
		h := c.header.In(o.Lang)
		header[i] = excelize.Cell{StyleID: headStyle, Value: h}
		widths[i] = max(cellsWide(h), 8)
	}
	var held [][]any
	started := false
	line := 1
	start := func() error {
		started = true
		for i, wd := range widths {
			if err := sw.SetColWidth(i+1, i+1, float64(min(wd, maxColumnWidth)+2)); err != nil {
				return err
			}
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		if err := sw.SetRow("A1", header); err != nil {
			return err
		}
		for _, row := range held {
			if err := writeRow(sw, &line, row); err != nil {
				return err
			}
		}
		held = nil
		return nil
	}
	n := 0
	err = s.EachCustomer(ctx, o.Scope, func(c model.Customer) error {
		o.counted(n)
		names := typeNames(c.Types)
		row := make([]any, len(columns))
		for i, col := range columns {
			switch xlsxKindOf(col.field) {
			case xlsxDate:
				if y := yearlyOf(&c, col.field); !y.IsZero() {
					// A lunar date, or one without a year, is no day of a sheet's calendar: it goes
					// as the text the import reads back, as in the CSV.
					row[i] = y.String()
					widths[i] = max(widths[i], cellsWide(y.String())+2)
				} else if d := dateOf(&c, col.field); !d.IsZero() {
					row[i] = excelize.Cell{StyleID: dateStyle, Value: time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC)}
					widths[i] = max(widths[i], 10)
				}
			case xlsxMoney:
				if m := moneyOf(&c, col.field); m != 0 {
					row[i] = excelize.Cell{StyleID: moneyStyle, Value: m.Yuan()}
					widths[i] = max(widths[i], len(yuan(m))+4)
				}
			case xlsxWhole:
				if c.PlanOverride != nil {
					days := c.PlanOverride.VisitEveryDays
					if col.field == fCallEvery {
						days = c.PlanOverride.CallEveryDays
					}
					row[i] = days
				}
			default:
				if v := csvValue(&c, col.field, o.Lang, list, names); v != "" {
					row[i] = excelize.Cell{StyleID: textStyle, Value: v}
					if !started {
						widths[i] = max(widths[i], longestLine(v))
					}
				}
			}
		}
		n++
		if started {
			return writeRow(sw, &line, row)
		}
		held = append(held, row)
		if len(held) == widthSample {
			return start()
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	if !started {
		if err := start(); err != nil {
			return n, err
		}
	}
	if err := sw.Flush(); err != nil {
		return n, err
	}
	_, err = book.WriteTo(w)
	return n, err
}

func writeRow(sw *excelize.StreamWriter, line *int, row []any) error {
	*line++
	cell, err := excelize.CoordinatesToCellName(1, *line)
	if err != nil {
		return err
	}
	return sw.SetRow(cell, row)
}

// yearlyOf is the lunar or year-less date a birthday or anniversary column keeps, if any.
func yearlyOf(c *model.Customer, f field) model.YearlyDate {
	switch f {
	case fBirthday:
		return model.KeptYearly(c.Birthday, c.BirthdayYearly)
	case fAnniversary:
		return model.KeptYearly(c.Anniversary, c.AnniversaryYearly)
	}
	return model.YearlyDate{}
}

// dateOf is the date a date column holds for a customer.
func dateOf(c *model.Customer, f field) model.Date {
	switch f {
	case fBirthday:
		return c.Birthday
	case fAnniversary:
		return c.Anniversary
	case fFirstDeal:
		return c.FirstDealOn
	case fLastContact:
		return c.LastContactOn
	case fNextDue:
		return c.NextDueOn
	}
	return model.Date{}
}

// moneyOf is the amount a money column holds for a customer.
func moneyOf(c *model.Customer, f field) model.Money {
	switch f {
	case fCapital:
		return c.RegisteredCapital
	case fOrderTotal:
		return c.OrderTotal
	case fOwed:
		return c.Owed
	}
	return 0
}

// longestLine is how wide the longest line of a cell is, in character cells.
func longestLine(v string) int {
	widest := 0
	for line := range strings.SplitSeq(v, "\n") {
		widest = max(widest, cellsWide(line))
	}
	return widest
}

// cellsWide counts a wide (Chinese) character as two cells, as a spreadsheet's column width does.
func cellsWide(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
