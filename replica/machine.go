package replica

import (
	"fmt"
	"os"
	"time"

	"guanxi/model"
)

// EnvMachine names this machine in holder records; the host name when unset.
const EnvMachine = "GUANXI_MACHINE"

// MachineName is this machine's name as other machines see it in the holder record.
func MachineName() string {
	if m := os.Getenv(EnvMachine); m != "" {
		return m
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		return h
	}
	return "unknown"
}

// HeldError refuses a write to a book another machine holds. Its message names the machine in
// Chinese and in English, for whichever the user reads.
type HeldError struct{ Holder Holder }

func (e *HeldError) Error() string {
	m := model.SanitizeLine(e.Holder.Machine)
	since := e.Holder.Since.Local().Format(time.DateTime)
	return fmt.Sprintf("客户簿正由另一台机器「%s」写入（自 %s 起），本机只读；那台机器退出后即可写入，"+
		"若它已不在，可用 guanxi replica takeover 接管。"+
		" / The book is held by the machine %q (since %s): it is read-only here until that machine quits, "+
		"or `guanxi replica takeover` if it is gone.", m, since, m, since)
}
