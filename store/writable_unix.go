//go:build unix

package store

import "syscall"

// canWrite asks the system whether this user may write path, without opening it: closing any
// descriptor of a book would drop the locks SQLite holds on it elsewhere in this process.
func canWrite(path string) error {
	const wOK = 2
	return syscall.Access(path, wOK)
}
