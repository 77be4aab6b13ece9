package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/wording"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// checklistItemJSON is one item of `today --json`; the keys are a contract.
type checklistItemJSON struct {
	CustomerID   int64    `json:"customer_id"`
	CustomerName string   `json:"customer_name"`
	Kind         string   `json:"kind"`
	DueOn        jsonDate `json:"due_on"`
	OverdueDays  int      `json:"overdue_days"`
	Note         string   `json:"note"`
	Level        string   `json:"level"`
	Types        []string `json:"types"`
}

// todayOptions is what `guanxi today` was asked for.
type todayOptions struct {
	Days int  // how many days ahead to look
	JSON bool // print a JSON array instead of the table
}

// newTodayCmd is `guanxi today [--days N] [--json]`: the follow-up checklist.
func (c *cli) newTodayCmd() *cobra.Command {
	opts := &todayOptions{}
	cmd := c.command("today", "", "today [--days N] [--json]",
		texts.Today.Short, func([]string) error { return c.runToday(opts) })
	cmd.Flags().IntVar(&opts.Days, "days", 7, c.t(texts.Today.LookDaysAhead))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.t(texts.Shared.PrintJSONArray))
	return cmd
}

// todayMemoryLimit is the soft limit of the Go heap of `guanxi today`, above the 80 MB of other
// commands: at 100,000 customers the whole checklist as read (about 50 MB live) and its table's
// rows (about 20 MB) come close to that limit, and under it the collector ran 20 to 35 times, all
// the while once the rows were being made, for a third of the command's processor time. At 96 MiB
// it runs about 13 times and the process's peak stays near 132 MB, within the 150 MB every
// command keeps to (docs/PERFORMANCE.md).
const todayMemoryLimit = 96 << 20

// runToday prints the checklist from today to opts.Days ahead.
func (c *cli) runToday(opts *todayOptions) error {
	if opts.Days < 0 || opts.Days > 3660 {
		return c.usagef(texts.Today.DaysTakes)
	}
	s, err := c.open()
	if err != nil {
		return err
	}
	defer s.Close()
	if c.env("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(todayMemoryLimit)
	}
	today := c.today()
	items, err := s.WholeChecklist(c.ctx, today, opts.Days)
	if err != nil {
		return err
	}
	if opts.JSON {
		// Written an item at a time, each made as it is written: the items are not all held.
		a := c.newJSONArray()
		for i := range items.Len() {
			item := items.Item(i)
			it := &item
			j := checklistItemJSON{CustomerID: it.CustomerID, CustomerName: it.CustomerName,
				Kind: string(it.Kind), DueOn: jsonDate(it.DueOn), OverdueDays: it.OverdueDays,
				Note: wording.Why(it, c.lang, today), Level: string(it.Level), Types: strs(it.Types)}
			if it.CustomerID == 0 {
				j.CustomerName = it.Due.Holiday.In(c.lang)
			}
			if err := a.add(j); err != nil {
				return err
			}
		}
		return a.end()
	}
	_, catalog, err := c.catalog(s)
	if err != nil {
		return err
	}
	c.printChecklist(items, catalog, today, opts.Days)
	return nil
}

// checklistItems are the items of a checklist in its order, each made when asked for
// (store.WholeChecklist), or held (itemList).
type checklistItems interface {
	Len() int
	DueOn(i int) model.Date
	Item(i int) model.ChecklistItem
}

// itemList is a checklist's items held in a slice.
type itemList []model.ChecklistItem

func (l itemList) Len() int                       { return len(l) }
func (l itemList) DueOn(i int) model.Date         { return l[i].DueOn }
func (l itemList) Item(i int) model.ChecklistItem { return l[i] }

// printChecklist prints the items in three groups, overdue, today and the coming days, each with
// its count, in one set of aligned columns.
func (c *cli) printChecklist(items checklistItems, catalog map[string]model.PersonalityType, today model.Date, days int) {
	n := items.Len()
	if n == 0 {
		fmt.Fprintln(c.stdout, c.tf(texts.Today.NothingFollowUp, days))
		return
	}
	// Each item's group, overdue, today or coming, by index: the items are large and are not copied.
	groups := &checklistGroups{of: make([]model.DueGroup, n)}
	count := &groups.count
	for i := range n {
		groups.of[i] = model.DueGroupOf(items.DueOn(i), today)
		count[groups.of[i]]++
	}
	groups.titles = [3]string{
		wording.GroupTitle(model.DueOverdue, c.lang) + c.tf(texts.Today.Countaside, count[0]),
		wording.GroupTitle(model.DueToday, c.lang) + c.tf(texts.Today.Namecount, today, count[1]),
		wording.ComingTitle(days, c.lang) + c.tf(texts.Today.Countaside, count[2]),
	}
	header := []cell{{text: c.t(texts.Shared.ID)}, {text: c.t(texts.Today.When)}, {text: c.t(texts.Today.Due)},
		{text: c.t(texts.Today.What)}, {text: c.t(texts.Shared.Customer)}, {text: c.t(texts.Shared.Company)},
		{text: c.t(texts.Shared.Types)}, {text: c.t(texts.Today.LastKind)}, {text: c.t(texts.Today.Note)}}
	// The rows are held compactly, not as cells: at 100,000 customers a table of cells for tens
	// of thousands of rows was the command's largest memory, and the collector's work under its
	// limit, and making each row twice (to measure the columns, then to write them) was a third of
	// the command's time. Each row is made, made safe and measured once, and kept as its cells'
	// texts in one string with each cell's end and width (compactRow), in parts at the same time
	// (today_rows.go).
	t := &table{max: []int{6, 12, 10, 12, todayNameWidth, todayCompanyWidth, 20, 12, 0}}
	t.add(header...)
	rows := make([]compactRow, n)
	text, widths := c.makeTodayRows(items, rows, t, today, catalog)
	if !c.stdout.term {
		widths[colNote] = -1
	}
	nameRoom := widths[colName] + 2 + widths[colCompany]
	if c.stdout.term && rowWidth(widths) > c.stdout.width {
		// The narrow layout, on a terminal only, lays out from the same rows.
		c.printChecklistNarrow(t, items, rows, text, groups)
		return
	}
	cells := make([]cell, len(header))
	writeRow(c.stdout, widths, "  ", boldRow(t.rows[0]))
	groups.each(c.stdout, func(i int) {
		r := &rows[i]
		text.cells(r, cells, colWhen, colName)
		if r.short && cells[colName].width > nameRoom {
			// An organisation's own name too wide even across both columns goes by its short
			// name, made for the few rows that need it.
			it := items.Item(i)
			cells[colName].short, cells[colName].shortWidth = safeCell(it.CompanyShortName())
		}
		writeRow(c.stdout, widths, "  ", cells)
	})
}

// checklistGroups are the checklist's items by group, overdue, today and coming: each item's
// group by its index, how many each group has and its title.
type checklistGroups struct {
	of     []model.DueGroup
	count  [3]int
	titles [3]string
}

// each prints each group that has items, its title in bold and then its items, each by row (its
// index), in the items' order.
func (gs *checklistGroups) each(out *screen, row func(i int)) {
	for g := range model.DueComing + 1 {
		if gs.count[g] == 0 {
			continue
		}
		out.styledLine(styleBold, gs.titles[g])
		for i, of := range gs.of {
			if of == g {
				row(i)
			}
		}
	}
}

// The columns of `guanxi today`'s table, by their place in a row.
const (
	colID, colWhen, colWhat, colName, colCompany, colLast, colNote = 0, 1, 3, 4, 5, 7, 8
)

// measured is a cell made safe and measured, as table.add makes its cells.
func measured(cl cell) cell {
	cl.text = model.SanitizeLine(cl.text)
	cl.width = cellWidth(cl.text)
	return cl
}

// rowWidth is how wide a row of a table with these column widths is, with its indent.
func rowWidth(widths []int) int {
	w := 2
	for _, n := range widths {
		w += n + 2
	}
	return w - 2
}

// narrowColumns are the columns a terminal too narrow for the whole table keeps on an item's
// line: the date and the personality types give way (the time says when; the types are in
// `guanxi show`), and why the item is due goes on the lines below it.
var narrowColumns = []int{colID, colWhen, colWhat, colName, colCompany, colLast}

// printChecklistNarrow prints the checklist on a terminal narrower than its table: each item on a
// line of the columns that identify it, the company's column as wide as the terminal leaves (a
// company too long for it by its short name), and why it is due wrapped on the lines below, so
// nothing is cut or folded by the terminal. It lays out from the rows the table was measured from
// (the header in t), not a table of cells and items held: those were twice the memory of the rows.
func (c *cli) printChecklistNarrow(t *table, items checklistItems, rows []compactRow, text rowTexts, groups *checklistGroups) {
	// Each kept column as wide as its widest cell (capped); the customer's column not counting
	// names that run on into the company's.
	widths := make([]int, len(narrowColumns))
	all := make([]cell, len(t.rows[0]))
	widen := func(row []cell) {
		for k, col := range narrowColumns {
			if !row[col].spill {
				widths[k] = max(widths[k], min(row[col].width, t.max[col]))
			}
		}
	}
	widen(t.rows[0])
	for i := range rows {
		text.cells(&rows[i], all, colWhen, colName)
		widen(all)
	}
	name, company := 3, 4 // the places of the customer and the company in narrowColumns
	widths[company] = 0
	room := c.stdout.width - rowWidth(widths) - 2
	widths[company] = max(min(room, todayCompanyWidth), cellWidth(t.rows[0][colCompany].text))
	cells := make([]cell, len(narrowColumns))
	keep := func(row []cell) []cell {
		for k, col := range narrowColumns {
			cells[k] = row[col]
		}
		return cells
	}
	writeRow(c.stdout, widths, "  ", boldRow(keep(t.rows[0])))
	indent := "    "
	noteW := max(c.stdout.width-len(indent)-2, 20)
	var it model.ChecklistItem
	groups.each(c.stdout, func(i int) {
		text.cells(&rows[i], all, colWhen, colName)
		keep(all)
		it = items.Item(i)
		n, co := checklistNameCells(&it, widths[company], 0, c.lang, (*model.ChecklistItem).CompanyShortName)
		cells[name], cells[company] = measured(n), measured(co)
		writeRow(c.stdout, widths, "  ", cells)
		for k, line := range wording.Wrap(all[colNote].text, noteW) {
			lead := "  " // the lines after the first follow the arrow's text
			if k == 0 {
				lead = "↳ "
			}
			fmt.Fprintln(c.stdout, indent+lead+line)
		}
	})
}

// The widest the customer's and the company's columns of `guanxi today` grow, in cells.
const todayNameWidth, todayCompanyWidth = 20, 24

// checklistNameCells are the customer's and company's cells of a row of `guanxi today`, as the
// customer list shows them (nameCells), the company's short name made by shortOf; a holiday, no
// one's, has its name there.
//
// The short name is made only for a row that may show it (made for every one of tens of thousands
// of items, it was a fifth of the printing): a company too long for its column, or an
// organisation's own name wider than nameRoom cells (-1: not shown, only measured).
func checklistNameCells(it *model.ChecklistItem, companyWidth, nameRoom int, lang model.Lang, shortOf func(*model.ChecklistItem) string) (name, company cell) {
	if it.CustomerID == 0 {
		return cell{text: it.Due.Holiday.In(lang), spill: true}, cell{}
	}
	short := ""
	switch {
	case it.Company == it.CustomerName:
		if nameRoom >= 0 && cellWidth(model.SanitizeLine(it.CustomerName)) > nameRoom {
			short = shortOf(it)
		}
	case it.Company != "" && cellWidth(model.SanitizeLine(it.Company)) > companyWidth:
		short = shortOf(it)
	}
	return nameCells(it.CustomerName, it.Company, short, companyWidth)
}

// nameCells are a customer's name and company cells wherever the command line lists customers: an
// organisation filed under its own name is named once, in a cell that runs on into the company's
// column, and by its short name when even that is too narrow; a company too long for its column
// goes by its short name.
func nameCells(name, company, short string, companyWidth int) (nameCell, companyCell cell) {
	if company == name {
		return cell{text: name, spill: true, short: short}, cell{}
	}
	if company == "" {
		return cell{text: name, spill: true}, cell{}
	}
	if cellWidth(model.SanitizeLine(company)) > companyWidth {
		company = short
	}
	return txt(name), txt(company)
}
