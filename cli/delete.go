package cli

import (
	"fmt"
	"guanxi/model"
	"strconv"

	"github.com/spf13/pflag"
)

func defineDelete(c *cli, fs *pflag.FlagSet) func([]string) error {
	return func(pos []string) error {
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		if err := s.DeleteCustomer(c.ctx, cu.ID); err != nil {
			return err
		}
		records := 0
		if tc, err := s.FindTrashed(c.ctx, strconv.FormatInt(cu.ID, 10)); err == nil {
			records = tc.Records
		}
		fmt.Fprintln(c.stdout, c.trf("已把 %[1]s（编号 %[2]d）及其 %[3]d 条记录移到回收站。撤销：guanxi restore %[2]d",
			"Moved %[1]s (id %[2]d) and its %[3]d records to the trash. Undo: guanxi restore %[2]d",
			model.SanitizeLine(cu.Name), cu.ID, records))
		return nil
	}
}
