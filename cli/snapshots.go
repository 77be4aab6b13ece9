package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"time"

	"github.com/spf13/cobra"
)

// snapshotsOptions is what `guanxi snapshots` (and `snapshots list`) was asked for.
type snapshotsOptions struct {
	JSON bool
}

// newSnapshotsCmd is `guanxi snapshots [--json]`, the list of snapshots, and the parent of
// snapshots list and snapshots restore.
func (c *cli) newSnapshotsCmd() *cobra.Command {
	opts := &snapshotsOptions{}
	cmd := c.command("snapshots", "", "snapshots [--json]", model.Text{Zh: "列出每天自动拍的快照；snapshots restore 用快照恢复客户簿", En: "list the automatic daily snapshots; snapshots restore puts one back as the book"},
		func([]string) error { return c.listSnapshots(opts.JSON) })
	cmd.Args = c.refuseArgs(model.Text{Zh: "未知的参数“%s”：guanxi snapshots 列出快照，guanxi snapshots restore 快照 恢复",
		En: "unknown argument %q: guanxi snapshots lists the snapshots, guanxi snapshots restore SNAPSHOT restores one"})
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("以 JSON 数组列出", "list as a JSON array"))
	cmd.AddCommand(c.newSnapshotsListCmd(), c.newSnapshotsRestoreCmd())
	return cmd
}

// newSnapshotsListCmd is `guanxi snapshots list [--json]`, the same list as snapshots alone.
func (c *cli) newSnapshotsListCmd() *cobra.Command {
	opts := &snapshotsOptions{}
	cmd := c.command("snapshots list", "", "list [--json]",
		model.Text{Zh: "列出每天自动拍的快照", En: "list the automatic daily snapshots"}, func([]string) error { return c.listSnapshots(opts.JSON) })
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("以 JSON 数组列出", "list as a JSON array"))
	return cmd
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
		return c.tr("每日", "daily")
	case model.SnapshotWeekly:
		return c.tr("每周", "weekly")
	}
	return c.tr("恢复前", "before restore")
}

func (c *cli) listSnapshots(asJSON bool) error {
	path, err := c.dbPath()
	if err != nil {
		return err
	}
	list, err := store.Snapshots(path)
	if err != nil {
		return c.errorf("读不了快照文件夹：%v", "cannot read the snapshot folder: %v", err)
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
		fmt.Fprintln(c.stdout, c.trf("还没有快照。guanxi 每天第一次打开客户簿（终端界面，或会写入的命令）时自动拍一份，放在 %s。",
			"No snapshots yet. guanxi takes one a day, the first time the book is opened by the terminal UI or a command that writes, in %s.",
			model.SanitizeLine(store.SnapshotDir(path))))
		return nil
	}
	t := &table{}
	t.add(cell{text: c.tr("名称", "NAME")}, cell{text: c.tr("类别", "KIND")}, cell{text: c.tr("拍摄时间", "TAKEN")}, cell{text: c.tr("大小", "SIZE")})
	for _, sn := range list {
		t.add(txt(sn.Name), cell{text: c.snapshotKindName(sn.Kind)}, cell{text: sn.ModTime.Format("2006-01-02 15:04")},
			cell{text: sizeText(sn.Size)})
	}
	writeTable(c.stdout, t, true)
	fmt.Fprintln(c.stdout, c.trf("保存在 %s。恢复：guanxi snapshots restore 名称", "Kept in %s. To restore one: guanxi snapshots restore NAME",
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
