package ui

import (
	"os"
	"runtime/debug"
)

// MemoryLimit is the soft limit of the program's Go heap while the TUI runs (see
// runtime/debug.SetMemoryLimit). Left alone, the collector lets the heap grow to twice what is live
// before it runs; near the limit it runs sooner instead, so a book of 100,000 customers, its search
// index and its checklist stay within the 150 MB bar of docs/PERFORMANCE.md. Beside the heap
// the process holds the program's own pages and SQLite's caches, about 40 MB at 100,000 customers;
// the heap's live data there is 40-70 MB (the search index about 43 MB, the follow-up's whole
// order once it is read), so a limit of 96 MB leaves the collector room without running all the
// time.
const MemoryLimit = 96 << 20

// limitMemory applies MemoryLimit, unless the user chose a limit with GOMEMLIMIT.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
}
