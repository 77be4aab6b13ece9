package kit

import (
	"guanxi/model"
	"guanxi/wording"
)

// PlanWords says a plan briefly, as everywhere (wording.Plan): 每 14 天拜访一次，每 7 天电话一次.
func PlanWords(c *Common, p model.VisitPlan) string { return wording.Plan(p, false, c.Lang) }
