package cli

import "testing"

// BenchmarkList runs `guanxi list` of the whole book in-process, from the command line to the last
// byte written, as a table and as JSON. The program runs under a heap limit of 80 MiB, which the
// benchmark does not set: run it with GOMEMLIMIT=80MiB to see the collector's share as the program
// pays it, as in
//
//	GOMEMLIMIT=80MiB go test -run '^$' -bench 'List$/100k/table' -benchtime 3x -cpuprofile cpu.prof ./cli/
func BenchmarkList(b *testing.B) {
	benchTableAndJSON(b, "list")
}
