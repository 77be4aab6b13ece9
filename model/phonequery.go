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
