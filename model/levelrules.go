package model

import (
	"fmt"
	"strings"
)

// RuleFigure names a figure of a customer that a level rule compares with a threshold.
type RuleFigure string

// The figures level rules look at.
const (
	FigureOrders12m          RuleFigure = "orders_12m"            // orders in the last 12 months, fen
	FigureDeals              RuleFigure = "deals"                 // every deal ever
	FigureDaysSinceFirstDeal RuleFigure = "days_since_first_deal" // undefined without a deal
	FigureDaysSinceLastDeal  RuleFigure = "days_since_last_deal"  // undefined without a deal
)

// RuleCond is one condition of a level rule: a figure compared with a setting (by key) or, when
// Setting is empty, with Value.
type RuleCond struct {
	Figure  RuleFigure
	Op      string // one of >= > <= < =
	Setting string
	Value   float64
}

// LevelRule moves a customer to Level when every condition holds.
type LevelRule struct {
	Level Level
	When  []RuleCond
}

// LevelRules are the rules that suggest a level, tried in order; the first that holds wins. They
// are data: the thresholds live in ClassSettings, which the user sets.
var LevelRules = []LevelRule{
	{LevelVIP, []RuleCond{{FigureOrders12m, ">=", "vip_threshold", 0}}},
	{LevelDormant, []RuleCond{{FigureDeals, "=", "", 1}, {FigureDaysSinceLastDeal, ">=", "dormant_after_days", 0}}},
	{LevelNew, []RuleCond{{FigureDaysSinceFirstDeal, "<", "new_within_days", 0}}},
	{LevelLow, []RuleCond{{FigureDaysSinceFirstDeal, ">=", "new_within_days", 0}, {FigureOrders12m, "<", "low_below", 0}}},
}

// RuledLevels are the levels the records decide. A customer at any other level (strategic, key,
// honoured, reference, free) was placed there by the user's judgement, and the rules leave them.
var RuledLevels = map[Level]bool{LevelVIP: true, LevelNew: true, LevelDormant: true, LevelLow: true}

// Suggestion is the level the rules suggest for a customer, and why. Level is "" when no rule
// applies or the customer's level is one the rules leave alone.
type Suggestion struct {
	Level Level `json:"level"`
	Why   Text  `json:"why"`
}

// Changes tells whether taking the suggestion would change the level.
func (s Suggestion) Changes(current Level) bool { return s.Level != "" && s.Level != current }

// figure returns a figure's value, and false when it is undefined (days since a deal never made).
func figure(f Figures, fig RuleFigure, today Date) (float64, bool) {
	switch fig {
	case FigureOrders12m:
		return float64(f.Orders12m), true
	case FigureDeals:
		return float64(f.Deals), true
	case FigureDaysSinceFirstDeal:
		if f.FirstDeal.IsZero() {
			return 0, false
		}
		return float64(today.DaysSince(f.FirstDeal)), true
	case FigureDaysSinceLastDeal:
		if f.LastDeal.IsZero() {
			return 0, false
		}
		return float64(today.DaysSince(f.LastDeal)), true
	}
	return 0, false
}

func compare(v float64, op string, limit float64) bool {
	switch op {
	case ">=":
		return v >= limit
	case ">":
		return v > limit
	case "<=":
		return v <= limit
	case "<":
		return v < limit
	case "=":
		return v == limit
	}
	return false
}

var opSymbol = map[string]string{">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}

// describe says what a condition found, in both languages: "近 12 个月订单 ¥5,230,000 ≥ ¥5,000,000".
func (c RuleCond) describe(v, limit float64) Text {
	op := opSymbol[c.Op]
	switch c.Figure {
	case FigureOrders12m:
		return Text{fmt.Sprintf("近 12 个月订单 %s %s %s", Money(v), op, Money(limit)),
			fmt.Sprintf("orders in the last 12 months %s %s %s", Money(v), op, Money(limit))}
	case FigureDeals:
		return Text{fmt.Sprintf("共成交 %d 次 %s %d", int(v), op, int(limit)),
			fmt.Sprintf("%s in all %s %d", enCount(int(v), "deal", "deals"), op, int(limit))}
	case FigureDaysSinceFirstDeal, FigureDaysSinceLastDeal:
		// In words, not symbols: "首单在 0 天前 < 180 天" reads like a formula.
		what := Text{"首单", "first deal"}
		if c.Figure == FigureDaysSinceLastDeal {
			what = Text{"上次成交", "last deal"}
		}
		ago, words := daysAgo(int(v)), opWords[c.Op]
		return Text{fmt.Sprintf("%s%s，%s %d 天", what.Zh, ago.Zh, words.Zh, int(limit)),
			fmt.Sprintf("%s %s, %s %d days", what.En, ago.En, words.En, int(limit))}
	}
	return Text{string(c.Figure), string(c.Figure)}
}

// holds tells whether a rule holds for the figures, and says why.
func (r LevelRule) holds(f Figures, today Date, s ClassSettings) (bool, Text) {
	var zh, en []string
	for _, c := range r.When {
		v, ok := figure(f, c.Figure, today)
		if !ok {
			return false, Text{}
		}
		limit := c.Value
		if c.Setting != "" {
			limit, _ = s.number(c.Setting)
		}
		if !compare(v, c.Op, limit) {
			return false, Text{}
		}
		d := c.describe(v, limit)
		zh, en = append(zh, d.Zh), append(en, d.En)
	}
	return true, Text{strings.Join(zh, "，"), strings.Join(en, ", ")}
}

// SuggestLevel returns the level the first holding rule gives a customer now at current. A
// customer at a level the rules do not decide keeps it.
func SuggestLevel(current Level, f Figures, today Date, s ClassSettings) Suggestion {
	if !RuledLevels[current] {
		name := current.Info().Name
		return Suggestion{Why: Text{name.Zh + "由您判断设定，规则不作调整", name.En + " is your judgement; the rules leave it"}}
	}
	for _, r := range LevelRules {
		if ok, why := r.holds(f, today, s); ok {
			return Suggestion{Level: r.Level, Why: why}
		}
	}
	return Suggestion{Why: Text{"没有适用的规则，保持现在的级别", "no rule applies; the level stays"}}
}
