package exchange

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"guanxi/model"
)

// xlsxSource reads customer rows of one sheet of an Excel workbook. Cells are read as stored, not
// as displayed: a phone stored as a number comes whole (13812345678, never 1.38E+10), a date
// stored as a serial number is turned into the date, and text is text.
type xlsxSource struct {
	*sheet
	book     *excelize.File
	rowIter  *excelize.Rows
	line     int  // the sheet's row number of the row last read
	date1904 bool // the workbook counts days from 1904 (old Mac Excel)
}

// newXLSXSource opens a workbook and finds the header of the sheet named (the first when name is
// ""): the first row, within the first few, that names a column for the name.
func newXLSXSource(r io.Reader, name string, lang model.Lang) (*xlsxSource, error) {
	book, err := excelize.OpenReader(r, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fileErrorf("不是能读的 Excel 工作簿（.xlsx）：%s", "not an Excel workbook (.xlsx) that can be read: %s", quote(err.Error()))
	}
	sheets := book.GetSheetList()
	if len(sheets) == 0 {
		book.Close()
		return nil, fileErrorf("工作簿里没有工作表", "the workbook has no sheet")
	}
	if name == "" {
		name = sheets[0]
	} else if !containsString(sheets, name) {
		book.Close()
		quoted := make([]string, len(sheets))
		for i, s := range sheets {
			quoted[i] = quote(s)
		}
		return nil, fileErrorf("工作簿里没有叫“%s”的工作表；有：%s", "the workbook has no sheet called %q; it has %s",
			quote(name), strings.Join(quoted, ", "))
	}
	src := &xlsxSource{book: book}
	if props, err := book.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		src.date1904 = *props.Date1904
	}
	if src.rowIter, err = book.Rows(name); err != nil {
		book.Close()
		return nil, fileErrorf("读不出工作表“%s”：%s", "cannot read the sheet %q: %s", quote(name), quote(err.Error()))
	}
	var noHeader error
	for src.line < maxTitleLines {
		cells, ok, err := src.nextRow()
		if err != nil {
			src.close()
			return nil, err
		}
		if !ok {
			break
		}
		if blank(cells) {
			continue
		}
		sh, err := newSheet(cells, src.line, lang)
		if err == nil {
			src.sheet = sh
			return src, nil
		}
		if noHeader == nil {
			noHeader = err
		}
	}
	src.close()
	if noHeader == nil {
		return nil, fileErrorf("工作表“%s”是空的", "the sheet %q is empty", quote(name))
	}
	return nil, noHeader
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// nextRow reads the next row of the sheet; ok is false after the last.
func (src *xlsxSource) nextRow() (cells []string, ok bool, err error) {
	if !src.rowIter.Next() {
		if err := src.rowIter.Error(); err != nil {
			return nil, false, fileErrorf("工作表读到第 %d 行出错：%s", "reading the sheet failed after row %d: %s", src.line, quote(err.Error()))
		}
		return nil, false, nil
	}
	src.line++
	cells, err = src.rowIter.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, false, fileErrorf("工作表第 %d 行读不出来：%s", "row %d of the sheet cannot be read: %s", src.line, quote(err.Error()))
	}
	return cells, true, nil
}

func (src *xlsxSource) close() {
	if src.rowIter != nil {
		src.rowIter.Close()
	}
	src.book.Close()
}

func (src *xlsxSource) encoding() string { return "" }

func (src *xlsxSource) next() (*record, error) {
	for {
		cells, ok, err := src.nextRow()
		if err != nil {
			return nil, err
		}
		if !ok {
			src.close()
			return nil, io.EOF
		}
		if blank(cells) {
			continue
		}
		for i, v := range cells {
			cells[i] = src.cellText(src.fieldOf(i), v)
		}
		return src.row(src.line, cells), nil
	}
}

// cellText turns a stored cell into the text a CSV file would hold for its field: a serial number
// in a date column becomes the date, a phone stored as a number gets back the digits a number
// cannot keep.
func (src *xlsxSource) cellText(f field, v string) string {
	switch f {
	case fBirthday, fAnniversary, fLastFollow, fCreated, fLastContact, fNextDue:
		if t, ok := src.serialTime(v); ok {
			if f == fLastFollow || f == fCreated {
				return t.Format("2006-01-02 15:04:05")
			}
			return t.Format("2006-01-02")
		}
	case fPhone, fContactPhone:
		return model.PhoneFromNumber(v)
	}
	return v
}

// serialTime reads a cell holding Excel's count of days (and a fraction of a day) as a time.
func (src *xlsxSource) serialTime(v string) (time.Time, bool) {
	n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || n < 1 || n > 150000 { // 150,000 days is past the year 2300
		return time.Time{}, false
	}
	t, err := excelize.ExcelDateToTime(n, src.date1904)
	if err != nil {
		return time.Time{}, false
	}
	// Excel's times have no zone: they are the wall clock of whoever typed them.
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.Local), true
}
