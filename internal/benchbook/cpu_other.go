//go:build !unix

package benchbook

import "time"

// CPU returns 0 where getrusage is missing: the benchmarks then report wall time only.
func CPU() time.Duration { return 0 }

// MaxRSS returns 0 where the child's peak memory is not reported.
func MaxRSS(any) int64 { return 0 }
