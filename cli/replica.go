package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"guanxi/model"
	"guanxi/replica"
	"guanxi/store"
)

// newReplicaCmd is `guanxi replica`, the parent of replication's commands: set, status, off,
// takeover, restore.
func (c *cli) newReplicaCmd() *cobra.Command {
	return c.parentCommand("replica", model.Text{Zh: "把客户簿持续复制到文件夹、SFTP 或 S3，在两台机器间交接", En: "replicate the book continuously to a folder, SFTP or S3, and hand it between two machines"},
		c.newReplicaSetCmd(), c.newReplicaStatusCmd(), c.newReplicaOffCmd(), c.newReplicaTakeoverCmd(), c.newReplicaRestoreCmd())
}

// configDir is where guanxi keeps its settings: $XDG_CONFIG_HOME/guanxi, else ~/.config/guanxi.
func (c *cli) configDir() (string, error) {
	if dir := c.env("XDG_CONFIG_HOME"); dir != "" {
		return dir + string(os.PathSeparator) + "guanxi", nil
	}
	if home := c.env("HOME"); home != "" {
		return strings.Join([]string{home, ".config", "guanxi"}, string(os.PathSeparator)), nil
	}
	dir, err := replica.ConfigDir()
	if err != nil {
		return "", c.errorf("找不到存放设置的文件夹：%v", "cannot find the folder for the settings: %v", err)
	}
	return dir, nil
}

// machine is this machine's name in holder records: GUANXI_MACHINE, else the host name.
func (c *cli) machine() string {
	if m := c.env(replica.EnvMachine); m != "" {
		return m
	}
	return replica.MachineName()
}

// replicaOptions are the replication settings of this invocation for the book at path. The
// replica keeps the wall clock (replica.Options.Now), which holds on other machines are read by.
func (c *cli) replicaOptions(path string) (replica.Options, error) {
	dir, err := c.configDir()
	if err != nil {
		return replica.Options{}, err
	}
	return replica.Options{Book: path, ConfigDir: dir, Machine: c.machine(), Lang: c.lang}, nil
}

// --- set ---

type replicaSetOptions struct{ URL string }

func (c *cli) newReplicaSetCmd() *cobra.Command {
	opts := &replicaSetOptions{}
	return c.command("replica set", "URL", "set URL",
		model.Text{Zh: "设定副本的位置：文件夹（U 盘、NAS）、sftp://用户@主机/路径、s3://桶/路径?endpoint=…（MinIO、阿里云 OSS）、webdav://主机/路径",
			En: "set where the replica lives: a folder (USB stick, NAS), sftp://user@host/path, s3://bucket/path?endpoint=… (MinIO, Aliyun OSS), webdav://host/path"},
		c.takeArg(&opts.URL, func() error { return c.runReplicaSet(opts) }))
}

func (c *cli) runReplicaSet(opts *replicaSetOptions) error {
	dir, err := c.configDir()
	if err != nil {
		return err
	}
	t, err := replica.Set(dir, opts.URL)
	if errors.Is(err, replica.ErrSecretInURL) {
		return c.usagef("地址里不能带密码（它会被存进设置文件、显示在状态里）：请放在环境变量 %s 或 %s 里；S3 的密钥用 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY",
			"the address must not carry a password (it would be stored in the settings and shown by status): put it in %s or %s; S3 keys go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
			replica.EnvSFTPPassword, replica.EnvWebDAVPassword)
	}
	if err != nil {
		return c.usagef("副本位置有误：%v", "the replica's location is wrong: %v", err)
	}
	fmt.Fprintln(c.stdout, c.trf("副本位置：%s。从现在起，guanxi 运行时会把每次改动持续复制过去，退出时补齐。",
		"Replica: %s. From now on guanxi ships every change there while it runs, and the rest when it quits.", t))
	fmt.Fprintln(c.stdout, c.tr("在一台还没有客户簿的机器上设好同一个位置，再运行 guanxi，就会从副本恢复客户簿。",
		"On a machine with no book yet, set the same replica and run guanxi: the book is restored from it."))
	if t.Cloud() {
		fmt.Fprintln(c.stderr, c.tr("注意：副本不加密。客户资料会以明文离开本机，存进云上的存储桶；除非存储桶开启了静态加密，云服务商和能读这个桶的人都能看到。建议优先用文件夹、U 盘或自己的 NAS。",
			"Warning: the replica is not encrypted. Customer data leaves this machine as it is and lands in a cloud bucket: unless the bucket encrypts at rest, the provider and anyone who can read the bucket can read it. A folder, a USB stick or your own NAS is the better place."))
	}
	return nil
}

// replicaState reads where the book's replica stands, for status and takeover alike; no replica
// set is a sentence for the user.
func (c *cli) replicaState() (replica.Options, replica.Status, error) {
	path, err := c.dbPath()
	if err != nil {
		return replica.Options{}, replica.Status{}, err
	}
	ro, err := c.replicaOptions(path)
	if err != nil {
		return replica.Options{}, replica.Status{}, err
	}
	st, err := replica.ReadStatus(c.ctx, ro)
	if errors.Is(err, replica.ErrNoReplica) {
		return ro, st, c.errorf("还没有设定副本（guanxi replica set URL）", "no replica is set (guanxi replica set URL)")
	}
	return ro, st, err
}

// --- status ---

type replicaStatusOptions struct{ JSON bool }

func (c *cli) newReplicaStatusCmd() *cobra.Command {
	opts := &replicaStatusOptions{}
	cmd := c.command("replica status", "", "status [--json]",
		model.Text{Zh: "副本在哪里、谁在写、已复制到哪一步、落后多少", En: "where the replica is, who holds the book, how far it is replicated and how far behind it is"}, func([]string) error { return c.runReplicaStatus(opts) })
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出 JSON", "print JSON"))
	return cmd
}

func (c *cli) runReplicaStatus(opts *replicaStatusOptions) error {
	_, st, err := c.replicaState()
	if err != nil {
		return err
	}
	if opts.JSON {
		return c.writeJSON(st)
	}
	line := func(zh, en string, args ...any) { fmt.Fprintln(c.stdout, c.trf(zh, en, args...)) }
	line("副本：%s（%s）", "Replica: %s (%s)", st.Target, st.Kind)
	line("本机：%s", "This machine: %s", st.Machine)
	switch {
	case !st.Reachable:
		line("连不上副本：%s", "The replica cannot be reached: %s", st.Problem)
	case st.Holder == nil:
		line("现在没有机器占用客户簿。", "No machine holds the book now.")
	default:
		h := st.Holder
		line("占用者：%s（进程 %d，自 %s 起，上次确认 %s）", "Held by: %s (process %d, since %s, last renewed %s)",
			h.Machine, h.PID, c.when(h.Since), c.when(h.Renewed))
		if st.Stale && !st.HeldHere {
			line("这个占用已经过期：若那台机器已不在，可用 guanxi replica takeover 接管。",
				"That hold has expired: if the machine is gone, guanxi replica takeover takes it over.")
		}
	}
	if st.Reachable {
		at := "-"
		if !st.ReplicaAt.IsZero() {
			at = c.when(st.ReplicaAt)
		}
		line("副本已到第 %d 个事务（%s）；本机已取到第 %d 个。", "The replica holds transaction %d (%s); this machine has taken %d.",
			st.ReplicaTXID, at, st.LocalTXID)
	}
	if st.Behind > 0 {
		line("副本落后本机 %d 个事务，连上后会补齐。", "The replica is %d transactions behind this machine; they are shipped when it can be reached.", st.Behind)
	} else if st.Reachable {
		line("副本与本机一致。", "The replica is up to date with this machine.")
	}
	if st.Changed {
		line("本机在上次与副本一致之后改过客户簿。", "The book was changed here since it last agreed with the replica.")
	}
	return nil
}

// when writes a moment in local time.
func (c *cli) when(t time.Time) string { return t.Local().Format("2006-01-02 15:04:05") }

// --- off ---

func (c *cli) newReplicaOffCmd() *cobra.Command {
	return c.command("replica off", "", "off", model.Text{Zh: "停止复制；副本原样保留", En: "stop replicating; the replica stays as it is"},
		func([]string) error { return c.runReplicaOff() })
}

func (c *cli) runReplicaOff() error {
	dir, err := c.configDir()
	if err != nil {
		return err
	}
	set, ok, err := replica.LoadSettings(dir)
	if err != nil {
		return err
	}
	if !ok {
		fmt.Fprintln(c.stdout, c.tr("本来就没有设定副本。", "No replica was set."))
		return nil
	}
	if err := replica.Off(dir); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.trf("已停止复制。%s 里的副本原样保留。", "Replication is off. The replica at %s stays as it is.", set.URL))
	return nil
}

// --- takeover ---

type replicaTakeoverOptions struct{ Yes bool }

func (c *cli) newReplicaTakeoverCmd() *cobra.Command {
	opts := &replicaTakeoverOptions{}
	cmd := c.command("replica takeover", "", "takeover [--yes]",
		model.Text{Zh: "接管另一台机器过期的占用（那台机器已不在，或它的占用已过期）", En: "take over another machine's expired hold (the machine is gone, or its hold expired)"}, func([]string) error { return c.runReplicaTakeover(opts) })
	cmd.Flags().BoolVar(&opts.Yes, "yes", false, c.tr("不再询问，直接接管", "take over without asking"))
	return cmd
}

func (c *cli) runReplicaTakeover(opts *replicaTakeoverOptions) error {
	ro, st, err := c.replicaState()
	if err != nil {
		return err
	}
	if !st.Reachable {
		return c.errorf("连不上副本：%s", "the replica cannot be reached: %s", st.Problem)
	}
	if st.Holder == nil || st.HeldHere {
		fmt.Fprintln(c.stdout, c.tr("没有别的机器占用客户簿，不需要接管。", "No other machine holds the book: there is nothing to take over."))
		return nil
	}
	h := st.Holder
	if !st.Stale {
		return c.errorf("「%s」的占用还在有效期内（上次确认 %s），它可能还在写；请在那台机器上退出 guanxi，或等占用过期后再接管",
			"%s still renews its hold (last at %s) and may still be writing: quit guanxi there, or take over once the hold has expired",
			h.Machine, c.when(h.Renewed))
	}
	question := c.trf("「%s」自 %s 起占用客户簿，上次确认在 %s。接管后，那台机器上没有复制出去的改动，要等它下次打开时合并进来。输入 yes 接管：",
		"%s has held the book since %s, last renewed at %s. After a takeover, whatever it did not ship is merged in when it next opens the book. Type yes to take over: ",
		h.Machine, c.when(h.Since), c.when(h.Renewed))
	if !opts.Yes {
		f, ok := c.stdin.(*os.File)
		if !ok || !term.IsTerminal(f.Fd()) {
			return c.usagef("接管需要确认：在终端里运行并输入 yes，或加 --yes", "a takeover must be confirmed: run it at a terminal and type yes, or pass --yes")
		}
		if !c.confirmed(f, question) {
			return c.errorf("已取消，没有接管。", "Cancelled; nothing was taken over.")
		}
	}
	if _, err := replica.Takeover(c.ctx, ro); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.trf("已从「%s」接管客户簿：下次在本机打开时会先与副本对齐。", "Took the book over from %s: the next guanxi here first brings it up to the replica.", h.Machine))
	return nil
}

// --- restore ---

type replicaRestoreOptions struct {
	To string
	At string
}

func (c *cli) newReplicaRestoreCmd() *cobra.Command {
	opts := &replicaRestoreOptions{}
	cmd := c.command("replica restore", "", "restore --to PATH [--at TIME]",
		model.Text{Zh: "把副本里的客户簿（或某一时刻的样子）恢复成一个新文件", En: "restore the book from the replica (or as it was at a time) into a new file"}, func([]string) error { return c.runReplicaRestore(opts) })
	cmd.Flags().StringVar(&opts.To, "to", "", c.tr("恢复到的新文件 `PATH`", "the new file `PATH` to restore into"))
	cmd.Flags().StringVar(&opts.At, "at", "", c.tr("恢复到这一时刻的样子 `TIME`：2026-12-01、2026-12-01 18:00 或 RFC 3339", "the moment `TIME` to restore as of: 2026-12-01, 2026-12-01 18:00 or RFC 3339"))
	return cmd
}

// restoreLayouts are the ways --at may be written, in local time unless it says otherwise.
var restoreLayouts = []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02"}

func (c *cli) runReplicaRestore(opts *replicaRestoreOptions) error {
	if opts.To == "" {
		return c.usagef("缺少 --to PATH：恢复到哪个新文件", "missing --to PATH: the new file to restore into")
	}
	var at time.Time
	if opts.At != "" {
		for _, layout := range restoreLayouts {
			if t, err := time.ParseInLocation(layout, strings.TrimSpace(opts.At), time.Local); err == nil {
				at = t
				break
			}
		}
		if at.IsZero() {
			return c.usagef("--at：看不懂“%s”，请写成 2026-12-01、2026-12-01 18:00 或 RFC 3339", "--at: cannot read %q; write 2026-12-01, 2026-12-01 18:00 or RFC 3339", opts.At)
		}
	}
	dir, err := c.configDir()
	if err != nil {
		return err
	}
	set, ok, err := replica.LoadSettings(dir)
	if err != nil {
		return err
	}
	if !ok {
		return c.errorf("还没有设定副本（guanxi replica set URL）", "no replica is set (guanxi replica set URL)")
	}
	t, err := replica.ParseTarget(set.URL)
	if err != nil {
		return err
	}
	if err := replica.Restore(c.ctx, t, opts.To, at); err != nil {
		if errors.Is(err, replica.ErrEmptyReplica) {
			return c.errorf("副本 %s 里还没有客户簿", "the replica %s holds no book yet", t)
		}
		return c.errorf("恢复失败：%v", "the restore failed: %v", err)
	}
	info, err := store.CheckBookFile(c.ctx, opts.To)
	if err != nil {
		return err
	}
	as := c.tr("最新的样子", "as it is now")
	if !at.IsZero() {
		as = c.trf("%s 时的样子", "as it was at %s", c.when(at))
	}
	count := c.trf("%d 位客户", "%d customers", info.Customers)
	if info.Customers == 1 {
		count = c.tr("1 位客户", "1 customer")
	}
	fmt.Fprintln(c.stdout, c.trf("已把副本里的客户簿（%s）恢复到 %s：%s，完好。", "Restored the book %s from the replica into %s: %s, sound.",
		as, model.SanitizeLine(opts.To), count))
	return nil
}
