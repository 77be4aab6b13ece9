package ui

import (
	"os"
	"runtime/debug"
)

// MemoryLimit is the soft limit of the program's Go heap while the TUI runs (see
// runtime/debug.SetMemoryLimit). Left alone, the collector lets the heap grow to twice what is live
// before it runs; near the limit it runs sooner instead, so a book of 100,000 customers, its search
// index and its checklist stay within the 150 MB bar of docs/PERFORMANCE.md.
const MemoryLimit = 112 << 20

// limitMemory applies MemoryLimit, unless the user chose a limit with GOMEMLIMIT.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
}
