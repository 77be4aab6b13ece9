// Package exchange reads and writes a guanxi book in the formats users already have: Excel
// workbooks (.xlsx), CSV as Excel saves it (UTF-8 with or without a byte order mark, GB18030, UTF-16; comma, semicolon or tab;
// Chinese or English headers), vCard as phones export it (2.1 with quoted-printable names, 3.0,
// 4.0), iCalendar for the follow-up plan, and JSON for the whole book. It sits between the
// programs and the store: it parses and formats, and writes only through the store.
package exchange

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"guanxi/model"
)

// Format is a file format guanxi reads or writes.
type Format string

// The formats.
const (
	CSV   Format = "csv"
	XLSX  Format = "xlsx"
	VCard Format = "vcf"
	ICal  Format = "ics"
	JSON  Format = "json"
)

// Formats lists every format with its names, in the order a menu shows them.
var Formats = []model.Code{
	{Code: string(XLSX), Name: model.Text{Zh: "Excel 工作簿（.xlsx，给表格软件）", En: "Excel workbook (.xlsx, for spreadsheets)"}},
	{Code: string(CSV), Name: model.Text{Zh: "CSV 表格（给脚本）", En: "CSV table (for scripts)"}},
	{Code: string(VCard), Name: model.Text{Zh: "vCard 名片（手机通讯录）", En: "vCard (phone contacts)"}},
	{Code: string(ICal), Name: model.Text{Zh: "iCalendar 日程（跟进计划）", En: "iCalendar (follow-up plan)"}},
	{Code: string(JSON), Name: model.Text{Zh: "JSON（整本客户簿）", En: "JSON (the whole book)"}},
}

// ParseFormat reads a format name: csv, vcf (also vcard), ics (also ical), json.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), ".")) {
	case "csv", "txt", "tsv":
		return CSV, nil
	case "xlsx", "excel":
		return XLSX, nil
	case "vcf", "vcard":
		return VCard, nil
	case "ics", "ical", "icalendar":
		return ICal, nil
	case "json":
		return JSON, nil
	}
	return "", fmt.Errorf("unknown format %q: use xlsx, csv, vcf, ics or json", s)
}

// FormatOf guesses a file's format from its name.
func FormatOf(path string) (Format, bool) {
	f, err := ParseFormat(filepath.Ext(path))
	return f, err == nil
}

// Extension is the file name ending of a format.
func (f Format) Extension() string { return "." + string(f) }

// Problem is one thing an import found wrong with a record (the record is skipped) or worth
// telling (the record is imported): where it is, and what, in both languages. Text quoted from the
// file in Msg is already made safe for a terminal.
type Problem struct {
	Line   int // the line of the file the record starts on (CSV, vCard)
	Record int // the record's number, where lines mean little (the customers of a JSON book)
	Msg    model.Text
}

// In formats the problem in lang, with where it is.
func (p Problem) In(lang model.Lang) string {
	switch {
	case p.Line > 0 && lang == model.Zh:
		return fmt.Sprintf("第 %d 行：%s", p.Line, p.Msg.Zh)
	case p.Line > 0:
		return fmt.Sprintf("line %d: %s", p.Line, p.Msg.En)
	case p.Record > 0 && lang == model.Zh:
		return fmt.Sprintf("第 %d 位客户：%s", p.Record, p.Msg.Zh)
	case p.Record > 0:
		return fmt.Sprintf("customer %d: %s", p.Record, p.Msg.En)
	}
	return p.Msg.In(lang)
}

// maxQuote is how much of a bad cell a message quotes.
const maxQuote = 40

// quote returns a cell as a message shows it: made safe for a terminal, on one line, cut short.
func quote(s string) string {
	s = model.SanitizeLine(strings.TrimSpace(s))
	if utf8.RuneCountInString(s) > maxQuote {
		s = string([]rune(s)[:maxQuote]) + "…"
	}
	return s
}

func problemf(line int, zh, en string, args ...any) Problem {
	return Problem{Line: line, Msg: model.Text{Zh: fmt.Sprintf(zh, args...), En: fmt.Sprintf(en, args...)}}
}

// FileError is a file an import cannot read at all, said in both languages. It matches
// ErrNoRecords: nothing of the file was imported.
type FileError struct{ Msg model.Text }

func (e *FileError) Error() string        { return e.Msg.En }
func (e *FileError) Is(target error) bool { return target == ErrNoRecords }

func fileErrorf(zh, en string, args ...any) error {
	return &FileError{Msg: model.Text{Zh: fmt.Sprintf(zh, args...), En: fmt.Sprintf(en, args...)}}
}
