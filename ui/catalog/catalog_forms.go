package catalog

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The forms that change the catalog: a type (new or edited, built-in or the user's own) and a
// typology. Each text is asked in both languages, since the book may be read in either.

// typeForm edits a type, or makes a new one when t.Code is empty; a new type's code may be typed
// or is made from its English name.
func typeForm(c *kit.Common, t model.PersonalityType) *kit.Form {
	isNew := t.Code == ""
	title := c.T(kit.Texts.Forms.NewType)
	if !isNew {
		title = c.T(kit.Texts.Forms.EditType) + " · " + model.SanitizeLine(t.Name.In(c.Lang))
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
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
				_, taken := c.TypeByCode(code)
				return taken
			})
		}
		if err := out.Validate(); err != nil {
			return nil, onNameField(err)
		}
		if isNew {
			return kit.AddType(c.Store, out), nil
		}
		return kit.UpdateType(c.Store, out), nil
	})
	if isNew {
		f.Text("code", c.T(kit.Texts.Fields.Code), "", c.T(kit.Texts.Hints.Code))
	}
	f.Choose("typology", c.T(kit.Texts.Fields.Typology), typologyChoices(c), t.Typology)
	long := c.T(kit.Texts.Hints.TypeText)
	f.Text("name_zh", c.T(kit.Texts.Fields.NameZh), t.Name.Zh, "").
		Text("name_en", c.T(kit.Texts.Fields.NameEn), t.Name.En, "").
		Text("traits_zh", c.T(kit.Texts.Fields.TraitsZh), t.Traits.Zh, long).
		Text("traits_en", c.T(kit.Texts.Fields.TraitsEn), t.Traits.En, long).
		Text("approach_zh", c.T(kit.Texts.Fields.ApproachZh), t.Approach.Zh, long).
		Text("approach_en", c.T(kit.Texts.Fields.ApproachEn), t.Approach.En, long).
		Text("avoid_zh", c.T(kit.Texts.Fields.AvoidZh), t.Avoid.Zh, long).
		Text("avoid_en", c.T(kit.Texts.Fields.AvoidEn), t.Avoid.En, long)
	for i := range f.Fields {
		if f.Fields[i].Hint == long {
			f.Fields[i].Input.Placeholder = "" // the hint shows under the focused field only
		}
	}
	if !isNew {
		// The code cannot change once people carry the type; start where the user most likely
		// edits: the approach in their language.
		f.SetFocus(FieldIndex(f, "approach_"+string(c.Lang)))
	} else {
		f.SetFocus(FieldIndex(f, "name_"+string(c.Lang)))
	}
	return f
}

// typologyForm edits a typology, or makes a new one when t.Code is empty (its code is made from the
// English name by the store).
func typologyForm(c *kit.Common, t model.Typology) *kit.Form {
	isNew := t.Code == ""
	title := c.T(kit.Texts.Forms.NewTypology)
	if !isNew {
		title = c.T(kit.Texts.Forms.EditTypology) + " · " + model.SanitizeLine(t.Name.In(c.Lang))
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := t
		out.Name = model.Text{Zh: v["name_zh"], En: v["name_en"]}
		out.About = model.Text{Zh: v["about_zh"], En: v["about_en"]}
		out.Normalize()
		if isNew {
			out.Code = model.NewCode(out.Name.En, "typology", func(code string) bool {
				_, taken := model.TypologyOf(c.Typologies, code)
				return taken
			})
		}
		if err := out.Validate(); err != nil {
			return nil, onNameField(err)
		}
		if isNew {
			return kit.AddTypology(c.Store, out), nil
		}
		return kit.UpdateTypology(c.Store, out), nil
	})
	f.Text("name_zh", c.T(kit.Texts.Fields.NameZh), t.Name.Zh, "").
		Text("name_en", c.T(kit.Texts.Fields.NameEn), t.Name.En, "").
		Text("about_zh", c.T(kit.Texts.Fields.AboutZh), t.About.Zh, "").
		Text("about_en", c.T(kit.Texts.Fields.AboutEn), t.About.En, "")
	f.SetFocus(FieldIndex(f, "name_"+string(c.Lang)))
	return f
}

// typologyChoices are the book's typologies for a choose field.
func typologyChoices(c *kit.Common) []model.Code {
	out := make([]model.Code, len(c.Typologies))
	for i, ty := range c.Typologies {
		out[i] = model.Code{Code: ty.Code, Name: model.Text{Zh: model.SanitizeLine(ty.Name.Zh), En: model.SanitizeLine(ty.Name.En)}}
	}
	return out
}

// FieldIndex finds a field of a form by key; 0 when it has none.
func FieldIndex(f *kit.Form, key string) int {
	for i := range f.Fields {
		if f.Fields[i].Key == key {
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
