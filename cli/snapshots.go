package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"time"

	"github.com/spf13/cobra"
)

// newSnapshotsCmd is `guanxi snapshots [--json]`, the list of snapshots, and the parent of
// snapshots list and snapshots restore.
func (c *cli) newSnapshotsCmd() *cobra.Command {
	cmd := c.jsonCommand("snapshots", "snapshots [--json]", texts.Snapshots.Short, texts.Snapshots.ListAsJSON, c.listSnapshots)
	cmd.Args = c.refuseArgs(texts.Snapshots.UnknownArgument)
	cmd.AddCommand(c.newSnapshotsListCmd(), c.newSnapshotsRestoreCmd())
	return cmd
}

// newSnapshotsListCmd is `guanxi snapshots list [--json]`, the same list as snapshots alone.
func (c *cli) newSnapshotsListCmd() *cobra.Command {
	return c.jsonCommand("snapshots list", "list [--json]", texts.Snapshots.ListShort, texts.Snapshots.ListAsJSON, c.listSnapshots)
}

type snapshotJSON struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	On      string `json:"on"`
	Size    int64  `json:"size"`
	Path    string `json:"path"`
	TakenAt string `json:"taken_at"`
}

// snapshotKindName names a kind of snapshot.
func (c *cli) snapshotKindName(k model.SnapshotKind) string {
	switch k {
	case model.SnapshotDaily:
		return c.t(texts.Snapshots.Daily)
	case model.SnapshotWeekly:
		return c.t(texts.Snapshots.Weekly)
	}
	return c.t(texts.Snapshots.BeforeRestore)
}

func (c *cli) listSnapshots(asJSON bool) error {
	path, err := c.dbPath()
	if err != nil {
		return err
	}
	list, err := store.Snapshots(path)
	if err != nil {
		return c.errorf(texts.Snapshots.CannotReadSnapshot, err)
	}
	if asJSON {
		out := []snapshotJSON{}
		for _, sn := range list {
			out = append(out, snapshotJSON{Name: sn.Name, Kind: string(sn.Kind), On: sn.On.String(), Size: sn.Size,
				Path: sn.Path, TakenAt: sn.ModTime.Format(time.RFC3339)})
		}
		return c.writeJSON(out)
	}
	if len(list) == 0 {
		fmt.Fprintln(c.stdout, c.tf(texts.Snapshots.NoSnapshotsYet,
			model.SanitizeLine(store.SnapshotDir(path))))
		return nil
	}
	t := &table{}
	t.add(cell{text: c.t(texts.Shared.ListName)}, cell{text: c.t(texts.Snapshots.Kind)}, cell{text: c.t(texts.Snapshots.Taken)}, cell{text: c.t(texts.Snapshots.Size)})
	for _, sn := range list {
		t.add(txt(sn.Name), cell{text: c.snapshotKindName(sn.Kind)}, cell{text: sn.ModTime.Format("2006-01-02 15:04")},
			cell{text: sizeText(sn.Size)})
	}
	writeTable(c.stdout, t, true)
	fmt.Fprintln(c.stdout, c.tf(texts.Snapshots.KeptRestoreOne,
		model.SanitizeLine(store.SnapshotDir(path))))
	return nil
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
