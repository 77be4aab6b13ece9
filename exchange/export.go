package exchange

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// ExportOptions say what an export writes.
type ExportOptions struct {
	Format Format
	Lang   model.Lang  // of headers, names of codes and calendar texts
	Scope  store.Scope // which customers; the zero Scope is the whole book
	// VCardVersion is "3.0" (the default, which every phone reads) or "4.0".
	VCardVersion string
	// Days is how far ahead a calendar export reaches (default 60); it counts from today by the
	// book's clock, which also stamps the calendar.
	Days int
	// Progress, when set, is told now and then how many customers have been written (not for a
	// calendar, whose records are events). It is called on the exporting goroutine.
	Progress func(customers int)
}

// progressEvery is how many customers an export writes between two calls of its Progress.
const progressEvery = 500

// counted tells o.Progress, every progressEvery customers, that n have been written.
func (o *ExportOptions) counted(n int) {
	if o.Progress != nil && n%progressEvery == 0 {
		o.Progress(n)
	}
}

// Export writes the book (or the scope) to w in the format asked for, and returns how many
// records it wrote: customers, or calendar events.
func Export(ctx context.Context, s *store.Store, w io.Writer, o ExportOptions) (int, error) {
	if o.Lang == "" {
		o.Lang = model.En
	}
	switch o.Format {
	case CSV:
		return writeCSV(ctx, s, w, o)
	case XLSX:
		return writeXLSX(ctx, s, w, o)
	case VCard:
		return writeVCards(ctx, s, w, o)
	case ICal:
		return writeCalendar(ctx, s, w, o)
	case JSON:
		return writeJSONBook(ctx, s, w, o.Scope, o.counted)
	}
	return 0, fmt.Errorf("cannot export to %q: use xlsx, csv, vcf, ics or json", o.Format)
}

// writeCSV writes one row per customer with every archive field, in UTF-8 with a byte order mark
// so that Excel shows Chinese as it is.
func writeCSV(ctx context.Context, s *store.Store, w io.Writer, o ExportOptions) (int, error) {
	typeNames, err := typeNamer(ctx, s, o.Lang)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	bw.WriteString("\ufeff")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	row := make([]string, len(columns))
	for i, c := range columns {
		row[i] = c.header.In(o.Lang)
	}
	if err := cw.Write(row); err != nil {
		return 0, err
	}
	list := func(items []string) string {
		if o.Lang == model.Zh {
			return strings.Join(items, "、")
		}
		return strings.Join(items, ", ")
	}
	n := 0
	err = s.EachCustomer(ctx, o.Scope, func(c model.Customer) error {
		o.counted(n)
		names := typeNames(c.Types)
		for i, col := range columns {
			row[i] = guard(csvValue(&c, col.field, o.Lang, list, names))
		}
		n++
		return cw.Write(row)
	})
	if err != nil {
		return n, err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// typeNamer reads the catalog once and returns what names a person's personality types in a
// sheet: each type's name in lang, or its code when the catalog has no such type.
func typeNamer(ctx context.Context, s *store.Store, lang model.Lang) (func(codes []string) []string, error) {
	types, err := s.PersonalityTypes(ctx)
	if err != nil {
		return nil, err
	}
	byCode := map[string]string{}
	for _, t := range types {
		byCode[t.Code] = t.Name.In(lang)
	}
	return func(codes []string) []string {
		names := make([]string, len(codes))
		for i, code := range codes {
			if name, ok := byCode[code]; ok {
				names[i] = name
			} else {
				names[i] = code
			}
		}
		return names
	}, nil
}

// csvValue is the cell of one field of a customer. Dates and amounts are the ones the workbook
// holds in the same column (dateOf, moneyOf), written as text.
func csvValue(c *model.Customer, f field, lang model.Lang, list func([]string) string, typeNames []string) string {
	switch xlsxKindOf(f) {
	case xlsxDate:
		if y := yearlyOf(c, f); !y.IsZero() {
			return y.String() // lunar, or without a year: the import reads it back
		}
		return dateOf(c, f).String()
	case xlsxMoney:
		return yuan(moneyOf(c, f))
	}
	if text := customerText(c, f); text != nil {
		return *text
	}
	switch f {
	case fName:
		return c.Name
	case fKind:
		return model.NameOf(model.Kinds, string(c.Kind), lang)
	case fLevel:
		return model.NameOf(model.LevelCodes(), string(c.Level), lang)
	case fStage:
		return model.NameOf(model.Stages, string(c.Stage), lang)
	case fRelation:
		return model.NameOf(model.Relations, string(c.Relation), lang)
	case fTags:
		return list(c.Tags)
	case fTypes:
		return list(typeNames)
	case fNotes:
		return c.Notes
	case fVisitEvery:
		if c.PlanOverride != nil {
			return strconv.Itoa(c.PlanOverride.VisitEveryDays)
		}
	case fCallEvery:
		if c.PlanOverride != nil {
			return strconv.Itoa(c.PlanOverride.CallEveryDays)
		}
	case fPlanPaused:
		if c.PlanPaused {
			return tr(lang, "是", "yes")
		}
	case fUID:
		return c.UID
	}
	return ""
}

// yuan writes an amount as a plain number of yuan, which a spreadsheet can add up: 5000000,
// 1234.5; nothing for zero.
func yuan(m model.Money) string {
	if m == 0 {
		return ""
	}
	return strconv.FormatFloat(m.Yuan(), 'f', -1, 64)
}
