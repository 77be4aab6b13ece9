package exchange

import (
	"strings"

	"github.com/emersion/go-vcard"

	"guanxi/model"
)

// The values of a card beyond plain text: phones and emails with their labels, WeChat from a social
// profile, addresses and anniversaries.

// cardValue is a phone or email of a card with its types and the group it is in.
type cardValue struct {
	value string
	types []string
	group string
}

// appleLabelOf is the X-ABLabel of a group (item1.X-ABLabel:客服), without Apple's wrapping of
// its own labels (_$!<Mobile>!$_), which name a kind the phone's type already names.
func appleLabelOf(card vcard.Card, group string) string {
	if group == "" {
		return ""
	}
	for _, f := range card[appleLabel] {
		if strings.EqualFold(f.Group, group) {
			if v := strings.TrimSpace(unescapeText(f.Value)); !strings.HasPrefix(v, "_$!<") {
				return v
			}
		}
	}
	return ""
}

// socialWeChat is the WeChat id of iOS's X-SOCIALPROFILE;type=wechat: the x-user parameter
// when there is one, else the value without its scheme (x-apple:, weixin://).
func socialWeChat(card vcard.Card) string {
	for _, f := range card["X-SOCIALPROFILE"] {
		wechat := false
		for _, t := range f.Params.Types() {
			wechat = wechat || strings.EqualFold(t, "wechat") || strings.EqualFold(t, "weixin")
		}
		if !wechat {
			continue
		}
		if u := strings.TrimSpace(f.Params.Get("X-USER")); u != "" {
			return u
		}
		v := strings.TrimSpace(unescapeText(f.Value))
		if i := strings.LastIndexAny(v, ":/"); i >= 0 {
			v = v[i+1:]
		}
		if v != "" {
			return v
		}
	}
	return ""
}

// orderedValues returns a property's values, the preferred one first, then a mobile phone, then
// the order of the card.
func orderedValues(card vcard.Card, key string) []cardValue {
	var out []cardValue
	best, bestRank := -1, 99
	for _, f := range card[key] {
		v := strings.TrimSpace(unescapeText(f.Value))
		v = strings.TrimPrefix(strings.TrimPrefix(v, "tel:"), "mailto:")
		if v == "" {
			continue
		}
		rank := 3
		if f.Params.Get(vcard.ParamPreferred) != "" || f.Params.HasType("pref") {
			rank = 1
		} else if f.Params.HasType("cell") {
			rank = 2
		}
		if rank < bestRank {
			best, bestRank = len(out), rank
		}
		out = append(out, cardValue{v, f.Params.Types(), f.Group})
	}
	if best > 0 {
		out[0], out[best] = out[best], out[0]
	}
	return out
}

// phoneLabel names a phone in the notes by its type.
func phoneLabel(types []string, lang model.Lang) string {
	for _, t := range types {
		switch t {
		case "cell":
			return tr(lang, "手机", "Mobile")
		case "work":
			return tr(lang, "工作电话", "Work phone")
		case "home":
			return tr(lang, "家庭电话", "Home phone")
		case "fax":
			return tr(lang, "传真", "Fax")
		}
	}
	return tr(lang, "电话", "Phone")
}

// formatAddress writes the parts of an ADR value as an address is written: Chinese from the country
// down without spaces, others from the street up with commas.
func formatAddress(p []string) string {
	pobox, ext, street, city, region, postal, country := component(p, 0), component(p, 1), component(p, 2),
		component(p, 3), component(p, 4), component(p, 5), component(p, 6)
	all := pobox + ext + street + city + region + country
	if hasHanText(all) {
		var b strings.Builder
		for _, s := range []string{country, region, city, street, ext, pobox} {
			if s != "" && !strings.Contains(b.String(), s) {
				b.WriteString(s)
			}
		}
		if postal != "" {
			b.WriteString(" " + postal)
		}
		return strings.TrimSpace(b.String())
	}
	var parts []string
	for _, s := range []string{pobox, ext, street, city, strings.TrimSpace(region + " " + postal), country} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

func hasHanText(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// anniversaryOf reads an anniversary: vCard 4's ANNIVERSARY, the X-ANNIVERSARY of others, or the
// date Apple labels as one; omitYear is the year iOS marks as no year (X-APPLE-OMIT-YEAR).
func anniversaryOf(card vcard.Card) (v, omitYear string) {
	for _, key := range []string{vcard.FieldAnniversary, "X-ANNIVERSARY", "X-GUANXI-ANNIVERSARY"} {
		if v := textOf(card, key); v != "" {
			return v, card.Get(key).Params.Get("X-APPLE-OMIT-YEAR")
		}
	}
	for _, f := range card["X-ABDATE"] {
		for _, l := range card["X-ABLABEL"] {
			if f.Group != "" && l.Group == f.Group && strings.Contains(strings.ToLower(l.Value), "anniversary") {
				return strings.TrimSpace(f.Value), f.Params.Get("X-APPLE-OMIT-YEAR")
			}
		}
	}
	return "", ""
}

// tr picks the text of lang, for the labels an import writes into the notes.
func tr(lang model.Lang, zh, en string) string {
	if lang == model.Zh {
		return zh
	}
	return en
}
