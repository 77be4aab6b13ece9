package cli

import (
	"fmt"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// contactFields are the fields of a contact person that contact add and contact edit take.
var contactFields = []editField[model.Contact]{
	textField("name", texts.Contact.Name, func(ct *model.Contact) *string { return &ct.Name }),
	textField("title", texts.Shared.Title, func(ct *model.Contact) *string { return &ct.Title }),
	codeField("role", texts.Contact.RoleDecisionMaker, model.Roles, texts.Args.WhatRole,
		func(ct *model.Contact, code string) { ct.Role = model.Role(code) }),
	textField("phone", texts.Shared.Phone, func(ct *model.Contact) *string { return &ct.Phone }),
	textField("email", texts.Shared.Email, func(ct *model.Contact) *string { return &ct.Email }),
	textField("wechat", texts.Shared.WechatID, func(ct *model.Contact) *string { return &ct.WeChat }),
	looseDateField("birthday", texts.Contact.Birthday, func(ct *model.Contact) *model.Date { return &ct.Birthday }),
	textField("notes", texts.Contact.Notes, func(ct *model.Contact) *string { return &ct.Notes }),
}

// runContactAdd runs `guanxi contact add REF …`. The name is the first field and text, so change
// applies it before anything can fail.
func (c *cli) runContactAdd(ref string, change func(*edit, *model.Contact), set map[string]bool) error {
	var ct model.Contact
	e := &edit{c: c, set: set}
	if change(e, &ct); ct.Name == "" {
		return c.usagef(texts.Contact.GiveContactName)
	}
	return c.onCustomer(ref, func(s *store.Store, cu model.Customer) error {
		if e.err != nil {
			return e.err
		}
		ct.CustomerID = cu.ID
		if err := s.AddContact(c.ctx, &ct); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Contact.AddedAsContact,
			model.SanitizeLine(cu.Name), model.SanitizeLine(ct.Name), ct.ID))
		return nil
	})
}

// newContactCmd is `guanxi contact`: add REF, edit ID, delete ID and restore ID of the people inside
// a customer.
func (c *cli) newContactCmd() *cobra.Command {
	cmd := c.command("contact", "ACTION", "contact add|edit|delete|restore", texts.Contact.Short,
		func(pos []string) error { return c.usagef(texts.Contact.UnknownActionAdd, pos[0]) })
	cmd.AddCommand(c.verb("add", "REF", "--name N [--title T] [--role R] [--phone P] [--email E] [--wechat W] [--birthday DATE]",
		texts.Contact.AddShort,
		func(fs *pflag.FlagSet) func([]string, map[string]bool) error {
			change := defineFields(c, fs, contactFields)
			return func(pos []string, set map[string]bool) error { return c.runContactAdd(pos[0], change, set) }
		}))
	return c.withRecordVerbs(cmd, "contact", model.RecordContact,
		fieldsEditor((*store.Store).Contact, (*store.Store).UpdateContact, contactFields...))
}
