package kit

import (
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// The playbook: how to talk to each tagged person, drawn in the detail view and in the follow-up
// card from the same pieces, every line wrapped by cells so Chinese text breaks where it should.

// adviceOrder says which texts of a type the playbook shows, in order.
type adviceOrder []string

var (
	// AdviceFull reads like a page: how to recognise them, then what to do and what not to.
	AdviceFull = adviceOrder{"traits", "approach", "avoid"}
	// AdviceBrief is for a glance before a call: what to do first, recognising them last.
	AdviceBrief = adviceOrder{"approach", "avoid", "traits"}
)

// Advice returns the lines of one type's texts, labelled, each wrapped to w cells; empty texts are
// left out.
func (c *Common) Advice(t model.PersonalityType, order adviceOrder, w int) []string {
	var out []string
	for _, part := range order {
		label, text := "", ""
		switch part {
		case "traits":
			label, text = c.T(Texts.Detail.Traits), t.Traits.In(c.Lang)
		case "approach":
			label, text = c.T(Texts.Detail.Approach), t.Approach.In(c.Lang)
		case "avoid":
			label, text = c.T(Texts.Detail.Avoid), t.Avoid.In(c.Lang)
		}
		if strings.TrimSpace(text) != "" {
			out = append(out, Wrap(label+text, w)...)
		}
	}
	return out
}

// TagWho names the person a tag is on: the contact, or the customer.
func TagWho(tag store.PersonTag, customerName string) string {
	if tag.ContactID != 0 && tag.ContactName != "" {
		return tag.ContactName
	}
	return customerName
}

// PlaybookLines lays out the advice for every tag of one customer and their contacts: a head line
// per tag, the note the user wrote on it, then the texts in order, indented by pad. Tags whose type
// is no longer in the catalog are left out.
func (c *Common) PlaybookLines(tags []store.PersonTag, customerName string, order adviceOrder, w int, pad string) []string {
	st := c.Styles
	var out []string
	for _, tag := range tags {
		t, ok := c.TypeByCode(tag.Type)
		if !ok {
			continue
		}
		who := TagWho(tag, customerName)
		out = append(out, Fit(st.Focused.Render(model.SanitizeLine(who))+" "+st.Badge.Render("【"+model.SanitizeLine(t.Name.In(c.Lang))+"】"), w))
		if strings.TrimSpace(tag.Note) != "" {
			out = append(out, Indent(Wrap("“"+strings.TrimSpace(tag.Note)+"”", w-len(pad)), pad)...)
		}
		out = append(out, Indent(c.Advice(t, order, w-len(pad)), pad)...)
	}
	return out
}

// TypologyPrompt names the typologies to choose from, for a person without a type, wrapped to w.
func (c *Common) TypologyPrompt(w int) []string {
	names := make([]string, 0, len(c.Typologies))
	for _, ty := range c.Typologies {
		names = append(names, ty.Name.In(c.Lang))
	}
	sep := ", "
	if c.Lang == model.Zh {
		sep = "、"
	}
	return packNames(c.T(Texts.Playbook.Typologies), names, sep, w)
}

// packNames lays out a head and a list of names over lines of at most w cells, breaking only
// between names, so no name is split over two lines (a name wider than a line is wrapped alone).
func packNames(head string, names []string, sep string, w int) []string {
	var out []string
	line := head
	for i, n := range names {
		piece := model.SanitizeLine(n)
		if i < len(names)-1 {
			piece += sep
		}
		if line != "" && Width(line)+Width(strings.TrimRight(piece, " ")) > w {
			out = append(out, strings.TrimRight(line, " "))
			line = ""
		}
		if Width(piece) > w {
			parts := Wrap(piece, w)
			out = append(out, parts[:len(parts)-1]...)
			piece = parts[len(parts)-1]
		}
		line += piece
	}
	if strings.TrimSpace(line) != "" {
		out = append(out, strings.TrimRight(line, " "))
	}
	return out
}

// TypologyLines lists each typology with its types, one line each, cut to w: the fuller prompt
// the detail view has room for.
func (c *Common) TypologyLines(w int) []string {
	var out []string
	for _, ty := range c.Typologies {
		var names []string
		for _, t := range c.Catalog {
			if t.Typology == ty.Code {
				names = append(names, t.Name.In(c.Lang))
			}
		}
		if len(names) == 0 {
			continue
		}
		out = append(out, Fit(c.Styles.Label.Render(model.SanitizeLine(ty.Name.In(c.Lang))+c.T(Texts.Playbook.Colon))+model.SanitizeLine(strings.Join(names, " ")), w))
	}
	return out
}
