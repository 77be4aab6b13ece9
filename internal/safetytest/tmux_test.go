package safetytest

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// pane is the TUI running in its own tmux session at 80×24, as a person would use it.
type pane struct {
	t       *testing.T
	session string
}

var sessions atomic.Int64

// startPane starts a tmux session of its own running shell (a sh command line) and ends it when
// the test ends. It never touches another session or the server.
func startPane(t *testing.T, shell string) *pane {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	p := &pane{t: t, session: fmt.Sprintf("gx-safe-%d-%d", os.Getpid(), sessions.Add(1))}
	cmd := exec.Command("tmux", "new-session", "-d", "-s", p.session, "-x", "80", "-y", "24", shell)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("start tmux: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("tmux", "kill-session", "-t", p.session).Run() })
	return p
}

// screen is what the pane shows now.
func (p *pane) screen() string {
	out, err := exec.Command("tmux", "capture-pane", "-p", "-t", p.session).Output()
	if err != nil {
		return ""
	}
	return string(out)
}

// keys sends tmux key names (Enter, C-s, F2 …).
func (p *pane) keys(keys ...string) {
	p.t.Helper()
	if out, err := exec.Command("tmux", append([]string{"send-keys", "-t", p.session}, keys...)...).CombinedOutput(); err != nil {
		p.t.Fatalf("send-keys %v: %v %s", keys, err, out)
	}
}

// keysPaused sends the keys one at a time, each followed by the pause: an ESC followed at once by a
// key reads as alt+key, and a screen drawn after a key needs a moment.
func (p *pane) keysPaused(pause time.Duration, keys ...string) {
	p.t.Helper()
	for _, k := range keys {
		p.keys(k)
		time.Sleep(pause)
	}
}

// typeText sends text literally.
func (p *pane) typeText(s string) {
	p.t.Helper()
	if out, err := exec.Command("tmux", "send-keys", "-t", p.session, "-l", s).CombinedOutput(); err != nil {
		p.t.Fatalf("send-keys -l: %v %s", err, out)
	}
}

// waitFor waits until the screen shows text, or fails the test with the screen.
func (p *pane) waitFor(text string, limit time.Duration) {
	p.t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if strings.Contains(p.screen(), text) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.t.Fatalf("the screen never showed %q:\n%s", text, p.screen())
}

// shellQuote quotes s for sh.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// tuiCommand is the sh command line that runs the TUI on book in Chinese, with umask 000 so that
// every file the program makes shows the mode it chose, not one the umask gave.
func tuiCommand(book string, extra string) string {
	return fmt.Sprintf("umask 000; %s env -i PATH=%s HOME=%s LANG=zh_CN.UTF-8 TERM=xterm-256color %s --db %s; sleep 30",
		extra, shellQuote(os.Getenv("PATH")), shellQuote(os.TempDir()), shellQuote(gxBin), shellQuote(book))
}
