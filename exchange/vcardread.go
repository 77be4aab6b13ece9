package exchange

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"github.com/emersion/go-vcard"

	"guanxi/model"
)

// Limits on one card, so a damaged file cannot make one record swallow the rest.
const (
	maxCardLines = 20000
	maxCardBytes = 4 << 20
)

// vcardSource reads the cards of a vCard file. go-vcard parses each card; before that, each card
// is brought into the form it reads: version 2.1's quoted-printable values (Android writes Chinese
// names so) are decoded from their charset into UTF-8 text, its bare parameters (TEL;CELL) become
// TYPE parameters, and binary properties (photos) are dropped.
type vcardSource struct {
	lang    model.Lang // of the labels written into the notes
	br      *bufio.Reader
	line    int
	ahead   string
	hasNext bool
	eof     bool
}

func newVCardSource(br *bufio.Reader, lang model.Lang) *vcardSource {
	// A byte order mark before BEGIN:VCARD is not part of the first line.
	if head, _ := br.Peek(3); bytes.Equal(head, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	return &vcardSource{br: br, lang: lang}
}

func (src *vcardSource) encoding() string    { return "" }
func (src *vcardSource) warnings() []Problem { return nil }

// rawLine returns the next physical line without its line end.
func (src *vcardSource) rawLine() (string, error) {
	if src.hasNext {
		src.hasNext = false
		src.line++
		return src.ahead, nil
	}
	if src.eof {
		return "", io.EOF
	}
	l, err := src.br.ReadString('\n')
	if err == io.EOF {
		src.eof = true
		if l == "" {
			return "", io.EOF
		}
	} else if err != nil {
		return "", err
	}
	src.line++
	return strings.TrimRight(l, "\r\n"), nil
}

func (src *vcardSource) unread(l string) {
	src.ahead, src.hasNext = l, true
	src.line--
}

func (src *vcardSource) next() (*record, error) {
	for {
		l, err := src.rawLine()
		if err != nil {
			return nil, err
		}
		if strings.EqualFold(strings.TrimSpace(l), "BEGIN:VCARD") {
			break
		}
	}
	start := src.line
	var lines []string
	size, count := 0, 0
	for {
		l, err := src.rawLine()
		if err == io.EOF {
			p := problemf(start, "名片没有结束（缺少 END:VCARD），没有导入", "the card has no END:VCARD; it was not imported")
			return &record{line: start, bad: &p}, nil
		}
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		qp := isQuotedPrintable(l)
		for {
			if qp && strings.HasSuffix(l, "=") {
				more, err := src.rawLine()
				if err != nil {
					break
				}
				l += "\r\n" + more
				continue
			}
			more, err := src.rawLine()
			if err != nil {
				break
			}
			if more != "" && (more[0] == ' ' || more[0] == '\t') {
				l += more[1:]
				continue
			}
			src.unread(more)
			break
		}
		if strings.EqualFold(strings.TrimSpace(l), "END:VCARD") {
			break
		}
		if strings.EqualFold(strings.TrimSpace(l), "BEGIN:VCARD") {
			src.unread(l)
			p := problemf(start, "名片没有结束（缺少 END:VCARD），没有导入", "the card has no END:VCARD; it was not imported")
			return &record{line: start, bad: &p}, nil
		}
		size += len(l)
		if count++; count > maxCardLines || size > maxCardBytes {
			p := problemf(start, "名片太大，没有导入", "the card is too large; it was not imported")
			src.skipCard()
			return &record{line: start, bad: &p}, nil
		}
		if clean, ok := cleanCardLine(l); ok {
			lines = append(lines, clean)
		}
	}
	text := "BEGIN:VCARD\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VCARD\r\n"
	card, err := vcard.NewDecoder(strings.NewReader(text)).Decode()
	if err != nil {
		p := problemf(start, "名片读不出来，没有导入", "the card cannot be read; it was not imported")
		return &record{line: start, bad: &p}, nil
	}
	return cardRecord(card, start, src.lang), nil
}

// skipCard reads on to the end of the current card.
func (src *vcardSource) skipCard() {
	for {
		l, err := src.rawLine()
		if err != nil || strings.EqualFold(strings.TrimSpace(l), "END:VCARD") {
			return
		}
	}
}
