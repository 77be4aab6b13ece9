package cli

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"sync"
	"time"

	"guanxi/model"
)

// tracker is how an operation running on a goroutine of its own tells how far it is; the
// invocation's goroutine reads it at each tick of the progress, so the operation never waits for
// the screen.
type tracker struct {
	mu          sync.Mutex
	what        string
	done, total int64
}

// step says the operation moved on to another step, named in the user's language.
func (t *tracker) step(what string) {
	t.mu.Lock()
	t.what, t.done, t.total = what, 0, 0
	t.mu.Unlock()
}

// count says how far the step under way is: done of total.
func (t *tracker) count(done, total int64) {
	t.mu.Lock()
	t.done, t.total = done, total
	t.mu.Unlock()
}

func (t *tracker) read() (string, int64, int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.what, t.done, t.total
}

// errCancelled is what an operation cancelled with ctrl+c returns, wrapped in the sentence that
// says what became of it.
var errCancelled = errors.New("cancelled")

// cancelledError is an operation stopped by the user, with the sentence that says what it left.
type cancelledError struct{ msg string }

func (e *cancelledError) Error() string { return e.msg }
func (e *cancelledError) Unwrap() error { return errCancelled }

// longRun runs op on a goroutine of its own while this one shows its progress on standard error
// (see progress; nothing with quiet or when the command was given --json), beginning with the step what. While it runs,
// ctrl+c cancels op's context instead of ending the program, so op can undo what it began; an op
// that then fails is reported with the sentence cancelled (what the operation left, in the user's
// language). Signals are the program's again once op has returned. An operation that cannot be
// undone halfway has no cancelled sentence (the zero Text): ctrl+c then ends the program as ever.
func (c *cli) longRun(quiet bool, what model.Text, cancelled model.Text, op func(ctx context.Context, t *tracker) error) error {
	ctx, stop := c.ctx, func() {}
	if cancelled != (model.Text{}) {
		ctx, stop = signal.NotifyContext(c.ctx, os.Interrupt)
	}
	defer stop()
	t := &tracker{what: what.In(c.lang)}
	done := make(chan error, 1)
	go func() { done <- op(ctx, t) }()
	p := c.newProgress()
	p.quiet = quiet || c.jsonOut
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	show := func() {
		w, n, total := t.read()
		p.step(w)
		p.count(n, total)
		p.tick()
	}
	show()
	for {
		select {
		case <-tick.C:
			show()
		case err := <-done:
			p.end()
			if err != nil && ctx.Err() != nil {
				return &cancelledError{cancelled.In(c.lang)}
			}
			return err
		}
	}
}
