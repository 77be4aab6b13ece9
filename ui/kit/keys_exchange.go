package kit

import (
	"github.com/charmbracelet/bubbles/key"
)

// ExchangeKeys are the keys of import, export and merging duplicates. ctrl+e and ctrl+r work on
// every screen (not in a form), so the import and export boxes open from anywhere; ctrl+e takes
// the place of the search field's "to the end", which the end key still does.
type ExchangeKeys struct {
	Import, Export, Merge key.Binding
}

// ExchangeKeys returns the import, export and merge keys in the user's language.
func (c *Common) ExchangeKeys() ExchangeKeys {
	b := Binder(c.Lang)
	return ExchangeKeys{
		Import: b([]string{"ctrl+r"}, "ctrl+r", "导入", "import"),
		Export: b([]string{"ctrl+e"}, "ctrl+e", "导出", "export"),
		Merge:  b([]string{"m"}, "m", "合并重复", "merge a duplicate"),
	}
}
