package safetytest

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"guanxi/internal/gobuild"
)

// gxBin is the guanxi binary built for these tests, once per run.
var gxBin string

// raceBuild is set when the tests run under the race detector.
var raceBuild bool

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "guanxi-safety-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Tests that run the binary as another user need to reach it.
	os.Chmod(dir, 0o755)
	gxBin = filepath.Join(dir, "guanxi")
	var flags []string
	if raceBuild {
		flags = append(flags, "-race")
	}
	build := func() error { return gobuild.Build(gxBin, ".", flags...) }
	if prebuilt := os.Getenv("GUANXI_TEST_BINARY"); prebuilt != "" {
		// A binary built beforehand, e.g. with -race, is copied in and tested instead.
		cp := exec.Command("cp", prebuilt, gxBin)
		cp.Stderr = os.Stderr
		build = cp.Run
	}
	if err := build(); err != nil {
		fmt.Fprintln(os.Stderr, "build guanxi:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary printed and how it ended.
type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
}

// baseEnv is a clean environment: English unless a test says otherwise, no colour, no default
// book of the machine's user.
func baseEnv(home string) []string {
	return []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"LANG=en_US.UTF-8", "NO_COLOR=1", "TERM=dumb"}
}

// gx runs the binary with args, the environment env (nil: baseEnv in a temporary home) and stdin.
func gx(t *testing.T, env []string, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(gxBin, args...)
	if env == nil {
		env = baseEnv(t.TempDir())
	}
	cmd.Env = env
	cmd.Stdin = strings.NewReader(stdin)
	return runCmd(t, cmd)
}

// gxCommand is the command that runs the binary with args, after prefix (a wrapper such as
// prlimit, with its arguments) when one is given.
func gxCommand(prefix []string, args ...string) *exec.Cmd {
	if len(prefix) == 0 {
		return exec.Command(gxBin, args...)
	}
	return exec.Command(prefix[0], append(append(append([]string{}, prefix[1:]...), gxBin), args...)...)
}

// runCmd runs a command made ready by the caller and returns its exit code and what it printed; a
// command that could not be run at all fails the test.
func runCmd(t *testing.T, cmd *exec.Cmd) result {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", cmd.Args, err)
	}
	return result{code, out.String(), errb.String()}
}

// mustGx runs the binary and fails the test unless it exits 0.
func mustGx(t *testing.T, args ...string) string {
	t.Helper()
	r := gx(t, nil, "", args...)
	if r.code != 0 {
		t.Fatalf("guanxi %s: %v", strings.Join(args, " "), r)
	}
	return r.stdout
}

// openBook opens a book file for reading it back, with the pragmas the program uses, so a book
// left by a killed process is recovered from its WAL as guanxi would.
func openBook(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// integrity runs SQLite's full integrity check.
func integrity(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query("PRAGMA integrity_check")
	if err != nil {
		return err.Error()
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var l string
		rows.Scan(&l)
		lines = append(lines, l)
	}
	return strings.Join(lines, "; ")
}

func count(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}
