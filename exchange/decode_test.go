package exchange

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"guanxi/model"
	"guanxi/store"
)

// chineseNames is a CSV with an English header and 21 Chinese names, one a line.
func chineseNames() string {
	var b strings.Builder
	b.WriteString("Name,Company\n")
	for i := 0; i < 21; i++ {
		fmt.Fprintf(&b, "客户%c%c,杭州云帆科技\n", '甲'+rune(i), '乙'+rune(i))
	}
	return b.String()
}

// TestDecodingPicksTheEncodingOfFewestErrors: one bad byte does not make a UTF-8 file read as
// GB18030 (which garbled every name, with no error); the line with the bad byte is reported, in
// whichever encoding the file is read.
func TestDecodingPicksTheEncodingOfFewestErrors(t *testing.T) {
	text := chineseNames()
	withBadByte := func(b []byte) []byte {
		i := bytes.Index(b, []byte("\n")) // the bad byte goes into line 5
		for line := 1; line < 4; line++ {
			i += bytes.Index(b[i+1:], []byte("\n")) + 1
		}
		return append(append(bytes.Clone(b[:i+1]), 0xFF), b[i+1:]...)
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		data     []byte
		encoding string
		bad      int
	}{
		{"UTF-8 with a bad byte", withBadByte([]byte(text)), "UTF-8", 1},
		{"GB18030 with a bad byte", withBadByte(gb), "GB18030", 1},
		{"GB18030", gb, "GB18030", 0},
		{"UTF-16 without a byte order mark", utf16, "UTF-16", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openBook(t)
			sum, err := ImportFrom(context.Background(), s, bytes.NewReader(tc.data), 0, Options{Format: CSV, Lang: model.En})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Encoding != tc.encoding {
				t.Errorf("read as %s, want %s", sum.Encoding, tc.encoding)
			}
			if len(sum.Errors) != tc.bad || sum.Added != 21-tc.bad {
				t.Errorf("added %d, errors:\n%s", sum.Added, problems(sum.Errors, model.En))
			}
			if tc.bad > 0 && sum.Errors[0].Line != 5 {
				t.Errorf("the bad byte is on line 5, the error says line %d", sum.Errors[0].Line)
			}
			var names []string
			s.EachCustomer(context.Background(), store.Scope{}, func(c model.Customer) error {
				names = append(names, c.Name)
				return nil
			})
			for _, n := range names {
				if !strings.HasPrefix(n, "客户") {
					t.Errorf("a name came in garbled: %q", n)
					break
				}
			}
		})
	}
}
