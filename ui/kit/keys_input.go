package kit

import (
	"github.com/charmbracelet/bubbles/key"
)

// InputKeys are the keys of input: a form's fields, its pickers and path completion, marking many
// customers in the list and acting on them, the trash view, and going back through the views.
// Help, the footer and the form's own key line are made from them.
type InputKeys struct {
	NextField, EnterNext, PrevField, Choose, NewLine, LeaveArea, PickMove, PickTake, Complete, Save, CancelForm key.Binding
	Mark, MarkAll, Unmark, Bulk, Trash, Restore, PrevView                                                       key.Binding
	ClearLine                                                                                                   key.Binding
	// The form's own matching: enter on its last field saves, ← and → (or space) step through a
	// choice, ↑ and ↓ move in a text area or a picker's list before they move the focus.
	Submit, ChoosePrev, ChooseNext, Up, Down key.Binding
}

// InputKeys returns the input keys in the user's language, made once.
func (c *Common) InputKeys() *InputKeys {
	if c.in == nil {
		b := Binder(c.Lang)
		c.in = &InputKeys{
			NextField:  b([]string{"tab", "enter", "down"}, "tab/enter", "下一项", "next field"),
			EnterNext:  b([]string{"enter", "down"}, "enter", "下一项", "next field"),
			PrevField:  b([]string{"shift+tab", "up"}, "shift+tab", "上一项", "previous field"),
			Choose:     b([]string{"left", "right", " "}, "←/→", "选择", "choose"),
			NewLine:    b([]string{"enter"}, "enter", "换行", "new line"),
			LeaveArea:  b([]string{"tab"}, "tab", "下一项", "next field"),
			PickMove:   b([]string{"up", "down"}, "↑/↓", "挑选", "pick"),
			PickTake:   b([]string{"enter"}, "enter", "选定", "take it"),
			Complete:   b([]string{"tab"}, "tab", "补全路径", "complete the path"),
			Save:       b([]string{"ctrl+s"}, "ctrl+s", "保存", "save"),
			CancelForm: b([]string{"esc", "ctrl+c"}, "esc", "取消", "cancel"),

			Mark:     b([]string{" "}, "space", "标记", "mark"),
			MarkAll:  b([]string{"ctrl+a"}, "ctrl+a", "标记整个列表", "mark the whole list"),
			Unmark:   b([]string{"esc"}, "esc", "取消标记", "clear marks"),
			Bulk:     b([]string{"enter"}, "enter", "处理已标记的客户", "act on the marked"),
			Trash:    b([]string{"f5", "alt+5"}, "F5/alt+5", "回收站", "trash"),
			Restore:  b([]string{"r", "enter"}, "r/enter", "恢复", "restore"),
			PrevView: b([]string{"shift+tab"}, "shift+tab", "上一个视图", "previous view"),

			ClearLine: b([]string{"ctrl+u"}, "ctrl+u", "清空搜索", "clear the search"),

			Submit:     b([]string{"enter"}, "enter", "保存", "save"),
			ChoosePrev: b([]string{"left"}, "←", "上一个", "previous choice"),
			ChooseNext: b([]string{"right", " "}, "→", "下一个", "next choice"),
			// The very bindings of the key map, not copies of them.
			Up:   c.Keys.Up,
			Down: c.Keys.Down,
		}
	}
	return c.in
}
