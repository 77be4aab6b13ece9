package model

import "strings"

// PhoneQuery reads a search query as a phone number being typed: the digits to look for among
// stored phone digits (see NormalizePhone). ok is false unless the query holds nothing but digits
// (half- or full-width), spaces, dashes, dots, brackets and a leading plus, and at least three
// digits are left to look for. A country code typed in front — "+86 138", "0086-138", "(+86)138" —
// is dropped even before the number is complete, since stored mobile numbers keep none; a bare
// "86" is dropped only in front of a whole mobile number, as NormalizePhone does.
func PhoneQuery(q string) (digits string, ok bool) {
	q = strings.TrimSpace(q)
	var b strings.Builder
	plus := false
	for _, r := range q {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteByte(byte(r - '０' + '0'))
		case r == '+' || r == '＋':
			if b.Len() > 0 {
				return "", false
			}
			plus = true
		case strings.ContainsRune(" -.()（）　－", r):
		default:
			return "", false
		}
	}
	d := b.String()
	if rest, cut := strings.CutPrefix(d, "0086"); cut {
		d = rest
	} else if rest, cut := strings.CutPrefix(d, "86"); cut && plus {
		d = rest
	} else {
		d = NormalizePhone(d)
	}
	if len(d) < 3 {
		return "", false
	}
	return d, true
}

// NormalizePhone keeps the digits of a phone number (full-width ones too) and drops a leading
// +86 / 0086 / 86 country code in front of an 11-digit mobile number, so "+86-138-0013-8000" and
// "138 0013 8000" are both "13800138000". Landlines keep their area code: "(021) 6123-4567" is
// "02161234567".
func NormalizePhone(s string) string {
	buf := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			buf = append(buf, byte(r))
		case r >= '０' && r <= '９':
			buf = append(buf, byte(r-'０'+'0'))
		}
	}
	d := string(buf)
	for _, cc := range []string{"0086", "86"} {
		if rest, ok := strings.CutPrefix(d, cc); ok && isMobileNumber(rest) {
			return rest
		}
	}
	return d
}

// isMobileNumber tells whether d is a mainland mobile number: 11 digits, 13x to 19x.
func isMobileNumber(d string) bool {
	return len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9'
}
