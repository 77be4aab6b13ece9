package exchange

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"guanxi/model"
)

// maxRecordLines is how many lines one CSV record may span before an unclosed quote is suspected.
const maxRecordLines = 200

// csvSource reads customer rows of a spreadsheet saved as CSV.
type csvSource struct {
	r   *csv.Reader
	enc string
	*sheet
	utf8     bool  // the text was not converted: cells must be valid UTF-8
	noHeader error // why the first line is not the header, while lines below are tried
}

// decodeText returns the file's text as UTF-8 and the name of the encoding it was in. A byte
// order mark decides (UTF-8, or UTF-16 as Excel's "Unicode text" saves); text with zero bytes is
// UTF-16 (each of its commas and line breaks has one); else the encoding is whichever of UTF-8 and
// GB18030 (which Excel on Chinese Windows saves, covering GBK and GB2312) reads the first 64 KiB
// with the fewer errors, so one bad byte in a UTF-8 file does not turn every Chinese name into
// another text. Each line that does not decode in the encoding chosen is reported with its row.
func decodeText(br *bufio.Reader) (io.Reader, string) {
	head, _ := br.Peek(64 << 10)
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, "UTF-8"
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()), "UTF-16"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()), "UTF-16"
	}
	if zeros := bytes.Count(head, []byte{0}); zeros > 0 && zeros*50 >= len(head) {
		// ASCII in UTF-16 is every other byte zero: the zeros fall on odd bytes in little-endian order.
		order := unicode.BigEndian
		if oddZeros(head) > zeros/2 {
			order = unicode.LittleEndian
		}
		return transform.NewReader(br, unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder()), "UTF-16"
	}
	if utf8Errors(head) <= gb18030Errors(head) {
		return br, "UTF-8"
	}
	return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), "GB18030"
}

// oddZeros counts the zero bytes at odd offsets.
func oddZeros(b []byte) int {
	n := 0
	for i := 1; i < len(b); i += 2 {
		if b[i] == 0 {
			n++
		}
	}
	return n
}

// utf8Errors counts the bytes that are not UTF-8, but for a character cut off at the end of what
// was read.
func utf8Errors(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 && len(b)-i >= utf8.UTFMax {
			n++
		}
		i += size
	}
	return n
}

// gb18030Errors counts what does not decode as GB18030, which the decoder turns into U+FFFD.
func gb18030Errors(b []byte) int {
	text, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), b)
	if err != nil {
		return len(b)
	}
	return bytes.Count(text, []byte(string(utf8.RuneError)))
}

// undecoded is what a decoder puts in place of bytes that are not text in its encoding.
const undecoded = utf8.RuneError

// sniffDelimiter picks the delimiter of the header line: the most frequent of comma, semicolon
// and tab outside quotes, comma when there is none.
func sniffDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(64 << 10)
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range head {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return rune(best)
}

// newCSVSource reads the header of a CSV file and maps its columns to fields. A file without a
// column for the name cannot be imported.
func newCSVSource(raw *bufio.Reader, lang model.Lang) (*csvSource, error) {
	text, enc := decodeText(raw)
	br := bufio.NewReaderSize(text, 64<<10)
	r := csv.NewReader(br)
	r.Comma = sniffDelimiter(br)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	src := &csvSource{r: r, enc: enc, utf8: enc == "UTF-8"}
	// The header is the first line that names a column for the name: a sheet may start with a
	// title line or two above it.
	for n := 1; ; n++ {
		header, err := r.Read()
		if err == io.EOF {
			if n == 1 {
				return nil, fileErrorf("文件是空的", "the file is empty")
			}
			return nil, src.noHeader
		}
		var pe *csv.ParseError
		if err != nil && (!errors.As(err, &pe) || n == 1 && src.noHeader == nil) {
			return nil, fmt.Errorf("read the header line: %w", err)
		}
		if err != nil || blank(header) {
			continue
		}
		line, _ := r.FieldPos(0)
		for _, h := range header {
			if src.utf8 && !utf8.ValidString(h) {
				return nil, fileErrorf("表头不是 UTF-8 文本：请把文件另存为 UTF-8 或 GB18030 编码", "the header line is not UTF-8 text: save the file as UTF-8 or GB18030")
			}
		}
		sh, err := newSheet(header, line, lang)
		if err == nil {
			src.sheet = sh
			return src, nil
		}
		if src.noHeader == nil {
			src.noHeader = err // what the first line lacks is what a message says
		}
		if n >= maxTitleLines {
			return nil, src.noHeader
		}
	}
}

func (src *csvSource) encoding() string { return src.enc }

func (src *csvSource) next() (*record, error) {
	for {
		cells, err := src.r.Read()
		if err == io.EOF {
			return nil, io.EOF
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return &record{line: pe.StartLine, bad: &Problem{Line: pe.StartLine, Msg: csvParseMessage(pe)}}, nil
		}
		if err != nil {
			return nil, err
		}
		if blank(cells) {
			continue
		}
		line, _ := src.r.FieldPos(0)
		if last, _ := src.r.FieldPos(len(cells) - 1); last-line > maxRecordLines {
			p := problemf(line, "引号没有配对：从这一行起的 %d 行被读成了一格，这些行都没有导入",
				"a quote is not closed: the %d lines from here were read as one cell and none of them was imported", last-line+1)
			return &record{line: line, bad: &p}, nil
		}
		for i, v := range cells {
			if src.utf8 && !utf8.ValidString(v) {
				p := problemf(line, "“%s”一列不是 UTF-8 文本：请把文件另存为 UTF-8 或 GB18030 编码",
					"column %q is not UTF-8 text: save the file as UTF-8 or GB18030", quote(src.header(i)))
				return &record{line: line, bad: &p}, nil
			}
			if !src.utf8 && src.fieldOf(i) != fIgnored && strings.ContainsRune(v, undecoded) {
				p := problemf(line, "“%[1]s”一列有不是 %[2]s 编码的字节（文件按 %[2]s 读）：请把文件另存为 UTF-8",
					"column %[1]q holds bytes that are not %[2]s text (the file is read as %[2]s): save it as UTF-8", quote(src.header(i)), src.enc)
				return &record{line: line, bad: &p}, nil
			}
		}
		if !src.utf8 {
			for i, v := range cells {
				if strings.ContainsRune(v, undecoded) {
					p := problemf(line, "“%[1]s”一列有不是 %[2]s 编码的字节（文件按 %[2]s 读）：请把文件另存为 UTF-8",
						"column %[1]q holds bytes that are not %[2]s text (the file is read as %[2]s): save it as UTF-8", quote(src.header(i)), src.enc)
					return &record{line: line, bad: &p}, nil
				}
			}
		}
		return src.row(line, cells), nil
	}
}

func csvParseMessage(pe *csv.ParseError) model.Text {
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote), errors.Is(pe.Err, csv.ErrQuote):
		return model.Text{Zh: fmt.Sprintf("第 %d 列的引号不成对，这一行没有导入", pe.Column),
			En: fmt.Sprintf("a quote in column %d is not closed or stands alone; the row was not imported", pe.Column)}
	}
	return model.Text{Zh: "这一行读不出来：" + pe.Err.Error(), En: "the row cannot be read: " + pe.Err.Error()}
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// splitList reads a list written in one cell: separated by commas (also ，、;) or spaces.
func splitList(s string) []string { return model.SplitTags(s) }

// splitTypes reads personality types written in one cell, separated by commas (also ，、;), and
// not by spaces, which English names hold.
func splitTypes(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",，、;；", r) })
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// cleanUID keeps a lasting identifier from a file when it looks like one: printable and short.
func cleanUID(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 200 || model.SanitizeLine(s) != s || strings.ContainsAny(s, " \t") {
		return ""
	}
	return s
}

// parseCodeLoose reads a level, stage, relation or kind as a spreadsheet may write it: the code,
// either name, or the Chinese name without its trailing 客户.
func parseCodeLoose(f field, v string) (string, error) {
	list := codeList(f)
	if code, err := model.LookupCode(list, string(f), v); err == nil {
		return code, nil
	}
	if code, err := model.LookupCode(list, string(f), v+"客户"); err == nil {
		return code, nil
	}
	if f == fKind {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "个人", "person", "individual":
			return string(model.KindPerson), nil
		case "企业", "公司", "单位", "机构", "organization", "company", "business":
			return string(model.KindOrganisation), nil
		}
	}
	return "", fmt.Errorf("unknown %s %q", f, v)
}

func codeList(f field) []model.Code {
	switch f {
	case fLevel:
		return model.LevelCodes()
	case fStage:
		return model.Stages
	case fRelation:
		return model.Relations
	}
	return model.Kinds
}

// choices lists what a code field takes, for a message: the Chinese names, or the codes.
func choices(f field, lang model.Lang) string {
	var names []string
	for _, c := range codeList(f) {
		if lang == model.Zh {
			names = append(names, c.Name.Zh)
		} else {
			names = append(names, c.Code)
		}
	}
	if lang == model.Zh {
		return strings.Join(names, "、")
	}
	return strings.Join(names, ", ")
}

func parseYesNo(v string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "是", "yes", "y", "true", "1", "暂停":
		return true, true
	case "否", "no", "n", "false", "0", "":
		return false, true
	}
	return false, false
}
