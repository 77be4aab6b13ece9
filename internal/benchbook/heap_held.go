package benchbook

import "runtime"

// HeapHeld runs build and returns, in bytes, what the Go heap holds more after it than before it,
// each read after a collection: the memory what build made and returned still holds. alloc is what
// build allocated on the way, garbage included. What build returns is kept alive until the heap
// is read.
func HeapHeld(build func() any) (held, alloc float64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	kept := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(kept)
	return float64(after.HeapAlloc) - float64(before.HeapAlloc), float64(after.TotalAlloc - before.TotalAlloc)
}
