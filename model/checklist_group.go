package model

// DueGroup is where a checklist item stands by its due day: overdue, due today, or coming. Both
// front ends group the checklist by it, in this order.
type DueGroup uint8

// The groups, in the order the checklist shows them.
const (
	DueOverdue DueGroup = iota
	DueToday
	DueComing
)

// DueGroupOf returns the group of an item due on due, seen on today.
func DueGroupOf(due, today Date) DueGroup {
	switch {
	case due.Before(today):
		return DueOverdue
	case due == today:
		return DueToday
	}
	return DueComing
}
