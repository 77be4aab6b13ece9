package kit

import (
	"fmt"
	"strings"

	"guanxi/model"
)

// DayName names the day of the week of a date.
func DayName(c *Common, d model.Date) string {
	return strings.Split(c.T("fu.weekdays"), ",")[d.Weekday()]
}

// PlanWords says a plan briefly: 每 14 天拜访 · 每 7 天电话, or 无固定拜访.
func PlanWords(c *Common, p model.VisitPlan) string {
	var parts []string
	if p.VisitEveryDays > 0 {
		parts = append(parts, fmt.Sprintf(c.T("d.visitEvery"), p.VisitEveryDays))
	}
	if p.CallEveryDays > 0 {
		parts = append(parts, fmt.Sprintf(c.T("d.callEvery"), p.CallEveryDays))
	}
	if len(parts) == 0 {
		return c.T("d.noPlan")
	}
	return strings.Join(parts, " · ")
}
