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
	return c.switchCommand("backup", "FILE", "backup FILE [--force]", texts.Backup.Short, "force", texts.Shared.ReplaceFileWhen, &opts.Force,
		c.takeArg(&opts.File, func() error { return c.runBackup(opts) }))
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
		return c.usagef(texts.Backup.BackupCannotBe)
	}
	if _, err := os.Lstat(dest); err == nil && !opts.Force {
		return c.errorf(texts.Shared.AlreadyExistsChoose, dest)
	}
	err = c.longRun(false, backupWriting, backupCancelled, func(ctx context.Context, t *tracker) error {
		s.CopyProgress = t.count
		return s.Backup(ctx, dest, opts.Force)
	})
	if errors.Is(err, errCancelled) {
		return err
	}
	if err != nil {
		return c.errorf(texts.Backup.BackupFailed, err)
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Backup.BackedUpBook, model.SanitizeLine(dest)))
	return nil
}

// The step of a backup in its line of progress, and what a cancelled one leaves: the copy is
// written whole or not at all.
var (
	backupWriting   = texts.Backup.BackingUpBook
	backupCancelled = texts.Backup.CancelledNoBackup
)
