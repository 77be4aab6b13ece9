package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"guanxi/store"
)

// TestListCompactRowsAreTheTableOfCells prints the customer list, its rows kept compactly as they
// are read, beside the same customers laid out as a table of cells (table.add and writeTable, as
// the list was printed before), in both languages, to a pipe and on a terminal: the output is
// the same byte for byte, with organisations under their own long names (their short names), a
// company too long for its column, text with control characters and overdue dates in red (colour
// on the terminal), the customers handed from the read to the making of rows in one batch and in
// many.
func TestListCompactRowsAreTheTableOfCells(t *testing.T) {
	b := newBook(t)
	b.ok("demo", "--size", "60", "--db", b.path)
	b.add("--name", "广州市天河区鼎盛智能装备股份有限公司华南区域销售服务中心", "--company", "广州市天河区鼎盛智能装备股份有限公司华南区域销售服务中心", "--kind", "organisation")
	b.add("--name", "李四", "--company", "深圳市南山区前海深港现代服务业合作区创新科技发展有限公司")
	b.add("--name", "王\x1b[31m五\x07", "--company", "Ｅvil\u202eCo\tLtd")
	defer func(n int) { listBatch = n }(listBatch)
	for _, lang := range []string{"zh", "en"} {
		for _, term := range []bool{false, true} {
			listBatch = 7 // many batches from the read to the making of rows, the last one short
			if term {
				listBatch = 1024 // one
			}
			width := 0 // a pipe's, 80
			if term {
				width = 80
			}
			got := b.printed(lang, width, term, func(c *cli) error { return c.runList(&listOptions{}) })
			want := cellTable(b, lang, width)
			if rows := strings.Count(want, "\n"); rows < 60 {
				t.Fatalf("%s: %d lines: the test should print a long table", lang, rows)
			}
			if got != want {
				t.Errorf("%s, terminal %v: compact:\n%s\nas cells:\n%s", lang, term, got, want)
			}
		}
	}
}

// cellTable is the whole list of b laid out as a table of cells, every cell kept, as the list was
// printed before its rows were kept compactly.
func cellTable(b *book, lang string, width int) string {
	return b.printed(lang, width, width > 0, func(c *cli) error {
		return c.onBook(func(s *store.Store) error {
			_, catalog, err := c.catalog(s)
			if err != nil {
				return err
			}
			rows, err := s.ListCustomers(context.Background(), store.ListQuery{})
			if err != nil {
				return err
			}
			tb := &table{max: []int{8, 20, 24, 12, 10, 12, 12, 20}}
			tb.add(cell{text: c.t(texts.Shared.ID)}, cell{text: c.t(texts.Shared.Name)}, cell{text: c.t(texts.Shared.Company)},
				cell{text: c.t(texts.List.Level)}, cell{text: c.t(texts.List.Stage)}, cell{text: c.t(texts.List.LastContact)},
				cell{text: c.t(texts.List.NextContact)}, cell{text: c.t(texts.Shared.Types)})
			today := c.today()
			for _, cu := range rows {
				next := cell{text: dateText(cu.NextDueOn)}
				if !cu.NextDueOn.IsZero() && cu.NextDueOn.Before(today) {
					next.style = styleRed
				}
				name, company := nameCells(cu.Name, cu.Company, cu.CompanyShortName(), tb.max[2])
				tb.add(cell{text: strconv.FormatInt(cu.ID, 10)}, name, company, cell{text: c.levelName(cu.Level)},
					cell{text: c.stageName(cu.Stage)}, cell{text: dateText(cu.LastContactOn)}, next,
					txt(c.typeNames(cu.Types, catalog)))
			}
			writeTable(c.stdout, tb, true)
			fmt.Fprintln(c.stdout, c.tf(texts.List.Customers, len(rows)))
			return nil
		})
	})
}
