package cli

import (
	"fmt"
	"time"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// checkOptions is what `guanxi check` was asked for.
type checkOptions struct {
	Quick bool // PRAGMA quick_check instead of the full integrity check
}

// newCheckCmd is `guanxi check`.
func (c *cli) newCheckCmd() *cobra.Command {
	opts := &checkOptions{}
	return c.switchCommand("check", "", "check", texts.Check.Short, "quick", texts.Check.QuickCheckEvery, &opts.Quick,
		func([]string) error { return c.runCheck(opts) })
}

// runCheck runs `guanxi check` as opts asks.
func (c *cli) runCheck(opts *checkOptions) error {
	s, err := c.open()
	if err != nil {
		// A book too damaged to open (cut short, its header broken) still has its damage named.
		if path, perr := c.dbPath(); perr == nil {
			if damage := store.Damage(path); damage != "" {
				fmt.Fprintln(c.stdout, txt("damage: "+damage).text)
				return c.errorf(texts.Check.BookHasProblems, model.SanitizeLine(path), 1)
			}
		}
		return err
	}
	defer s.Close()
	problems, err := c.checkWithProgress(s, opts)
	if err != nil {
		return c.errorf(texts.Check.CheckFailed, err)
	}
	for _, p := range problems {
		fmt.Fprintln(c.stdout, txt(p).text)
	}
	if len(problems) > 0 {
		return c.errorf(texts.Check.BookHasProblems, s.Path(), len(problems))
	}
	n, err := s.CountCustomers(c.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Check.BookSound, model.SanitizeLine(s.Path()), n))
	return nil
}

// checkStepText names each step of a check in the line of progress.
var checkStepText = map[store.CheckStep]model.Text{
	store.CheckIntegrity:   texts.Check.StepIntegrity,
	store.CheckForeignKeys: texts.Check.StepForeignkeys,
	store.CheckDates:       texts.Check.StepDates,
	store.CheckAmounts:     texts.Check.StepAmounts,
	store.CheckOrphans:     texts.Check.StepOrphans,
}

// checkWithProgress runs the check on a goroutine of its own while this one shows its progress
// (the screen is this goroutine's), once it runs longer than a second.
func (c *cli) checkWithProgress(s *store.Store, opts *checkOptions) ([]string, error) {
	steps := make(chan store.CheckStep, store.CheckSteps) // room for every step: the check never waits
	type result struct {
		problems []string
		err      error
	}
	done := make(chan result, 1)
	go func() {
		problems, err := s.CheckWith(c.ctx, store.CheckOptions{Quick: opts.Quick, Step: func(st store.CheckStep) { steps <- st }})
		done <- result{problems, err}
	}()
	p := c.newProgress()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case st := <-steps:
			p.step(checkStepText[st].In(c.lang))
		case <-tick.C:
			p.tick()
		case r := <-done:
			p.end()
			return r.problems, r.err
		}
	}
}
