package ui

import (
	"fmt"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The header's note while another machine holds a replicated book: this one only reads it.
func init() {
	kit.Strs["replica.readOnly"] = model.Text{Zh: " 只读：「%s」正在写入 ", En: " read-only: %s holds the book "}
	kit.Strs["replica.letGo"] = model.Text{Zh: "「%s」已交出客户簿，现在可以在本机修改", En: "%s let the book go: it can be changed here now"}
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

// noteHoldLetGo says once on the status line that the book became writable here, when the machine
// that held it let it go while this guanxi ran. It runs on the watch's tick, which redraws the
// header too; the holder is a value the replication keeps current, not a look at the replica.
func (a *App) noteHoldLetGo() {
	if a.heldBy == nil {
		return
	}
	machine, held := a.heldBy()
	switch {
	case held:
		a.heldLast = machine
	case a.heldLast != "":
		a.setStatus(fmt.Sprintf(a.c.T("replica.letGo"), model.SanitizeLine(a.heldLast)), false)
		a.heldLast = ""
	}
}
