package cli

import (
	"fmt"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// contactFlags are the fields of a contact person that contact add and contact edit take.
type contactFlags struct {
	name, title, role, phone, email, wechat, birthday, notes *string
}

func (c *cli) defineContact(fs *pflag.FlagSet) contactFlags {
	return contactFlags{
		name:     fs.String("name", "", c.t(texts.Contact.Name)),
		title:    fs.String("title", "", c.t(texts.Shared.Title)),
		role:     fs.String("role", "", c.t(texts.Contact.RoleDecisionMaker)),
		phone:    fs.String("phone", "", c.t(texts.Shared.Phone)),
		email:    fs.String("email", "", c.t(texts.Shared.Email)),
		wechat:   fs.String("wechat", "", c.t(texts.Shared.WechatID)),
		birthday: fs.String("birthday", "", c.t(texts.Contact.Birthday)),
		notes:    fs.String("notes", "", c.t(texts.Contact.Notes)),
	}
}

// applyContact changes ct by the flags that were given.
func (c *cli) applyContact(p contactFlags, e *edit, ct *model.Contact) {
	for _, f := range []struct {
		flag   string
		v, dst *string
	}{{"name", p.name, &ct.Name}, {"title", p.title, &ct.Title}, {"phone", p.phone, &ct.Phone},
		{"email", p.email, &ct.Email}, {"wechat", p.wechat, &ct.WeChat}, {"notes", p.notes, &ct.Notes}} {
		e.text(f.flag, f.v, f.dst)
	}
	e.code(model.Roles, texts.Args.WhatRole, "role", p.role, func(code string) { ct.Role = model.Role(code) })
	e.looseDate("birthday", p.birthday, &ct.Birthday)
}

// runContactAdd runs `guanxi contact add REF …`.
func (c *cli) runContactAdd(ref string, p contactFlags, set map[string]bool) error {
	if *p.name == "" {
		return c.usagef(texts.Contact.GiveContactName)
	}
	return c.onCustomer(ref, func(s *store.Store, cu model.Customer) error {
		ct := model.Contact{CustomerID: cu.ID}
		e := &edit{c: c, set: set}
		if c.applyContact(p, e, &ct); e.err != nil {
			return e.err
		}
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
			p := c.defineContact(fs)
			return func(pos []string, set map[string]bool) error { return c.runContactAdd(pos[0], p, set) }
		}))
	return c.withRecordVerbs(cmd, "contact", model.RecordContact, func(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
		p := c.defineContact(fs)
		return editRecord(c, (*store.Store).Contact, func(e *edit, ct *model.Contact) { c.applyContact(p, e, ct) }, (*store.Store).UpdateContact)
	})
}
