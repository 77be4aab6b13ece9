package forms

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// Untag takes one personality type off the customer or a contact. The store writes the tag's
// note into the person's own notes, which the form says before the user saves.
func Untag(c *kit.Common, cu model.Customer, tags []store.PersonTag) *kit.Form {
	choices := make([]model.Code, len(tags))
	byKey := make(map[string]store.PersonTag, len(tags))
	for i, tag := range tags {
		k := fmt.Sprintf("%d/%s", tag.ContactID, tag.Type)
		byKey[k] = tag
		name := model.Text{Zh: tag.Type, En: tag.Type}
		if t, ok := c.TypeByCode(tag.Type); ok {
			name = t.Name
		}
		who := model.SanitizeLine(kit.TagWho(tag, cu.Name))
		choices[i] = model.Code{Code: k, Name: model.Text{Zh: who + " · " + model.SanitizeLine(name.In(model.Zh)),
			En: who + " · " + model.SanitizeLine(name.In(model.En))}}
	}
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Untag), func(v map[string]string) (tea.Cmd, error) {
		tag, ok := byKey[v["tag"]]
		if !ok {
			return nil, kit.FieldErrText("tag", kit.Texts.Errors.NoTags)
		}
		return kit.UntagPerson(c.Store, tag), nil
	})
	f.Choose("tag", c.T(kit.Texts.Fields.TagToRemove), choices, choices[0].Code)
	f.Fields[0].Hint = c.T(kit.Texts.Hints.Untag)
	return f.For(cu.Name)
}
