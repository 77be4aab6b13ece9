package ui

import (
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"

	"guanxi/model"
	"guanxi/store"
)

// rowSpans say which bytes of a row's name or company the search matched; from == to for none.
type rowSpans struct{ nameFrom, nameTo, companyFrom, companyTo int }

// matchSpans finds where the query matched a row: in the name when the name is why the row was
// found (or the rank is not known, for a page from SQL), else in the company. A row found by its
// phone, email, tags, contacts or notes shows no mark: none of those is a column.
func matchSpans(f store.Found, q model.SearchQuery) rowSpans {
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

// markCell is cell (user text made safe and fitted to w cells) with text[from:to] drawn in the style
// hi and the rest in base (nil: unstyled). The mark follows the text when the cell cuts it.
func markCell(text string, from, to, w int, base *lipgloss.Style, hi lipgloss.Style) string {
	if from >= to {
		return render(base, cell(text, w))
	}
	pre, mid, post := model.SanitizeLine(text[:from]), model.SanitizeLine(text[from:to]), model.SanitizeLine(text[to:])
	whole := pre + mid + post
	plain := fit(whole, w)
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
