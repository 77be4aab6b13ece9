package store

import (
	"os"
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
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, "."+base+".new-") && !strings.HasPrefix(name, "."+base+".restore-") {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > abandonedAfter {
			os.Remove(filepath.Join(dir, name))
		}
	}
}
