//go:build !unix

package benchbook

// lock does nothing where flock is missing: two benchmarks run at once may both build the book, and
// the second rename wins with an identical file.
func lock(string) (unlock func(), err error) { return func() {}, nil }
