//go:build unix

package atomicfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// lock marks a temporary file as being written, for as long as this process keeps it open. The
// lock is flock's, which SQLite's own locks (fcntl's) neither see nor disturb.
func lock(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) }

// abandoned tells whether no process is writing a temporary file: its lock can be taken.
func abandoned(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		return false
	}
	unix.Flock(int(f.Fd()), unix.LOCK_UN)
	return true
}

// holdFolder takes the folder's lock, shared or exclusive, waiting for it, until release is called.
// A folder that cannot be opened for reading (one writable but not listable) or locked (some
// network file systems) is used without the lock, as before there was one; what is done in it next
// says any real trouble with the folder.
func holdFolder(dir string, exclusive bool) (release func()) {
	d, err := os.Open(dir)
	if err != nil {
		return func() {}
	}
	how := unix.LOCK_SH
	if exclusive {
		how = unix.LOCK_EX
	}
	for unix.Flock(int(d.Fd()), how) == unix.EINTR {
	}
	return func() { d.Close() }
}
