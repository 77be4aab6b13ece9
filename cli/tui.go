package cli

import (
	"context"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
	"guanxi/ui"
	"os"
	"path/filepath"
	"sync"
)

// runTUI opens the user's book in the terminal UI.
func (c *cli) runTUI() error {
	c.writing = true // the TUI writes: it holds and replicates the book while it runs
	c.now = c.clock  // and runs for hours: it and its book keep the running clock
	s, err := c.open()
	if err != nil {
		return err
	}
	defer s.Close()
	// The screen is the UI's from here; what the command line buffered is written out first, and
	// the background snapshot is the only writer to it until the snapshot is waited for.
	c.flush()
	// The day's snapshot checks and copies the whole book: it starts once the first screen is
	// shown (or on leaving, if the user left before), and leaving waits for it.
	var once sync.Once
	wait := func() {}
	snapshot := func() { once.Do(func() { wait = c.snapshotInBackground(s) }) }
	defer func() {
		snapshot()
		wait()
	}()
	return c.tuiError(c.startTUI(s, c.lang, snapshot))
}

// tuiError says the terminal UI failed, keeping the cause.
func (c *cli) tuiError(err error) error {
	if err == nil {
		return nil
	}
	return c.errorf(texts.Book.TerminalUiFailed, err)
}

// runDemoTUI opens the terminal UI on a fresh sample book in a temporary folder, removed on exit,
// so that trying guanxi never touches the user's own book.
func (c *cli) runDemoTUI() error {
	dir, err := os.MkdirTemp("", "guanxi-demo-")
	if err != nil {
		return c.errorf(texts.Book.CannotMakeTemporary, err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "demo.db")
	c.now = c.clock // the TUI runs for hours: it and its book keep the running clock
	s, err := store.Open(path, store.WithClock(c.now))
	if err != nil {
		return c.openError(path, err)
	}
	defer s.Close()
	if err := demoSample(c.ctx, s, c.today()); err != nil {
		return c.errorf(texts.Shared.WritingSampleBook, err)
	}
	c.flush()
	return c.tuiError(c.startTUI(s, c.lang, nil))
}

// demoSample fills an empty book with the demo customers.
func demoSample(ctx context.Context, s *store.Store, today model.Date) error {
	return sample.Demo(ctx, s, today)
}

// startTUI runs the terminal UI on an open book until the user quits; it draws the screen itself
// and reads the time by the book's clock, the running one (runTUI).
func (c *cli) startTUI(s *store.Store, lang model.Lang, afterFirstScreen func()) error {
	return ui.Run(s, ui.Options{Lang: lang, NoColor: c.env("NO_COLOR") != "", HeldBy: c.heldBy(), AfterFirstScreen: afterFirstScreen})
}
