package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"os"

	"github.com/spf13/cobra"
)

// backupOptions is what `guanxi backup` was asked for.
type backupOptions struct {
	File  string // the FILE argument
	Force bool
}

// newBackupCmd is `guanxi backup FILE [--force]`.
func (c *cli) newBackupCmd() *cobra.Command {
	opts := &backupOptions{}
	cmd := c.command("backup", "FILE", "backup FILE [--force]",
		model.Text{Zh: "把客户簿完整复制一份，TUI 开着也安全", En: "write a consistent copy of the book, safe while the TUI is open"}, c.takeArg(&opts.File, func() error { return c.runBackup(opts) }))
	cmd.Flags().BoolVar(&opts.Force, "force", false, c.tr("目标文件已存在时覆盖它", "replace FILE when it exists"))
	return cmd
}

// runBackup runs `guanxi backup` as opts asks.
func (c *cli) runBackup(opts *backupOptions) error {
	dest := opts.File
	s, err := c.open()
	if err != nil {
		return err
	}
	defer s.Close()
	if same, _ := store.SameFile(dest, s.Path()); same {
		return c.usagef("备份不能写到客户簿本身", "the backup cannot be the book itself")
	}
	if _, err := os.Lstat(dest); err == nil && !opts.Force {
		return c.errorf("%s 已存在：换个文件名，或加 --force 覆盖", "%s already exists: choose another name or pass --force", dest)
	}
	err = c.longRun(false, backupWriting, backupCancelled, func(ctx context.Context, t *tracker) error {
		s.CopyProgress = t.count
		return s.Backup(ctx, dest, opts.Force)
	})
	if errors.Is(err, errCancelled) {
		return err
	}
	if err != nil {
		return c.errorf("备份失败：%v", "the backup failed: %v", err)
	}
	fmt.Fprintln(c.stdout, c.trf("已把客户簿备份到 %s。", "Backed up the book to %s.", model.SanitizeLine(dest)))
	return nil
}

// The step of a backup in its line of progress, and what a cancelled one leaves: the copy is
// written whole or not at all.
var (
	backupWriting   = model.Text{Zh: "备份客户簿", En: "backing up the book"}
	backupCancelled = model.Text{Zh: "已取消：没有写入备份", En: "cancelled: no backup was written"}
)
