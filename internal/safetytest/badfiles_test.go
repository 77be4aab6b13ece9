package safetytest

import (
	"bytes"
	"crypto/md5"
	"database/sql"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"guanxi/internal/foldertest"
)

// sampleBook writes a closed, generated book of n customers with their records, and returns its
// path.
func sampleBook(t *testing.T, dir string, n int) string {
	t.Helper()
	path := filepath.Join(dir, "guanxi.db")
	mustGx(t, "--db", path, "demo", "--size", strconv.Itoa(n))
	return path
}

// badCase is one bad file and what every command must say about it.
type badCase struct {
	name   string
	make   func(t *testing.T, dir string) string // returns the book's path
	want   string                                // in the message, in English
	wantZh string
	env    func(t *testing.T, dir string) (prefix []string, cred *syscall.Credential)
}

// TestBadFilesAreRefusedUntouched points every command that opens a book at every kind of bad
// file: each must print a clear message, exit non-zero, and leave the file and any -wal and -shm
// beside it byte for byte as they were, with nothing new beside them.
func TestBadFilesAreRefusedUntouched(t *testing.T) {
	const notBook, notBookZh = "is not a guanxi book", "不是 guanxi 客户簿"
	const damaged, damagedZh = "damaged", "损坏"
	const newer, newerZh = "newer version", "较新版本"
	truncated := func(cut func(b []byte, page int) int) func(t *testing.T, dir string) string {
		return func(t *testing.T, dir string) string {
			b := readFile(t, sampleBook(t, t.TempDir(), 30))
			page := int(b[16])<<8 | int(b[17]) // the header's page size, big-endian
			return writeFile(t, dir, b[:cut(b, page)])
		}
	}
	cases := []badCase{
		{name: "empty file", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string { return writeFile(t, dir, nil) }},
		{name: "text file", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string {
				return writeFile(t, dir, []byte("客户名单\n张三 13800138000\n"))
			}},
		{name: "JPEG", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string {
				jpeg := append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00}, bytes.Repeat([]byte{0x5A}, 5000)...)
				return writeFile(t, dir, append(jpeg, 0xFF, 0xD9))
			}},
		{name: "another program's database", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string { return otherDatabase(t, dir, "DELETE", false) }},
		{name: "another program's database in WAL mode", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string { return otherDatabase(t, dir, "WAL", false) }},
		{name: "another program's database with its WAL", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string { return otherDatabase(t, dir, "WAL", true) }},
		{name: "truncated in the header", want: notBook, wantZh: notBookZh,
			make: truncated(func(b []byte, page int) int { return 50 })},
		{name: "truncated after the header", want: damaged, wantZh: damagedZh,
			make: truncated(func(b []byte, page int) int { return 100 })},
		{name: "truncated inside the first page", want: damaged, wantZh: damagedZh,
			make: truncated(func(b []byte, page int) int { return 4096 })},
		{name: "truncated book", want: damaged, wantZh: damagedZh,
			make: truncated(func(b []byte, page int) int { return len(b)/2 + 100 })},
		{name: "truncated at a page", want: damaged, wantZh: damagedZh,
			make: truncated(func(b []byte, page int) int { return len(b) - 2*page })},
		{name: "truncated by a byte", want: damaged, wantZh: damagedZh,
			make: truncated(func(b []byte, page int) int { return len(b) - 1 })},
		{name: "damaged page", want: damaged, wantZh: damagedZh,
			make: func(t *testing.T, dir string) string {
				good := sampleBook(t, t.TempDir(), 30)
				// Garbage over the first page of the logged contacts, a page in use.
				db := openBook(t, good)
				var root, size int
				if err := db.QueryRow("SELECT rootpage FROM sqlite_schema WHERE name = 'interactions'").Scan(&root); err != nil {
					t.Fatal(err)
				}
				db.QueryRow("PRAGMA page_size").Scan(&size)
				db.Close()
				b := readFile(t, good)
				for i := (root - 1) * size; i < root*size; i++ {
					b[i] = 0xA5
				}
				return writeFile(t, dir, b)
			}},
		{name: "damaged header", want: damaged, wantZh: damagedZh,
			make: func(t *testing.T, dir string) string {
				b := readFile(t, sampleBook(t, t.TempDir(), 30))
				b[16], b[17] = 0x03, 0x00 // a page size of 768 bytes, which SQLite never writes
				return writeFile(t, dir, b)
			}},
		{name: "newer book", want: newer, wantZh: newerZh,
			make: func(t *testing.T, dir string) string { return newerBook(t, dir, "WAL", false) }},
		{name: "newer book in rollback mode", want: newer, wantZh: newerZh,
			make: func(t *testing.T, dir string) string { return newerBook(t, dir, "DELETE", false) }},
		{name: "newer book with its WAL", want: newer, wantZh: newerZh,
			make: func(t *testing.T, dir string) string { return newerBook(t, dir, "WAL", true) }},
		{name: "stale WAL of another database", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string {
				other := otherDatabase(t, t.TempDir(), "WAL", true)
				path := sampleBookIn(t, dir)
				if err := os.WriteFile(path+"-wal", readFile(t, other+"-wal"), 0o600); err != nil {
					t.Fatal(err)
				}
				return path
			}},
		{name: "folder", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string {
				path := filepath.Join(dir, "guanxi.db")
				if err := os.Mkdir(path, 0o700); err != nil {
					t.Fatal(err)
				}
				return path
			}},
		{name: "FIFO", want: notBook, wantZh: notBookZh,
			make: func(t *testing.T, dir string) string {
				path := filepath.Join(dir, "guanxi.db")
				if err := syscall.Mkfifo(path, 0o600); err != nil {
					t.Skip(err)
				}
				return path
			}},
		{name: "read-only file", want: "read-only", wantZh: "只读",
			make: func(t *testing.T, dir string) string {
				path := sampleBookIn(t, dir)
				if err := os.Chmod(path, 0o400); err != nil {
					t.Fatal(err)
				}
				return path
			}, env: asOrdinaryUser},
		{name: "read-only folder", want: "read-only", wantZh: "只读",
			make: func(t *testing.T, dir string) string {
				path := sampleBookIn(t, dir)
				t.Cleanup(func() { os.Chmod(dir, 0o700) })
				if err := os.Chmod(dir, 0o500); err != nil {
					t.Fatal(err)
				}
				return path
			}, env: asOrdinaryUser},
	}
	for _, bc := range cases {
		t.Run(strings.ReplaceAll(bc.name, " ", "_"), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "books")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			outside := filepath.Dir(dir)
			csv := filepath.Join(outside, "import.csv")
			if err := os.WriteFile(csv, []byte("姓名,公司\n导入客户一,北京华信贸易\n导入客户二,杭州云帆科技\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			// Every command that opens the book, reading or writing.
			commands := [][]string{
				{"list"}, {"today"}, {"show", "1"}, {"log", "1", "--channel", "call", "--note", "x"},
				{"add", "--name", "新客户"}, {"import", csv}, {"import", "--dry-run", csv}, {"check"}, {"delete", "1"},
				{"trash"}, {"restore", "1"}, {"edit", "1", "--name", "改名"}, {"deal", "1", "--amount", "5000"},
				{"remind", "1", "--on", "tomorrow"}, {"complain", "1", "--what", "x"}, {"pay", "1", "--amount", "100"},
				{"tag", "1", "--type", "hesitant"}, {"report"}, {"segment", "list"}, {"classes"}, {"duplicates"},
				{"merge", "1", "2"}, {"backup", filepath.Join(outside, "backup.db")},
				{"export", "--format", "json", "--out", filepath.Join(outside, "out.json")},
				{"--lang", "zh", "log", "1", "--channel", "call", "--note", "x"},
			}
			var prefix []string
			var cred *syscall.Credential
			if bc.env != nil {
				prefix, cred = bc.env(t, dir)
			}
			path := bc.make(t, dir)
			chownTree(dir, cred)
			before := contents(t, path)
			beside := foldertest.Listing(t, dir)
			for _, args := range commands {
				r := runAs(t, cred, prefix, append([]string{"--db", path}, args...)...)
				what := strings.Join(args, " ")
				reads := map[string]bool{"list": true, "today": true, "show": true, "trash": true, "report": true,
					"segment": true, "classes": true, "duplicates": true, "backup": true, "export": true,
					"restore": true}[args[0]] || len(args) > 1 && args[1] == "--dry-run"
				if bc.name == "damaged page" && reads && (r.code == 0 || !strings.Contains(r.stderr, "guanxi: the book")) {
					continue // a read that never touches the damaged page may show what it can, or fail as it would
				}
				if r.code == 0 {
					t.Errorf("%s: exit 0 on a %s: %v", what, bc.name, r)
					continue
				}
				want := bc.want
				if args[0] == "--lang" {
					want = bc.wantZh
				}
				if args[0] == "check" && bc.want == damaged {
					want = "problem" // check lists the damage and says the book has problems
					if !strings.Contains(r.stdout, "damage") && !strings.Contains(r.stdout, "integrity") {
						t.Errorf("check of a %s does not name the damage: %v", bc.name, r)
					}
				}
				if !strings.Contains(r.stderr, want) {
					t.Errorf("%s on a %s: the message does not say %q: %v", what, bc.name, want, r)
				}
				if strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 && args[0] != "check" {
					t.Errorf("%s: the message is not one line: %q", what, r.stderr)
				}
				if after := contents(t, path); after != before {
					t.Fatalf("%s changed the %s: before %s, after %s", what, bc.name, before, after)
				}
				if got := foldertest.Listing(t, dir); got != beside {
					t.Errorf("%s left files beside the %s:\n before %s\n  after %s", what, bc.name, beside, got)
				}
			}
		})
	}
}

// contents sums the file and the -wal and -shm beside it, each by md5, to tell whether any changed.
func contents(t *testing.T, path string) string {
	t.Helper()
	var parts []string
	for _, suffix := range []string{"", "-wal", "-shm"} {
		info, err := os.Stat(path + suffix)
		switch {
		case os.IsNotExist(err):
			parts = append(parts, suffix+":none")
		case err != nil:
			t.Fatal(err)
		case !info.Mode().IsRegular():
			parts = append(parts, suffix+":"+info.Mode().String())
		default:
			parts = append(parts, fmt.Sprintf("%s:%x", suffix, md5.Sum(readFile(t, path+suffix))))
		}
	}
	return strings.Join(parts, " ")
}

// otherDatabase writes another program's database (16 KiB pages, like a book's) in the journal
// mode given; withWAL leaves committed changes in its write-ahead log, not yet in the file.
func otherDatabase(t *testing.T, dir, mode string, withWAL bool) string {
	t.Helper()
	path := filepath.Join(dir, "guanxi.db")
	db := openBook(t, path)
	for _, q := range []string{"PRAGMA page_size = 16384", "PRAGMA journal_mode = " + mode,
		"CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('x')"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if withWAL {
		return keepWAL(t, db, path, dir, "INSERT INTO notes VALUES ('y')")
	}
	db.Close()
	return path
}

// newerBook writes a book of a newer schema than this guanxi knows, in the journal mode given;
// withWAL leaves the newer schema in its write-ahead log, the file's own header still the old one.
func newerBook(t *testing.T, dir, mode string, withWAL bool) string {
	t.Helper()
	path := filepath.Join(dir, "guanxi.db")
	if err := os.WriteFile(path, readFile(t, sampleBook(t, t.TempDir(), 10)), 0o600); err != nil {
		t.Fatal(err)
	}
	db := openBook(t, path)
	if _, err := db.Exec("PRAGMA journal_mode = " + mode); err != nil {
		t.Fatal(err)
	}
	if withWAL {
		return keepWAL(t, db, path, dir, "PRAGMA user_version = 999")
	}
	if _, err := db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}

// keepWAL runs q with checkpoints off and copies the file and its write-ahead log as they are then,
// as a process killed at that moment leaves them; the copy takes the place of path.
func keepWAL(t *testing.T, db *sql.DB, path, dir, q string) string {
	t.Helper()
	for _, q := range []string{"PRAGMA wal_autocheckpoint = 0", q} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	main, wal := readFile(t, path), readFile(t, path+"-wal")
	db.Close()
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	if len(wal) == 0 {
		t.Fatal("the write-ahead log is empty")
	}
	if err := os.WriteFile(path, main, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+"-wal", wal, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func writeFile(t *testing.T, dir string, b []byte) string {
	t.Helper()
	path := filepath.Join(dir, "guanxi.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sampleBookIn writes a small book into dir.
func sampleBookIn(t *testing.T, dir string) string {
	t.Helper()
	b := readFile(t, sampleBook(t, t.TempDir(), 3))
	return writeFile(t, dir, b)
}

// asOrdinaryUser makes the permission cases mean something when the tests run as root, who may
// write anything: the binary then runs as the user nobody, and the folder becomes nobody's. Run
// as anyone else, the binary runs as that user and nothing changes.
func asOrdinaryUser(t *testing.T, dir string) ([]string, *syscall.Credential) {
	t.Helper()
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("running as root, and there is no user nobody to run the binary as: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	// nobody must reach the folder: open the way down to it, and give it the folder.
	for d := dir; d != "/" && d != "."; d = filepath.Dir(d) {
		if info, err := os.Stat(d); err == nil && info.Mode().Perm()&0o001 == 0 {
			os.Chmod(d, info.Mode().Perm()|0o001)
		}
	}
	if err := os.Chown(dir, uid, gid); err != nil {
		t.Skipf("running as root, and cannot give the folder to nobody: %v", err)
	}
	t.Cleanup(func() {
		filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error { os.Lchown(p, 0, 0); return nil })
	})
	return nil, &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
}

// runAs runs the binary, as another user when cred is set, after prefix (a wrapper such as
// prlimit) when given.
func runAs(t *testing.T, cred *syscall.Credential, prefix []string, args ...string) result {
	t.Helper()
	cmd := gxCommand(prefix, args...)
	home := t.TempDir()
	os.Chmod(home, 0o777)
	cmd.Env = baseEnv(home)
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	return runCmd(t, cmd)
}

// chownTree gives a folder and what is in it to a user, for the files the book makes there.
func chownTree(dir string, cred *syscall.Credential) {
	if cred == nil {
		return
	}
	filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error {
		os.Lchown(p, int(cred.Uid), int(cred.Gid))
		return nil
	})
}
