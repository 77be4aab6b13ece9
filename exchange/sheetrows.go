package exchange

import (
	"fmt"
	"strings"

	"guanxi/model"
)

// A spreadsheet, saved as CSV or as an Excel workbook, is a header line naming the columns and a
// row per customer. A sheet maps the columns to fields once and turns each row into a record. One
// cell that cannot be read never loses the customer: a row with a name is imported, the cell's
// field is left empty, its text goes into the notes under its header, and the import reports the
// line and the field.

// maxTitleLines is how many lines above the header a sheet may have (a title, a date, a blank).
const maxTitleLines = 10

// sheetColumn is what one column of a sheet holds.
type sheetColumn struct {
	field  field // "" for a column the import does not know
	header string
}

// sheet is the columns of a spreadsheet and what was learnt reading its rows.
type sheet struct {
	cols  []sheetColumn
	warns []Problem
	lang  model.Lang
	sep   string // between a header and its value in the notes, in the import's language
	// levelNames maps level words of other programs to levels, as the user chose.
	levelNames map[string]model.Level
	// mapped counts the rows whose level or state was a word of another program, by word, for the
	// summary to say how each was read.
	mapped map[string]*MappedWord
	words  []string // the words of mapped in the order first met
	// dealFigures counts the rows that gave figures of deals an import cannot keep.
	dealFigures dealFigureRows
}

// MappedWord is a level or state written by another program and what the import read it as.
type MappedWord struct {
	Column model.Text // the column it was in
	Word   string     // as written, made safe for a terminal
	As     model.Text // the level or stage it was read as
	Stage  bool       // As is a stage a word in the column of levels set (潜在客户); the level was not changed
	Rows   int        // how many rows held it
	Line   int        // the first of them
}

// newSheet maps the cells of a header line to fields. A sheet without a column for the name (or,
// in another CRM's sheet, for the contact) cannot be imported.
func newSheet(header []string, line int, lang model.Lang) (*sheet, error) {
	sh := &sheet{lang: lang, sep: tr(lang, "：", ": "), mapped: map[string]*MappedWord{}}
	seen := map[field]string{}
	var headers []string
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		headers = append(headers, quote(h))
		col := sheetColumn{header: h}
		if col.header == "" {
			col.header = fmt.Sprintf("#%d", i+1)
		}
		f, ok := fieldOfHeader(h)
		switch {
		case !ok:
			if h != "" {
				sh.warns = append(sh.warns, problemf(line, "不认识的列“%s”：内容已放进备注", "unknown column %q: its cells go into the notes", quote(h)))
			}
		case f == fIgnored:
			col.field = fIgnored
		default:
			col.field = f
			if first, dup := seen[f]; dup && f != fRegion && f != fNotes && f != fTags {
				sh.warns = append(sh.warns, problemf(line, "列“%[1]s”和“%[2]s”都是%[3]s：只用前一列，后一列的内容放进备注",
					"columns %[1]q and %[2]q both hold the %[4]s: the first is used, the other goes into the notes",
					quote(first), quote(h), label(f).Zh, strings.ToLower(label(f).En)))
			} else if !dup {
				seen[f] = h
			}
		}
		sh.cols = append(sh.cols, col)
	}
	_, hasName := seen[fName]
	_, hasContact := seen[fContactName]
	switch {
	case !hasName && hasContact:
		// A list of people with a 联系人 column and no customer column: the contact is the customer.
		sh.remap(map[field]field{fContactName: fName, fContactPhone: fPhone, fContactTitle: fTitle}, seen)
	case hasName && hasContact:
		// Another CRM's list of companies: the 职务 beside the contact is the contact's.
		if _, own := seen[fContactTitle]; !own {
			sh.remap(map[field]field{fTitle: fContactTitle}, seen)
		}
	case !hasName:
		return nil, fileErrorf("没有写姓名的列（表头写“姓名”“客户名称”或“Name”）；表头是：%s",
			"no column holds the name (call it 姓名, 客户名称 or Name); the header has %s", strings.Join(headers, ", "))
	}
	return sh, nil
}

// remap gives columns of some fields another field, where no column holds that one already.
func (sh *sheet) remap(to map[field]field, seen map[field]string) {
	for i, c := range sh.cols {
		if f, ok := to[c.field]; ok {
			if _, taken := seen[f]; !taken {
				sh.cols[i].field = f
			}
		}
	}
}

func (sh *sheet) warnings() []Problem { return sh.warns }

// header is the header of column i, for messages.
func (sh *sheet) header(i int) string {
	if i < len(sh.cols) {
		return sh.cols[i].header
	}
	return fmt.Sprintf("#%d", i+1)
}

// fieldOf is the field column i holds, "" past the last column.
func (sh *sheet) fieldOf(i int) field {
	if i < len(sh.cols) {
		return sh.cols[i].field
	}
	return ""
}

// rows is the sheet of a source that reads one.
func (sh *sheet) rows() *sheet { return sh }

// useLevelNames takes the user's mapping of level words, keyed as model.ReadForeignLevel looks.
func (sh *sheet) useLevelNames(names map[string]model.Level) {
	if len(names) == 0 {
		return
	}
	sh.levelNames = map[string]model.Level{}
	for w, l := range names {
		sh.levelNames[model.FoldLevelWord(w)] = l
	}
}

// problem says how the word was read, for the summary.
func (m MappedWord) problem() Problem {
	rows := "rows"
	if m.Rows == 1 {
		rows = "row"
	}
	if m.Stage {
		// Said outright: the user looking for the level would otherwise think it was set.
		return problemf(m.Line, "%[1]s“%[3]s”是阶段：按阶段“%[4]s”导入，级别未改（%[6]d 行）",
			"%[2]s %[3]q names a stage: read as the stage %[5]s, the level left unchanged (%[6]d %[7]s)",
			m.Column.Zh, m.Column.En, m.Word, m.As.Zh, m.As.En, m.Rows, rows)
	}
	return problemf(m.Line, "%[1]s“%[3]s”按“%[4]s”导入（%[6]d 行）", "%[2]s %[3]q was read as %[5]s (%[6]d %[7]s)",
		m.Column.Zh, m.Column.En, m.Word, m.As.Zh, m.As.En, m.Rows, rows)
}

// mappedWords are the level and state words of other programs the rows held, in the order met.
func (sh *sheet) mappedWords() []MappedWord {
	out := make([]MappedWord, len(sh.words))
	for i, w := range sh.words {
		out[i] = *sh.mapped[w]
	}
	return out
}

// noteMapped counts a row whose level or state was another program's word; stage says a word in
// the column of levels set the stage instead.
func (sh *sheet) noteMapped(line int, f field, word string, as model.Text, stage bool) {
	key := string(f) + "\x00" + model.FoldLevelWord(word)
	if m, ok := sh.mapped[key]; ok {
		m.Rows++
		return
	}
	sh.mapped[key] = &MappedWord{Column: label(f), Word: quote(word), As: as, Stage: stage, Rows: 1, Line: line}
	sh.words = append(sh.words, key)
}
