package list

import (
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"

	"guanxi/model"
	"guanxi/search"
	"guanxi/ui/kit"
)

// rowSpans say which bytes of a row's name or company the search matched; from == to for none.
type rowSpans struct{ nameFrom, nameTo, companyFrom, companyTo int }

// matchSpans finds where the query matched a row: in the name when the name is why the row was
// found (or the rank is not known, for a page from SQL), else in the company. A row found by its
// phone, email, tags, contacts or notes shows no mark: none of those is a column.
func matchSpans(f search.Found, q model.SearchQuery) rowSpans {
	var sp rowSpans
	if q.Empty() {
		return sp
	}
	r := f.Customer
	if f.Rank <= model.RankSubstring {
		key := f.Key
		if key == (model.NameKey{}) {
			key = model.MakeNameKey(r.Name)
		}
		if from, to, ok := q.NameSpan(key, r.Name); ok {
			sp.nameFrom, sp.nameTo = from, to
			return sp
		}
	}
	if from, to, ok := q.TextSpan(r.Company); ok {
		sp.companyFrom, sp.companyTo = from, to
	}
	return sp
}

// MarkCell is cell (user text made safe and fitted to w cells) with text[from:to] drawn in the style
// hi and the rest in base (nil: unstyled). The mark follows the text when the cell cuts it.
func MarkCell(text string, from, to, w int, base *lipgloss.Style, hi lipgloss.Style) string {
	if from >= to {
		return render(base, kit.Cell(text, w))
	}
	pre, mid, post := model.SanitizeLine(text[:from]), model.SanitizeLine(text[from:to]), model.SanitizeLine(text[to:])
	whole := pre + mid + post
	plain := kit.Fit(whole, w)
	// plain is a prefix of whole, then perhaps an ellipsis and spaces: find where they part.
	k := 0
	for k < len(plain) && k < len(whole) && plain[k] == whole[k] {
		k++
	}
	for k > 0 && k < len(plain) && !utf8.RuneStart(plain[k]) {
		k--
	}
	a, b := min(len(pre), k), min(len(pre)+len(mid), k)
	return render(base, plain[:a]) + render(&hi, plain[a:b]) + render(base, plain[b:])
}

func render(st *lipgloss.Style, s string) string {
	if st == nil || s == "" {
		return s
	}
	return st.Render(s)
}

// The customer list's columns at a terminal's width. They give way in the order of what tells a
// customer apart: the name keeps its room longest (and takes the company's column when the
// customer is the company or has none), then the level and the next due day; the stage and the
// last contact go first on a narrow terminal. A company too long for its column goes by its short
// name (the user's, or model.ShortCompanyName).

// listColumns are the widths of the columns at a terminal width; 0 for a column left out.
type listColumns struct{ name, company, level, stage, last, next, types int }

// minListName is the room the name and company keep before the stage and last contact give way.
const minListName = 30

// columnsFor lays the columns out at a terminal width; stage is the widest stage's name in the
// language (8 in Chinese, 9 for "Qualified"), so no stage is cut.
func columnsFor(w, stage int) listColumns {
	c := listColumns{level: 10, stage: max(stage, 8), last: 10, next: 10}
	if w >= 110 {
		c.last, c.next = 12, 12 // room for the headings in full
	}
	fixed := c.level + c.stage + c.last + c.next + 7 // separators and cursor mark
	rest := w - fixed
	if w >= 110 {
		c.types = 16
		rest -= c.types + 1
	}
	// On a narrow terminal the stage, then the last contact, give their room to the name.
	if rest < minListName {
		rest += c.stage + 1
		c.stage = 0
	}
	if rest < minListName {
		rest += c.last + 1
		c.last = 0
	}
	c.name = max(rest*2/5, 8)
	c.company = max(rest-c.name, 6)
	return c
}

// stageWidth is the width of the widest stage's name in the screen's language.
func (m *Screen) stageWidth() int {
	w := 0
	for _, st := range model.Stages {
		w = max(w, kit.Width(st.Name.In(m.c.Lang)))
	}
	return w
}

// listHeader is the heading line of the columns.
func (m *Screen) listHeader(cols listColumns) string {
	h := "  " + kit.Fit(m.c.T(kit.Texts.Columns.Name), cols.name) + " " + kit.Fit(m.c.T(kit.Texts.Columns.Company), cols.company) + " " +
		kit.Fit(m.c.T(kit.Texts.Columns.Level), cols.level)
	if cols.stage > 0 {
		h += " " + kit.Fit(m.c.T(kit.Texts.Columns.Stage), cols.stage)
	}
	if cols.last > 0 {
		h += " " + kit.Fit(m.c.T(kit.Texts.Columns.Last), cols.last)
	}
	h += " " + kit.Fit(m.c.T(kit.Texts.Columns.Next), cols.next)
	if cols.types > 0 {
		h += " " + kit.Fit(m.c.T(kit.Texts.Columns.Types), cols.types)
	}
	return h
}

// restCells are a row's cells after the company: level, stage, last contact and next due (next is
// drawn already), those of them the width keeps.
func (m *Screen) restCells(r model.Customer, cols listColumns, next string) string {
	s := " " + kit.Fit(m.c.CodeName(model.LevelCodes(), string(r.Level)), cols.level)
	if cols.stage > 0 {
		s += " " + kit.Fit(m.c.CodeName(model.Stages, string(r.Stage)), cols.stage)
	}
	if cols.last > 0 {
		s += " " + kit.Fit(m.c.DateText(r.LastContactOn), cols.last)
	}
	return s + " " + next
}

// rowNameCompany returns the company a row shows and the widths of its name and company cells
// (0: the name spans the company's column too), moving the company's search mark to what is shown.
func rowNameCompany(r model.Customer, sp *rowSpans, q model.SearchQuery, cols listColumns) (company string, nameW, companyW int) {
	company = r.Company
	if company == r.Name || company == "" {
		// An organisation filed under its own name, or a person with no company: the name has both
		// columns, and saying the company twice would only crowd the row.
		sp.companyFrom, sp.companyTo = 0, 0
		return "", cols.name + 1 + cols.company, 0
	}
	if kit.Width(company) > cols.company {
		if short := r.CompanyShortName(); short != company {
			company, sp.companyFrom, sp.companyTo = short, 0, 0
			if from, to, ok := q.TextSpan(short); ok && !q.Empty() {
				sp.companyFrom, sp.companyTo = from, to
			}
		}
	}
	return company, cols.name, cols.company
}

// companyCell draws the company's cell after the name's, or nothing when the name spans it.
func companyCell(company string, sp rowSpans, w int, base *lipgloss.Style, hi lipgloss.Style) string {
	if w == 0 {
		return ""
	}
	return render(base, " ") + MarkCell(company, sp.companyFrom, sp.companyTo, w, base, hi)
}
