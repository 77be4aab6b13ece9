package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/replica"
	"guanxi/store"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// Version is the program's version, printed by --version; main sets it from its build.
var Version = "0.1.0-dev"

// Run executes one invocation of guanxi and returns its exit code: 0 on success, 2 for a command
// line that is wrong, 1 for any other failure. Tests call it in-process.
func Run(args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	return newCLI(env, stdin, stdout, stderr, time.Now).main(args)
}

// cli is one invocation: where it reads and writes, its clock, and the global flags. Every
// command of the tree shares it, as cli/cli's commands share their factory.
type cli struct {
	ctx    context.Context
	env    func(string) string
	stdin  io.Reader
	stdout *screen // every byte the command line writes goes through stdout or stderr
	stderr *screen
	// clock is the one source of time, given to Run; now is what the invocation reads of it: the
	// moment a command began, read once, so one command sees one "today" from start to end; the
	// running clock itself for the terminal UI, which runs for hours. The book is opened with now
	// (store.WithClock), and the UI, the exports and the replica take it from here.
	now   func() time.Time
	clock func() time.Time

	lang model.Lang

	dbFlag      string // --db as given; empty: GUANXI_DB, then the default path
	langFlag    string // --lang as given
	demoFlag    bool   // --demo: the TUI on a fresh sample book
	versionFlag bool   // --version
	jsonOut     bool   // the command was given --json

	root *cobra.Command // the command tree of this invocation

	// writing: this invocation changes the book (or runs the TUI), so it replicates it.
	writing bool
	// replica replicates the book while the invocation runs, when a replica is set.
	replica *replica.Session
}

func newCLI(env func(string) string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) *cli {
	c := &cli{ctx: context.Background(), env: env, stdin: stdin, clock: now,
		stdout: newScreen(stdout, env), stderr: newScreen(stderr, env)}
	c.stderr.other, c.stdout.other = c.stdout, c.stderr
	if now != nil {
		began := now()
		c.now = func() time.Time { return began }
	}
	return c
}

// applyLang checks --lang and switches the language of human output.
func (c *cli) applyLang() error {
	if c.langFlag == "" {
		return nil
	}
	l, ok := parseLang(c.langFlag)
	if !ok {
		return c.usagef(texts.Book.LangTakesZh, c.langFlag)
	}
	c.lang = l
	return nil
}

// dbPath returns the book's file: --db, else GUANXI_DB, else the default place.
func (c *cli) dbPath() (string, error) {
	if c.dbFlag != "" {
		return c.dbFlag, nil
	}
	if p := c.env("GUANXI_DB"); p != "" {
		return p, nil
	}
	p, err := store.DefaultPath()
	if err != nil {
		return "", c.errorf(texts.Book.CannotFindWhere, err)
	}
	return p, nil
}

// open opens the book on the invocation's clock.
func (c *cli) open() (*store.Store, error) {
	path, err := c.dbPath()
	if err != nil {
		return nil, err
	}
	if err := c.startReplica(path); err != nil {
		return nil, err
	}
	s, err := store.Open(path, store.WithClock(c.now))
	if err != nil {
		return nil, c.openError(path, err)
	}
	if mode, ok := s.Tightened(); ok {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(c.tf(texts.Book.BookCouldBe, path, mode)))
	}
	if err := c.attachReplica(s); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// openError turns a failure to open the book into one sentence that says what to do.
func (c *cli) openError(path string, err error) error {
	switch {
	case errors.Is(err, store.ErrTooNew):
		return c.errorf(texts.Book.WasWrittenBy, path)
	case errors.Is(err, store.ErrNotBook):
		return c.errorf(texts.Book.NotGuanxiBook, path)
	}
	if trouble := c.troubleError(err); trouble != nil {
		return trouble
	}
	return c.errorf(texts.Book.CannotOpenBook, path, err)
}

// fail prints err, if any, to stderr as one line and returns the exit code it calls for.
func (c *cli) fail(err error) int {
	if err == nil || errors.Is(err, errDone) {
		return 0
	}
	msg := c.explain(err)
	fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(strings.TrimSpace(msg)))
	return exitCode(err)
}

// today is the calendar date by the invocation's clock.
func (c *cli) today() model.Date { return model.DateOf(c.now()) }
