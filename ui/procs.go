package ui

import (
	"os"
	"runtime"
)

// Procs is how many goroutines the TUI runs Go code on at once (runtime.GOMAXPROCS), at least,
// whatever the number of processors. At start the search index is read on five goroutines, beside
// the search of the book for what is typed meanwhile, the day's snapshot and the follow-up's reads,
// all of them busy in SQLite (Go code too); with one goroutine at a time per processor, the one
// that takes a key and draws the screen waited behind them for tens of milliseconds, and Go
// looks for input that arrived only when a processor is idle, or every 10 ms. With more of them
// than there are such readers, the key's goroutine never waits for a turn in Go: the kernel shares
// the processors between the threads, and runs the one that has just woken at once.
const Procs = 8

// raiseProcs applies Procs, unless the user chose a number with GOMAXPROCS.
func raiseProcs() {
	if os.Getenv("GOMAXPROCS") == "" && runtime.GOMAXPROCS(0) < Procs {
		runtime.GOMAXPROCS(Procs)
	}
}
