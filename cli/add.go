package cli

import (
	"fmt"
	"guanxi/model"
	"strings"

	"github.com/spf13/pflag"
)

func defineAdd(c *cli, fs *pflag.FlagSet) func([]string) error {
	p := c.defineProfile(fs)
	var types stringList
	fs.Var(&types, "type", c.tr("性格类型 `T`（代码或中文名，可重复）", "personality type `T` (code or Chinese name; repeatable)"))
	notes := fs.String("notes", "", c.tr("备注 `TEXT`（- 表示从标准输入读取）", "notes `TEXT` (- reads standard input)"))
	asJSON := fs.Bool("json", false, c.tr("输出新客户的 JSON 对象", "print the new customer as a JSON object"))
	return func([]string) error {
		set := setFlags(fs)
		if strings.TrimSpace(*p.name) == "" {
			return c.usagef("请用 --name 给出客户的姓名或名称", "give the customer's name with --name")
		}
		var cu model.Customer
		if err := c.applyProfile(p, set, &cu); err != nil {
			return err
		}
		var err error
		if cu.Notes, err = c.textArg(*notes); err != nil {
			return err
		}
		s, err := c.openToWrite()
		if err != nil {
			return err
		}
		defer s.Close()
		// Every type is read before anything is saved, so a typo saves nothing.
		catalog, _, err := c.catalog(s)
		if err != nil {
			return err
		}
		var codes []string
		for _, q := range types {
			t, err := model.FindType(catalog, q)
			if err != nil {
				return err
			}
			codes = append(codes, t.Code)
		}
		c.linkReferrer(s, set, &cu)
		// The customer and its types are saved in one transaction: both, or neither.
		cu.Types = codes
		if err := s.AddCustomer(c.ctx, &cu); err != nil {
			return err
		}
		if *asJSON {
			saved, err := s.Customer(c.ctx, cu.ID)
			if err != nil {
				return err
			}
			out := toCustomerJSON(saved)
			if err := c.fillABC(s, &out); err != nil {
				return err
			}
			return c.writeJSON(out)
		}
		fmt.Fprintln(c.stdout, cu.ID)
		return nil
	}
}
