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
		name:     fs.String("name", "", c.tr("姓名 `N`", "name `N`")),
		title:    fs.String("title", "", c.tr("职务 `T`", "title `T`")),
		role:     fs.String("role", "", c.tr("角色 `R`：decision_maker key_person user other，或中文名", "role `R`: decision_maker key_person user other, or the Chinese name")),
		phone:    fs.String("phone", "", c.tr("电话 `P`", "phone `P`")),
		email:    fs.String("email", "", c.tr("邮箱 `E`", "email `E`")),
		wechat:   fs.String("wechat", "", c.tr("微信号 `W`", "WeChat id `W`")),
		birthday: fs.String("birthday", "", c.tr("生日 `DATE`", "birthday `DATE`")),
		notes:    fs.String("notes", "", c.tr("备注 `TEXT`", "notes `TEXT`")),
	}
}

// applyContact copies the flags that were given onto ct.
func (c *cli) applyContact(p contactFlags, set map[string]bool, ct *model.Contact) error {
	copyGiven(set, []givenText{{"name", p.name, &ct.Name}, {"title", p.title, &ct.Title}, {"phone", p.phone, &ct.Phone},
		{"email", p.email, &ct.Email}, {"wechat", p.wechat, &ct.WeChat}, {"notes", p.notes, &ct.Notes}})
	if set["role"] {
		code, err := c.parseCode(model.Roles, "role", "role", *p.role)
		if err != nil {
			return err
		}
		ct.Role = model.Role(code)
	}
	if set["birthday"] {
		ct.Birthday = model.Date{}
		if *p.birthday != "" {
			d, err := model.ParseLooseDate(*p.birthday)
			if err != nil {
				return c.usagef("--birthday 看不懂：%s", "--birthday: cannot read %q", *p.birthday)
			}
			ct.Birthday = d
		}
	}
	return nil
}

// runContactAdd runs `guanxi contact add REF …`.
func (c *cli) runContactAdd(ref string, p contactFlags, set map[string]bool) error {
	if *p.name == "" {
		return c.usagef("请用 --name 给出联系人姓名", "give the contact's name with --name")
	}
	return c.onCustomer(ref, func(s *store.Store, cu model.Customer) error {
		ct := model.Contact{CustomerID: cu.ID}
		if err := c.applyContact(p, set, &ct); err != nil {
			return err
		}
		if err := s.AddContact(c.ctx, &ct); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已给 %s 添加联系人 %s（编号 %d）。", "Added %[2]s to %[1]s as a contact (id %[3]d).",
			model.SanitizeLine(cu.Name), model.SanitizeLine(ct.Name), ct.ID))
		return nil
	})
}

// newContactCmd is `guanxi contact`: add REF, edit ID, delete ID and restore ID of the people inside
// a customer.
func (c *cli) newContactCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "contact add|edit|delete|restore", Short: c.tr("客户的联系人：添加、修改、删除、恢复", "a customer's contact persons: add, edit, delete, restore"),
		Args: c.positionals("contact", "ACTION")}
	cmd.RunE = func(_ *cobra.Command, pos []string) error {
		return c.usagef("未知的操作“%s”：add、edit、delete 或 restore", "unknown action %q: add, edit, delete or restore", pos[0])
	}
	cmd.AddCommand(c.verb("add", "REF", "--name N [--title T] [--role R] [--phone P] [--email E] [--wechat W] [--birthday DATE]",
		model.Text{Zh: "给客户添加一位联系人，输出其编号", En: "add a contact person to a customer and print its id"},
		func(fs *pflag.FlagSet) func([]string, map[string]bool) error {
			p := c.defineContact(fs)
			return func(pos []string, set map[string]bool) error { return c.runContactAdd(pos[0], p, set) }
		}))
	return c.withRecordVerbs(cmd, "contact", model.RecordContact, func(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
		p := c.defineContact(fs)
		return func(s *store.Store, id int64, set map[string]bool) error {
			ct, err := s.Contact(c.ctx, id)
			if err != nil {
				return err
			}
			if err := c.applyContact(p, set, &ct); err != nil {
				return err
			}
			return s.UpdateContact(c.ctx, &ct)
		}
	})
}
