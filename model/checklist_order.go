package model

import (
	"cmp"
	"strings"
	"sync"
)

// The order of the follow-up checklist: the items a salesperson must not miss come first. Items
// fall into blocks — everything overdue in one, then today, then each coming day — and within a
// block a broken promise (a complaint reply or a payment past its day) comes first, then the
// customers by level (strategic first, low value last), then the latest first, then by name in
// pinyin order (the name read as pinyin, as the customer list orders names, then the name itself). A
// holiday, which is no one customer's, comes after the customers of its day. `guanxi today`, its
// JSON and the follow-up view all use this one order.

// ItemRank is what the checklist's order reads of an item.
type ItemRank struct {
	DueOn    Date
	Kind     ItemKind
	Level    Level
	Pinyin   string // the customer's name read as pinyin (NameKey.Pinyin), as the customer list sorts names; "" for a holiday
	Name     string
	Customer bool // false for a holiday, which belongs to no customer
}

// Rank returns what the checklist's order reads of the item.
func (it *ChecklistItem) Rank() ItemRank {
	return ItemRank{DueOn: it.DueOn, Kind: it.Kind, Level: it.Level, Pinyin: it.Pinyin, Name: it.CustomerName, Customer: it.CustomerID != 0}
}

// BrokenPromise tells whether an item is a promise already broken on today: a complaint's reply or
// a payment whose day has passed.
func (r ItemRank) BrokenPromise(today Date) bool {
	return (r.Kind == ItemComplaint || r.Kind == ItemPayment) && earlier(r.DueOn, today)
}

// ChecklistBlock is the day an item is listed under: every overdue item in one block (the zero
// date, before every day), the others under their own day.
func ChecklistBlock(due, today Date) Date {
	if earlier(due, today) {
		return Date{}
	}
	return due
}

// earlier tells whether a is an earlier day than b, comparing the fields of two valid dates: the
// order sorts tens of thousands of items, and this is what each comparison does most.
func earlier(a, b Date) bool {
	if a.Y != b.Y {
		return a.Y < b.Y
	}
	if a.M != b.M {
		return a.M < b.M
	}
	return a.D < b.D
}

// LevelRank orders the levels from the most valuable relationship (0, strategic) to the least
// (low value); a level the program does not know comes last.
func LevelRank(l Level) int {
	ranks := levelRanks()
	if r, ok := ranks[l]; ok {
		return r
	}
	return len(ranks)
}

// levelRanks are the levels' places in Levels, looked up at each comparison of the order; made
// the first time they are asked for, as the table of levels is decoded.
var levelRanks = sync.OnceValue(func() map[Level]int {
	levels := levelTable()
	out := make(map[Level]int, len(levels))
	for i, info := range levels {
		out[info.Code] = i
	}
	return out
})

// CompareRanks orders two items on the checklist of today: negative when a comes first, positive
// when b does, 0 when the order says nothing between them (the caller breaks the tie the same way
// every time, by customer and record).
func CompareRanks(a, b ItemRank, today Date) int { return a.Place(today).Compare(b.Place(today)) }

// RankPlace is an item's place in the checklist's order as numbers, made once per item so that a
// sort of tens of thousands compares numbers: Compare on places agrees with CompareRanks.
type RankPlace struct {
	block, due int32 // the days as YYYYMMDD; block 0 for the overdue
	holiday    bool
	kept       bool // not a broken promise
	level      int8
	pinyin     string
	name       string
}

// Place returns the item's place in the order of the checklist of today.
func (r ItemRank) Place(today Date) RankPlace {
	days := func(d Date) int32 { return int32(d.Y*10000 + int(d.M)*100 + d.D) }
	return RankPlace{block: days(ChecklistBlock(r.DueOn, today)), due: days(r.DueOn), holiday: !r.Customer,
		kept: !r.BrokenPromise(today), level: int8(LevelRank(r.Level)), pinyin: r.Pinyin, name: r.Name}
}

// Compare orders two places as CompareRanks orders their items.
func (p RankPlace) Compare(q RankPlace) int {
	switch {
	case p.block != q.block:
		return cmp.Compare(p.block, q.block)
	case p.holiday != q.holiday:
		return cmpBool(!p.holiday)
	case p.kept != q.kept:
		return cmpBool(!p.kept)
	case p.level != q.level:
		return cmp.Compare(p.level, q.level)
	case p.due != q.due:
		return cmp.Compare(p.due, q.due)
	case p.pinyin != q.pinyin:
		return strings.Compare(p.pinyin, q.pinyin)
	}
	return strings.Compare(p.name, q.name)
}

// cmpBool is -1 when first is true (a comes first), 1 otherwise.
func cmpBool(first bool) int {
	if first {
		return -1
	}
	return 1
}

// ChecklistOrderText says in a line what order the checklist is in, for the help.
var ChecklistOrderText = Text{
	Zh: "排序：逾期的在前，然后今天、之后每天；同一天里先是已失约的（投诉答复、收款过期），再按客户级别（战略客户在前），再按逾期天数，最后按名字拼音。",
	En: "Order: overdue first, then today and each coming day; within a day broken promises (a complaint reply or a payment past its day) first, then by the customer's level (strategic first), then the latest first, then by name in pinyin order.",
}
