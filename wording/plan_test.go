package wording

import (
	"testing"

	"guanxi/model"
)

func TestPlanWords(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{Every(14, model.Zh), "每 14 天"},
		{Every(1, model.En), "every day"},
		{ContactEvery(14, false, model.Zh), "每 14 天拜访一次"},
		{ContactEvery(7, true, model.En), "call every 7 days"},
		{Plan(model.VisitPlan{VisitEveryDays: 14, CallEveryDays: 7}, false, model.Zh), "每 14 天拜访一次，每 7 天电话一次"},
		{Plan(model.VisitPlan{VisitEveryDays: 30}, false, model.En), "visit every 30 days"},
		{Plan(model.VisitPlan{}, false, model.En), "no regular visits"},
		{Plan(model.VisitPlan{VisitEveryDays: 30}, true, model.Zh), "已暂停"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}
