package safetytest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// sampleBook writes a closed, generated book of n customers with their records, and returns its
// path.
func sampleBook(t *testing.T, dir string, n int) string {
	t.Helper()
	path := filepath.Join(dir, "guanxi.db")
	mustGx(t, "--db", path, "demo", "--size", strconv.Itoa(n))
	return path
}

// listing names the files of a folder with their sizes and modes.
func listing(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s:%d:%v", e.Name(), info.Size(), info.Mode()))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// badCase is one bad file and what every command must say about it.
type badCase struct {
	name   string
	make   func(t *testing.T, dir string) string // returns the book's path
	want   string                                // in the message, in English
	wantZh string
	env    func(t *testing.T, dir string) (prefix []string, cred *syscall.Credential)
}

// TestBadFilesAreRefusedUntouched points every kind of command at bad files: each must print a
// clear message, exit non-zero, and leave the file byte for byte as it was, with nothing new
// beside it.
func TestBadFilesAreRefusedUntouched(t *testing.T) {
	cases := []badCase{
		{name: "empty file", want: "is not a guanxi book", wantZh: "不是 guanxi 客户簿",
			make: func(t *testing.T, dir string) string { return writeFile(t, dir, nil) }},
		{name: "text file", want: "is not a guanxi book", wantZh: "不是 guanxi 客户簿",
			make: func(t *testing.T, dir string) string {
				return writeFile(t, dir, []byte("客户名单\n张三 13800138000\n"))
			}},
		{name: "another program's database", want: "is not a guanxi book", wantZh: "不是 guanxi 客户簿",
			make: func(t *testing.T, dir string) string {
				path := filepath.Join(dir, "other.db")
				db := openBook(t, path)
				if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')"); err != nil {
					t.Fatal(err)
				}
				db.Close()
				return path
			}},
		{name: "truncated book", want: "is not a guanxi book", wantZh: "不是 guanxi 客户簿",
			make: func(t *testing.T, dir string) string {
				b := readFile(t, sampleBook(t, t.TempDir(), 30))
				return writeFile(t, dir, b[:len(b)/2+100])
			}},
		{name: "truncated at a page", want: "is not a guanxi book", wantZh: "不是 guanxi 客户簿",
			make: func(t *testing.T, dir string) string {
				b := readFile(t, sampleBook(t, t.TempDir(), 30))
				pageSize := int(b[16])<<8 | int(b[17]) // the header's page size, big-endian
				return writeFile(t, dir, b[:len(b)-2*pageSize])
			}},
		{name: "damaged page", want: "damaged", wantZh: "损坏",
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
			csv := filepath.Join(filepath.Dir(dir), "import.csv")
			if err := os.WriteFile(csv, []byte("姓名,公司\n导入客户一,北京华信贸易\n导入客户二,杭州云帆科技\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			commands := [][]string{
				{"list"}, {"today"}, {"show", "1"}, {"log", "1", "--channel", "call", "--note", "x"},
				{"add", "--name", "新客户"}, {"import", csv}, {"check"}, {"delete", "1"}, {"trash"},
				{"--lang", "zh", "log", "1", "--channel", "call", "--note", "x"},
			}
			var prefix []string
			var cred *syscall.Credential
			if bc.env != nil {
				prefix, cred = bc.env(t, dir)
			}
			path := bc.make(t, dir)
			chownTree(dir, cred)
			before := readFile(t, path)
			beside := listing(t, dir)
			for _, args := range commands {
				r := runAs(t, cred, prefix, append([]string{"--db", path}, args...)...)
				what := strings.Join(args, " ")
				writes := args[0] == "log" || args[0] == "add" || args[0] == "delete" || args[0] == "import" || len(args) > 2 && args[2] == "log"
				if bc.name == "damaged page" && !writes && r.code == 0 && args[0] != "check" {
					continue // a read that never touches the damaged page may show what it can
				}
				if r.code == 0 {
					t.Errorf("%s: exit 0 on a %s: %v", what, bc.name, r)
					continue
				}
				want := bc.want
				if args[0] == "--lang" {
					want = bc.wantZh
				}
				if args[0] == "check" && bc.name == "damaged page" {
					want = "problem" // check lists the damage and says the book has problems
				}
				if !strings.Contains(r.stderr, want) {
					t.Errorf("%s on a %s: the message does not say %q: %v", what, bc.name, want, r)
				}
				if strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 && args[0] != "check" {
					t.Errorf("%s: the message is not one line: %q", what, r.stderr)
				}
				if after := readFile(t, path); !bytes.Equal(before, after) {
					t.Fatalf("%s changed the %s", what, bc.name)
				}
				if got := listing(t, dir); got != beside {
					t.Errorf("%s left files beside the %s:\n before %s\n  after %s", what, bc.name, beside, got)
				}
			}
		})
	}
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
	name, all := gxBin, args
	if len(prefix) > 0 {
		name, all = prefix[0], append(append(prefix[1:], gxBin), args...)
	}
	cmd := exec.Command(name, all...)
	home := t.TempDir()
	os.Chmod(home, 0o777)
	cmd.Env = baseEnv(home)
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %s: %v", name, err)
	}
	return result{code, out.String(), errb.String()}
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
