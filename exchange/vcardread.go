package exchange

import (
	"bufio"
	"bytes"
	"io"
	"mime/quotedprintable"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-vcard"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"

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

// textOf returns the first value of a text property, unescaped and trimmed.
func textOf(card vcard.Card, key string) string {
	return strings.TrimSpace(unescapeText(card.Value(key)))
}

// cardRecord turns a card into a customer, or into a contact person of a customer (a card guanxi
// wrote for one). What has no field of its own goes into the notes.
func cardRecord(card vcard.Card, line int, lang model.Lang) *record {
	rec := &record{line: line}
	c := &rec.customer
	var extra []string
	note := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" {
			extra = append(extra, label+tr(lang, "：", ": ")+v)
		}
	}
	fail := func(zh, en string, args ...any) *record {
		p := problemf(line, zh, en, args...)
		rec.bad = &p
		return rec
	}

	// The name: FN, else N, else the organisation, an email or a phone.
	c.Name = textOf(card, vcard.FieldFormattedName)
	if n := card.Get(vcard.FieldName); n != nil {
		parts := splitStructured(n.Value)
		given := strings.TrimSpace(component(parts, 1) + " " + component(parts, 2))
		if c.Name == "" {
			c.Name = model.JoinPersonName(component(parts, 0), given)
		}
	}
	if org := card.Get(vcard.FieldOrganization); org != nil {
		var names []string
		for _, p := range splitStructured(org.Value) {
			if p != "" {
				names = append(names, p)
			}
		}
		c.Company = strings.Join(names, " ")
	}
	kind := strings.ToLower(textOf(card, "X-GUANXI-KIND"))
	switch {
	case kind != "":
		k, err := parseCodeLoose(fKind, kind)
		if err != nil {
			return fail("类型“%s”不认识", "unknown kind %q", quote(kind))
		}
		c.Kind = model.Kind(k)
	case card.Kind() == vcard.KindOrganization || strings.EqualFold(textOf(card, "X-ABSHOWAS"), "COMPANY"):
		c.Kind = model.KindOrganisation
	}
	if c.Name == "" && c.Company != "" {
		c.Name = c.Company
		if c.Kind == "" {
			c.Kind = model.KindOrganisation
		}
	}

	// Phones and emails: the preferred one is the customer's; the others go into the notes.
	phones := orderedValues(card, vcard.FieldTelephone)
	emails := orderedValues(card, vcard.FieldEmail)
	// Each number is read as a phone of the mainland (or of its country code) and normalised; one
	// that cannot be right is kept in the notes and reported. A label of Apple's X-ABLabel stays
	// with its number.
	for _, p := range phones {
		label := appleLabelOf(card, p.group)
		for _, read := range model.ReadPhones(p.value) {
			if read.Label == "" {
				read.Label = label
			}
			switch {
			case read.Problem.Zh != "" || read.Number == "":
				note(phoneLabel(p.types, lang), p.value)
				why := read.Problem
				if why.Zh == "" {
					why = model.Text{Zh: "没有号码", En: "holds no number"}
				}
				rec.warnings = append(rec.warnings, problemf(line, "电话“%[1]s”%[2]s；原文已放进备注",
					"phone %[1]q: %[3]s; the text is kept in the notes", quote(read.Written), why.Zh, why.En))
			case c.Phone == "":
				c.Phone = read.WithLabel()
			default:
				note(phoneLabel(p.types, lang), read.WithLabel())
			}
		}
	}
	if len(emails) > 0 {
		c.Email = emails[0].value
		for _, e := range emails[1:] {
			note(tr(lang, "邮箱", "Email"), e.value)
		}
	}
	if c.Name == "" {
		switch {
		case c.Email != "":
			c.Name = c.Email
		case c.Phone != "":
			c.Name = c.Phone
		default:
			return fail("名片上没有姓名、单位、邮箱或电话，没有导入", "the card has no name, organisation, email or phone; it was not imported")
		}
		rec.warnings = append(rec.warnings, problemf(line, "名片没有姓名，用“%s”作了姓名", "the card has no name; %q was used as the name", quote(c.Name)))
	}

	c.Title = textOf(card, vcard.FieldTitle)
	note(tr(lang, "角色", "Role"), textOf(card, vcard.FieldRole))
	c.Notes = strings.TrimSpace(unescapeText(strings.Join(card.Values(vcard.FieldNote), "\n")))
	if cats := card.Get(vcard.FieldCategories); cats != nil {
		for _, t := range strings.Split(cats.Value, ",") {
			c.Tags = append(c.Tags, model.SplitTags(unescapeText(t))...)
		}
	}
	c.UID = cleanUID(textOf(card, vcard.FieldUID))
	note(tr(lang, "昵称", "Nickname"), textOf(card, vcard.FieldNickname))
	for _, u := range card.Values(vcard.FieldURL) {
		note(tr(lang, "网址", "Web"), unescapeText(u))
	}

	// The address, and the region when the card has one.
	if adr := card.Preferred(vcard.FieldAddress); adr != nil {
		parts := splitStructured(adr.Value)
		c.Address = formatAddress(parts)
		c.Region = strings.TrimSpace(component(parts, 4) + " " + component(parts, 3))
		for _, other := range card[vcard.FieldAddress] {
			if other != adr {
				note(tr(lang, "地址", "Address"), formatAddress(splitStructured(other.Value)))
			}
		}
	}

	// Dates: a lunar birthday and one without a year are kept as such (vcard_birthday.go).
	if bday, v, err := cardBirthday(card); err == nil {
		c.Birthday, c.BirthdayYearly = bday.Solar, bday.Yearly
	} else {
		// One field that cannot be read does not lose the card.
		note(tr(lang, "生日", "Birthday"), v)
		rec.warnings = append(rec.warnings, problemf(line, "生日“%s”不是日期，已记在备注里", "the birthday %q is not a date; it was kept in the notes", quote(v)))
	}
	if v := textOf(card, "X-GUANXI-FOUNDED"); v != "" {
		// An organisation's own date, as the book keeps it in the birthday's place.
		if bday, err := parseCardDate(v, ""); err == nil {
			c.Birthday, c.BirthdayYearly = bday.Solar, bday.Yearly
		} else {
			// One field that cannot be read does not lose the card.
			note(tr(lang, "成立日", "Founded"), v)
			rec.warnings = append(rec.warnings, problemf(line, "成立日“%s”不是日期，已记在备注里", "the founding day %q is not a date; it was kept in the notes", quote(v)))
		}
	}
	if v, omit := anniversaryOf(card); v != "" {
		if b, err := parseCardDate(v, omit); err == nil {
			c.Anniversary, c.AnniversaryYearly = b.Solar, b.Yearly
		} else {
			note(tr(lang, "纪念日", "Anniversary"), v)
		}
	}

	// WeChat: guanxi's own property, the property some apps write, or an IM address.
	c.WeChat = textOf(card, "X-GUANXI-WECHAT")
	if c.WeChat == "" {
		c.WeChat = textOf(card, "X-WECHAT")
	}
	for _, im := range card.Values(vcard.FieldIMPP) {
		if id, ok := strings.CutPrefix(strings.ToLower(im), "weixin:"); ok && (c.WeChat == "" || c.WeChat == strings.TrimSpace(im[len(im)-len(id):])) {
			c.WeChat = strings.TrimSpace(im[len(im)-len(id):])
		} else {
			note(tr(lang, "即时通讯", "Messaging"), im)
		}
	}
	if c.WeChat == "" {
		c.WeChat = socialWeChat(card)
	}

	// What guanxi wrote of its own.
	for _, x := range []struct {
		key string
		dst *string
	}{{"X-GUANXI-REGION", &c.Region}, {"X-GUANXI-INDUSTRY", &c.Industry}, {"X-GUANXI-SIZE", &c.Size},
		{"X-GUANXI-SOURCE", &c.Source}, {"X-GUANXI-REFERRED-BY", &c.ReferredBy}} {
		if v := textOf(card, x.key); v != "" {
			*x.dst = v
		}
	}
	for _, x := range []struct {
		key string
		f   field
	}{{"X-GUANXI-LEVEL", fLevel}, {"X-GUANXI-STAGE", fStage}, {"X-GUANXI-RELATION", fRelation}} {
		v := textOf(card, x.key)
		if v == "" {
			continue
		}
		code, err := parseCodeLoose(x.f, v)
		if err != nil {
			return fail("%s“%s”不认识", "unknown %s %q", label(x.f).Zh, quote(v))
		}
		switch x.f {
		case fLevel:
			c.Level = model.Level(code)
		case fStage:
			c.Stage = model.Stage(code)
		default:
			c.Relation = model.Relation(code)
		}
	}
	if v := textOf(card, "X-GUANXI-CAPITAL"); v != "" {
		m, err := model.ParseAmount(v)
		if err != nil {
			return fail("注册资本“%s”不是金额", "registered capital %q is not an amount", quote(v))
		}
		c.RegisteredCapital = m
	}
	if v := textOf(card, "X-GUANXI-PLAN"); v != "" {
		visit, call, ok := strings.Cut(v, "/")
		vd, err1 := strconv.Atoi(strings.TrimSpace(visit))
		cd, err2 := strconv.Atoi(strings.TrimSpace(call))
		if !ok || err1 != nil || err2 != nil {
			return fail("拜访计划“%s”读不出来", "visit plan %q cannot be read", quote(v))
		}
		c.PlanOverride = &model.VisitPlan{VisitEveryDays: vd, CallEveryDays: cd}
	}
	c.PlanPaused = textOf(card, "X-GUANXI-PLAN-PAUSED") == "1"
	rec.typeRefs = splitList(textOf(card, "X-GUANXI-TYPES"))

	if len(extra) > 0 {
		c.Notes = strings.TrimSpace(c.Notes + "\n" + strings.Join(extra, "\n"))
	}

	// A card guanxi wrote for a contact person of a customer.
	if owner := textOf(card, "X-GUANXI-CONTACT-OF"); owner != "" {
		rec.contactOf = owner
		role := model.RoleOther
		if v := textOf(card, "X-GUANXI-ROLE"); v != "" {
			r, err := model.ParseRole(v)
			if err != nil {
				return fail("角色“%s”不认识", "unknown role %q", quote(v))
			}
			role = r
		}
		rec.contact = &model.Contact{UID: c.UID, Name: c.Name, Title: c.Title, Role: role, Phone: c.Phone,
			Email: c.Email, WeChat: c.WeChat, Birthday: c.Birthday, BirthdayYearly: c.BirthdayYearly, Notes: c.Notes, Types: rec.typeRefs}
	}
	return rec
}

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
