// Command floor is the least a Go program does to answer `guanxi show`: it opens the book with the
// SQLite driver guanxi uses, runs the statements it reads on standard input (separated by ";"
// at the end of a line) and prints their rows, a line each. startcost measures it beside guanxi.
package main

import (
	"bufio"
	"database/sql"
	"fmt"
	"io"
	"os"
	"strings"

	_ "modernc.org/sqlite"

	"guanxi/internal/rowvalues"
)

func main() {
	if err := run(os.Args[1], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

// run runs the statements of in on the book at path, as guanxi opens it (a busy timeout, the
// write-ahead log), and writes their rows to out.
func run(path string, in io.Reader, out io.Writer) error {
	script, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)")
	if err != nil {
		return err
	}
	defer db.Close()
	w := bufio.NewWriter(out)
	defer w.Flush()
	for _, q := range strings.Split(string(script), ";\n") {
		if strings.TrimSpace(q) == "" {
			continue
		}
		if err := printRows(db, q, w); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// printRows runs query and writes each row's values, separated by "|".
func printRows(db *sql.DB, query string, w *bufio.Writer) error {
	_, err := rowvalues.Each(db, query, nil, func(vals []any) {
		for i, v := range vals {
			if i > 0 {
				w.WriteByte('|')
			}
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			fmt.Fprint(w, v)
		}
		w.WriteByte('\n')
	})
	return err
}
