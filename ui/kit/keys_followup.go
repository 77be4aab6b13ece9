package kit

import (
	"github.com/charmbracelet/bubbles/key"
)

// FollowUpKeys are the keys of the follow-up work: the checklist's, the plan settings' and the
// detail view's keys for plans, complaints and payments. Help and the footer are made from them.
type FollowUpKeys struct {
	Group, Reschedule, Delete, Undo, Settings key.Binding // checklist
	Plan, Complain, Pay, Resolve              key.Binding // detail
	AddHoliday, Edit, DeleteHoliday           key.Binding // plan settings
}

// FollowUpKeys returns the follow-up keys in the user's language, made once.
func (c *Common) FollowUpKeys() *FollowUpKeys {
	if c.fu == nil {
		b := Binder(c.Lang)
		c.fu = &FollowUpKeys{
			Group:         b([]string{"v"}, "v", "按日/按客户", "by day/customer"),
			Reschedule:    b([]string{"e"}, "e", "改期", "reschedule"),
			Delete:        b([]string{"D", "delete"}, "D/del", "删除提醒", "delete reminder"),
			Undo:          b([]string{"u"}, "u", "撤销删除", "undo delete"),
			Settings:      b([]string{"p"}, "p", "拜访计划与节日", "plans and holidays"),
			Plan:          b([]string{"p"}, "p", "本客户的拜访计划", "this customer's plan"),
			Complain:      b([]string{"!"}, "!", "记录投诉", "record complaint"),
			Pay:           b([]string{"$"}, "$", "记录收款", "record payment"),
			Resolve:       b([]string{"R"}, "R", "解决投诉", "resolve complaint"),
			AddHoliday:    b([]string{"a"}, "a", "添加节日", "add holiday"),
			Edit:          b([]string{"enter", "e"}, "enter/e", "修改", "change"),
			DeleteHoliday: b([]string{"D", "delete"}, "D/del", "删除节日", "remove holiday"),
		}
	}
	return c.fu
}
