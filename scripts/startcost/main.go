// Command startcost measures what `guanxi show` costs in processor time, and what part of it is
// starting the program: it runs, alternating, guanxi showing one customer, guanxi --version, the
// same rows read by a minimal Go program through the same SQLite driver (floor/, the least a Go
// program can do) and by the sqlite3 shell, and programs that only start: one that links every
// package guanxi links and runs none of its code (linked/), one for each of the two libraries
// whose initialisers cost most (phonenumbers/, excelize/), and an empty Go program (empty/). It
// prints each one's processor time (user and system: steadier than wall time on a shared
// machine), median and spread, its ratio to the sqlite3 shell, and its peak resident memory.
//
//	go run ./scripts/startcost -book big.db -runs 9
//
// The book is any guanxi book with a customer 1, such as one written by
// `guanxi demo --size 100000 --db big.db`; it is only read.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"guanxi/internal/gobuild"
	"guanxi/internal/runcost"
)

// showStatements are the rows `guanxi show 1` shows, as scripts/benchcli's `show 1` row reads them
// bare: the customer and their contacts, logged contacts, deals, reminders and complaints.
const showStatements = `SELECT * FROM customers WHERE id = 1;
SELECT * FROM contacts WHERE customer_id = 1;
SELECT * FROM interactions WHERE customer_id = 1 ORDER BY at DESC;
SELECT * FROM deals WHERE customer_id = 1 ORDER BY on_date DESC;
SELECT * FROM reminders WHERE customer_id = 1;
SELECT * FROM complaints WHERE customer_id = 1;
`

// helpers are the programs of this folder built beside guanxi.
var helpers = []string{"floor", "linked", "phonenumbers", "excelize", "empty"}

func main() {
	book := flag.String("book", "", "the book to read: any guanxi book with a customer 1")
	runs := flag.Int("runs", 9, "runs of each program, alternating")
	bin := flag.String("guanxi", "", "the guanxi program to measure (default: built from this module)")
	flag.Parse()
	if *book == "" {
		fail(errors.New("-book is required"))
	}
	if err := measureAll(*book, *bin, *runs, os.Stdout); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "startcost:", err)
	os.Exit(1)
}

// measureAll builds the programs, measures each of them runs times, alternating, and prints the table.
func measureAll(book, bin string, runs int, out io.Writer) error {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		return errors.New("the sqlite3 shell is not installed")
	}
	dir, err := os.MkdirTemp("", "guanxi-startcost-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if bin == "" {
		if bin, err = gobuild.Guanxi(dir); err != nil {
			return err
		}
	}
	prog := map[string]string{}
	for _, h := range helpers {
		prog[h] = filepath.Join(dir, h)
		if err := build(prog[h], "./scripts/startcost/"+h); err != nil {
			return err
		}
	}
	rows := []row{
		{name: "`guanxi show 1`", prog: bin, args: []string{"--db", book, "show", "1"}},
		{name: "`guanxi --version` (no book)", prog: bin, args: []string{"--version"}},
		{name: "Go floor: the same rows through the same driver", prog: prog["floor"], args: []string{book}, stdin: showStatements},
		{name: "bare `sqlite3` shell, the same rows", prog: "sqlite3", args: []string{book}, stdin: showStatements, bare: true},
		{name: "every package guanxi links, none of its code run", prog: prog["linked"], silent: true},
		{name: "nyaruka/phonenumbers alone", prog: prog["phonenumbers"], silent: true},
		{name: "xuri/excelize alone", prog: prog["excelize"], silent: true},
		{name: "an empty Go program", prog: prog["empty"], silent: true},
	}
	for i := 0; i < runs; i++ {
		for j := range rows {
			s, err := rows[j].run()
			if err != nil {
				return err
			}
			rows[j].samples = append(rows[j].samples, s)
		}
	}
	var bare time.Duration
	for _, r := range rows {
		if r.bare {
			bare, _, _, _ = r.spread()
		}
	}
	fmt.Fprintf(out, "| what (%d runs each, alternating) | processor time, median (min–max) | ÷ bare sqlite3 | peak memory |\n|---|---|---|---|\n", runs)
	for _, r := range rows {
		cpu, lo, hi, rss := r.spread()
		fmt.Fprintf(out, "| %s | %s ms (%s–%s) | %.1f× | %.1f MB |\n", r.name, ms(cpu), ms(lo), ms(hi),
			float64(cpu)/float64(max(bare, time.Microsecond)), float64(rss)/1024)
	}
	return nil
}

// build builds the package pkg of this module into out.
func build(out, pkg string) error { return gobuild.Build(out, pkg) }

// row is one program measured, and its runs.
type row struct {
	name    string
	prog    string
	args    []string
	stdin   string // given on standard input
	silent  bool   // it prints nothing
	bare    bool   // the sqlite3 shell, which the ratios are to
	samples []sample
}

// sample is one run: processor time (user and system) and peak resident memory in KiB.
type sample struct {
	cpu time.Duration
	rss int64
}

// run runs the program once, its output to a pipe as a script would read it.
func (r *row) run() (sample, error) {
	cmd := exec.Command(r.prog, r.args...)
	cmd.Stdin = strings.NewReader(r.stdin)
	c, err := runcost.Run(cmd)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w: %s", r.name, err, strings.TrimSpace(c.Stderr))
	}
	if c.Printed == 0 && !r.silent {
		return sample{}, fmt.Errorf("%s printed nothing", r.name)
	}
	return sample{cpu: c.CPU, rss: c.RSS}, nil
}

// spread is the median processor time of the runs with the least and the most, and their median
// peak memory.
func (r *row) spread() (cpu, least, most time.Duration, rss int64) {
	cpus := make([]time.Duration, len(r.samples))
	mem := make([]int64, len(r.samples))
	for i, s := range r.samples {
		cpus[i], mem[i] = s.cpu, s.rss
	}
	cpu, least, most = runcost.Spread(cpus)
	rss, _, _ = runcost.Spread(mem)
	return cpu, least, most, rss
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }
