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
	cmd := c.switchCommand("snapshots restore", "SNAPSHOT", "restore SNAPSHOT [--force]", texts.Snapshots.PutSnapshotBack,
		"force", texts.Snapshots.RestoreWithoutAsking, &opts.Force, func(pos []string) error {
			opts.Snapshot = pos[0]
			return c.restoreSnapshot(opts.Snapshot, opts.Force)
		})
	cmd.Args = c.argsOr(texts.Snapshots.UsageGuanxiSnapshots, func(args []string) bool { return len(args) == 1 })
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
		return c.errorf(texts.Snapshots.NoSnapshotCalled, model.SanitizeLine(ref))
	}
	if err != nil {
		return err
	}
	info, err := store.CheckBookFile(c.ctx, snap)
	if err != nil {
		return c.errorf(texts.Snapshots.NotSoundGuanxi, model.SanitizeLine(snap), err)
	}
	if inUse, _ := store.BookInUse(book); inUse {
		return c.errorf(texts.Snapshots.BookOpenElsewhere, model.SanitizeLine(book))
	}
	current := -1
	if bi, err := store.CheckBookFile(c.ctx, book); err == nil {
		current = bi.Customers
	}
	plan := c.tf(texts.Snapshots.ReplaceBookSnapshot,
		model.SanitizeLine(ref), info.Customers, model.SanitizeLine(book))
	if current >= 0 {
		plan += c.tf(texts.Snapshots.HoldsCustomersNow, current)
	}
	if !force {
		f, ok := c.stdin.(*os.File)
		if !ok || !term.IsTerminal(f.Fd()) {
			return c.usagef(texts.Snapshots.PassForceConfirm, plan)
		}
		if !c.confirmed(f, plan+c.t(texts.Snapshots.TypeYesConfirm)) {
			return c.errorf(texts.Snapshots.CancelledBookWas)
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
		return c.errorf(texts.Snapshots.BookOpenElsewhereClose, model.SanitizeLine(book))
	}
	if err != nil {
		return c.errorf(texts.Shared.RestoreFailed, err)
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Snapshots.RestoredBookFrom, model.SanitizeLine(ref)))
	if saved != "" {
		fmt.Fprintln(c.stdout, c.tf(texts.Snapshots.BookAsWas, model.SanitizeLine(saved)))
	}
	return nil
}

// restoreWriting is the step of a restore in its line of progress.
var restoreWriting = texts.Snapshots.CheckingSnapshotRestoring
