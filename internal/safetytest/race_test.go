//go:build race

package safetytest

// Under the race detector the binary is built with it too, so the runs of the real program
// report their own data races.
func init() { raceBuild = true }
