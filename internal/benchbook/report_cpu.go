package benchbook

import (
	"testing"
	"time"
)

// ReportCPU reports as cpu-ms/op the processor time used since start, a reading of CPU taken
// before the benchmark's loop, shared out over the b.N operations the loop ran; it returns that
// time per operation for a benchmark that compares it with another. Processor time is the figure
// to read on a shared machine, where wall time grows with everyone else's load.
func ReportCPU(b *testing.B, start time.Duration) time.Duration {
	return ReportCPUSpent(b, CPU()-start)
}

// ReportCPUSpent is ReportCPU for a benchmark that adds up the processor time of only part of
// each operation (readings of CPU around it, the rest of the loop left out): spent, the sum, is
// shared out over the b.N operations.
func ReportCPUSpent(b *testing.B, spent time.Duration) time.Duration {
	perOp := spent / time.Duration(b.N)
	b.ReportMetric(float64(perOp.Nanoseconds())/1e6, "cpu-ms/op")
	return perOp
}
