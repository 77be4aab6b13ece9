package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// untagForm takes one personality type off the customer or a contact. The store writes the tag's
// note into the person's own notes, which the form says before the user saves.
func untagForm(c *common, cu model.Customer, tags []store.PersonTag) *form {
	choices := make([]model.Code, len(tags))
	byKey := make(map[string]store.PersonTag, len(tags))
	for i, tag := range tags {
		k := fmt.Sprintf("%d/%s", tag.ContactID, tag.Type)
		byKey[k] = tag
		name := model.Text{Zh: tag.Type, En: tag.Type}
		if t, ok := c.typeByCode(tag.Type); ok {
			name = t.Name
		}
		who := model.SanitizeLine(tagWho(tag, cu.Name))
		choices[i] = model.Code{Code: k, Name: model.Text{Zh: who + " · " + model.SanitizeLine(name.In(model.Zh)),
			En: who + " · " + model.SanitizeLine(name.In(model.En))}}
	}
	f := newForm(c, c.t("form.untag"), func(v map[string]string) (tea.Cmd, error) {
		tag, ok := byKey[v["tag"]]
		if !ok {
			return nil, fieldErrText("tag", "err.noTags")
		}
		return untagPerson(c.store, tag), nil
	})
	f.choose("tag", c.t("f.tagToRemove"), choices, choices[0].Code)
	f.fields[0].hint = c.t("hint.untag")
	return f
}
