//go:build !unix

package atomicfile

import (
	"os"
	"time"
)

func lock(*os.File) error { return nil }

// abandonedAfter is how long a temporary file may go unwritten before, with no lock to ask, it is
// taken for a leftover: a file being written is touched every moment.
const abandonedAfter = 30 * time.Minute

func abandoned(path string) bool {
	info, err := os.Stat(path)
	return err == nil && time.Since(info.ModTime()) > abandonedAfter
}

// holdFolder has nothing to take: abandoned asks the file's age instead of a lock, and a file just
// made is young.
func holdFolder(string, bool) func() { return func() {} }
