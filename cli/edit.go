package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"strings"

	"github.com/spf13/cobra"
)

// editOptions is what `guanxi edit` was asked for.
type editOptions struct {
	Ref string // the REF argument
	profileArgs
}

// newEditCmd is `guanxi edit REF [--name N] [--company C] [--phone P] [--email E] [--level L] [--stage S] [--relation R] [--title T] [--short-name S] [--address A] [--source S] [--referred-by REF] [--size S] [--capital A] [--birthday|--founded DATE] [--notes TEXT] [--json]`.
func (c *cli) newEditCmd() *cobra.Command {
	opts := &editOptions{}
	return c.profileCommand("edit", "REF", "edit REF [--name N] [--company C] [--phone P] [--email E] [--level L] [--stage S] [--relation R] [--title T] [--short-name S] [--address A] [--source S] [--referred-by REF] [--size S] [--capital A] [--birthday|--founded DATE] [--notes TEXT] [--json]",
		texts.Profile.ChangeCustomerProfile, texts.Profile.EditNotesReadsStandard, texts.Shared.PrintRecordWritten, &opts.profileArgs,
		c.takeArg(&opts.Ref, func() error { return c.runEdit(opts) }))
}

// runEdit runs `guanxi edit` as opts asks.
func (c *cli) runEdit(opts *editOptions) error {
	set := opts.profile.set
	delete(set, "json") // how to print is not a change
	if len(set) == 0 {
		return c.usagef(texts.Profile.NothingChangeGive)
	}
	s, cu, err := c.openForCustomer(opts.Ref)
	if err != nil {
		return err
	}
	defer s.Close()
	// Only the fields given are written, compared with the customer as read: a change made
	// elsewhere to another field stays, and one to the same field is reported, not overwritten.
	loaded := cu
	if err := c.applyProfile(&opts.profile, &cu); err != nil {
		return err
	}
	if set["notes"] {
		if cu.Notes, err = c.textArg(opts.Notes); err != nil {
			return err
		}
	}
	c.linkReferrer(s, set, &cu)
	if _, err := s.UpdateCustomerEdit(c.ctx, loaded, cu); err != nil {
		return c.editError(err)
	}
	if opts.JSON {
		return c.writeCustomerJSON(s, cu.ID)
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Profile.SavedID, model.SanitizeLine(cu.Name), cu.ID))
	return nil
}

// editError says which fields were changed elsewhere while the edit was made, with both values.
func (c *cli) editError(err error) error {
	var conflict *model.EditConflictError
	if !errors.As(err, &conflict) {
		return err
	}
	var parts []string
	for _, fc := range conflict.Conflicts {
		parts = append(parts, c.tf(texts.Profile.BeButJust,
			fc.Field.Label.In(c.lang), model.SanitizeLine(fc.Mine), model.SanitizeLine(fc.Theirs)))
	}
	return c.errorf(texts.Profile.NothingSavedCustomer,
		strings.Join(parts, c.t(texts.Shared.Semicolon)))
}
