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
	f := kit.NewForm(c, entryTitle(c, isNew, kit.Texts.Forms.NewType, kit.Texts.Forms.EditType, t.Name), func(v map[string]string) (tea.Cmd, error) {
		out := t
		out.Typology = v["typology"]
		out.Name, out.Traits = bilingual(v, "name"), bilingual(v, "traits")
		out.Approach, out.Avoid = bilingual(v, "approach"), bilingual(v, "avoid")
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
		return saveEntry(out.Validate(), isNew, func() tea.Cmd { return kit.AddType(c.Store, out) },
			func() tea.Cmd { return kit.UpdateType(c.Store, out) })
	})
	if isNew {
		f.Text("code", c.T(kit.Texts.Fields.Code), "", c.T(kit.Texts.Hints.Code))
	}
	f.Choose("typology", c.T(kit.Texts.Fields.Typology), typologyChoices(c), t.Typology)
	long := c.T(kit.Texts.Hints.TypeText)
	bilingualFields(c, f, "name", kit.Texts.Fields.NameZh, kit.Texts.Fields.NameEn, t.Name, "")
	bilingualFields(c, f, "traits", kit.Texts.Fields.TraitsZh, kit.Texts.Fields.TraitsEn, t.Traits, long)
	bilingualFields(c, f, "approach", kit.Texts.Fields.ApproachZh, kit.Texts.Fields.ApproachEn, t.Approach, long)
	bilingualFields(c, f, "avoid", kit.Texts.Fields.AvoidZh, kit.Texts.Fields.AvoidEn, t.Avoid, long)
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
	f := kit.NewForm(c, entryTitle(c, isNew, kit.Texts.Forms.NewTypology, kit.Texts.Forms.EditTypology, t.Name), func(v map[string]string) (tea.Cmd, error) {
		out := t
		out.Name, out.About = bilingual(v, "name"), bilingual(v, "about")
		out.Normalize()
		if isNew {
			out.Code = model.NewCode(out.Name.En, "typology", func(code string) bool {
				_, taken := model.TypologyOf(c.Typologies, code)
				return taken
			})
		}
		return saveEntry(out.Validate(), isNew, func() tea.Cmd { return kit.AddTypology(c.Store, out) },
			func() tea.Cmd { return kit.UpdateTypology(c.Store, out) })
	})
	bilingualFields(c, f, "name", kit.Texts.Fields.NameZh, kit.Texts.Fields.NameEn, t.Name, "")
	bilingualFields(c, f, "about", kit.Texts.Fields.AboutZh, kit.Texts.Fields.AboutEn, t.About, "")
	f.SetFocus(FieldIndex(f, "name_"+string(c.Lang)))
	return f
}

// entryTitle is the title of the form over an entry of the catalog: newTitle for a new one, else
// editTitle and the entry's name.
func entryTitle(c *kit.Common, isNew bool, newTitle, editTitle, name model.Text) string {
	if isNew {
		return c.T(newTitle)
	}
	return c.T(editTitle) + " · " + model.SanitizeLine(name.In(c.Lang))
}

// bilingual is the text a form asks in both languages, in its fields key_zh and key_en.
func bilingual(v map[string]string, key string) model.Text {
	return model.Text{Zh: v[key+"_zh"], En: v[key+"_en"]}
}

// bilingualFields adds the two fields of a text asked in both languages, key_zh and key_en (read
// back by bilingual), labelled zh and en, each with hint.
func bilingualFields(c *kit.Common, f *kit.Form, key string, zh, en, t model.Text, hint string) {
	f.Text(key+"_zh", c.T(zh), t.Zh, hint).Text(key+"_en", c.T(en), t.En, hint)
}

// saveEntry answers a catalog form's save: the entry's check failed (invalid, its error on the
// field it concerns), or the command that adds the entry when new and updates it otherwise.
func saveEntry(invalid error, isNew bool, add, update func() tea.Cmd) (tea.Cmd, error) {
	if invalid != nil {
		return nil, onNameField(invalid)
	}
	if isNew {
		return add(), nil
	}
	return update(), nil
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
