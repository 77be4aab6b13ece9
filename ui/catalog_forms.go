package ui

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// The forms that change the catalog: a type (new or edited, built-in or the user's own) and a
// typology. Each text is asked in both languages, since the book may be read in either.

// typeForm edits a type, or makes a new one when t.Code is empty; a new type's code may be typed
// or is made from its English name.
func typeForm(c *common, t model.PersonalityType) *form {
	isNew := t.Code == ""
	title := c.t("form.newType")
	if !isNew {
		title = c.t("form.editType") + " · " + model.SanitizeLine(t.Name.In(c.lang))
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := t
		out.Typology = v["typology"]
		out.Name = model.Text{Zh: v["name_zh"], En: v["name_en"]}
		out.Traits = model.Text{Zh: v["traits_zh"], En: v["traits_en"]}
		out.Approach = model.Text{Zh: v["approach_zh"], En: v["approach_en"]}
		out.Avoid = model.Text{Zh: v["avoid_zh"], En: v["avoid_en"]}
		if isNew {
			out.Code = v["code"]
		}
		out.Normalize()
		if isNew && out.Code == "" {
			out.Code = model.NewCode(out.Name.En, "custom", func(code string) bool {
				_, taken := c.typeByCode(code)
				return taken
			})
		}
		if err := out.Validate(); err != nil {
			return nil, onNameField(err)
		}
		if isNew {
			return addType(c.store, out), nil
		}
		return updateType(c.store, out), nil
	})
	if isNew {
		f.text("code", c.t("f.code"), "", c.t("hint.code"))
	}
	f.choose("typology", c.t("f.typology"), typologyChoices(c), t.Typology)
	long := c.t("hint.typeText")
	f.text("name_zh", c.t("f.nameZh"), t.Name.Zh, "").
		text("name_en", c.t("f.nameEn"), t.Name.En, "").
		text("traits_zh", c.t("f.traitsZh"), t.Traits.Zh, long).
		text("traits_en", c.t("f.traitsEn"), t.Traits.En, long).
		text("approach_zh", c.t("f.approachZh"), t.Approach.Zh, long).
		text("approach_en", c.t("f.approachEn"), t.Approach.En, long).
		text("avoid_zh", c.t("f.avoidZh"), t.Avoid.Zh, long).
		text("avoid_en", c.t("f.avoidEn"), t.Avoid.En, long)
	for i := range f.fields {
		if f.fields[i].hint == long {
			f.fields[i].input.Placeholder = "" // the hint shows under the focused field only
		}
	}
	if !isNew {
		// The code cannot change once people carry the type; start where the user most likely
		// edits: the approach in their language.
		f.setFocus(fieldIndex(f, "approach_"+string(c.lang)))
	} else {
		f.setFocus(fieldIndex(f, "name_"+string(c.lang)))
	}
	return f
}

// typologyForm edits a typology, or makes a new one when t.Code is empty (its code is made from the
// English name by the store).
func typologyForm(c *common, t model.Typology) *form {
	isNew := t.Code == ""
	title := c.t("form.newTypology")
	if !isNew {
		title = c.t("form.editTypology") + " · " + model.SanitizeLine(t.Name.In(c.lang))
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := t
		out.Name = model.Text{Zh: v["name_zh"], En: v["name_en"]}
		out.About = model.Text{Zh: v["about_zh"], En: v["about_en"]}
		out.Normalize()
		if isNew {
			out.Code = model.NewCode(out.Name.En, "typology", func(code string) bool {
				for _, ty := range c.typologies {
					if ty.Code == code {
						return true
					}
				}
				return false
			})
		}
		if err := out.Validate(); err != nil {
			return nil, onNameField(err)
		}
		if isNew {
			return addTypology(c.store, out), nil
		}
		return updateTypology(c.store, out), nil
	})
	f.text("name_zh", c.t("f.nameZh"), t.Name.Zh, "").
		text("name_en", c.t("f.nameEn"), t.Name.En, "").
		text("about_zh", c.t("f.aboutZh"), t.About.Zh, "").
		text("about_en", c.t("f.aboutEn"), t.About.En, "")
	f.setFocus(fieldIndex(f, "name_"+string(c.lang)))
	return f
}

// typologyChoices are the book's typologies for a choose field.
func typologyChoices(c *common) []model.Code {
	out := make([]model.Code, len(c.typologies))
	for i, ty := range c.typologies {
		out[i] = model.Code{Code: ty.Code, Name: model.Text{Zh: model.SanitizeLine(ty.Name.Zh), En: model.SanitizeLine(ty.Name.En)}}
	}
	return out
}

// fieldIndex finds a field of a form by key; 0 when it has none.
func fieldIndex(f *form, key string) int {
	for i := range f.fields {
		if f.fields[i].key == key {
			return i
		}
	}
	return 0
}

// onNameField points a "name" error, which concerns both languages, at the Chinese name's field.
func onNameField(err error) error {
	var fe *model.FieldError
	if errors.As(err, &fe) && fe.Field == "name" {
		return &model.FieldError{Field: "name_zh", Msg: fe.Msg}
	}
	return err
}
