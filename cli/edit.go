package cli

import (
	"fmt"
	"guanxi/model"

	"github.com/spf13/pflag"
)

func defineEdit(c *cli, fs *pflag.FlagSet) func([]string) error {
	p := c.defineProfile(fs)
	notes := fs.String("notes", "", c.tr("备注 `TEXT`（- 表示从标准输入读取；会替换原有备注）", "notes `TEXT` (- reads standard input; replaces the notes)"))
	return func(pos []string) error {
		set := setFlags(fs)
		delete(set, "db")
		delete(set, "lang")
		if len(set) == 0 {
			return c.usagef("没有要修改的内容：请给出 --name、--company、--phone、--email、--level、--stage、--relation 等参数",
				"nothing to change: give --name, --company, --phone, --email, --level, --stage, --relation or another field")
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		if err := c.applyProfile(p, set, &cu); err != nil {
			return err
		}
		if set["notes"] {
			if cu.Notes, err = c.textArg(*notes); err != nil {
				return err
			}
		}
		if err := s.UpdateCustomer(c.ctx, &cu); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已保存 %s（编号 %d）。", "Saved %s (id %d).", model.SanitizeLine(cu.Name), cu.ID))
		return nil
	}
}
