package exchange

import (
	"bufio"
	"context"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-vcard"

	"guanxi/model"
	"guanxi/store"
)

// A card is built as a go-vcard Card and written by writeCard below, which escapes each value by
// its kind (text, structured, list) as RFC 6350 asks and folds lines at 75 bytes, both of which
// go-vcard's own encoder leaves undone. Phones read what guanxi writes; the X-GUANXI-* properties
// carry what a phone has no field for, so an export imported again gives the same book.

// cardProps is the order properties are written in; anything else follows sorted.
var cardProps = []string{vcard.FieldVersion, "PRODID", vcard.FieldUID, vcard.FieldKind, "X-ABSHOWAS",
	vcard.FieldFormattedName, vcard.FieldName, vcard.FieldOrganization, vcard.FieldTitle, vcard.FieldTelephone, appleLabel,
	vcard.FieldIMPP, "X-WECHAT",
	vcard.FieldEmail, vcard.FieldAddress, vcard.FieldBirthday, "X-ALTBDAY", vcard.FieldAnniversary, "X-ANNIVERSARY",
	vcard.FieldCategories, vcard.FieldNote}

// structuredProps have values of parts separated by semicolons; listProps of items separated by
// commas.
var (
	structuredProps = map[string]bool{vcard.FieldName: true, vcard.FieldAddress: true, vcard.FieldOrganization: true}
	listProps       = map[string]bool{vcard.FieldCategories: true}
)

var textEscaper = strings.NewReplacer(`\`, `\\`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`, ",", `\,`, ";", `\;`)

func writeVCards(ctx context.Context, s *store.Store, w io.Writer, o ExportOptions) (int, error) {
	v4 := o.VCardVersion == "4.0" || o.VCardVersion == "4"
	bw := bufio.NewWriterSize(w, 64<<10)
	n := 0
	err := s.EachBookCustomer(ctx, o.Scope, func(bc *store.BookCustomer) error {
		o.counted(n)
		if err := writeCard(bw, customerCard(bc, v4)); err != nil {
			return err
		}
		for _, ct := range bc.Contacts {
			if err := writeCard(bw, contactCard(bc, ct, v4)); err != nil {
				return err
			}
		}
		n++
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, bw.Flush()
}

func newCard(v4 bool, uid string) vcard.Card {
	card := vcard.Card{}
	if v4 {
		card.SetValue(vcard.FieldVersion, "4.0")
	} else {
		card.SetValue(vcard.FieldVersion, "3.0")
	}
	card.SetValue("PRODID", "-//guanxi//guanxi//EN")
	card.SetValue(vcard.FieldUID, uid)
	return card
}

func addTyped(card vcard.Card, key, value string, types ...string) {
	if value == "" {
		return
	}
	f := &vcard.Field{Value: value, Params: vcard.Params{}}
	for _, t := range types {
		f.Params.Add(vcard.ParamType, t)
	}
	card.Add(key, f)
}

func setText(card vcard.Card, key, value string) {
	if value != "" {
		card.SetValue(key, value)
	}
}

// setPerson writes a person's name, split into family and given name as address books sort it.
func setPerson(card vcard.Card, name string) {
	family, given := model.SplitPersonName(name)
	card.SetValue(vcard.FieldFormattedName, name)
	card.SetValue(vcard.FieldName, joinParts(family, given, "", "", ""))
}

// joinParts writes the parts of a structured value, each escaped.
func joinParts(parts ...string) string {
	for i, p := range parts {
		parts[i] = textEscaper.Replace(p)
	}
	return strings.Join(parts, ";")
}

// setPhone writes the number as TEL; a label kept with it (客服) goes beside it as Apple's
// X-ABLabel of the same group, which iOS, macOS and khard show as the phone's label.
func setPhone(card vcard.Card, phone string, v4 bool) {
	phone, label := model.SplitPhoneLabel(phone)
	kind := "work"
	if d := model.NormalizePhone(phone); len(d) == 11 && d[0] == '1' {
		kind = "cell"
	}
	if v4 {
		addTyped(card, vcard.FieldTelephone, phone, kind)
	} else {
		addTyped(card, vcard.FieldTelephone, phone, strings.ToUpper(kind), "VOICE")
	}
	if label != "" && phone != "" {
		tel := card[vcard.FieldTelephone]
		tel[len(tel)-1].Group = "item1"
		card[appleLabel] = append(card[appleLabel], &vcard.Field{Value: label, Group: "item1", Params: vcard.Params{}})
	}
}

// appleLabel is the property Apple's cards name a phone's label with, in the phone's group.
const appleLabel = "X-ABLABEL"

// setWeChat writes a WeChat id the two ways address books read it: as a messaging address
// (IMPP:weixin:, RFC 4770) and as the X-WECHAT property some Chinese apps write.
func setWeChat(card vcard.Card, id string) {
	if id == "" {
		return
	}
	card[vcard.FieldIMPP] = append(card[vcard.FieldIMPP], &vcard.Field{Value: "weixin:" + id, Params: vcard.Params{}})
	setText(card, "X-WECHAT", id)
}

func setEmail(card vcard.Card, email string, v4 bool) {
	if v4 {
		addTyped(card, vcard.FieldEmail, email, "work")
	} else {
		addTyped(card, vcard.FieldEmail, email, "INTERNET")
	}
}

func setDate(card vcard.Card, key string, d model.Date, v4 bool) {
	if d.IsZero() {
		return
	}
	if v4 {
		card.SetValue(key, strings.ReplaceAll(d.String(), "-", ""))
	} else {
		card.SetValue(key, d.String())
	}
}

// customerCard is the card of a customer.
func customerCard(bc *store.BookCustomer, v4 bool) vcard.Card {
	c := bc.Customer
	card := newCard(v4, c.UID)
	if c.Kind == model.KindOrganisation {
		card.SetValue(vcard.FieldFormattedName, c.Name)
		card.SetValue(vcard.FieldName, ";;;;")
		if v4 {
			card.SetValue(vcard.FieldKind, string(vcard.KindOrganization))
		} else {
			card.SetValue("X-ABSHOWAS", "COMPANY")
		}
	} else {
		setPerson(card, c.Name)
	}
	if c.Company != "" {
		card.SetValue(vcard.FieldOrganization, joinParts(c.Company))
	}
	setText(card, vcard.FieldTitle, c.Title)
	setPhone(card, c.Phone, v4)
	setEmail(card, c.Email, v4)
	if c.Address != "" {
		addTyped(card, vcard.FieldAddress, joinParts("", "", c.Address, "", "", "", ""), "WORK")
	}
	if c.Kind == model.KindOrganisation {
		// An organisation is founded, not born: a phone would list its date as someone's birthday.
		setBirthday(card, "X-GUANXI-FOUNDED", c.Birthday, c.BirthdayYearly, v4)
	} else {
		setBirthday(card, vcard.FieldBirthday, c.Birthday, c.BirthdayYearly, v4)
	}
	if v4 {
		setBirthday(card, vcard.FieldAnniversary, c.Anniversary, c.AnniversaryYearly, v4)
	} else {
		setBirthday(card, "X-ANNIVERSARY", c.Anniversary, c.AnniversaryYearly, v4)
	}
	if len(c.Tags) > 0 {
		items := make([]string, len(c.Tags))
		for i, t := range c.Tags {
			items[i] = textEscaper.Replace(t)
		}
		card.SetValue(vcard.FieldCategories, strings.Join(items, ","))
	}
	setText(card, vcard.FieldNote, c.Notes)
	setText(card, "X-GUANXI-KIND", string(c.Kind))
	setText(card, "X-GUANXI-LEVEL", string(c.Level))
	setText(card, "X-GUANXI-STAGE", string(c.Stage))
	setText(card, "X-GUANXI-RELATION", string(c.Relation))
	setWeChat(card, c.WeChat)
	setText(card, "X-GUANXI-REGION", c.Region)
	setText(card, "X-GUANXI-INDUSTRY", c.Industry)
	setText(card, "X-GUANXI-SIZE", c.Size)
	setText(card, "X-GUANXI-CAPITAL", yuan(c.RegisteredCapital))
	setText(card, "X-GUANXI-SOURCE", c.Source)
	setText(card, "X-GUANXI-REFERRED-BY", c.ReferredBy)
	setText(card, "X-GUANXI-TYPES", strings.Join(c.Types, ","))
	if p := c.PlanOverride; p != nil {
		card.SetValue("X-GUANXI-PLAN", strconv.Itoa(p.VisitEveryDays)+"/"+strconv.Itoa(p.CallEveryDays))
	}
	if c.PlanPaused {
		card.SetValue("X-GUANXI-PLAN-PAUSED", "1")
	}
	return card
}

// contactCard is the card of a contact person, filed under the customer's organisation.
func contactCard(bc *store.BookCustomer, ct model.Contact, v4 bool) vcard.Card {
	c := bc.Customer
	card := newCard(v4, ct.UID)
	setPerson(card, ct.Name)
	org := c.Company
	if org == "" {
		org = c.Name
	}
	card.SetValue(vcard.FieldOrganization, joinParts(org))
	setText(card, vcard.FieldTitle, ct.Title)
	setPhone(card, ct.Phone, v4)
	setEmail(card, ct.Email, v4)
	setBirthday(card, vcard.FieldBirthday, ct.Birthday, ct.BirthdayYearly, v4)
	setText(card, vcard.FieldNote, ct.Notes)
	card.SetValue("X-GUANXI-CONTACT-OF", c.UID)
	setText(card, "X-GUANXI-ROLE", string(ct.Role))
	setWeChat(card, ct.WeChat)
	setText(card, "X-GUANXI-TYPES", strings.Join(ct.Types, ","))
	return card
}

// writeCard writes one card: its properties in cardProps order, then the rest sorted, each line
// escaped and folded.
func writeCard(w *bufio.Writer, card vcard.Card) error {
	w.WriteString("BEGIN:VCARD\r\n")
	done := map[string]bool{}
	write := func(key string) {
		done[key] = true
		for _, f := range card[key] {
			writeFolded(w, formatProp(key, f))
		}
	}
	for _, key := range cardProps {
		write(key)
	}
	var rest []string
	for key := range card {
		if !done[key] {
			rest = append(rest, key)
		}
	}
	slices.Sort(rest)
	for _, key := range rest {
		write(key)
	}
	_, err := w.WriteString("END:VCARD\r\n")
	return err
}

// formatProp writes a property line: the name, its parameters, and the value escaped by its
// kind. Structured and list values come already escaped part by part.
func formatProp(key string, f *vcard.Field) string {
	var b strings.Builder
	if f.Group != "" {
		b.WriteString(f.Group + ".")
	}
	b.WriteString(key)
	for _, pk := range sortedParamKeys(f.Params) {
		b.WriteString(";" + pk + "=" + strings.Join(f.Params[pk], ","))
	}
	b.WriteString(":")
	if structuredProps[key] || listProps[key] || key == vcard.FieldVersion {
		b.WriteString(f.Value)
	} else {
		b.WriteString(textEscaper.Replace(f.Value))
	}
	return b.String()
}

func sortedParamKeys(p vcard.Params) []string { return slices.Sorted(maps.Keys(p)) }

// foldAt is the longest line, in bytes without the line end, that RFC 5545 and RFC 6350 allow.
const foldAt = 75

// writeFolded writes a content line folded at 75 bytes, never inside a character: each further
// piece goes on a line starting with a space.
func writeFolded(w *bufio.Writer, line string) {
	limit := foldAt
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		w.WriteString(line[:cut])
		w.WriteString("\r\n ")
		line = line[cut:]
		limit = foldAt - 1
	}
	w.WriteString(line)
	w.WriteString("\r\n")
}
