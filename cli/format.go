package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"guanxi/model"
	"guanxi/wording"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// cell is one cell of a table: its text, on one line and sanitized by table.add, its width in
// terminal cells, measured once there, and an optional style.
type cell struct {
	text  string
	style style
	width int
	spill bool // the text may run on into the next column when that cell is empty
	// short is what the cell says when its text does not fit: an organisation's short name
	// (简称) names it better than its full name cut off after the region.
	short      string
	shortWidth int
}

// txt makes a cell of text; the table makes it safe.
func txt(s string) cell { return cell{text: s} }

// table lays out rows in columns measured in terminal cells, so Chinese text lines up.
type table struct {
	max  []int // the widest each column may grow, in cells; 0: no limit
	rows [][]cell
}

// add adds a row. Each cell is made one safe line and measured here, once: the widths of the
// columns and the padding are computed from what will be printed.
func (t *table) add(cells ...cell) {
	for i := range cells {
		cells[i].text = model.SanitizeLine(cells[i].text)
		cells[i].width = cellWidth(cells[i].text)
		if cells[i].short != "" {
			cells[i].short = model.SanitizeLine(cells[i].short)
			cells[i].shortWidth = cellWidth(cells[i].short)
		}
	}
	t.rows = append(t.rows, cells)
}

// cellWidth is ansi.StringWidth of sanitized text, without its grapheme segmentation for the text
// a table is mostly made of: printable ASCII (one cell each) and the common Han characters and
// Chinese punctuation (two). None of these joins its neighbour into one grapheme, so the sum is
// exact (cellwidth_test.go compares every such rune); any other text is measured by ansi.
func cellWidth(s string) int {
	if n, ok := simpleWidth(s); ok {
		return n
	}
	return ansi.StringWidth(s)
}

// simpleWidth is the width of s when it is made only of the runes cellWidth counts itself
// (printable ASCII, one cell; wideSimple, two), and whether it is.
func simpleWidth(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !wideSimple(r) {
			return 0, false
		}
		n += 2
		i += size
	}
	return n, true
}

// safeCell is model.SanitizeLine and cellWidth of s in one pass for the text a table is mostly
// made of, printable ASCII and the Han runes cellWidth counts itself, which SanitizeLine leaves as
// it is; any other text is made safe and measured as table.add does.
func safeCell(s string) (string, int) {
	if n, ok := simpleWidth(s); ok {
		return s, n
	}
	s = model.SanitizeLine(s)
	return s, cellWidth(s)
}

// truncateCell cuts text to at most limit cells, ending in an ellipsis, as ansi.Truncate does, and
// returns the width of the result. Text made only of the runes cellWidth counts itself is cut
// without grapheme segmentation.
func truncateCell(text string, limit int) (string, int) {
	const tail = "…" // one cell
	n := 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		w := 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !wideSimple(r) {
				cut := ansi.Truncate(text, limit, tail)
				return cut, ansi.StringWidth(cut)
			}
			w = 2
		} else if r < 0x20 || r == 0x7f {
			cut := ansi.Truncate(text, limit, tail)
			return cut, ansi.StringWidth(cut)
		}
		if n+w > limit-1 {
			return text[:i] + tail, n + 1
		}
		n += w
		i += size
	}
	return text, n
}

// wideSimple tells the runes cellWidth counts as two cells: CJK unified ideographs, the ideographic
// space and punctuation before the combining tone marks, and the fullwidth forms.
func wideSimple(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r >= 0x3000 && r <= 0x3029 || r >= 0xff01 && r <= 0xff60
}

// widths returns each column's width: its widest cell, capped by max.
func (t *table) widths() []int {
	var w []int
	for _, row := range t.rows {
		w = t.widen(w, row)
	}
	return w
}

// widen grows the widths w of the columns to take in a row, each up to its limit, and returns them.
func (t *table) widen(w []int, row []cell) []int {
	for i, cl := range row {
		if i >= len(w) {
			w = append(w, 0)
		}
		n := cl.width
		if i < len(t.max) && t.max[i] > 0 && n > t.max[i] {
			n = t.max[i]
		}
		w[i] = max(w[i], n)
	}
	return w
}

// writeRow writes one row padded to widths, truncating what is too wide with an ellipsis.
func writeRow(w *screen, widths []int, indent string, row []cell) {
	w.WriteString(indent)
	last := len(row) - 1
	for last >= 0 && row[last].text == "" {
		last--
	}
	for i := 0; i <= last; i++ {
		text, width := row[i].text, row[i].width
		room, next := -1, i+1 // room -1: the column has no width, as past the last
		if i < len(widths) {
			room = widths[i]
		}
		if row[i].spill && next < len(row) && row[next].text == "" && next < len(widths) && room >= 0 {
			room, next = room+2+widths[next], next+1
		}
		if room >= 0 && width > room && row[i].short != "" {
			text, width = row[i].short, row[i].shortWidth
		}
		if room >= 0 && width > room {
			text, width = truncateCell(text, room)
		}
		w.style(row[i].style, text)
		if next <= last && room >= 0 {
			w.WriteString(spaces(room - width + 2))
		}
		i = next - 1
	}
	w.WriteString("\n")
}

// blanks is a run of spaces that padding is cut from.
var blanks = strings.Repeat(" ", 256)

// spaces returns n spaces.
func spaces(n int) string {
	if n <= len(blanks) {
		return blanks[:max(n, 0)]
	}
	return strings.Repeat(" ", n)
}

// writeTable prints the whole table, the first row as a bold header when header is set.
func writeTable(w *screen, t *table, header bool) {
	widths := t.widths()
	for i, row := range t.rows {
		if i == 0 && header {
			row = boldRow(row)
		}
		writeRow(w, widths, "", row)
	}
}

// wrapText makes user text safe and wraps it to width cells as the TUI does (wording.Wrap: no
// line starts with a closing mark such as "，"); each line of the result is one line on screen.
func wrapText(s string, width int) []string { return wording.Wrap(s, max(width, 20)) }

// dateText shows a date, or a dash when there is none.
func dateText(d model.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// writeJSON prints v as indented JSON. Characters a terminal could act on (C1 controls, bidi
// controls, DEL) that encoding/json leaves raw are written as \u escapes, which keeps the JSON
// equal in meaning and the terminal safe. An array is written one element at a time, byte for byte
// as the whole would be, so a list of 100,000 customers is never held as one text.
func (c *cli) writeJSON(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	list := reflect.ValueOf(v)
	if list.Kind() != reflect.Slice || list.Len() == 0 {
		enc.SetIndent("", "  ")
		if list.Kind() == reflect.Slice && list.IsNil() {
			v = []struct{}{} // an empty list is [] and never null
		}
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("write JSON: %w", err)
		}
		_, err := c.stdout.Write(escapeTerminalRunes(buf.Bytes()))
		return err
	}
	a := c.newJSONArray()
	for i := range list.Len() {
		if err := a.add(list.Index(i).Interface()); err != nil {
			return err
		}
	}
	return a.end()
}

// jsonArray writes a JSON array to standard output one element at a time, byte for byte as
// writeJSON writes the whole, so a list of 100,000 customers is never held at once.
type jsonArray struct {
	c   *cli
	buf bytes.Buffer
	enc *json.Encoder
	n   int
}

func (c *cli) newJSONArray() *jsonArray {
	a := &jsonArray{c: c}
	a.enc = json.NewEncoder(&a.buf)
	a.enc.SetEscapeHTML(false)
	a.enc.SetIndent("  ", "  ")
	return a
}

// add writes v as the array's next element.
func (a *jsonArray) add(v any) error {
	a.buf.Reset()
	if a.n == 0 {
		a.buf.WriteString("[\n  ")
	} else {
		a.buf.WriteString(",\n  ")
	}
	if err := a.enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	a.buf.Truncate(a.buf.Len() - 1) // Encode ends each value with a newline
	a.n++
	_, err := a.c.stdout.Write(escapeTerminalRunes(a.buf.Bytes()))
	return err
}

// end closes the array: [] when nothing was added.
func (a *jsonArray) end() error {
	text := "\n]\n"
	if a.n == 0 {
		text = "[]\n"
	}
	_, err := a.c.stdout.WriteString(text)
	return err
}

func escapeTerminalRunes(b []byte) []byte {
	if !holdsTerminalRune(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if terminalRune(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return out
}

// holdsTerminalRune tells whether valid UTF-8 b holds a terminalRune, looking at the few lead
// bytes those runes start with rather than decoding every rune: JSON of Chinese text is mostly
// runes of three bytes that cannot be one.
func holdsTerminalRune(b []byte) bool {
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case 0x7f, 0xc2, 0xd8, 0xe2: // DEL, and the first bytes of C1 controls, U+061C, U+200E–U+2069
			if r, _ := utf8.DecodeRune(b[i:]); terminalRune(r) {
				return true
			}
		}
	}
	return false
}

// terminalRune tells the runes that JSON allows raw in a string but a terminal may act on.
func terminalRune(r rune) bool {
	return r == 0x7f || r >= 0x80 && r <= 0x9f || r == 0x061c || r == 0x200e || r == 0x200f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// jsonDate is a date in JSON: "YYYY-MM-DD", or null when unset.
type jsonDate model.Date

func (d jsonDate) MarshalJSON() ([]byte, error) {
	if model.Date(d).IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + model.Date(d).String() + `"`), nil
}

// strs returns s, or an empty slice for nil, so JSON shows [] and never null.
func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// customerJSON is a customer as the command line's JSON shows it; the keys are a contract.
type customerJSON struct {
	ID            int64    `json:"id"`
	Name          string   `json:"name"`
	Company       string   `json:"company"`
	Kind          string   `json:"kind"`
	Level         string   `json:"level"`
	Stage         string   `json:"stage"`
	Relation      string   `json:"relation"`
	ABC           *string  `json:"abc"` // null until the book classifies by value
	Phone         string   `json:"phone"`
	Email         string   `json:"email"`
	WeChat        string   `json:"wechat"`
	Region        string   `json:"region"`
	Industry      string   `json:"industry"`
	Tags          []string `json:"tags"`
	Types         []string `json:"types"`
	FirstDealOn   jsonDate `json:"first_deal_on"`
	LastContactOn jsonDate `json:"last_contact_on"`
	NextDueOn     jsonDate `json:"next_due_on"`
	OrderTotal    float64  `json:"order_total"`
	Owed          float64  `json:"owed"`
}

func toCustomerJSON(cu model.Customer) customerJSON {
	return customerJSON{
		ID: cu.ID, Name: cu.Name, Company: cu.Company, Kind: string(cu.Kind), Level: string(cu.Level),
		Stage: string(cu.Stage), Relation: string(cu.Relation), Phone: cu.Phone, Email: cu.Email,
		WeChat: cu.WeChat, Region: cu.Region, Industry: cu.Industry, Tags: strs(cu.Tags),
		Types: strs(cu.Types), FirstDealOn: jsonDate(cu.FirstDealOn), LastContactOn: jsonDate(cu.LastContactOn),
		NextDueOn: jsonDate(cu.NextDueOn), OrderTotal: cu.OrderTotal.Yuan(), Owed: cu.Owed.Yuan(),
	}
}

// typeNames shows personality type codes by their names in the invocation's language.
func (c *cli) typeNames(codes []string, catalog map[string]model.PersonalityType) string {
	names := make([]string, len(codes))
	for i, code := range codes {
		names[i] = code
		if t, ok := catalog[code]; ok {
			names[i] = t.Name.In(c.lang)
		}
	}
	return strings.Join(names, c.t(texts.Shared.Comma))
}

// levelName, stageName … show a code by its name in the invocation's language.
func (c *cli) levelName(l model.Level) string {
	return model.SanitizeLine(model.NameOf(model.LevelCodes(), string(l), c.lang))
}

func (c *cli) stageName(s model.Stage) string {
	return model.SanitizeLine(model.NameOf(model.Stages, string(s), c.lang))
}

// boldRow returns a header row in bold.
func boldRow(row []cell) []cell {
	out := make([]cell, len(row))
	for i, cl := range row {
		out[i] = cell{text: cl.text, style: styleBold, width: cl.width}
	}
	return out
}
