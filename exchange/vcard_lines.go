package exchange

import (
	"bytes"
	"io"
	"mime/quotedprintable"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// A vCard's content lines as files hold them: a property's name and value, quoted-printable and
// old character sets of version 2.1, pictures left out, escaped and structured text.

// splitProperty cuts a content line at the colon that ends its name and parameters (a colon inside
// a quoted parameter value does not count).
func splitProperty(l string) (head, value string, ok bool) {
	quoted := false
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '"':
			quoted = !quoted
		case ':':
			if !quoted {
				return l[:i], l[i+1:], true
			}
		}
	}
	return "", "", false
}

func isQuotedPrintable(l string) bool {
	head, _, ok := splitProperty(l)
	return ok && strings.Contains(strings.ToUpper(head), "QUOTED-PRINTABLE")
}

// binaryProperties are dropped: guanxi keeps no pictures or sounds.
var binaryProperties = map[string]bool{"PHOTO": true, "LOGO": true, "SOUND": true, "KEY": true}

// cleanCardLine rewrites one unfolded content line as go-vcard reads it, or drops it.
func cleanCardLine(l string) (string, bool) {
	head, value, ok := splitProperty(l)
	if !ok {
		return "", false
	}
	parts := strings.Split(head, ";")
	name := parts[0]
	base := strings.ToUpper(name[strings.LastIndexByte(name, '.')+1:])
	if base == "" || binaryProperties[base] {
		return "", false
	}
	var params []string
	var enc, charset string
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		k, v, hasValue := strings.Cut(p, "=")
		ku := strings.ToUpper(strings.TrimSpace(k))
		switch {
		case hasValue && ku == "ENCODING":
			enc = strings.ToUpper(strings.TrimSpace(v))
		case hasValue && ku == "CHARSET":
			charset = strings.Trim(strings.TrimSpace(v), `"`)
		case hasValue:
			params = append(params, ku+"="+v)
		case ku == "QUOTED-PRINTABLE" || ku == "BASE64" || ku == "B" || ku == "8BIT" || ku == "7BIT":
			enc = ku
		default:
			params = append(params, "TYPE="+k)
		}
	}
	switch enc {
	case "BASE64", "B":
		return "", false
	case "QUOTED-PRINTABLE":
		value = escapeText(toUTF8(decodeQP(value), charset))
	default:
		if charset != "" || !utf8.ValidString(value) {
			value = toUTF8([]byte(value), charset)
		}
	}
	out := name
	if len(params) > 0 {
		out += ";" + strings.Join(params, ";")
	}
	return out + ":" + value, true
}

// decodeQP decodes a quoted-printable value; a value broken in ways the decoder refuses (a lone
// = or a bad hex digit) is decoded as far as it goes, the rest kept as written.
func decodeQP(v string) []byte {
	out, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(v)))
	if err == nil {
		return out
	}
	var b bytes.Buffer
	for i := 0; i < len(v); i++ {
		switch {
		case v[i] == '=' && i+2 < len(v) && v[i+1] == '\r' && v[i+2] == '\n':
			i += 2
		case v[i] == '=' && i+2 < len(v) && isHex(v[i+1]) && isHex(v[i+2]):
			n, _ := strconv.ParseUint(v[i+1:i+3], 16, 8)
			b.WriteByte(byte(n))
			i += 2
		default:
			b.WriteByte(v[i])
		}
	}
	return b.Bytes()
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// toUTF8 converts text in the named charset to UTF-8. Without a charset, text that is not UTF-8 is
// taken for GB18030, as older Chinese phones wrote it.
func toUTF8(b []byte, charset string) string {
	cs := strings.ToLower(strings.TrimSpace(charset))
	if cs == "" || cs == "utf-8" || cs == "utf8" {
		if utf8.Valid(b) {
			return string(b)
		}
		cs = "gb18030"
	}
	e, err := htmlindex.Get(cs)
	if err != nil {
		e = simplifiedchinese.GB18030
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return string(b)
	}
	return string(out)
}

// escapeText writes decoded text as a vCard value: backslashes and line breaks escaped.
func escapeText(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "\r\n", `\n`)
	return strings.ReplaceAll(s, "\n", `\n`)
}

// unescapeText undoes what go-vcard leaves escaped in a text value: \; and a stray \.
func unescapeText(s string) string {
	return strings.NewReplacer(`\;`, ";", `\:`, ":").Replace(s)
}

// splitStructured splits a structured value (N, ADR, ORG) at the semicolons that are not escaped.
func splitStructured(v string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		switch {
		case v[i] == '\\' && i+1 < len(v) && v[i+1] == ';':
			b.WriteByte(';')
			i++
		case v[i] == ';':
			out = append(out, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(v[i])
		}
	}
	return append(out, strings.TrimSpace(b.String()))
}

func component(parts []string, i int) string {
	if i < len(parts) {
		return parts[i]
	}
	return ""
}
