package cli

import "testing"

// BenchmarkList runs `guanxi list` of the whole book in-process, from the command line to the last
// byte written, as a table and as JSON.
func BenchmarkList(b *testing.B) {
	for _, n := range benchSizes() {
		for _, format := range []string{"table", "json"} {
			b.Run(sizeName(n)+"/"+format, func(b *testing.B) {
				args := []string{"list"}
				if format == "json" {
					args = append(args, "--json")
				}
				benchMain(b, n, args...)
			})
		}
	}
}
