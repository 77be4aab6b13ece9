package cli

import "testing"

// BenchmarkShow runs `guanxi show 1` in-process, from the command line to the last byte written,
// and `guanxi --version`, which builds no command and opens no book: what an invocation costs
// once the process has started (docs/PERFORMANCE.md, ninth round, for what starting costs).
func BenchmarkShow(b *testing.B) {
	for _, n := range benchSizes() {
		for _, run := range []struct {
			name string
			args []string
		}{{"show", []string{"show", "1"}}, {"version", []string{"--version"}}} {
			b.Run(sizeName(n)+"/"+run.name, func(b *testing.B) {
				benchMain(b, n, run.args...)
			})
		}
	}
}
