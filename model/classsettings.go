package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ClassSettings are the thresholds of the classifications (客户分类) as the user sets them. Every
// classification and level rule reads its numbers from here, never from a constant.
type ClassSettings struct {
	APercent         float64 `json:"a_percent"`          // A: the top APercent % of customers by revenue
	BPercent         float64 `json:"b_percent"`          // B: the next BPercent %
	PeriodMonths     int     `json:"period_months"`      // revenue counted over the last N months; 0: all time
	OldAfterDays     int     `json:"old_after_days"`     // old customer: first deal at least N days ago
	LostAfterDays    int     `json:"lost_after_days"`    // lost: no deal and no contact for N days
	DormantAfterDays int     `json:"dormant_after_days"` // dormant: one deal only, N days ago or more
	NewWithinDays    int     `json:"new_within_days"`    // new: first deal within the last N days
	ActiveDays       int     `json:"active_days"`        // activity is measured over the last N days
	ActiveMin        int     `json:"active_min"`         // active: at least N deals and contacts in that window
	LoyalMinDeals    int     `json:"loyal_min_deals"`    // loyal: at least N deals in the period
	VIPThreshold     Money   `json:"vip_threshold"`      // VIP: orders in the last 12 months reach this
	LowBelow         Money   `json:"low_below"`          // low value: orders in 12 months below this after the first year
	AutoApply        bool    `json:"auto_apply"`         // apply suggested levels without asking
}

// DefaultClassSettings returns the thresholds the notes suggest: A the top 5%, B the next 15%,
// revenue over 12 months, old after a year, VIP at ¥5,000,000 a year.
func DefaultClassSettings() ClassSettings {
	return ClassSettings{
		APercent: 5, BPercent: 15, PeriodMonths: 12, OldAfterDays: 365, LostAfterDays: 365,
		DormantAfterDays: 180, NewWithinDays: 180, ActiveDays: 90, ActiveMin: 4, LoyalMinDeals: 2,
		VIPThreshold: 5_000_000_00, LowBelow: 10_000_00,
	}
}

// SettingUnit is what kind of number a setting holds, which says how it is typed and shown.
type SettingUnit int

// The units of the classification settings.
const (
	UnitPercent SettingUnit = iota
	UnitMonths
	UnitDays
	UnitCount
	UnitMoney
	UnitBool
)

// SettingInfo describes one classification setting: its key (for the command line and the
// book), its names and its unit.
type SettingInfo struct {
	Key  string
	Name Text
	Unit SettingUnit
}

// ClassSettingInfo lists the classification settings in the order they are shown.
var ClassSettingInfo = []SettingInfo{
	{"a_percent", Text{"A类：前百分之几的客户", "Class A: top percent of customers"}, UnitPercent},
	{"b_percent", Text{"B类：其后百分之几", "Class B: the next percent"}, UnitPercent},
	{"period_months", Text{"价值按近几个月成交计（0 为全部）", "Revenue over the last months (0: all time)"}, UnitMonths},
	{"old_after_days", Text{"首单满几天算老客户", "Old customer after days since first deal"}, UnitDays},
	{"lost_after_days", Text{"几天无成交无联系算流失", "Lost after days without deal or contact"}, UnitDays},
	{"dormant_after_days", Text{"只成交一次、几天后算休眠", "Dormant: one deal, days since"}, UnitDays},
	{"new_within_days", Text{"首单几天内算新客户", "New: first deal within days"}, UnitDays},
	{"active_days", Text{"活跃度看近几天", "Activity over the last days"}, UnitDays},
	{"active_min", Text{"期间成交加联系几次算活跃", "Active: deals and contacts at least"}, UnitCount},
	{"loyal_min_deals", Text{"期间成交几次算忠诚", "Loyal: deals in the period at least"}, UnitCount},
	{"vip_threshold", Text{"VIP门槛（近 12 个月订单）", "VIP threshold (orders in 12 months)"}, UnitMoney},
	{"low_below", Text{"低价值：近 12 个月订单低于", "Low value: orders in 12 months below"}, UnitMoney},
	{"auto_apply", Text{"自动采纳建议级别", "Apply suggested levels automatically"}, UnitBool},
}

// SettingInfoOf finds a setting by key (also with dashes for underscores).
func SettingInfoOf(key string) (SettingInfo, bool) {
	k := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(key)), "-", "_")
	for _, info := range ClassSettingInfo {
		if info.Key == k {
			return info, true
		}
	}
	return SettingInfo{}, false
}

// SettingKeys returns every setting's key, for messages that list them.
func SettingKeys() []string {
	out := make([]string, len(ClassSettingInfo))
	for i, info := range ClassSettingInfo {
		out[i] = info.Key
	}
	return out
}

// field is the setting under key as a pointer into s: *float64 for a percent, *int for months,
// days and counts, *Money for an amount and *bool for a switch; nil for no such key. It is the one
// place a key meets its field.
func (s *ClassSettings) field(key string) any {
	switch key {
	case "a_percent":
		return &s.APercent
	case "b_percent":
		return &s.BPercent
	case "period_months":
		return &s.PeriodMonths
	case "old_after_days":
		return &s.OldAfterDays
	case "lost_after_days":
		return &s.LostAfterDays
	case "dormant_after_days":
		return &s.DormantAfterDays
	case "new_within_days":
		return &s.NewWithinDays
	case "active_days":
		return &s.ActiveDays
	case "active_min":
		return &s.ActiveMin
	case "loyal_min_deals":
		return &s.LoyalMinDeals
	case "vip_threshold":
		return &s.VIPThreshold
	case "low_below":
		return &s.LowBelow
	case "auto_apply":
		return &s.AutoApply
	}
	return nil
}

// number returns the setting's value as a number: a percent, a count of days or months, fen, or
// 0/1. The level rules compare figures with these.
func (s ClassSettings) number(key string) (float64, bool) {
	switch p := s.field(key).(type) {
	case *float64:
		return *p, true
	case *int:
		return float64(*p), true
	case *Money:
		return float64(*p), true
	case *bool:
		if *p {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// Get returns a setting's value as a person types it: 5, 365, ¥5,000,000, on.
func (s ClassSettings) Get(key string) string {
	info, ok := SettingInfoOf(key)
	if !ok {
		return ""
	}
	v, _ := s.number(info.Key)
	switch info.Unit {
	case UnitPercent:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case UnitMoney:
		return Money(v).String()
	case UnitBool:
		if v != 0 {
			return "on"
		}
		return "off"
	}
	return strconv.Itoa(int(v))
}

// Set reads a setting's value as typed (`5`, `365`, `500万`, `on`) into s. The result is checked
// as a whole with Validate.
func (s *ClassSettings) Set(key, value string) error {
	info, ok := SettingInfoOf(key)
	if !ok {
		return fmt.Errorf("unknown setting %q: use one of %s", key, strings.Join(SettingKeys(), ", "))
	}
	v := strings.TrimSpace(value)
	switch p := s.field(info.Key).(type) {
	case *Money:
		m, err := ParseAmount(v)
		if err != nil {
			return fmt.Errorf("%s: %w", info.Key, err)
		}
		*p = m
	case *bool:
		switch strings.ToLower(v) {
		case "on", "yes", "true", "1", "开", "是":
			*p = true
		case "off", "no", "false", "0", "关", "否":
			*p = false
		default:
			return fmt.Errorf("%s: write on or off, not %q", info.Key, value)
		}
	case *float64:
		f, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("%s: write a percent like 5 or 7.5, not %q", info.Key, value)
		}
		*p = f
	case *int:
		n, err := strconv.Atoi(strings.TrimRight(v, "d天个月"))
		if err != nil {
			return fmt.Errorf("%s: write a whole number, not %q", info.Key, value)
		}
		*p = n
	}
	return nil
}

// Validate reports the first setting that makes no sense, as a *FieldError on its key.
func (s ClassSettings) Validate() error {
	switch {
	case s.APercent <= 0 || s.APercent > 100:
		return fieldErr("a_percent", "A类比例应在 0 到 100 之间（不含 0）", "class A is a percent above 0 and at most 100")
	case s.BPercent < 0 || s.APercent+s.BPercent > 100:
		return fieldErr("b_percent", "A类加B类不能超过 100%", "classes A and B together cannot pass 100%")
	case s.PeriodMonths < 0 || s.PeriodMonths > 1200:
		return fieldErr("period_months", "月数应在 0 到 1200 之间", "months are 0 to 1200")
	}
	for _, d := range []struct {
		key string
		v   int
	}{{"old_after_days", s.OldAfterDays}, {"lost_after_days", s.LostAfterDays}, {"dormant_after_days", s.DormantAfterDays},
		{"new_within_days", s.NewWithinDays}, {"active_days", s.ActiveDays}} {
		if d.v < 1 || d.v > 36500 {
			return &FieldError{d.key, Text{"天数应在 1 到 36500 之间", "days are 1 to 36500"}}
		}
	}
	switch {
	case s.ActiveMin < 1 || s.ActiveMin > 10000:
		return fieldErr("active_min", "次数应在 1 到 10000 之间", "a count is 1 to 10000")
	case s.LoyalMinDeals < 1 || s.LoyalMinDeals > 10000:
		return fieldErr("loyal_min_deals", "次数应在 1 到 10000 之间", "a count is 1 to 10000")
	case s.VIPThreshold <= 0:
		return fieldErr("vip_threshold", "VIP门槛须大于零", "the VIP threshold must be above zero")
	case s.LowBelow < 0:
		return fieldErr("low_below", "金额不能为负", "an amount cannot be negative")
	}
	return nil
}

// PeriodStart returns the first day whose deals count toward value (A/B/C), or the zero date when
// the period is all time.
func (s ClassSettings) PeriodStart(today Date) Date {
	if s.PeriodMonths <= 0 {
		return Date{}
	}
	return LastMonths(today, s.PeriodMonths)
}

// PeriodText names the period: 近 12 个月 / the last 12 months, or 全部 / all time.
func (s ClassSettings) PeriodText() Text {
	if s.PeriodMonths <= 0 {
		return Text{"全部成交", "all time"}
	}
	return Text{fmt.Sprintf("近 %d 个月", s.PeriodMonths), fmt.Sprintf("the last %d months", s.PeriodMonths)}
}

// LastDays returns the first day of the last n days, today included: the window "in the last n
// days" is every day from it to today.
func LastDays(today Date, n int) Date { return today.AddDays(1 - n) }

// LastMonths returns the first day of the last n months, today included.
func LastMonths(today Date, n int) Date { return today.AddMonths(-n).AddDays(1) }

// OldCutoff is the latest first deal of an old customer: a first deal on or before it is at least
// OldAfterDays ago.
func (s ClassSettings) OldCutoff(today Date) Date { return today.AddDays(-s.OldAfterDays) }

// LostCutoff is the latest last deal or contact of a lost customer.
func (s ClassSettings) LostCutoff(today Date) Date { return today.AddDays(-s.LostAfterDays) }

// DormantCutoff is the latest single deal of a dormant customer.
func (s ClassSettings) DormantCutoff(today Date) Date { return today.AddDays(-s.DormantAfterDays) }

// ActiveStart is the first day of the activity window.
func (s ClassSettings) ActiveStart(today Date) Date { return LastDays(today, s.ActiveDays) }

// YearStart is the first day of the 12 months the VIP and low-value rules look at.
func YearStart(today Date) Date { return LastMonths(today, 12) }
