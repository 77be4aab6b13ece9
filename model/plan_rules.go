package model

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxPlanDays bounds a visit or call interval: ten years.
const MaxPlanDays = 3660

// CheckReschedule reports why an item cannot be moved to a day: it must be today or later.
func CheckReschedule(today, to Date) error {
	if to.IsZero() {
		return fieldErr("date", "请填写改到哪一天", "say which day to move it to")
	}
	if to.Before(today) {
		return fieldErr("date", "不能改到已经过去的日子", "a reminder cannot be moved into the past")
	}
	return nil
}

// Validate reports what is wrong with a visit plan, as a *FieldError on "visit" or "call".
func (p VisitPlan) Validate() error {
	if p.VisitEveryDays < 0 || p.VisitEveryDays > MaxPlanDays {
		return fieldErr("visit", "拜访间隔应在 0 到 3660 天之间（0 表示不拜访）", "visit every 0 to 3660 days (0: no visits)")
	}
	if p.CallEveryDays < 0 || p.CallEveryDays > MaxPlanDays {
		return fieldErr("call", "电话间隔应在 0 到 3660 天之间（0 表示不打电话）", "call every 0 to 3660 days (0: no calls)")
	}
	return nil
}

// ParsePlanDays reads an interval of a visit plan as a user types it: "" or 0 for none, a number
// of days (14, 14d, 14天), or weeks (2w, 2周) or months of 30 days (1m, 1月).
func ParsePlanDays(s string) (int, error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	if t == "" || t == "-" || t == "—" {
		return 0, nil
	}
	mult := 1
	for _, u := range []struct {
		suffix string
		mult   int
	}{{"天", 1}, {"日", 1}, {"d", 1}, {"周", 7}, {"w", 7}, {"个月", 30}, {"月", 30}, {"m", 30}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSuffix(t, u.suffix), u.mult
			break
		}
	}
	t = strings.TrimPrefix(t, "每")
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 || n*mult > MaxPlanDays {
		return 0, fmt.Errorf("interval %q: write a number of days from 0 to %d, or weeks like 2w", s, MaxPlanDays)
	}
	return n * mult, nil
}
