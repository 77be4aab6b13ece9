package kit

import (
	"guanxi/model"

	"github.com/charmbracelet/bubbles/key"
)

// TrashKeys returns the keys that delete a customer and undo it, in the user's language.
func (c *Common) TrashKeys() (del, undo key.Binding) {
	del = Bind(c.Lang, []string{"D", "delete"}, "D/del", model.Text{Zh: "删除客户", En: "delete customer"})
	undo = Bind(c.Lang, []string{"u", "ctrl+z"}, "u", model.Text{Zh: "撤销删除", En: "undo delete"})
	return del, undo
}
