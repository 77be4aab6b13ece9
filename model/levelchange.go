package model

import "time"

// LevelSource says who changed a customer's level.
type LevelSource string

// The sources of a level change.
const (
	LevelByUser LevelSource = "user" // edited by hand
	LevelByRule LevelSource = "rule" // a suggestion the user took
	LevelByAuto LevelSource = "auto" // applied by the rules on their own, as the user asked
)

// LevelSources lists the sources with their names.
var LevelSources = []Code{
	{string(LevelByUser), Text{"手动调整", "changed by hand"}},
	{string(LevelByRule), Text{"采纳建议", "suggestion taken"}},
	{string(LevelByAuto), Text{"规则自动调整", "applied by the rules"}},
}

// LevelChange is one change of a customer's level, kept for their timeline.
type LevelChange struct {
	ID         int64       `json:"id"`
	CustomerID int64       `json:"customer_id"`
	At         time.Time   `json:"-"`
	From       Level       `json:"from"`
	To         Level       `json:"to"`
	Source     LevelSource `json:"source"`
	Why        Text        `json:"why"`
}

// Validate reports the first thing wrong with a level change read from elsewhere (a whole-book
// file), as a *FieldError: both levels and the source must be known, the time set.
func (c *LevelChange) Validate() error {
	if c.At.IsZero() {
		return fieldErr("at", "调整级别的时间缺失", "the time of the change is missing")
	}
	for _, l := range []Level{c.From, c.To} {
		if _, err := ParseLevel(string(l)); err != nil || l == "" {
			return fieldErr("level", "未知的客户级别："+string(l), "unknown level: "+string(l))
		}
	}
	if _, err := LookupCode(LevelSources, "source", string(c.Source)); err != nil || c.Source == "" {
		return fieldErr("source", "未知的调整方式："+string(c.Source), "unknown source of a change: "+string(c.Source))
	}
	return nil
}
