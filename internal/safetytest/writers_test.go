package safetytest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/internal/testproc"
)

// TestTUIAndCommandsWriteTogether runs the TUI in a real terminal (tmux, 80×24, Chinese) on a
// book, and from other processes logs contacts into the same book 100 times, four at a time,
// while a person logs contacts through the TUI's form. Every write of both succeeds: no command
// fails and the TUI never says a save failed (no "database is locked" reaches anyone). The TUI
// shows the other processes' changes by itself, without a restart. While it runs, the book's
// -wal and -shm files are 0600 though the umask would allow anything.
func TestTUIAndCommandsWriteTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("runs hundreds of processes; part of the full test, not of -short")
	}
	dir := filepath.Join(t.TempDir(), "book")
	book := filepath.Join(dir, "guanxi.db")
	mustGx(t, "--db", book, "add", "--name", "张伟", "--company", "苏州恒达精密机械有限公司", "--level", "vip")
	mustGx(t, "--db", book, "add", "--name", "李娜", "--company", "杭州云帆科技")
	p := startPane(t, tuiCommand(book, ""))
	p.waitFor("张伟", 10*time.Second)
	for _, suffix := range []string{"-wal", "-shm"} {
		info, err := os.Stat(book + suffix)
		if err != nil {
			t.Fatalf("the TUI has the book open but %s is not there: %v", suffix, err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v under umask 000, want 0600", suffix, info.Mode().Perm())
		}
	}

	const others, workers, mine = 100, 4, 10
	start := time.Now()
	wait := testproc.Many(others, workers, func(i int) *exec.Cmd {
		cmd := exec.Command(gxBin, "--db", book, "log", "李娜", "--channel", "call", "--note", fmt.Sprintf("外部写入-%03d", i))
		cmd.Env = baseEnv(dir)
		return cmd
	})

	// A person opens 张伟 and logs contacts through the form while the others write.
	p.typeText("张伟")
	p.waitFor("1 / 2 位客户", 5*time.Second)
	p.keys("Enter")
	p.waitFor("拜访计划", 5*time.Second)
	for i := 0; i < mine; i++ {
		p.keys("l")
		p.waitFor("记录联系", 5*time.Second)
		p.typeText(fmt.Sprintf("界面写入-%02d", i))
		p.keys("C-s")
		p.waitFor("已记录 · 下次", 15*time.Second) // the confirmation names the next visit
		if s := p.screen(); strings.Contains(s, "保存失败") || strings.Contains(s, "locked") {
			t.Fatalf("the TUI's write %d failed:\n%s", i, s)
		}
	}
	failures := wait()
	t.Logf("%d writes from other processes and %d from the TUI in %v", others, mine, time.Since(start))
	for _, f := range failures {
		t.Error(f)
	}

	db := openBook(t, book)
	if n := count(t, db, "SELECT count(*) FROM interactions WHERE summary LIKE '外部写入-%'"); n != others {
		t.Errorf("%d of the %d contacts from other processes are in the book", n, others)
	}
	if n := count(t, db, "SELECT count(*) FROM interactions WHERE summary LIKE '界面写入-%'"); n != mine {
		t.Errorf("%d of the TUI's %d contacts are in the book", n, mine)
	}
	db.Close()

	// Another process changes the book: the TUI shows it within its watch, unasked.
	p.keys("Escape")
	p.waitFor("排序", 5*time.Second)
	for i := 0; i < 3 && !strings.Contains(p.screen(), "2 / 2 位客户"); i++ {
		time.Sleep(200 * time.Millisecond) // a lone ESC is told from a key that starts with one by a pause
		p.keys("Escape")
		time.Sleep(200 * time.Millisecond)
	}
	p.waitFor("2 / 2 位客户", 5*time.Second)
	mustGx(t, "--db", book, "add", "--name", "外部新客户")
	p.waitFor("外部新客户", 5*time.Second)
	p.waitFor("3 / 3 位客户", 5*time.Second)
	mustGx(t, "--db", book, "edit", "李娜", "--company", "外部进程改的公司")
	p.waitFor("外部进程改的公司", 5*time.Second)
	p.keys("C-c")
}
