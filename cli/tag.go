package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
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
		model.Text{Zh: "给客户或其联系人标上性格类型", En: "tag a customer or one of their contacts with a personality type"}, c.takeArg(&opts.Ref, func() error { return c.runTag(opts) }))
	cmd.Flags().StringVar(&opts.Typ, "type", "", c.tr("性格类型 `T`（代码或中文名）", "personality type `T` (code or Chinese name)"))
	cmd.Flags().StringVar(&opts.Contact, "contact", "", c.tr("标注这位联系人 `NAME`（姓名或编号），而不是客户本人", "tag this contact `NAME` (name or id) instead of the customer"))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.tr("备注 `TEXT`", "a note on it `TEXT`"))
	return cmd
}

// runTag runs `guanxi tag` as opts asks.
func (c *cli) runTag(opts *tagOptions) error {
	if strings.TrimSpace(opts.Typ) == "" {
		return c.usagef("请用 --type 给出性格类型", "give the personality type with --type")
	}
	return c.onBookToWrite(func(s *store.Store) error {
		types, _, err := c.catalog(s)
		if err != nil {
			return err
		}
		t, err := model.FindType(types, opts.Typ)
		if err != nil {
			return err
		}
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
			who = model.SanitizeLine(ct.Name) + c.trf("（%s）", " (%s)", who)
		}
		if err := s.TagPerson(c.ctx, tag); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已将 %s 标为%s。", "Tagged %s as %s.", who, t.Name.In(c.lang)))
		if v := t.Approach.In(c.lang); v != "" {
			fmt.Fprintln(c.stdout, model.SanitizeLine(c.tr("应对：", "Approach: ")+v))
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
			return model.Contact{}, c.errorf("%s 还没有联系人", "%s has no contacts yet", cu.Name)
		}
		return model.Contact{}, c.errorf("%s 没有叫“%s”的联系人；现有：%s", "%s has no contact %q; the contacts are: %s",
			cu.Name, ref, strings.Join(names, c.tr("；", "; ")))
	}
	names := make([]string, len(matches))
	for i, ct := range matches {
		names[i] = fmt.Sprintf("%d %s", ct.ID, ct.Name)
	}
	return model.Contact{}, c.errorf("“%s”对应多位联系人，请改用编号：%s", "%q matches several contacts; use the id: %s",
		ref, strings.Join(names, c.tr("；", "; ")))
}
