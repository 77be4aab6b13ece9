//go:build !unix

package store

// setUmask has nothing to set where the system has no umask.
func setUmask(mask int) int { return 0 }
