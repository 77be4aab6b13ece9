// Command benchcli measures guanxi's command line from outside, as a user runs it, beside the same
// reads and writes run bare in the sqlite3 shell on the same book, in one run: for each book size
// it runs guanxi and its bare counterpart one after the other, runs times, and prints for each row
// the medians and the spread (min–max) of the wall time and of the peak resident memory, and the
// ratio of the medians. The books are generated with `guanxi demo` (timed: the demo row) and kept
// in -dir for later runs.
//
//	go run ./scripts/benchcli -sizes 1000,10000,100000 -runs 5
//
// The machine may be shared: alternating the two sides in one run is what makes the ratio fair.
// The peak memory is the largest resident set of each process as the system counts it, which
// starts from this program's own (a few MB), since a process is started as a copy of it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"guanxi/internal/gobuild"
	"guanxi/internal/runcost"
)

func main() {
	sizes := flag.String("sizes", "1000,10000,100000", "book sizes, in customers, comma-separated")
	runs := flag.Int("runs", 5, "runs of each side of each row")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "guanxi-benchcli"), "folder of the generated books, kept for later runs")
	bin := flag.String("guanxi", "", "the guanxi program to measure (default: built from this module)")
	only := flag.String("rows", "", "measure only the rows whose name holds this text")
	flag.Parse()
	var ns []int
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fail(fmt.Errorf("-sizes: %q is not a number of customers", f))
		}
		ns = append(ns, n)
	}
	if err := os.MkdirAll(*dir, 0o700); err != nil {
		fail(err)
	}
	if *bin == "" {
		built, err := gobuild.Guanxi(*dir)
		if err != nil {
			fail(err)
		}
		*bin = built
	}
	b := &bench{guanxi: *bin, dir: *dir, runs: *runs, only: *only, out: os.Stdout}
	if err := b.all(ns); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchcli:", err)
	os.Exit(1)
}

// bench is one run of the measurements.
type bench struct {
	guanxi string
	dir    string
	runs   int
	only   string
	out    io.Writer
	// results are the rows measured, by size, for the summary of ratios.
	results map[int][]result
}

// result is one row measured at one size.
type result struct {
	row              string
	guanxi, bare     []sample
	guanxiErr, noBar bool
}

// sample is one process measured.
type sample struct {
	wall time.Duration
	cpu  time.Duration // processor time, user and system: steadier than wall time on a busy machine
	rss  int64         // peak resident set, in KiB
}

// all measures every row at every size, prints a table per size, then how the ratios grow.
func (b *bench) all(sizes []int) error {
	b.results = map[int][]result{}
	for _, n := range sizes {
		bk, err := b.book(n)
		if err != nil {
			return err
		}
		fmt.Fprintf(b.out, "\n### %d customers (%d runs of each side, alternating)\n\n", n, b.runs)
		fmt.Fprintln(b.out, "| what | guanxi (median, min–max) | bare sqlite3 (median, min–max) | ratio | processor time: guanxi / bare (ratio) | guanxi peak memory | bare peak memory |")
		fmt.Fprintln(b.out, "|---|---|---|---|---|---|---|")
		b.printRow(n, bk.demo)
		for _, r := range rows(bk) {
			if b.only != "" && !strings.Contains(r.name, b.only) {
				continue
			}
			res, err := b.measure(r)
			if err != nil {
				return fmt.Errorf("%d customers, %s: %w", n, r.name, err)
			}
			b.printRow(n, res)
		}
	}
	if len(sizes) > 1 {
		b.printGrowth(sizes)
	}
	return nil
}

func (b *bench) printRow(n int, r result) {
	b.results[n] = append(b.results[n], r)
	g, bare := summary(r.guanxi), summary(r.bare)
	ratio, bareText, bareMem, cpu := "", "—", "—", ms(g.cpu)+" ms"
	if len(r.bare) > 0 {
		bareText = bare.timeText()
		bareMem = bare.memText()
		ratio = fmt.Sprintf("%.2f×", float64(g.wall)/float64(max(bare.wall, time.Microsecond)))
		cpu = fmt.Sprintf("%s / %s ms (%.2f×)", ms(g.cpu), ms(bare.cpu), float64(g.cpu)/float64(max(bare.cpu, time.Millisecond)))
	}
	fmt.Fprintf(b.out, "| %s | %s | %s | %s | %s | %s | %s |\n", r.row, g.timeText(), bareText, ratio, cpu, g.memText(), bareMem)
}

// printGrowth prints the ratio of each row at each size, to show how it grows with the book.
func (b *bench) printGrowth(sizes []int) {
	fmt.Fprintf(b.out, "\n### how the ratio to bare SQLite grows with the book\n\n| what |")
	for _, n := range sizes {
		fmt.Fprintf(b.out, " %d |", n)
	}
	fmt.Fprint(b.out, "\n|---|")
	for range sizes {
		fmt.Fprint(b.out, "---|")
	}
	fmt.Fprintln(b.out)
	for i, r := range b.results[sizes[0]] {
		fmt.Fprintf(b.out, "| %s |", r.row)
		for _, n := range sizes {
			rs := b.results[n]
			if i >= len(rs) || len(rs[i].bare) == 0 {
				fmt.Fprintf(b.out, " %s |", summary(rs[min(i, len(rs)-1)].guanxi).timeText())
				continue
			}
			fmt.Fprintf(b.out, " %.2f× |", float64(summary(rs[i].guanxi).wall)/float64(max(summary(rs[i].bare).wall, time.Microsecond)))
		}
		fmt.Fprintln(b.out)
	}
}

// stats are the median and spread of samples.
type stats struct {
	wall, minWall, maxWall time.Duration
	cpu                    time.Duration // median
	rss, minRSS, maxRSS    int64
}

func summary(s []sample) stats {
	if len(s) == 0 {
		return stats{}
	}
	walls := make([]time.Duration, len(s))
	cpus := make([]time.Duration, len(s))
	rss := make([]int64, len(s))
	for i, x := range s {
		walls[i], cpus[i], rss[i] = x.wall, x.cpu, x.rss
	}
	var st stats
	st.wall, st.minWall, st.maxWall = runcost.Spread(walls)
	st.cpu, _, _ = runcost.Spread(cpus)
	st.rss, st.minRSS, st.maxRSS = runcost.Spread(rss)
	return st
}

func (s stats) timeText() string {
	return fmt.Sprintf("%s ms (%s–%s)", ms(s.wall), ms(s.minWall), ms(s.maxWall))
}

func (s stats) memText() string {
	return fmt.Sprintf("%d MB (%d–%d)", s.rss*1024/1e6, s.minRSS*1024/1e6, s.maxRSS*1024/1e6)
}

func ms(d time.Duration) string {
	f := float64(d) / float64(time.Millisecond)
	if f < 100 {
		return strconv.FormatFloat(f, 'f', 1, 64)
	}
	return strconv.FormatFloat(f, 'f', 0, 64)
}

// process is one command to run: its program, arguments and standard input, and what to do before
// it (not timed).
type process struct {
	prog  string
	args  []string
	setup func() error
	// silentOK: printing nothing is right (a bare query may find no row in a small book).
	silentOK bool
}

// row is one line of the table: guanxi's command and its bare counterpart (none: nil).
type row struct {
	name   string
	guanxi process
	bare   *process
}

// measure runs both sides of r alternately, b.runs times each.
func (b *bench) measure(r row) (result, error) {
	res := result{row: r.name}
	for range b.runs {
		s, err := run(r.guanxi)
		if err != nil {
			return res, fmt.Errorf("guanxi: %w", err)
		}
		res.guanxi = append(res.guanxi, s)
		if r.bare == nil {
			continue
		}
		s, err = run(*r.bare)
		if err != nil {
			return res, fmt.Errorf("bare: %w", err)
		}
		res.bare = append(res.bare, s)
	}
	return res, nil
}

// run runs p with its output to the null device, as a script that reads it would, and returns
// its wall time and peak memory; it fails when p does not exit 0 or prints nothing at all.
func run(p process) (sample, error) {
	if p.setup != nil {
		if err := p.setup(); err != nil {
			return sample{}, err
		}
	}
	c, err := runcost.Run(exec.Command(p.prog, p.args...))
	if err != nil {
		return sample{}, fmt.Errorf("%s %s: %w: %s", filepath.Base(p.prog), strings.Join(p.args, " "), err, lastLine(c.Stderr))
	}
	if c.Printed == 0 && !p.silentOK {
		return sample{}, fmt.Errorf("%s %s printed nothing", filepath.Base(p.prog), strings.Join(p.args, " "))
	}
	return sample{c.Wall, c.CPU, c.RSS}, nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// errNoSQLite is returned when the sqlite3 shell is not there.
var errNoSQLite = errors.New("the sqlite3 shell is needed for the bare side: install sqlite3")
