package store

import (
	"path/filepath"
	"strings"
	"time"

	"guanxi/internal/atomicfile"
)

// cleanLeftovers removes what runs killed while writing a file of this book left in its folder: the
// temporary files of a new book, a restore, a copy before an upgrade, a snapshot (atomicfile.Clean knows the
// ones no process is writing), and the temporary files of earlier versions, which carried no lock
// and are taken for leftovers once untouched for a while.
func cleanLeftovers(book string, now time.Time) {
	dir, base := filepath.Split(book)
	if dir == "" {
		dir = "."
	}
	atomicfile.Clean(dir, base)
	atomicfile.Clean(SnapshotDir(book), "")
	removeAbandoned(dir, now, func(name string) bool {
		return strings.HasPrefix(name, "."+base+".new-") || strings.HasPrefix(name, "."+base+".restore-")
	})
}
