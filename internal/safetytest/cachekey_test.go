package safetytest

// The tests here build the guanxi binary themselves, which go test's cache cannot see: importing
// the command line makes a change anywhere in the program a change of this package's test, so a
// cached result never stands for a binary that no longer exists.
import _ "guanxi/cli"
