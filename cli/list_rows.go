package cli

import (
	"fmt"
	"guanxi/model"
	"strconv"
)

// The customer list's table keeps its rows compactly (compact_rows.go): at 100,000 customers a
// table of cells was the command's largest memory, and the collector a third of its processor
// time. Each row is made safe and measured once, as it is read.

// The columns of the customer list's table, by their place in a row, and the place of the
// organisation's short name kept after them.
const (
	listColName, listColCompany, listColNext = 1, 2, 6
	listColumnCount                          = 8
	listShort                                = listColumnCount
)

// customerTable is the customer list as a table, its rows added as they are read and kept
// compactly (compactRow); the widths of the columns grow as they are.
type customerTable struct {
	c      *cli
	today  model.Date
	t      *table // the header
	widths []int
	rows   []compactRow
	text   rowTexts
	types  *rowMaker // the names of each set of personality types, made once a set
	cells  []cell
	// levels and stages are the names of the codes, made safe once: the codes are few.
	levels, stages map[string]string
}

func (c *cli) newCustomerTable(catalog map[string]model.PersonalityType) *customerTable {
	t := &table{max: []int{8, 20, 24, 12, 10, 12, 12, 20}}
	t.add(cell{text: c.t(texts.Shared.ID)}, cell{text: c.t(texts.Shared.Name)}, cell{text: c.t(texts.Shared.Company)},
		cell{text: c.t(texts.List.Level)}, cell{text: c.t(texts.List.Stage)}, cell{text: c.t(texts.List.LastContact)},
		cell{text: c.t(texts.List.NextContact)}, cell{text: c.t(texts.Shared.Types)})
	today := c.today()
	return &customerTable{c: c, today: today, t: t, widths: t.widths(), types: c.newRowMaker(today, catalog, -1),
		cells: make([]cell, listColumnCount+1), levels: map[string]string{}, stages: map[string]string{}}
}

// add adds a customer's row, the next due date red when it has passed.
func (ct *customerTable) add(cu *model.Customer) {
	c := ct.c
	next := cell{text: dateText(cu.NextDueOn)}
	if !cu.NextDueOn.IsZero() && cu.NextDueOn.Before(ct.today) {
		next.style = styleRed
	}
	// The short name is made only for a row that may show it (nameCells): a company too long for
	// its column, or an organisation's own name wider than the room it will have across the
	// name's and the company's columns. That room is at least the name's column as wide as this
	// name (up to its limit), the gap, and the company's column as wide as its heading, since the
	// columns only grow: a name no wider is never cut, and its short name never shown.
	short := ""
	switch {
	case cu.Company == cu.Name:
		nameWidth, limit := cellWidth(model.SanitizeLine(cu.Name)), ct.t.max[listColName]
		if nameWidth > min(nameWidth, limit)+2+ct.t.rows[0][listColCompany].width {
			short = cu.CompanyShortName()
		}
	case cu.Company != "" && cellWidth(model.SanitizeLine(cu.Company)) > ct.t.max[listColCompany]:
		short = cu.CompanyShortName()
	}
	name, company := nameCells(cu.Name, cu.Company, short, ct.t.max[listColCompany])
	level, ok := ct.levels[string(cu.Level)]
	if !ok {
		level = c.levelName(cu.Level)
		ct.levels[string(cu.Level)] = level
	}
	stage, ok := ct.stages[string(cu.Stage)]
	if !ok {
		stage = c.stageName(cu.Stage)
		ct.stages[string(cu.Stage)] = stage
	}
	row := append(ct.cells[:0], cell{text: strconv.FormatInt(cu.ID, 10)}, name, company, cell{text: level},
		cell{text: stage}, cell{text: dateText(cu.LastContactOn)}, next, txt(ct.types.typesOf(cu.Types)))
	for k := range row {
		row[k].text, row[k].width = safeCell(row[k].text)
	}
	shortText, shortWidth := "", 0
	if name.short != "" {
		shortText, shortWidth = safeCell(name.short)
	}
	ct.rows = append(ct.rows, compactRow{})
	r := &ct.rows[len(ct.rows)-1]
	// The short name is kept after the row's cells, in the place after its columns.
	ct.text.keep(r, append(row, cell{text: shortText, width: shortWidth}), listColNext, listColName)
	r.short = name.short != ""
	ct.widths = ct.t.widen(ct.widths, row)
}

// rowCells are the cells of a row made compact, back in cells (as many as a row has): their text,
// width, the next contact's style, whether the name runs on, and its short name.
func (ct *customerTable) rowCells(r *compactRow) []cell {
	cells := ct.cells // the row's cells, then its short name
	ct.text.cells(r, cells, listColNext, listColName)
	if r.short {
		cells[listColName].short, cells[listColName].shortWidth = cells[listShort].text, cells[listShort].width
	}
	return cells[:listColumnCount]
}

// print prints the table and the count of customers.
func (ct *customerTable) print() {
	c := ct.c
	n := len(ct.rows)
	if n == 0 {
		fmt.Fprintln(c.stdout, c.t(texts.List.NoCustomersMatch))
		return
	}
	ct.text.done()
	writeRow(c.stdout, ct.widths, "", boldRow(ct.t.rows[0]))
	for i := range ct.rows {
		writeRow(c.stdout, ct.widths, "", ct.rowCells(&ct.rows[i]))
	}
	if n == 1 {
		fmt.Fprintln(c.stdout, c.t(texts.List.Customer))
		return
	}
	fmt.Fprintln(c.stdout, c.tf(texts.List.Customers, n))
}

// listBatch is how many customers are handed at a time from the read to the making of rows (a
// variable so a test can hand a short list across in many batches).
var listBatch = 1024

// addAll adds the rows of the customers each reads, made while the next are read: at 100,000
// customers making the rows was a third of the command's time after the read, on one processor
// while the machine has more. The customers go across in batches, copied from the read's own,
// which it reuses, and three batches at most exist, so little is held; the rows are added in the
// order read, so the table is the same as made in one place.
func (ct *customerTable) addAll(each func(func(*model.Customer) error) error) error {
	full := make(chan []model.Customer, 2)
	free := make(chan []model.Customer, 3)
	for range cap(free) {
		free <- make([]model.Customer, 0, listBatch)
	}
	made := make(chan struct{})
	go func() {
		defer close(made)
		for batch := range full {
			for i := range batch {
				ct.add(&batch[i])
			}
			free <- batch[:0]
		}
	}()
	batch := <-free
	err := each(func(cu *model.Customer) error {
		batch = append(batch, *cu)
		if len(batch) == listBatch {
			full <- batch
			batch = <-free
		}
		return nil
	})
	if len(batch) > 0 {
		full <- batch
	}
	close(full)
	<-made
	return err
}
