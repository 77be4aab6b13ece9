package kit

import (
	"github.com/charmbracelet/bubbles/key"

	"guanxi/model"
)

// KeyMap holds every key of the program. The help overlay and the footer are generated from these
// same bindings, so what help says is what the keys do.
type KeyMap struct {
	Quit, Back, Help, Up, Down, PageUp, PageDown, Top, Bottom, Open key.Binding
	Search, Sort, FilterLevel, ClearFilter                          key.Binding
	SwitchView, ToList, ToFollowUp, ToCatalog                       key.Binding
	Add, Edit, AddContact, Log, Deal, Remind, Tag, Done, Snooze     key.Binding
	Next, Prev, Submit, Cancel                                      key.Binding
	// The personality catalog, the playbook card and the confirmation overlay.
	Filter, EditTypology, NewType, NewTypology, RestoreType, RemoveType key.Binding
	Untag, CardUp, CardDown, Yes, No                                    key.Binding
}

// Bind makes a binding whose help text is in the user's language.
func Bind(lang model.Lang, keys []string, label string, desc model.Text) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, desc.In(lang)))
}

// Binder makes the bindings of a key map in lang: each its keys, the label help shows for them,
// and what they do in Chinese and English.
func Binder(lang model.Lang) func(keys []string, label, zh, en string) key.Binding {
	return func(keys []string, label, zh, en string) key.Binding {
		return Bind(lang, keys, label, model.Text{Zh: zh, En: en})
	}
}

func NewKeyMap(lang model.Lang) KeyMap {
	b := Binder(lang)
	return KeyMap{
		Quit:        b([]string{"ctrl+c"}, "ctrl+c", "退出", "quit"),
		Back:        b([]string{"esc"}, "esc", "返回", "back"),
		Help:        b([]string{"?"}, "?", "帮助", "help"),
		Up:          b([]string{"up"}, "↑", "上移", "up"),
		Down:        b([]string{"down"}, "↓", "下移", "down"),
		PageUp:      b([]string{"pgup", "ctrl+u"}, "pgup", "上一页", "page up"),
		PageDown:    b([]string{"pgdown", "ctrl+d"}, "pgdn", "下一页", "page down"),
		Top:         b([]string{"home", "g"}, "home/g", "到顶", "top"),
		Bottom:      b([]string{"end", "G"}, "end/G", "到底", "bottom"),
		Open:        b([]string{"enter"}, "enter", "打开", "open"),
		Search:      b([]string{"/"}, "/", "搜索", "search"),
		Sort:        b([]string{"ctrl+o"}, "ctrl+o", "排序", "sort"),
		FilterLevel: b([]string{"ctrl+l"}, "ctrl+l", "按级别筛选", "filter by level"),
		ClearFilter: b([]string{"ctrl+x"}, "ctrl+x", "清除筛选", "clear filters"),
		SwitchView:  b([]string{"tab"}, "tab", "切换视图", "next view"),
		// alt+digit too: on many laptops the F-keys are brightness and volume, and some terminals
		// take F1 for themselves.
		ToList:     b([]string{"f1", "alt+1"}, "F1/alt+1", "客户列表", "customers"),
		ToFollowUp: b([]string{"f2", "alt+2"}, "F2/alt+2", "今日跟进", "follow-up"),
		ToCatalog:  b([]string{"f3", "alt+3"}, "F3/alt+3", "性格类型", "personality types"),
		Add:        b([]string{"ctrl+n"}, "ctrl+n", "新客户", "new customer"),
		Edit:       b([]string{"e"}, "e", "编辑", "edit"),
		AddContact: b([]string{"c"}, "c", "加联系人", "add contact"),
		Log:        b([]string{"l"}, "l", "记录联系", "log contact"),
		Deal:       b([]string{"d"}, "d", "记录成交", "record deal"),
		Remind:     b([]string{"r"}, "r", "加提醒", "add reminder"),
		Tag:        b([]string{"t"}, "t", "性格类型", "personality type"),
		Done:       b([]string{"x"}, "x", "完成", "done"),
		Snooze:     b([]string{"s"}, "s", "推迟", "put off"),
		Next:       b([]string{"tab", "down", "enter"}, "tab/enter/↓", "下一项", "next field"),
		Prev:       b([]string{"shift+tab", "up"}, "shift+tab/↑", "上一项", "previous field"),
		Submit:     b([]string{"ctrl+s"}, "ctrl+s", "保存（在最后一项上按 enter 也保存）", "save (enter on the last field saves too)"),
		Cancel:     b([]string{"esc"}, "esc", "取消", "cancel"),

		Filter:       b([]string{"/"}, "/", "筛选", "filter"),
		EditTypology: b([]string{"E"}, "E", "编辑分类", "edit typology"),
		NewType:      b([]string{"n"}, "n", "新类型", "new type"),
		NewTypology:  b([]string{"N"}, "N", "新分类", "new typology"),
		RestoreType:  b([]string{"R"}, "R", "恢复默认", "restore default"),
		RemoveType:   b([]string{"D", "delete"}, "D/del", "删除类型", "remove type"),
		Untag:        b([]string{"T"}, "T", "去掉性格类型", "remove a type"),
		CardUp:       b([]string{"["}, "[", "要点上翻", "advice up"),
		CardDown:     b([]string{"]"}, "]", "要点下翻", "advice down"),
		Yes:          b([]string{"y", "enter"}, "y/enter", "确定", "yes"),
		No:           b([]string{"n", "esc"}, "n/esc", "取消", "no"),
	}
}
