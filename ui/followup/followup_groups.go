package followup

import (
	"fmt"

	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/wording"
)

// The checklist's groups: by day (overdue, today, then each coming day) or by customer (each
// customer's items under their name, the customer with the earliest item first).

// fuGroup is one heading of the checklist and the items under it.
type fuGroup struct {
	title string         // by day; by customer the heading is made from the customer's first item
	tone  model.DueGroup // overdue, today or coming up: the heading's colour
	items []int
}

// group tells which part of the checklist a day falls in: overdue, today or coming up.
func (m *Screen) group(due model.Date) model.DueGroup {
	return model.DueGroupOf(due, m.c.Today())
}

// groupsByDay puts the overdue items under one heading, then each day's under its own.
func (m *Screen) groupsByDay() []fuGroup {
	c := m.c
	today := c.Today()
	var out []fuGroup
	var lastDue model.Date
	for i := range m.Count() {
		due := m.idx.DueOn(i)
		if len(out) > 0 && (due == lastDue || out[len(out)-1].tone == model.DueOverdue && due.Before(today)) {
			out[len(out)-1].items = append(out[len(out)-1].items, i)
			continue
		}
		lastDue = due
		title, tone := wording.GroupTitle(model.DueOverdue, c.Lang), m.group(due)
		if tone != model.DueOverdue {
			title = wording.DayTitle(due, today, c.Lang)
		}
		out = append(out, fuGroup{title: title, tone: tone, items: []int{i}})
	}
	return out
}

// groupsByCustomer puts each customer's items under their name; holidays, which belong to nobody,
// come under one heading of their own.
func (m *Screen) groupsByCustomer() []fuGroup {
	index := map[int64]int{}
	var out []fuGroup
	for i := range m.Count() {
		id := m.idx.CustomerID(i)
		k, ok := index[id]
		if !ok {
			k = len(out)
			index[id] = k
			out = append(out, fuGroup{tone: model.DueComing})
		}
		out[k].items = append(out[k].items, i)
		out[k].tone = min(out[k].tone, m.group(m.idx.DueOn(i)))
	}
	// Items come in the checklist's order, so the order of first appearance is the order of urgency.
	return out
}

// customerHeading is the heading of a customer's items when grouped by customer: the name and
// company, the level, the last contact and how many items, read from the customer's first item.
// The company goes by its short name, as the rows do, on a screen where a row's name would be cut
// (narrower than ownNameFrom) or where the registered one leaves the heading too long: at 80
// cells 韦伟 · 瑞丰, not 韦伟 · 广东省深圳市南山区瑞丰食品有限公司.
func (m *Screen) customerHeading(g fuGroup) string {
	c := m.c
	first := g.items[0]
	count := fmt.Sprintf(" (%d)", len(g.items))
	if m.idx.CustomerID(first) == 0 {
		return c.T(kit.Texts.Followup.Holidays) + count
	}
	it, ok := m.Item(first)
	if !ok {
		return model.SanitizeLine(m.idx.CustomerName(first)) + count
	}
	tail := "  " + c.CodeName(model.LevelCodes(), string(it.Level)) + "  " + m.lastText(it) + count
	name := model.SanitizeLine(it.CustomerName)
	if it.Company == "" || it.Company == it.CustomerName {
		return name + tail
	}
	if whole := name + " · " + model.SanitizeLine(it.Company) + tail; m.width >= ownNameFrom && kit.Width(whole) <= m.width {
		return whole
	}
	return model.SanitizeLine(m.rowName(it)) + tail
}
