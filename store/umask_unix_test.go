//go:build unix

package store

import "syscall"

// setUmask sets the process's umask and returns the one before, so a test can show a file's mode
// does not depend on it.
func setUmask(mask int) int { return syscall.Umask(mask) }
