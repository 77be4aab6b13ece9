//go:build unix

package store

import (
	"fmt"
	"os"
	"syscall"
)

// checkPrivateDir refuses a folder of the book's copies that another user could change: one
// writable by others, or owned by another user. A copy planted there would be restored as the book.
func checkPrivateDir(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if st, ok := info.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Geteuid() {
		return fmt.Errorf("the snapshot folder %s belongs to another user: %w", dir, ErrUnsafeFolder)
	}
	if info.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("the snapshot folder %s can be written by others (%v): %w", dir, info.Mode().Perm(), ErrUnsafeFolder)
	}
	return nil
}
