package cli

import (
	"fmt"
	"guanxi/model"
	"strings"

	"github.com/spf13/cobra"
)

// addOptions is what `guanxi add` was asked for.
type addOptions struct {
	profileArgs
	Types stringList // personality types, by code or name
}

// newAddCmd is `guanxi add --name N [--company C] [--phone P] [--email E] [--level L] [--stage S] [--kind K] [--type T]... [--title T] [--short-name S] [--address A] [--source S] [--referred-by REF] [--size S] [--capital A] [--birthday|--founded DATE] [--json]`.
func (c *cli) newAddCmd() *cobra.Command {
	opts := &addOptions{}
	cmd := c.profileCommand("add", "", "add --name N [--company C] [--phone P] [--email E] [--level L] [--stage S] [--kind K] [--type T]... [--title T] [--short-name S] [--address A] [--source S] [--referred-by REF] [--size S] [--capital A] [--birthday|--founded DATE] [--json]",
		texts.Profile.AddCustomerPrint, texts.Profile.NotesReadsStandard, texts.Profile.PrintNewCustomer, &opts.profileArgs,
		func([]string) error { return c.runAdd(opts) })
	cmd.Flags().Var(&opts.Types, "type", c.t(texts.Profile.PersonalityTypeCode))
	return cmd
}

// runAdd runs `guanxi add` as opts asks.
func (c *cli) runAdd(opts *addOptions) error {
	// The name is the profile's first field and text, so it is applied before anything can fail.
	var cu model.Customer
	err := c.applyProfile(&opts.profile, &cu)
	if strings.TrimSpace(cu.Name) == "" {
		return c.usagef(texts.Profile.GiveCustomerName)
	}
	if err != nil {
		return err
	}
	if cu.Notes, err = c.textArg(opts.Notes); err != nil {
		return err
	}
	s, err := c.openToWrite()
	if err != nil {
		return err
	}
	defer s.Close()
	// Every type is read before anything is saved, so a typo saves nothing.
	types, err := c.typesTyped(s, opts.Types...)
	if err != nil {
		return err
	}
	var codes []string
	for _, t := range types {
		codes = append(codes, t.Code)
	}
	c.linkReferrer(s, opts.profile.set, &cu)
	// The customer and its types are saved in one transaction: both, or neither.
	cu.Types = codes
	if err := s.AddCustomer(c.ctx, &cu); err != nil {
		return err
	}
	if opts.JSON {
		return c.writeCustomerJSON(s, cu.ID)
	}
	fmt.Fprintln(c.stdout, cu.ID)
	return nil
}
