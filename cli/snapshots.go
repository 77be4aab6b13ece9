package cli

import (
	"bufio"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/pflag"
)

func defineSnapshots(c *cli, fs *pflag.FlagSet) func([]string) error {
	asJSON := fs.Bool("json", false, c.tr("以 JSON 数组列出", "list as a JSON array"))
	force := fs.Bool("force", false, c.tr("restore：不再询问，直接恢复", "with restore: restore without asking"))
	return func(pos []string) error {
		if len(pos) == 0 || pos[0] == "list" {
			if len(pos) > 1 {
				return c.usagef("snapshots list 不带参数", "snapshots list takes no argument")
			}
			return c.listSnapshots(*asJSON)
		}
		if pos[0] != "restore" {
			return c.usagef("未知的参数“%s”：guanxi snapshots 列出快照，guanxi snapshots restore 快照 恢复",
				"unknown argument %q: guanxi snapshots lists the snapshots, guanxi snapshots restore SNAPSHOT restores one", pos[0])
		}
		if len(pos) != 2 {
			return c.usagef("用法：guanxi snapshots restore 快照（名称见 guanxi snapshots）",
				"usage: guanxi snapshots restore SNAPSHOT (see guanxi snapshots for the names)")
		}
		return c.restoreSnapshot(pos[1], *force)
	}
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
	c.writeTable(c.stdout, t, true)
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
		fmt.Fprint(c.stdout, plan+c.tr("？输入 yes 确认：", "? Type yes to confirm: "))
		answer, _ := bufio.NewReader(f).ReadString('\n')
		if strings.TrimSpace(strings.ToLower(answer)) != "yes" {
			return c.errorf("已取消，客户簿没有改动。", "Cancelled; the book was not changed.")
		}
	}
	saved, err := store.Restore(c.ctx, book, snap, c.now())
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
