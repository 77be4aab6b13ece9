package exchange

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"guanxi/model"
)

// checkRecord asserts what every record read from any input must hold: messages safe for a
// terminal, and a good record's text valid UTF-8 with a name.
func checkRecord(t *testing.T, rec *record) {
	t.Helper()
	for _, p := range append([]Problem{deref(rec.bad)}, rec.warnings...) {
		for _, m := range []string{p.Msg.Zh, p.Msg.En} {
			if model.Sanitize(m) != m {
				t.Fatalf("a message holds characters a terminal would act on: %q", m)
			}
		}
	}
	if rec.bad != nil {
		return
	}
	c := rec.customer
	if strings.TrimSpace(c.Name) == "" {
		t.Fatalf("a good record without a name: %+v", c)
	}
	// What validation then says of the record quotes its cells: that too must be safe.
	c.Normalize()
	if err := c.Validate(); err != nil {
		p := fieldProblem(rec, err, &c)
		for _, m := range []string{p.Msg.Zh, p.Msg.En} {
			if model.Sanitize(m) != m || !utf8.ValidString(m) {
				t.Fatalf("a message quoting a cell is not safe: %q", m)
			}
		}
	}
}

func deref(p *Problem) Problem {
	if p == nil {
		return Problem{}
	}
	return *p
}

func seedFiles(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile("testdata/" + n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzCSVReader(f *testing.F) {
	seedFiles(f, "excel_utf8_bom.csv", "excel_gb18030.csv", "english_semicolon.csv", "excel_unicode.txt", "bad_rows.csv")
	f.Add([]byte("姓名,生日,级别,电话\n\"张三\n\",1990-13-01,vip,1.2E+10\n"))
	f.Add([]byte("name;phone\n\"unclosed;1\n"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := newCSVSource(bufio.NewReader(bytes.NewReader(data)), model.Zh)
		if err != nil {
			return
		}
		for i := 0; i < 10000; i++ {
			rec, err := src.next()
			if err == io.EOF || err != nil {
				return
			}
			checkRecord(t, rec)
		}
		t.Fatal("the reader never reached the end")
	})
}

func FuzzVCardReader(f *testing.F) {
	seedFiles(f, "android_21.vcf", "iphone_30.vcf", "desktop_40.vcf")
	f.Add([]byte("BEGIN:VCARD\nVERSION:2.1\nN;ENCODING=QUOTED-PRINTABLE:=E5=\n=BC=A0;=ZZ\nEND:VCARD\n"))
	f.Add([]byte("BEGIN:VCARD\nFN:\x1b]0;x\x07\nEND:VCARD\nBEGIN:VCARD\n"))
	f.Add([]byte("BEGIN:VCARD\nNOTE;CHARSET=GBK:\xd5\xc5\xc8\xfd\nFN:a\nEND:VCARD"))
	f.Fuzz(func(t *testing.T, data []byte) {
		src := newVCardSource(bufio.NewReader(bytes.NewReader(data)), model.Zh)
		for i := 0; i < 10000; i++ {
			rec, err := src.next()
			if err != nil {
				return
			}
			checkRecord(t, rec)
		}
		t.Fatal("the reader never reached the end")
	})
}
