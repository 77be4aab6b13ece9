//go:build unix

package benchbook

import (
	"syscall"
	"time"
)

// CPU returns the processor time this process has used, user and system. On a shared machine a
// benchmark's wall time grows with everyone else's load; its CPU time does not, so the benchmarks
// report both.
func CPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// MaxRSS returns the largest resident set size, in bytes, that a finished child process reached.
func MaxRSS(usage any) int64 {
	if ru, ok := usage.(*syscall.Rusage); ok {
		return ru.Maxrss * 1024 // Linux reports kilobytes
	}
	return 0
}
