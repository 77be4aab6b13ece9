package store

import (
	"errors"
	"os"
)

// ErrUnsafeFolder is returned for a snapshot folder another user could write to: it is not used,
// neither to keep copies in nor to restore from, until it is the user's alone (chmod 700).
var ErrUnsafeFolder = errors.New("the folder is not the user's alone")

// tightenBook makes an existing book, and the -wal and -shm beside it, readable by its owner alone
// when others could read it (made by hand, or copied in under another umask), and returns the mode
// it had; zero when nothing was changed. A book holds private business data.
func tightenBook(path string, info os.FileInfo) os.FileMode {
	mode := info.Mode().Perm()
	if mode&0o077 == 0 {
		return 0
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return 0 // not the owner: the user is told nothing was changed by the read-only check, if at all
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Lstat(path + suffix); err == nil {
			os.Chmod(path+suffix, 0o600)
		}
	}
	return mode
}
