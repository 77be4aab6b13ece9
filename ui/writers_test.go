package ui

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/gobuild"
	"guanxi/internal/testproc"
	"guanxi/model"
	"guanxi/ui/kit"
)

// buildGuanxi builds the program into the test's folder, for tests that need another process.
func buildGuanxi(t *testing.T) string {
	t.Helper()
	bin, err := gobuild.Guanxi(t.TempDir())
	if err != nil {
		t.Fatalf("build guanxi: %v", err)
	}
	return bin
}

// TestTwoWritersBothSucceed runs the TUI on a book while other processes log contacts into the
// same book, 240 times, four at a time; meanwhile the TUI logs 60 contacts of its own through its
// form. Every write of both must succeed — no "database is locked" reaches anyone — and the TUI
// must show the other processes' contacts by itself, without being restarted.
func TestTwoWritersBothSucceed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs hundreds of processes")
	}
	bin := buildGuanxi(t)
	s := fixtureBook(t)
	li := findCustomer(t, s, "李娜").ID
	wang := findCustomer(t, s, "王建国").ID
	a := newTestApp(t, s, model.Zh, 100, 30)
	// The first look at the book's data version, as the running program takes it every second.
	lookAtTheBook(a, s)

	const others, workers, mine = 240, 4, 60
	wait := testproc.Many(others, workers, func(i int) *exec.Cmd {
		cmd := exec.Command(bin, "--db", s.Path(), "log", fmt.Sprint(li), "--channel", "call",
			"--note", fmt.Sprintf("外部进程写入-%03d", i))
		cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
		return cmd
	})

	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: wang})
	for i := 0; i < mine; i++ {
		typeText(a, "l")
		typeText(a, fmt.Sprintf("界面写入-%03d", i))
		press(a, tea.KeyCtrlS)
		if screen := screenText(a); !strings.Contains(screen, "已记录 · 下次拜访") {
			t.Fatalf("the TUI's write %d did not succeed:\n%s", i, screen)
		}
	}
	for _, f := range wait() {
		t.Error(f)
	}

	ins, err := s.Interactions(t.Context(), li, 0)
	if err != nil {
		t.Fatal(err)
	}
	external := 0
	for _, in := range ins {
		if strings.HasPrefix(in.Summary, "外部进程写入-") {
			external++
		}
	}
	if external != others {
		t.Errorf("%d of the other processes' %d contacts are in the book", external, others)
	}
	mineIns, _ := s.Interactions(t.Context(), wang, 0)
	if got := len(mineIns); got != mine+1 {
		t.Errorf("%d of the TUI's contacts are in the book, want %d and the fixture's one", got-1, mine)
	}

	// The TUI shows what another process changes once it looks at the data version, as it does
	// every second — not before, so it is the watch that brings it: on the detail it shows, and on
	// the list.
	press(a, tea.KeyEsc)
	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: li})
	other := func(args ...string) {
		t.Helper()
		out, err := exec.Command(bin, append([]string{"--db", s.Path()}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("guanxi %v: %v %s", args, err, out)
		}
	}
	for _, step := range []struct {
		args []string
		want string
		tab  tea.KeyType
	}{
		{[]string{"edit", fmt.Sprint(li), "--company", "外部进程改的公司"}, "外部进程改的公司", 0},
		{[]string{"add", "--name", "外部进程加的客户"}, "外部进程加的客户", tea.KeyF1},
	} {
		if step.tab != 0 {
			press(a, step.tab)
		}
		other(step.args...)
		if strings.Contains(screenText(a), step.want) {
			t.Fatalf("%q shows before the watch looked; the test proves nothing", step.want)
		}
		lookAtTheBook(a, s)
		if screen := screenText(a); !strings.Contains(screen, step.want) {
			t.Errorf("the TUI does not show %q from another process after the watch:\n%s", step.want, screen)
		}
	}
}
