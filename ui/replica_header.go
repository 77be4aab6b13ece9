package ui

import (
	"fmt"

	"guanxi/model"
	"guanxi/ui/kit"
)

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
	return a.c.Styles.Error.Render(fmt.Sprintf(a.c.T(kit.Texts.Replica.ReadOnly), model.SanitizeLine(machine)))
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
		a.setStatus(fmt.Sprintf(a.c.T(kit.Texts.Replica.LetGo), model.SanitizeLine(a.heldLast)), false)
		a.heldLast = ""
	}
}
