package cli

import (
	"math"
	"strings"
)

// The customer list's and `guanxi today`'s tables keep their rows compactly, not as cells: at
// 100,000 customers a table of cells (eight or nine strings and widths a row) was each command's
// largest memory, every pointer of it scanned again each time the collector ran under the
// command's memory limit. Each row is made safe and measured once and kept as its cells' texts
// one after the other in the table's text (rowTexts), with each cell's end and width
// (compactRow), which hold no pointer for the collector to follow.

// compactCells is the most cells a compact row holds: the checklist's nine columns, or the
// customer list's eight and the short name kept after them.
const compactCells = 9

// compactRow is a row of a table made safe and measured: its cells' texts, one after the other
// from start in the table's text, each cell's end and width (capped: a wider cell is wider than
// any column), and what its cells are besides their text.
type compactRow struct {
	chunk  uint32 // the chunk of the table's text (rowTexts) and where in it the row starts
	start  uint32
	ends   [compactCells]uint32
	widths [compactCells]uint16
	red    bool // the cell whose style may be red is: the date has passed, the item is overdue
	spill  bool // the name may run on into the company's column
	// short: the name may go by its short name. The customer list keeps it after the row's
	// cells; `guanxi today` makes it for an organisation filed under its own name when the name
	// proves too wide even across both columns.
	short bool
}

// rowTexts is the text of a table's rows, one row after another in chunks of a quarter of a
// megabyte: one text grown by doubling would copy itself and hold up to twice its size.
type rowTexts struct {
	chunks []string
	cur    strings.Builder // the chunk being written, chunks[len(chunks)] once done
}

// reserve makes room for a row of size bytes in the chunk being written and returns where it
// starts.
func (t *rowTexts) reserve(size int) (chunk, start uint32) {
	if t.cur.Cap()-t.cur.Len() < size {
		t.done()
		t.cur = strings.Builder{}
		t.cur.Grow(max(size, 1<<18))
	}
	return uint32(len(t.chunks)), uint32(t.cur.Len())
}

// done ends the chunk being written.
func (t *rowTexts) done() {
	if t.cur.Len() > 0 {
		t.chunks = append(t.chunks, t.cur.String())
	}
}

// keep keeps a row's cells, made safe and measured, in r: their texts in the chunk being
// written, each cell's end and width, whether the cell at red is red and the one at name runs on.
func (t *rowTexts) keep(r *compactRow, row []cell, red, name int) {
	size := 0
	for k := range row {
		size += len(row[k].text)
	}
	r.chunk, r.start = t.reserve(size)
	end := uint32(0)
	for k := range row {
		t.cur.WriteString(row[k].text)
		end += uint32(len(row[k].text))
		r.ends[k] = end
		r.widths[k] = uint16(min(row[k].width, math.MaxUint16))
	}
	r.red, r.spill = row[red].style == styleRed, row[name].spill
}

// cells are the cells of a row made compact, back in cells (as many as the row has): their text,
// width, the cell at red styled red when it was, and whether the one at name runs on.
func (t *rowTexts) cells(r *compactRow, cells []cell, red, name int) {
	all, from := t.chunks[r.chunk][r.start:], uint32(0)
	for k := range cells {
		cells[k] = cell{text: all[from:r.ends[k]], width: int(r.widths[k])}
		from = r.ends[k]
	}
	if r.red {
		cells[red].style = styleRed
	}
	cells[name].spill = r.spill
}
