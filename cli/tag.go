package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
	"strings"

	"github.com/spf13/cobra"
)

// tagOptions is what `guanxi tag` was asked for.
type tagOptions struct {
	Ref     string // the REF argument
	Typ     string
	Contact string
	Note    string
}

// newTagCmd is `guanxi tag REF --type T [--contact NAME] [--note TEXT]`.
func (c *cli) newTagCmd() *cobra.Command {
	opts := &tagOptions{}
	cmd := c.command("tag", "REF", "tag REF --type T [--contact NAME] [--note TEXT]",
		texts.Tag.Short, c.takeArg(&opts.Ref, func() error { return c.runTag(opts) }))
	cmd.Flags().StringVar(&opts.Typ, "type", "", c.t(texts.Tag.PersonalityTypeCode))
	cmd.Flags().StringVar(&opts.Contact, "contact", "", c.t(texts.Tag.TagThisContact))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.t(texts.Tag.Note))
	return cmd
}

// runTag runs `guanxi tag` as opts asks.
func (c *cli) runTag(opts *tagOptions) error {
	if strings.TrimSpace(opts.Typ) == "" {
		return c.usagef(texts.Tag.GivePersonalityType)
	}
	return c.onBookToWrite(func(s *store.Store) error {
		types, err := c.typesTyped(s, opts.Typ)
		if err != nil {
			return err
		}
		t := types[0]
		cu, err := c.findCustomer(s, opts.Ref)
		if err != nil {
			return err
		}
		tag := store.PersonTag{CustomerID: cu.ID, Type: t.Code, Note: opts.Note}
		who := model.SanitizeLine(cu.Name)
		if opts.Contact != "" {
			ct, err := c.findContact(s, cu, opts.Contact)
			if err != nil {
				return err
			}
			tag.ContactID = ct.ID
			who = model.SanitizeLine(ct.Name) + c.tf(texts.Shared.Aside, who)
		}
		if err := s.TagPerson(c.ctx, tag); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Tag.TaggedAs, who, t.Name.In(c.lang)))
		if v := t.Approach.In(c.lang); v != "" {
			fmt.Fprintln(c.stdout, model.SanitizeLine(c.t(kit.Texts.Detail.Approach)+v))
		}
		return nil
	})
}

// findContact picks one contact of a customer by id or name.
func (c *cli) findContact(s *store.Store, cu model.Customer, ref string) (model.Contact, error) {
	contacts, err := s.Contacts(c.ctx, cu.ID)
	if err != nil {
		return model.Contact{}, err
	}
	ref = strings.TrimSpace(ref)
	var matches []model.Contact
	for _, ct := range contacts {
		if fmt.Sprint(ct.ID) == ref || ct.Name == ref {
			matches = append(matches, ct)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		names := make([]string, len(contacts))
		for i, ct := range contacts {
			names[i] = fmt.Sprintf("%d %s", ct.ID, ct.Name)
		}
		if len(names) == 0 {
			return model.Contact{}, c.errorf(texts.Tag.HasNoContacts, cu.Name)
		}
		return model.Contact{}, c.errorf(texts.Tag.HasNoContact,
			cu.Name, ref, strings.Join(names, c.t(texts.Shared.Semicolon)))
	}
	names := make([]string, len(matches))
	for i, ct := range matches {
		names[i] = fmt.Sprintf("%d %s", ct.ID, ct.Name)
	}
	return model.Contact{}, c.errorf(texts.Tag.MatchesSeveralContacts,
		ref, strings.Join(names, c.t(texts.Shared.Semicolon)))
}
