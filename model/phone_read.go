package model

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	if digitsOnly(number) == "" {
		if label == "" || ext != "" {
			p.Problem = Text{"不是电话号码", "not a phone number"}
		}
		return p
	}
	if digits := digitsOnly(number); len(digits) <= 6 && !strings.HasPrefix(strings.TrimSpace(number), "+") {
		// A short service number (10086, 95588, 110) has no region or area code to check.
		if len(digits) >= 3 && digits == strings.TrimSpace(number) {
			p.Number = digits
			return p
		}
		p.Problem = Text{"不是电话号码", "not a phone number"}
		return p
	}
	if ext == "" && plainPhone(number) {
		if ok, known := plainVerdict(digitsOnly(number)); known {
			if ok {
				p.Number = number // written the house way already: kept as written
			} else {
				p.Problem = mobileProblem
			}
			return p
		}
	}
	n, err := phonenumbers.Parse(number, PhoneRegion)
	if err != nil {
		p.Problem = Text{"不是电话号码", "not a phone number"}
		return p
	}
	nsn := phonenumbers.GetNationalSignificantNumber(n)
	valid := phonenumbers.IsValidNumber(n)
	switch {
	case !valid && n.GetCountryCode() == 86 && len(nsn) == 11 && nsn[0] == '1':
		p.Problem = mobileProblem
		return p
	case !phonenumbers.IsPossibleNumber(n):
		p.Problem = Text{"号码位数不对，不是有效的电话号码", "not a valid phone number: it has too many or too few digits"}
		return p
	case !valid || plainPhone(number) && ext == "":
		// Written the house way already (digits in groups, no country code), or a landline the
		// numbering plan's tables do not know yet: kept as written, so that a book exported and
		// imported again is the same book.
		p.Number = number
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

// mobileProblem is what is wrong with an 11-digit number whose prefix no mainland mobile has.
var mobileProblem = Text{"11 位号码但不可能是手机号（号段不存在）", "11 digits, but it cannot be a mainland mobile number (no such prefix)"}

// mobilePrefixes remembers, by their first five digits, whether 11-digit numbers starting with 1
// can be mainland mobiles: the numbering plan tells mobiles apart by their first three to five
// digits (1740x), and asking the plan's patterns costs tens of microseconds a number, which an
// import of 100,000 rows cannot spend. Safe for concurrent use.
var mobilePrefixes sync.Map // string → bool

// plainVerdict judges, without the numbering plan's patterns, the numbers a book mostly holds,
// written plainly: a mainland mobile by its prefix, a landline by its trunk 0 and its length (10 to
// 12 digits with the area code; any such number is kept as written, see readOnePhone). known is
// false for anything else.
func plainVerdict(digits string) (ok, known bool) {
	switch {
	case len(digits) == 11 && digits[0] == '1':
		prefix := digits[:5]
		if v, found := mobilePrefixes.Load(prefix); found {
			return v.(bool), true
		}
		n, err := phonenumbers.Parse(digits, PhoneRegion)
		valid := err == nil && phonenumbers.IsValidNumber(n)
		mobilePrefixes.Store(prefix, valid)
		return valid, true
	case len(digits) >= 10 && len(digits) <= 12 && digits[0] == '0' && digits[1] != '0':
		return true, true
	}
	return false, false
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

// SplitPhoneLabel parts a phone field into its number and the label kept after it:
// "400-820-8820（客服）" is "400-820-8820" and "客服".
func SplitPhoneLabel(p string) (number, label string) {
	loc := phoneLabel.FindStringIndex(p)
	if loc == nil {
		return strings.TrimSpace(p), ""
	}
	label = strings.TrimSpace(p[loc[0]:loc[1]])
	_, size := utf8.DecodeRuneInString(label)
	_, last := utf8.DecodeLastRuneInString(label)
	return strings.TrimSpace(p[:loc[0]]), strings.TrimSpace(label[size : len(label)-last])
}

// withoutPhoneLabel is a phone field without the label kept after its number.
func withoutPhoneLabel(p string) string {
	if !strings.HasSuffix(p, ")") && !strings.HasSuffix(p, "）") {
		return p // no label, and no pattern to run on every phone validated
	}
	return strings.TrimSpace(phoneLabel.ReplaceAllString(p, ""))
}

// digitsOnly keeps the ASCII digits of s (fold full-width ones first, see FoldWidth).
func digitsOnly(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// plainPhone tells whether a number is written the way guanxi keeps it: digits in groups
// separated by spaces or dashes, starting with a digit other than the 00 of a country code.
func plainPhone(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' || strings.HasPrefix(s, "00") {
		return false
	}
	return strings.Trim(s, "0123456789 -") == ""
}

// extension is an extension written after the number: 转 8001, 分机 12, ext. 12, #12.
var extension = regexp.MustCompile(`(?i)\s*(?:转|分机|ext\.?|#)\s*([0-9]{1,6})`)

// splitExtension parts an extension from the number.
func splitExtension(s string) (number, ext string) {
	if !strings.ContainsAny(s, "转分#eE") {
		return s, "" // the common case, without running the pattern
	}
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

// numberCell matches a phone a spreadsheet stored as a number: 13812345678, 1.3812345678E+10,
// 2161234567.0.
var numberCell = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?([eE]\+?[0-9]+)?$`)

// PhoneFromNumber gives back the digits of a phone a spreadsheet stored as a number: the whole
// number however it was written (never 1.38E+10), and the 0 before the area code of a mainland
// landline, which a number cannot keep (2161234567 is 021-61234567). Any other text is returned
// as it is.
func PhoneFromNumber(v string) string {
	v = strings.TrimSpace(v)
	if !numberCell.MatchString(v) {
		return v
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f != math.Trunc(f) || f >= 1e17 {
		return v
	}
	digits := strconv.FormatFloat(f, 'f', -1, 64)
	if l := len(digits); l >= 9 && l <= 11 && digits[0] != '1' && digits[0] != '0' {
		// A landline's digits without the trunk 0 read as that landline.
		n, err := phonenumbers.Parse(digits, PhoneRegion)
		if err == nil && phonenumbers.IsValidNumber(n) && phonenumbers.GetNumberType(n) == phonenumbers.FIXED_LINE {
			return "0" + digits
		}
	}
	return digits
}
