package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// snapshotsRestoreOptions is what `guanxi snapshots restore` was asked for.
type snapshotsRestoreOptions struct {
	Snapshot string // the snapshot's name, as snapshots lists it
	Force    bool   // do not ask first
}

// newSnapshotsRestoreCmd is `guanxi snapshots restore SNAPSHOT [--force]`.
func (c *cli) newSnapshotsRestoreCmd() *cobra.Command {
	opts := &snapshotsRestoreOptions{}
	cmd := &cobra.Command{
		Use:   "restore SNAPSHOT [--force]",
		Short: c.tr("用一个快照恢复客户簿（现在的客户簿先另存一份）", "put a snapshot back as the book (the book as it is now is kept aside first)"),
		Args: func(cmd *cobra.Command, args []string) error {
			if err := c.prepare(cmd); err != nil {
				return err
			}
			if len(args) != 1 {
				return c.usagef("用法：guanxi snapshots restore 快照（名称见 guanxi snapshots）",
					"usage: guanxi snapshots restore SNAPSHOT (see guanxi snapshots for the names)")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Snapshot = args[0]
			return c.restoreSnapshot(opts.Snapshot, opts.Force)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, c.tr("不再询问，直接恢复", "restore without asking"))
	return cmd
}

// restoreSnapshot puts a snapshot in place of the book, after saying what will happen and, unless
// --force, asking at a terminal.
func (c *cli) restoreSnapshot(ref string, force bool) error {
	book, err := c.dbPath()
	if err != nil {
		return err
	}
	snap, err := store.FindSnapshot(book, ref)
	if errors.Is(err, model.ErrNotFound) {
		return c.errorf("没有叫“%s”的快照（guanxi snapshots 列出全部）", "no snapshot is called %q (see guanxi snapshots)", model.SanitizeLine(ref))
	}
	if err != nil {
		return err
	}
	info, err := store.CheckBookFile(c.ctx, snap)
	if err != nil {
		return c.errorf("%s 不是完好的 guanxi 客户簿，没有恢复：%v", "%s is not a sound guanxi book; nothing was restored: %v", model.SanitizeLine(snap), err)
	}
	if inUse, _ := store.BookInUse(book); inUse {
		return c.errorf("客户簿 %s 正在别处打开（终端界面或另一个命令）：先关掉它再恢复", "the book %s is open elsewhere (the terminal UI or another command): close it first, then restore", model.SanitizeLine(book))
	}
	current := -1
	if bi, err := store.CheckBookFile(c.ctx, book); err == nil {
		current = bi.Customers
	}
	plan := c.trf("用快照 %s（%d 位客户）替换客户簿 %s", "Replace the book %[3]s with the snapshot %[1]s (%[2]d customers)",
		model.SanitizeLine(ref), info.Customers, model.SanitizeLine(book))
	if current >= 0 {
		plan += c.trf("（现有 %d 位客户；当前的客户簿会先另存一份到快照文件夹）", " (it holds %d customers now; a copy of it is kept in the snapshot folder first)", current)
	}
	if !force {
		f, ok := c.stdin.(*os.File)
		if !ok || !term.IsTerminal(f.Fd()) {
			return c.usagef("%s。确认请加 --force", "%s. Pass --force to confirm", plan)
		}
		if !c.confirmed(f, plan+c.tr("？输入 yes 确认：", "? Type yes to confirm: ")) {
			return c.errorf("已取消，客户簿没有改动。", "Cancelled; the book was not changed.")
		}
	}
	// Not cancelled halfway: the book is replaced in one rename, and the program killed before it
	// leaves the book as it was.
	var saved string
	err = c.longRun(false, restoreWriting, model.Text{}, func(ctx context.Context, _ *tracker) error {
		var err error
		saved, err = store.Restore(ctx, book, snap, c.now())
		return err
	})
	if errors.Is(err, store.ErrBookInUse) {
		return c.errorf("客户簿 %s 正在别处打开：先关掉它再恢复", "the book %s is open elsewhere: close it first, then restore", model.SanitizeLine(book))
	}
	if err != nil {
		return c.errorf("恢复失败：%v", "the restore failed: %v", err)
	}
	fmt.Fprintln(c.stdout, c.trf("已用快照 %s 恢复客户簿。", "Restored the book from the snapshot %s.", model.SanitizeLine(ref)))
	if saved != "" {
		fmt.Fprintln(c.stdout, c.trf("恢复前的客户簿保存在 %s。", "The book as it was before is kept in %s.", model.SanitizeLine(saved)))
	}
	return nil
}

// restoreWriting is the step of a restore in its line of progress.
var restoreWriting = model.Text{Zh: "检查快照并恢复客户簿", En: "checking the snapshot and restoring the book"}
