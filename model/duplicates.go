package model

import (
	"sort"
	"strings"
	"unicode"
)

// DupReason says why two customers look like the same one.
type DupReason string

// The reasons two customers are likely duplicates, strongest first.
const (
	DupSamePhone       DupReason = "same_phone"
	DupSameEmail       DupReason = "same_email"
	DupSameNameCompany DupReason = "same_name_company"
	DupSimilarName     DupReason = "similar_name" // the names differ only in spacing, width or case
)

// DupReasons lists every reason with its names.
var DupReasons = []Code{
	{string(DupSamePhone), Text{"电话相同", "Same phone"}},
	{string(DupSameEmail), Text{"邮箱相同", "Same email"}},
	{string(DupSameNameCompany), Text{"姓名和公司相同", "Same name and company"}},
	{string(DupSimilarName), Text{"姓名只差空格或全半角", "Names differ only in spacing or width"}},
}

// minPhoneDigits is the fewest digits a phone needs to identify someone: a short number such as
// an extension or a hotline is shared by many.
const minPhoneDigits = 7

// DupKeys are what two customers are compared by to find likely duplicates.
type DupKeys struct {
	ID      int64
	Name    string // as written, trimmed
	Phone   string // digits only, see NormalizePhone; "" when too short to identify anyone
	Email   string // lowercased
	Fold    string // the name folded: no spaces, half-width, lower case
	Company string // the company folded like the name
}

// MakeDupKeys computes the comparison keys of a customer.
func MakeDupKeys(id int64, name, company, phone, email string) DupKeys {
	k := DupKeys{ID: id, Name: strings.TrimSpace(name), Email: strings.ToLower(strings.TrimSpace(email)),
		Fold: FoldName(name), Company: FoldName(company)}
	if p := NormalizePhone(phone); len(p) >= minPhoneDigits {
		k.Phone = p
	}
	return k
}

// FoldName returns a name as it is compared for duplicates: full-width letters, digits and
// punctuation made half-width (Ａ→A, ５→5), every space (the ideographic one too) removed, and
// letters in lower case. "张 伟" and "张伟", "ＡＢＣ 公司" and "abc公司" fold alike.
func FoldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u3000':
			continue
		case r >= '\uff01' && r <= '\uff5e':
			r -= 0xfee0
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// LikelyDuplicate tells whether two customers are probably the same and the strongest reason:
// the same phone, the same email, the same name in the same company (companies compared folded),
// or names written apart only by spacing, width or case ("张 伟" and "张伟", "ＡＢＣ" and "abc")
// unless they are of two different companies. The very same name alone is no proof: a large
// book holds many a 张伟.
func LikelyDuplicate(a, b DupKeys) (DupReason, bool) {
	switch {
	case a.Phone != "" && a.Phone == b.Phone:
		return DupSamePhone, true
	case a.Email != "" && a.Email == b.Email:
		return DupSameEmail, true
	case a.Fold == "" || a.Fold != b.Fold:
		return "", false
	case a.Name != b.Name && (a.Company == b.Company || a.Company == "" || b.Company == ""):
		// Names written apart only by spaces, width or case are one name typed twice.
		return DupSimilarName, true
	case a.Company != "" && a.Company == b.Company:
		return DupSameNameCompany, true
	}
	return "", false
}

// DupPair is two customers that look like one, A the older (lower id).
type DupPair struct {
	A, B   int64
	Reason DupReason
}

// FindDuplicates returns every pair of likely duplicates among the customers, each pair once with
// its strongest reason, ordered by the first customer and then the second. Customers are grouped
// by each key, so a large book is not compared pair by pair.
func FindDuplicates(all []DupKeys) []DupPair {
	byKey := map[string][]int{}
	for i, k := range all {
		if k.Phone != "" {
			byKey["p\x00"+k.Phone] = append(byKey["p\x00"+k.Phone], i)
		}
		if k.Email != "" {
			byKey["e\x00"+k.Email] = append(byKey["e\x00"+k.Email], i)
		}
		if k.Fold != "" {
			byKey["n\x00"+k.Fold] = append(byKey["n\x00"+k.Fold], i)
		}
	}
	seen := map[[2]int64]bool{}
	var out []DupPair
	for _, group := range byKey {
		for x := 0; x < len(group); x++ {
			for y := x + 1; y < len(group); y++ {
				a, b := all[group[x]], all[group[y]]
				if a.ID > b.ID {
					a, b = b, a
				}
				pair := [2]int64{a.ID, b.ID}
				if a.ID == b.ID || seen[pair] {
					continue
				}
				seen[pair] = true
				if reason, ok := LikelyDuplicate(a, b); ok {
					out = append(out, DupPair{a.ID, b.ID, reason})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

// DuplicatesOf returns the customers that look like target, with the reason, strongest reason
// first and then by id.
func DuplicatesOf(target DupKeys, all []DupKeys) []DupPair {
	var out []DupPair
	for _, k := range all {
		if k.ID == target.ID {
			continue
		}
		if reason, ok := LikelyDuplicate(target, k); ok {
			out = append(out, DupPair{target.ID, k.ID, reason})
		}
	}
	rank := func(r DupReason) int {
		for i, c := range DupReasons {
			if c.Code == string(r) {
				return i
			}
		}
		return len(DupReasons)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if ri, rj := rank(out[i].Reason), rank(out[j].Reason); ri != rj {
			return ri < rj
		}
		return out[i].B < out[j].B
	})
	return out
}
