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
