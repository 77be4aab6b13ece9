package cli

import (
	"fmt"
	"guanxi/model"

	"github.com/spf13/cobra"
)

// editOptions is what `guanxi edit` was asked for.
type editOptions struct {
	Ref     string // the REF argument
	profile profileOptions
	Notes   string
	JSON    bool
}

// newEditCmd is `guanxi edit REF [--name N] [--company C] [--phone P] [--email E] [--level L] [--stage S] [--relation R]`.
func (c *cli) newEditCmd() *cobra.Command {
	opts := &editOptions{}
	cmd := &cobra.Command{
		Use:   "edit REF [--name N] [--company C] [--phone P] [--email E] [--level L] [--stage S] [--relation R] [--json]",
		Short: c.tr("修改客户资料", "change a customer's profile"),
		Args:  c.positionals("edit", "REF"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ref = args[0]
			opts.profile.set = setFlags(cmd)
			return c.runEdit(opts)
		},
	}
	c.profileFlags(cmd.Flags(), &opts.profile)
	cmd.Flags().StringVar(&opts.Notes, "notes", "", c.tr("备注 `TEXT`（- 表示从标准输入读取；会替换原有备注）", "notes `TEXT` (- reads standard input; replaces the notes)"))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出写入的记录（JSON 对象）", "print the record written as a JSON object"))
	return cmd
}

// runEdit runs `guanxi edit` as opts asks.
func (c *cli) runEdit(opts *editOptions) error {
	set := opts.profile.set
	delete(set, "json") // how to print is not a change
	if len(set) == 0 {
		return c.usagef("没有要修改的内容：请给出 --name、--company、--phone、--email、--level、--stage、--relation 等参数",
			"nothing to change: give --name, --company, --phone, --email, --level, --stage, --relation or another field")
	}
	s, cu, err := c.openForCustomer(opts.Ref)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := c.applyProfile(&opts.profile, &cu); err != nil {
		return err
	}
	if set["notes"] {
		if cu.Notes, err = c.textArg(opts.Notes); err != nil {
			return err
		}
	}
	if err := s.UpdateCustomer(c.ctx, &cu); err != nil {
		return err
	}
	if opts.JSON {
		return c.writeCustomerJSON(s, cu.ID)
	}
	fmt.Fprintln(c.stdout, c.trf("已保存 %s（编号 %d）。", "Saved %s (id %d).", model.SanitizeLine(cu.Name), cu.ID))
	return nil
}
