package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"os"

	"github.com/spf13/pflag"
)

func defineBackup(c *cli, fs *pflag.FlagSet) func([]string) error {
	force := fs.Bool("force", false, c.tr("目标文件已存在时覆盖它", "replace FILE when it exists"))
	return func(pos []string) error {
		dest := pos[0]
		s, err := c.open()
		if err != nil {
			return err
		}
		defer s.Close()
		if same, _ := store.SameFile(dest, s.Path()); same {
			return c.usagef("备份不能写到客户簿本身", "the backup cannot be the book itself")
		}
		if _, err := os.Stat(dest); err == nil && !*force {
			return c.errorf("%s 已存在：换个文件名，或加 --force 覆盖", "%s already exists: choose another name or pass --force", dest)
		}
		if err := s.Backup(c.ctx, dest, *force); err != nil {
			return c.errorf("备份失败：%v", "the backup failed: %v", err)
		}
		fmt.Fprintln(c.stdout, c.trf("已把客户簿备份到 %s。", "Backed up the book to %s.", model.SanitizeLine(dest)))
		return nil
	}
}
