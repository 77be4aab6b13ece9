package ui

import (
	"fmt"
	"strings"
	"testing"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// TestTroubleReadsAsTheCommandLineSaysIt: a write that fails on a full disk or a busy book shows
// the command line's sentence in the status line, not SQLite's English.
func TestTroubleReadsAsTheCommandLineSaysIt(t *testing.T) {
	s := fixtureBook(t)
	for _, c := range []struct {
		lang model.Lang
		err  error
		want string
	}{
		{model.Zh, fmt.Errorf("add customer: %w", store.ErrDiskFull), "磁盘已满：这次修改没有保存，客户簿保持原样"},
		{model.En, fmt.Errorf("log: %w", store.ErrBusy), "another program kept the book busy for too long"},
	} {
		a := newTestApp(t, s, c.lang, 120, 40)
		send(a, kit.SaveFailedMsg{Err: c.err})
		if screen := screenText(a); !strings.Contains(screen, c.want) {
			t.Errorf("%s: the status line should say %q:\n%s", c.lang, c.want, screen)
		}
	}
}
