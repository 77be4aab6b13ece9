//go:build unix

package replica

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// lockReplication takes this machine's lock on replicating the book, without waiting: one process
// (the TUI, say) ships every commit of the book, those of a CLI run beside it included, because
// Litestream reads the whole write-ahead log. ok is false when another process holds it.
func lockReplication(book string) (unlock func(), ok bool, err error) {
	if err := os.MkdirAll(filepath.Dir(book), 0o700); err != nil {
		return nil, false, err
	}
	f, err := os.OpenFile(lockPath(book), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if err == unix.EWOULDBLOCK {
			return nil, false, nil
		}
		return nil, false, err
	}
	return func() { f.Close() }, true, nil
}

// processAlive tells whether a process of this machine still runs.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := unix.Kill(pid, 0)
	return err == nil || err == unix.EPERM
}
