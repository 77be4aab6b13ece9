package model

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// PhoneRegion is the region a phone number without a country code is read in: the mainland.
const PhoneRegion = "CN"

// ReadPhone is one phone number read from what a person or another program wrote.
type ReadPhone struct {
	// Number is the number as guanxi keeps it: a mainland mobile as its 11 digits
	// (13812345678), a mainland landline with its area code (010-12345678), a service number in
	// groups (400-820-8820), a number of elsewhere with its country code (+44 20 7946 0958); an
	// extension follows after 转. Empty when Problem is set.
	Number string
	// Label is what was written beside the number to say whose or which it is (客服, 办公, 前台).
	Label string
	// Written is the number as it was written, for a message or the notes.
	Written string
	// Problem says why the number cannot be right; the zero Text when it can.
	Problem Text
}

// WithLabel is the number with its label, as a phone field keeps it: 400-820-8820（客服）.
func (p ReadPhone) WithLabel() string {
	if p.Label == "" || p.Number == "" {
		return p.Number
	}
	return p.Number + "（" + p.Label + "）"
}

// phoneSeparators part several numbers written in one cell.
const phoneSeparators = "/、;；,，\n|"

// ReadPhones reads every phone number written in one cell: numbers separated by / 、 ; , or line
// breaks, each with an optional label before or after it (客服：400-820-8820, 13812345678（微信同号）),
// in half- or full-width characters. Each is validated for its region (the mainland when it has no
// country code) and normalised; an 11-digit number starting with 1 that cannot be a mainland
// mobile, and anything that is not a phone number at all, comes back with a Problem.
func ReadPhones(cell string) []ReadPhone {
	cell = FoldWidth(cell)
	var out []ReadPhone
	parts := strings.FieldsFunc(cell, func(r rune) bool { return strings.ContainsRune(phoneSeparators, r) })
	for i := 0; i < len(parts); i++ {
		part := strings.TrimSpace(parts[i])
		if part == "" {
			continue
		}
		p := readOnePhone(part)
		if p.Number == "" && p.Problem.Zh == "" && len(out) > 0 {
			// A label standing alone after a separator belongs to the number before it.
			if prev := &out[len(out)-1]; prev.Label == "" {
				prev.Label = p.Label
			} else {
				prev.Label += " " + p.Label
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// readOnePhone reads a single number with its label.
func readOnePhone(s string) ReadPhone {
	p := ReadPhone{Written: s}
	number, ext := splitExtension(s)
	number, label := splitPhoneLabel(number)
	p.Label = label
	if NormalizeDigitsOnly(number) == "" {
		if label == "" || ext != "" {
			p.Problem = Text{"不是电话号码", "not a phone number"}
		}
		return p
	}
	if digits := NormalizeDigitsOnly(number); len(digits) <= 6 && !strings.HasPrefix(strings.TrimSpace(number), "+") {
		// A short service number (10086, 95588, 110) has no region or area code to check.
		if len(digits) >= 3 && digits == strings.Join(strings.FieldsFunc(number, isPhoneSpacer), "") {
			p.Number = digits
			return p
		}
		p.Problem = Text{"不是电话号码", "not a phone number"}
		return p
	}
	n, err := phonenumbers.Parse(number, PhoneRegion)
	if err != nil {
		p.Problem = Text{"不是电话号码", "not a phone number"}
		return p
	}
	nsn := phonenumbers.GetNationalSignificantNumber(n)
	if !phonenumbers.IsValidNumber(n) {
		if n.GetCountryCode() == 86 && len(nsn) == 11 && nsn[0] == '1' {
			p.Problem = Text{"11 位号码但不可能是手机号（号段不存在）", "11 digits, but it cannot be a mainland mobile number (no such prefix)"}
		} else {
			p.Problem = Text{"号码位数或区号不对，不是有效的电话号码", "not a valid phone number: the length or area code is wrong"}
		}
		return p
	}
	p.Number = formatPhone(n, nsn)
	if ext == "" {
		ext = n.GetExtension()
	}
	if ext != "" {
		p.Number += " 转 " + ext
	}
	return p
}

// formatPhone writes a valid number the way people in China write it.
func formatPhone(n *phonenumbers.PhoneNumber, nsn string) string {
	if n.GetCountryCode() != 86 {
		n.Extension = nil
		return phonenumbers.Format(n, phonenumbers.INTERNATIONAL)
	}
	switch phonenumbers.GetNumberType(n) {
	case phonenumbers.MOBILE:
		return nsn
	case phonenumbers.FIXED_LINE, phonenumbers.FIXED_LINE_OR_MOBILE:
		if l := phonenumbers.GetLengthOfGeographicalAreaCode(n); l > 0 && l < len(nsn) {
			return "0" + nsn[:l] + "-" + nsn[l:]
		}
	}
	n.Extension = nil
	return strings.ReplaceAll(phonenumbers.Format(n, phonenumbers.NATIONAL), " ", "-")
}

// phoneLabel is a label kept after a number in a phone field: 400-820-8820（客服）.
var phoneLabel = regexp.MustCompile(`[（(][^（）()]*[^\s0-9（）()+\-.#][^（）()]*[）)]$`)

// withoutPhoneLabel is a phone field without the label kept after its number.
func withoutPhoneLabel(p string) string {
	return strings.TrimSpace(phoneLabel.ReplaceAllString(p, ""))
}

// NormalizeDigitsOnly keeps the digits of s.
func NormalizeDigitsOnly(s string) string { return phonenumbers.NormalizeDigitsOnly(s) }

func isPhoneSpacer(r rune) bool { return strings.ContainsRune(" -.()", r) }

// extension is an extension written after the number: 转 8001, 分机 12, ext. 12, #12.
var extension = regexp.MustCompile(`(?i)\s*(?:转|分机|ext\.?|#)\s*([0-9]{1,6})`)

// splitExtension parts an extension from the number.
func splitExtension(s string) (number, ext string) {
	m := extension.FindStringSubmatchIndex(s)
	if m == nil {
		return s, ""
	}
	return strings.TrimSpace(s[:m[0]] + s[m[1]:]), s[m[2]:m[3]]
}

// splitPhoneLabel parts the words written beside a number (客服：, （办公）, 手机 ) from it.
func splitPhoneLabel(s string) (number, label string) {
	var num, lab strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || r == ':' || r == '：' {
			lab.WriteRune(r)
		} else {
			num.WriteRune(r)
		}
	}
	// Brackets that held the label are left empty in the number.
	number = strings.TrimSpace(strings.ReplaceAll(num.String(), "()", ""))
	label = strings.Trim(lab.String(), " :：")
	return number, label
}
