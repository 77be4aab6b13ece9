package ui

import (
	"fmt"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The header's note while another machine holds a replicated book: this one only reads it.
func init() {
	kit.Strs["replica.readOnly"] = model.Text{Zh: " 只读：「%s」正在写入 ", En: " read-only: %s holds the book "}
}

// heldBadge is the header's read-only note, or "" when the book may be written here. The holder
// is asked each frame; it only reads a value the replication keeps current.
func (a *App) heldBadge() string {
	if a.heldBy == nil {
		return ""
	}
	machine, held := a.heldBy()
	if !held {
		return ""
	}
	return a.c.Styles.Error.Render(fmt.Sprintf(a.c.T("replica.readOnly"), model.SanitizeLine(machine)))
}
