package model

// Level is a customer's level (客户级别): it sets the management principle and the visit plan.
type Level string

// The nine levels.
const (
	LevelStrategic Level = "strategic"
	LevelVIP       Level = "vip"
	LevelKey       Level = "key"
	LevelHonored   Level = "honored"
	LevelReference Level = "reference"
	LevelFree      Level = "free"
	LevelNew       Level = "new"
	LevelDormant   Level = "dormant"
	LevelLow       Level = "low"
)

// VisitPlan says how often a customer is visited and called; zero days means never.
type VisitPlan struct {
	VisitEveryDays int `json:"visit_every_days"`
	CallEveryDays  int `json:"call_every_days"`
	// AnyDay lets the plan's days fall on weekends and public holidays; otherwise each moves to the
	// next working day. One setting for the whole book, which the store puts on every plan it reads.
	AnyDay bool `json:"-"`
}

// None tells whether the plan asks for nothing at all.
func (p VisitPlan) None() bool { return p.VisitEveryDays <= 0 && p.CallEveryDays <= 0 }

// LevelInfo is what a level means: its names, the principle of managing it and its default visit plan.
type LevelInfo struct {
	Code      Level
	Name      Text
	Who       Text
	Principle Text
	Plan      VisitPlan
}

// Levels lists the nine levels, most valuable relationship first, with their default visit plans.
var Levels = []LevelInfo{
	{LevelStrategic, Text{"战略客户", "Strategic"},
		Text{"签有年度供货协议的战略伙伴", "Strategic partner with an annual supply agreement"},
		Text{"维护：服务稳定，帮对方解决难题，按时续签年度协议", "Maintain: steady service, help solve their problems, renew the annual agreement"},
		VisitPlan{VisitEveryDays: 14}},
	{LevelVIP, Text{"VIP客户", "VIP"},
		Text{"年订货额达到VIP门槛", "Yearly orders reach the VIP threshold"},
		Text{"关心关注：常去看望，并通过他们结识更多潜在客户", "Care and attention: see them often and meet further prospects through them"},
		VisitPlan{VisitEveryDays: 7}},
	{LevelKey, Text{"重点客户", "Key"},
		Text{"平台、招标等大宗机构买家", "Large institutional buyers: platforms, tenders"},
		Text{"抓关键人和关系：弄清评标小组和拍板的人", "Key people and ties: learn who sits on the bid committee and who decides"},
		VisitPlan{VisitEveryDays: 14}},
	{LevelHonored, Text{"贵宾客户", "Honoured"},
		Text{"社会价值高、资源多、潜力大", "High social standing, many resources, great potential"},
		Text{"享受特权：给予特别的待遇和礼遇", "Privileges: special treatment and courtesy"},
		VisitPlan{VisitEveryDays: 14, CallEveryDays: 7}},
	{LevelReference, Text{"榜样客户", "Reference"},
		Text{"常用我们的产品、愿意推荐、关系亲近", "Uses us often, speaks for us, close ties"},
		Text{"多沟通互动，请他们现身说法做样板", "Talk and interact; show them as a reference to others"},
		VisitPlan{VisitEveryDays: 30}},
	{LevelFree, Text{"自由客户", "Free"},
		Text{"不太守约，需要用心管理", "Takes contracts lightly; needs managing"},
		Text{"主动管理：多沟通，把话说在前面，避免误会", "Manage actively: talk more, say things up front, avoid misunderstandings"},
		VisitPlan{VisitEveryDays: 14, CallEveryDays: 7}},
	{LevelNew, Text{"新客户", "New"},
		Text{"刚下首单，还有成长空间", "First orders just placed, room to grow"},
		Text{"增值：多拜访，挖掘更多价值", "Add value: visit more, find more to offer"},
		VisitPlan{VisitEveryDays: 14}},
	{LevelDormant, Text{"休眠客户", "Dormant"},
		Text{"买过一次便再无下文", "Bought once, never again"},
		Text{"关怀：找出真正原因，换个方法再接触", "Care: find the real reason and try a different approach"},
		VisitPlan{VisitEveryDays: 14}},
	{LevelLow, Text{"低价值客户", "Low value"},
		Text{"订单小、服务成本高", "Small orders, costly to serve"},
		Text{"逐步放弃：核实真实情况，评估价值", "Phase out: check the real situation and weigh the value"},
		VisitPlan{}},
}

// LevelCodes lists the levels as a code list, for lookups and names.
var LevelCodes = func() []Code {
	out := make([]Code, len(Levels))
	for i, l := range Levels {
		out[i] = Code{string(l.Code), l.Name}
	}
	return out
}()

// ParseLevel reads a level code or name (`vip`, `VIP客户`, `战略客户`).
func ParseLevel(s string) (Level, error) {
	c, err := LookupCode(LevelCodes, "level", s)
	return Level(c), err
}

// Info returns what a level means; an unknown level gets the new-customer entry with its own code.
func (l Level) Info() LevelInfo {
	for _, info := range Levels {
		if info.Code == l {
			return info
		}
	}
	info := Levels[6]
	info.Code = l
	return info
}

// DefaultPlans returns the default visit plan of every level.
func DefaultPlans() map[Level]VisitPlan {
	out := make(map[Level]VisitPlan, len(Levels))
	for _, l := range Levels {
		out[l.Code] = l.Plan
	}
	return out
}
