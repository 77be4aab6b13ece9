package cli

import (
	"testing"

	"guanxi/internal/benchbook"
)

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
				path := benchbook.Path(b, n)
				out := devNull(b)
				env := func(string) string { return "" }
				args := append([]string{"--db", path, "--lang", "zh"}, run.args...)
				c0 := benchbook.CPU()
				for b.Loop() {
					c := newCLI(env, nil, out, out, benchbook.Now)
					if code := c.main(args); code != 0 {
						b.Fatalf("exit %d", code)
					}
				}
				// Processor time, steadier than wall time on a shared machine.
				b.ReportMetric(float64((benchbook.CPU()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			})
		}
	}
}
