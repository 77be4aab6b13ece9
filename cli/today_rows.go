package cli

import (
	"guanxi/model"
	"guanxi/wording"
	"strconv"
	"sync"
)

// The rows of `guanxi today`'s table are made in parts at the same time: at 100,000 customers the
// rows of tens of thousands of items, each worded, made safe and measured, were a third of the
// command's time on one processor while the machine has more. Each part makes the rows of a span
// of the items, in its own place (its own text, widths and names of type sets); the parts are put
// together in the items' order, so the table is the same whatever the number of parts.

// rowPartItems is how many items a part of the table's rows makes at the least: a short table is
// made in one part, since starting more costs more than it saves.
var rowPartItems = 4096

// rowParts is the most parts the rows are made in.
const rowParts = 2

// rowMaker makes the rows of `guanxi today`'s table, one item at a time in the same place.
type rowMaker struct {
	c       *cli
	today   model.Date
	catalog map[string]model.PersonalityType
	// typeTexts are the names of each set of personality types, made once a set: the sets are
	// few, the customers many. A map of every customer's texts was a tenth of the command's time
	// and memory that the collector, under the command's limit, paid for again and again.
	typeTexts map[string]string
	typesKey  []byte
	cells     []cell
	// nameRoom is the room an organisation's own name has, across the customer's and the
	// company's columns, once their widths are known: -1 while they are measured.
	nameRoom int
}

func (c *cli) newRowMaker(today model.Date, catalog map[string]model.PersonalityType, nameRoom int) *rowMaker {
	return &rowMaker{c: c, today: today, catalog: catalog, typeTexts: map[string]string{}, nameRoom: nameRoom}
}

// typesOf are the names of a set of personality types.
func (m *rowMaker) typesOf(codes []string) string {
	m.typesKey = m.typesKey[:0]
	for _, code := range codes {
		m.typesKey = append(append(m.typesKey, code...), 0)
	}
	names, ok := m.typeTexts[string(m.typesKey)]
	if !ok {
		names = m.c.typeNames(codes, m.catalog)
		m.typeTexts[string(m.typesKey)] = names
	}
	return names
}

// row makes an item's row, its cells not yet made safe nor measured; the same slice each time.
func (m *rowMaker) row(it *model.ChecklistItem) []cell {
	c, today := m.c, m.today
	when, due := cell{text: wording.DaysFrom(it.DueOn, today, c.lang)}, it.DueOn
	if s, ok := wording.GreetingWhen(it, c.lang, today); ok {
		// A greeting before its day is dated on the day, as its time says: 明天生日 12-07.
		when.text, due = s, it.Due.OccasionOn
	}
	if it.OverdueDays > 0 {
		when.style = styleRed
	}
	// The last contact of the item's kind: a visit row's last visit, a call row's last call.
	lastDay, _ := it.LastOfKind()
	id, kind, last := strconv.FormatInt(it.CustomerID, 10), wording.KindName(it, c.lang), dateText(lastDay)
	if it.CustomerID == 0 {
		id, last = "", ""
	}
	// A company's short name is made only for a row that shows it (checklistNameCells).
	nameCell, companyCell := checklistNameCells(it, todayCompanyWidth, m.nameRoom, c.lang, (*model.ChecklistItem).CompanyShortName)
	m.cells = append(m.cells[:0], cell{text: id}, when, cell{text: dateText(due)}, txt(kind), nameCell,
		companyCell, txt(m.typesOf(it.Types)), cell{text: last}, txt(wording.Why(it, c.lang, today)))
	return m.cells
}

// rowPart is the rows a part made: their text's chunks, and the columns' widths they need. Only
// the chunks leave the part, not its rowTexts: a strings.Builder remembers where it lives, on the
// stack of the part's goroutine, which is freed when the part ends, and a copy of it kept on the
// heap would point the collector there.
type rowPart struct {
	chunks []string
	widths []int
}

// makeRows makes the rows of items from to to into rows, each made safe and measured once and
// kept compactly, its text in the part's own; widths are the header's. The note, last, is measured
// only for a terminal (term), whose width it may pass; elsewhere its column is neither padded nor
// cut, whatever its width.
func (m *rowMaker) makeRows(items checklistItems, rows []compactRow, from, to int, t *table, widths []int, term bool) rowPart {
	var text rowTexts
	// One item made at a time, in the same place: an item of half a kilobyte each on the heap
	// was the table's largest garbage.
	var it model.ChecklistItem
	for i := from; i < to; i++ {
		it = items.Item(i)
		row := m.row(&it)
		for k := range row {
			if k != colNote || term {
				row[k].text, row[k].width = safeCell(row[k].text)
			} else {
				row[k].text = model.SanitizeLine(row[k].text)
			}
		}
		r := &rows[i]
		text.keep(r, row, colWhen, colName)
		r.short = it.CustomerID != 0 && it.Company == it.CustomerName
		widths = t.widen(widths, row)
	}
	text.done()
	return rowPart{chunks: text.chunks, widths: widths}
}

// makeTodayRows makes the rows of every item, in parts at the same time, and returns their text
// and the columns' widths: the widest of the header's (t) and every row's.
func (c *cli) makeTodayRows(items checklistItems, rows []compactRow, t *table, today model.Date, catalog map[string]model.PersonalityType) (rowTexts, []int) {
	n := items.Len()
	parts := min(rowParts, max(n/rowPartItems, 1))
	made := make([]rowPart, parts)
	var wg sync.WaitGroup
	for p := range parts {
		from, to := n*p/parts, n*(p+1)/parts
		m := c.newRowMaker(today, catalog, -1)
		wg.Go(func() { made[p] = m.makeRows(items, rows, from, to, t, t.widths(), c.stdout.term) })
	}
	wg.Wait()
	// The parts' texts one after the other: a later part's rows name its chunks past the earlier's.
	var text rowTexts
	widths := made[0].widths
	for p := range parts {
		if base := uint32(len(text.chunks)); base > 0 {
			for i := n * p / parts; i < n*(p+1)/parts; i++ {
				rows[i].chunk += base
			}
		}
		text.chunks = append(text.chunks, made[p].chunks...)
		for k := range widths {
			widths[k] = max(widths[k], made[p].widths[k])
		}
	}
	return text, widths
}
