package safetytest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// bigNote is a note of about 90 KB: a write that needs room.
var bigNote = strings.Repeat("这是一条很长的联系记录，用来占满磁盘。", 1700)

// TestFullDiskLosesNothing writes to a book where there is no room, in two ways: on a real full
// disk (a small tmpfs, where the system answers ENOSPC; this needs root to mount, and is skipped
// otherwise), and under a file size limit (RLIMIT_FSIZE through prlimit, where the system answers
// EFBIG; any user). Either way the write must fail with a clear message and a non-zero exit, the
// book must stay byte for byte as it was and pass its check, and once there is room again the
// same write must succeed.
func TestFullDiskLosesNothing(t *testing.T) {
	t.Run("tmpfs", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("mounting a small tmpfs needs root; the file size limit case covers other users")
		}
		sample := readFile(t, sampleBook(t, t.TempDir(), 3))
		// Room for the book, the day's snapshot of it and a write once the filler goes, whatever
		// size the schema gives a small book.
		size := (3*len(sample) + 512*1024) / 1024
		mnt := t.TempDir()
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+strconv.Itoa(size)+"k,mode=0700", "tmpfs", mnt).CombinedOutput(); err != nil {
			t.Skipf("cannot mount a tmpfs here (%v: %s); the file size limit case covers a full disk", err, out)
		}
		t.Cleanup(func() { exec.Command("umount", mnt).Run() })
		book := filepath.Join(mnt, "guanxi.db")
		if err := os.WriteFile(book, sample, 0o600); err != nil {
			t.Fatal(err)
		}
		// Fill the disk but for a few KB.
		var st syscall.Statfs_t
		if err := syscall.Statfs(mnt, &st); err != nil {
			t.Fatal(err)
		}
		free := int64(st.Bavail) * int64(st.Bsize)
		filler := filepath.Join(mnt, "filler")
		if err := os.WriteFile(filler, make([]byte, free-48*1024), 0o600); err != nil {
			t.Fatal(err)
		}
		fullDiskWrite(t, book, nil, "disk is full", func() { os.Remove(filler) })
	})
	t.Run("backup_force", func(t *testing.T) {
		// A backup replacing an old one on a disk with no room for the new: the old one stays.
		if os.Geteuid() != 0 {
			t.Skip("mounting a small tmpfs needs root")
		}
		sample := readFile(t, sampleBook(t, t.TempDir(), 3))
		mnt := t.TempDir()
		size := (5*len(sample)/2 + 256*1024) / 1024
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+strconv.Itoa(size)+"k,mode=0700", "tmpfs", mnt).CombinedOutput(); err != nil {
			t.Skipf("cannot mount a tmpfs here (%v: %s)", err, out)
		}
		t.Cleanup(func() { exec.Command("umount", mnt).Run() })
		book := filepath.Join(t.TempDir(), "guanxi.db")
		if err := os.WriteFile(book, sample, 0o600); err != nil {
			t.Fatal(err)
		}
		old := filepath.Join(mnt, "backup.db")
		mustGx(t, "--db", book, "backup", old)
		before := readFile(t, old)
		var st syscall.Statfs_t
		if err := syscall.Statfs(mnt, &st); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mnt, "filler"), make([]byte, int64(st.Bavail)*int64(st.Bsize)-64*1024), 0o600); err != nil {
			t.Fatal(err)
		}
		r := gx(t, nil, "", "--db", book, "backup", "--force", old)
		if r.code == 0 || !strings.Contains(r.stderr, "full") {
			t.Errorf("a backup with no room: %v", r)
		}
		if after := readFile(t, old); !bytes.Equal(before, after) {
			t.Error("the old backup changed when the new one had no room")
		}
		if left := partials(t, mnt); len(left) > 0 {
			t.Errorf("a failed backup left %v", left)
		}
	})
	t.Run("file_size_limit", func(t *testing.T) {
		prlimit, err := exec.LookPath("prlimit")
		if err != nil {
			t.Skip("prlimit is not installed; the tmpfs case covers a full disk")
		}
		book := sampleBook(t, t.TempDir(), 3)
		// Room for the 32 KB -shm file, not for the write-ahead log of a 90 KB note.
		limit := []string{prlimit, "--fsize=" + strconv.Itoa(40*1024)}
		fullDiskWrite(t, book, limit, "refused to read or write", nil)
	})
}

// fullDiskWrite tries a large write that cannot fit, checks what it said and that the book is
// untouched, makes room (or lifts the limit) and writes again.
func fullDiskWrite(t *testing.T, book string, prefix []string, want string, makeRoom func()) {
	t.Helper()
	before := readFile(t, book)
	args := []string{"--db", book, "log", "1", "--channel", "visit", "--note", "-"}
	r := runWithStdin(t, prefix, bigNote, args...)
	if r.code == 0 {
		t.Fatalf("a write with no room reported success: %v", r)
	}
	if !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "the book is as it was") {
		t.Errorf("the message does not say what happened: %q", r.stderr)
	}
	if after := readFile(t, book); !bytes.Equal(before, after) {
		t.Fatal("the book changed after a write with no room")
	}
	zh := runWithStdin(t, prefix, bigNote, append([]string{"--lang", "zh"}, args...)...)
	if zh.code == 0 || !strings.Contains(zh.stderr, "客户簿保持原样") {
		t.Errorf("in Chinese: %v", zh)
	}
	if r := gx(t, nil, "", "--db", book, "check"); r.code != 0 {
		t.Errorf("check after a full disk: %v", r)
	}
	if makeRoom != nil {
		makeRoom()
	}
	if r := runWithStdin(t, nil, bigNote, args...); r.code != 0 {
		t.Errorf("with room again the write fails: %v", r)
	}
	db := openBook(t, book)
	if n := count(t, db, "SELECT count(*) FROM interactions WHERE summary = ?", bigNote); n != 1 {
		t.Errorf("the note is in the book %d times, want once", n)
	}
}

func runWithStdin(t *testing.T, prefix []string, stdin string, args ...string) result {
	t.Helper()
	cmd := gxCommand(prefix, args...)
	cmd.Env = baseEnv(t.TempDir())
	cmd.Stdin = strings.NewReader(stdin)
	return runCmd(t, cmd)
}

// TestImportWithNoRoomWritesNothing imports thousands of rows, written many to a statement, under
// a file size limit the import outgrows halfway: it must fail, leave the book as it was, and import
// every row once there is room.
func TestImportWithNoRoomWritesNothing(t *testing.T) {
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("prlimit is not installed")
	}
	dir := t.TempDir()
	book := sampleBook(t, dir, 3)
	var csv strings.Builder
	csv.WriteString("姓名,公司,备注\n")
	const rows = 3000
	for i := 0; i < rows; i++ {
		csv.WriteString("没地方" + strconv.Itoa(i) + ",杭州云帆科技," + strings.Repeat("备注", 40) + "\n")
	}
	file := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(file, []byte(csv.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, book)
	limit := []string{prlimit, "--fsize=" + strconv.Itoa(512*1024)}
	r := runWithStdin(t, limit, "", "--db", book, "import", file)
	if r.code == 0 {
		t.Fatalf("an import with no room reported success: %v", r)
	}
	if !strings.Contains(r.stderr, "the book is as it was") {
		t.Errorf("the message does not say the book is as it was: %q", r.stderr)
	}
	if after := readFile(t, book); !bytes.Equal(before, after) {
		t.Fatal("the book changed after an import with no room")
	}
	if r := gx(t, nil, "", "--db", book, "check"); r.code != 0 {
		t.Errorf("check after the failed import: %v", r)
	}
	if r := runWithStdin(t, nil, "", "--db", book, "import", file); r.code != 0 {
		t.Fatalf("with room the import fails: %v", r)
	}
	db := openBook(t, book)
	if n := count(t, db, "SELECT count(*) FROM customers WHERE name LIKE '没地方%'"); n != rows {
		t.Errorf("%d of the %d rows imported", n, rows)
	}
}
