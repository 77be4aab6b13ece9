// Package scripttest readies the tests of the measuring scripts, which measure guanxi beside the
// sqlite3 shell: it skips a test where the shell is not installed and builds guanxi for it.
package scripttest

import (
	"os/exec"
	"testing"

	"guanxi/internal/gobuild"
)

// Guanxi skips the test when the sqlite3 shell is not installed, else builds guanxi into a new
// temporary folder of the test; it returns the folder and the program's path.
func Guanxi(t *testing.T) (dir, bin string) {
	t.Helper()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 shell is not installed (CI installs it)")
	}
	dir = t.TempDir()
	bin, err := gobuild.Guanxi(dir)
	if err != nil {
		t.Fatal(err)
	}
	return dir, bin
}
