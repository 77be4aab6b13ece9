package ui

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
	// adviceFull reads like a page: how to recognise them, then what to do and what not to.
	adviceFull = adviceOrder{"traits", "approach", "avoid"}
	// adviceBrief is for a glance before a call: what to do first, recognising them last.
	adviceBrief = adviceOrder{"approach", "avoid", "traits"}
)

// advice returns the lines of one type's texts, labelled, each wrapped to w cells; empty texts are
// left out.
func (c *common) advice(t model.PersonalityType, order adviceOrder, w int) []string {
	var out []string
	for _, part := range order {
		label, text := "", ""
		switch part {
		case "traits":
			label, text = c.t("d.traits"), t.Traits.In(c.lang)
		case "approach":
			label, text = c.t("d.approach"), t.Approach.In(c.lang)
		case "avoid":
			label, text = c.t("d.avoid"), t.Avoid.In(c.lang)
		}
		if strings.TrimSpace(text) != "" {
			out = append(out, wrap(label+text, w)...)
		}
	}
	return out
}

// tagWho names the person a tag is on: the contact, or the customer.
func tagWho(tag store.PersonTag, customerName string) string {
	if tag.ContactID != 0 && tag.ContactName != "" {
		return tag.ContactName
	}
	return customerName
}

// playbookLines lays out the advice for every tag of one customer and their contacts: a head line
// per tag, the note the user wrote on it, then the texts in order, indented by pad. Tags whose type
// is no longer in the catalog are left out.
func (c *common) playbookLines(tags []store.PersonTag, customerName string, order adviceOrder, w int, pad string) []string {
	st := c.st
	var out []string
	for _, tag := range tags {
		t, ok := c.typeByCode(tag.Type)
		if !ok {
			continue
		}
		who := tagWho(tag, customerName)
		out = append(out, fit(st.Focused.Render(model.SanitizeLine(who))+" "+st.Badge.Render("【"+model.SanitizeLine(t.Name.In(c.lang))+"】"), w))
		if strings.TrimSpace(tag.Note) != "" {
			out = append(out, indent(wrap("“"+strings.TrimSpace(tag.Note)+"”", w-len(pad)), pad)...)
		}
		out = append(out, indent(c.advice(t, order, w-len(pad)), pad)...)
	}
	return out
}

// typologyPrompt names the typologies to choose from, for a person without a type, wrapped to w.
func (c *common) typologyPrompt(w int) []string {
	names := make([]string, 0, len(c.typologies))
	for _, ty := range c.typologies {
		names = append(names, ty.Name.In(c.lang))
	}
	sep := ", "
	if c.lang == model.Zh {
		sep = "、"
	}
	return packNames(c.t("pb.typologies"), names, sep, w)
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
		if line != "" && width(line)+width(strings.TrimRight(piece, " ")) > w {
			out = append(out, strings.TrimRight(line, " "))
			line = ""
		}
		if width(piece) > w {
			parts := wrap(piece, w)
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

// typologyLines lists each typology with its types, one line each, cut to w: the fuller prompt
// the detail view has room for.
func (c *common) typologyLines(w int) []string {
	var out []string
	for _, ty := range c.typologies {
		var names []string
		for _, t := range c.catalog {
			if t.Typology == ty.Code {
				names = append(names, t.Name.In(c.lang))
			}
		}
		if len(names) == 0 {
			continue
		}
		out = append(out, fit(c.st.Label.Render(model.SanitizeLine(ty.Name.In(c.lang))+c.t("pb.colon"))+model.SanitizeLine(strings.Join(names, " ")), w))
	}
	return out
}
