package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// resolveOptions is what `guanxi resolve` was asked for.
type resolveOptions struct {
	ID      string // the COMPLAINT_ID argument
	Summary string
	On      string
}

// newResolveCmd is `guanxi resolve COMPLAINT_ID --summary T [--on DATE]`.
func (c *cli) newResolveCmd() *cobra.Command {
	opts := &resolveOptions{}
	cmd := c.command("resolve", "COMPLAINT_ID", "resolve COMPLAINT_ID --summary T [--on DATE]",
		texts.Resolve.Short, c.takeArg(&opts.ID, func() error { return c.runResolve(opts) }))
	cmd.Flags().StringVar(&opts.Summary, "summary", "", c.t(texts.Resolve.HowWasResolved))
	cmd.Flags().StringVar(&opts.On, "on", "", c.t(texts.Resolve.DayWasResolved))
	return cmd
}

// runResolve runs `guanxi resolve` as opts asks.
func (c *cli) runResolve(opts *resolveOptions) error {
	id, err := strconv.ParseInt(strings.TrimSpace(opts.ID), 10, 64)
	if err != nil || id <= 0 {
		return c.usagef(texts.Resolve.NotAComplaintID, opts.ID)
	}
	text, err := c.textArg(opts.Summary)
	if err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return c.usagef(texts.Resolve.SayHowWas)
	}
	day := c.today()
	if opts.On != "" {
		if day, err = c.parseDate("on", opts.On); err != nil {
			return err
		}
	}
	return c.onBookToWrite(func(s *store.Store) error {
		p, err := s.ResolveComplaint(c.ctx, id, day, text)
		if err != nil {
			if errors.Is(err, model.ErrNotFound) {
				return c.errorf(texts.Resolve.ThereNoComplaint, id)
			}
			return err
		}
		cu, err := s.Customer(c.ctx, p.CustomerID)
		if err != nil {
			return err
		}
		state := model.NameOf(model.ComplaintStates, string(p.State(c.today())), c.lang)
		fmt.Fprintln(c.stdout, c.tf(texts.Resolve.ClosedComplaint,
			model.SanitizeLine(cu.Name), p.ID, state))
		return nil
	})
}
