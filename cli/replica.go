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
	return c.parentCommand("replica", texts.Replica.Short,
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
		return "", c.errorf(texts.Replica.CannotFindFolder, err)
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
// replica runs on the invocation's one clock, running (c.clock, not the moment the command began):
// a hold is renewed and judged stale as time passes while guanxi runs.
func (c *cli) replicaOptions(path string) (replica.Options, error) {
	dir, err := c.configDir()
	if err != nil {
		return replica.Options{}, err
	}
	return replica.Options{Book: path, ConfigDir: dir, Machine: c.machine(), Lang: c.lang, Now: c.clock}, nil
}

// replicaSettings reads the replica's settings: the settings folder, the settings, and whether a
// replica is set.
func (c *cli) replicaSettings() (dir string, set replica.Settings, ok bool, err error) {
	if dir, err = c.configDir(); err != nil {
		return "", replica.Settings{}, false, err
	}
	set, ok, err = replica.LoadSettings(dir)
	return dir, set, ok, err
}

// --- set ---

type replicaSetOptions struct{ URL string }

func (c *cli) newReplicaSetCmd() *cobra.Command {
	opts := &replicaSetOptions{}
	return c.command("replica set", "URL", "set URL",
		texts.Replica.SetShort,
		c.takeArg(&opts.URL, func() error { return c.runReplicaSet(opts) }))
}

func (c *cli) runReplicaSet(opts *replicaSetOptions) error {
	dir, err := c.configDir()
	if err != nil {
		return err
	}
	t, err := replica.Set(dir, opts.URL)
	if errors.Is(err, replica.ErrSecretInURL) {
		return c.usagef(texts.Replica.AddressMustNot,
			replica.EnvSFTPPassword, replica.EnvWebDAVPassword)
	}
	if err != nil {
		return c.usagef(texts.Replica.ReplicaLocationWrong, err)
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Replica.ReplicaFromNow, t))
	fmt.Fprintln(c.stdout, c.t(texts.Replica.MachineNoBook))
	if t.Cloud() {
		fmt.Fprintln(c.stderr, c.t(texts.Replica.WarningReplicaNot))
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
		return ro, st, c.errorf(texts.Replica.NoReplicaSet)
	}
	return ro, st, err
}

// --- status ---

func (c *cli) newReplicaStatusCmd() *cobra.Command {
	return c.jsonCommand("replica status", "status [--json]", texts.Replica.StatusShort, texts.Shared.PrintJSON, c.runReplicaStatus)
}

func (c *cli) runReplicaStatus(asJSON bool) error {
	_, st, err := c.replicaState()
	if err != nil {
		return err
	}
	if asJSON {
		return c.writeJSON(st)
	}
	line := func(t model.Text, args ...any) { fmt.Fprintln(c.stdout, c.tf(t, args...)) }
	line(texts.Replica.Replica, st.Target, st.Kind)
	line(texts.Replica.ThisMachine, st.Machine)
	switch {
	case !st.Reachable:
		line(texts.Replica.ReplicaCannotBe, st.Problem)
	case st.Holder == nil:
		line(texts.Replica.NoMachineHolds)
	default:
		h := st.Holder
		line(texts.Replica.HeldByProcess,
			h.Machine, h.PID, c.when(h.Since), c.when(h.Renewed))
		if st.Stale && !st.HeldHere {
			line(texts.Replica.ThatHoldHas)
		}
	}
	if st.Reachable {
		at := "-"
		if !st.ReplicaAt.IsZero() {
			at = c.when(st.ReplicaAt)
		}
		line(texts.Replica.ReplicaHoldsTransaction,
			st.ReplicaTXID, at, st.LocalTXID)
	}
	if st.Behind > 0 {
		line(texts.Replica.ReplicaTransactionsBehind, st.Behind)
	} else if st.Reachable {
		line(texts.Replica.ReplicaUpDate)
	}
	if st.Changed {
		line(texts.Replica.BookWasChanged)
	}
	return nil
}

// when writes a moment in local time.
func (c *cli) when(t time.Time) string { return t.Local().Format("2006-01-02 15:04:05") }

// --- off ---

func (c *cli) newReplicaOffCmd() *cobra.Command {
	return c.command("replica off", "", "off", texts.Replica.OffShort,
		func([]string) error { return c.runReplicaOff() })
}

func (c *cli) runReplicaOff() error {
	dir, set, ok, err := c.replicaSettings()
	if err != nil {
		return err
	}
	if !ok {
		fmt.Fprintln(c.stdout, c.t(texts.Replica.NoReplicaWas))
		return nil
	}
	if err := replica.Off(dir); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Replica.ReplicationOffReplica, set.URL))
	return nil
}

// --- takeover ---

type replicaTakeoverOptions struct{ Yes bool }

func (c *cli) newReplicaTakeoverCmd() *cobra.Command {
	opts := &replicaTakeoverOptions{}
	return c.switchCommand("replica takeover", "", "takeover [--yes]", texts.Replica.TakeoverShort, "yes", texts.Replica.TakeOverWithout, &opts.Yes,
		func([]string) error { return c.runReplicaTakeover(opts) })
}

func (c *cli) runReplicaTakeover(opts *replicaTakeoverOptions) error {
	ro, st, err := c.replicaState()
	if err != nil {
		return err
	}
	if !st.Reachable {
		return c.errorf(texts.Replica.ReplicaCannotBeReached, st.Problem)
	}
	if st.Holder == nil || st.HeldHere {
		fmt.Fprintln(c.stdout, c.t(texts.Replica.NoOtherMachine))
		return nil
	}
	h := st.Holder
	if !st.Stale {
		return c.errorf(texts.Replica.StillRenewsHold,
			h.Machine, c.when(h.Renewed))
	}
	question := c.tf(texts.Replica.HasHeldBook,
		h.Machine, c.when(h.Since), c.when(h.Renewed))
	if !opts.Yes {
		f, ok := c.stdin.(*os.File)
		if !ok || !term.IsTerminal(f.Fd()) {
			return c.usagef(texts.Replica.TakeoverMustBe)
		}
		if !c.confirmed(f, question) {
			return c.errorf(texts.Replica.CancelledNothingWas)
		}
	}
	if _, err := replica.Takeover(c.ctx, ro); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Replica.TookBookOver, h.Machine))
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
		texts.Replica.RestoreShort, func([]string) error { return c.runReplicaRestore(opts) })
	cmd.Flags().StringVar(&opts.To, "to", "", c.t(texts.Replica.NewFileRestore))
	cmd.Flags().StringVar(&opts.At, "at", "", c.t(texts.Replica.MomentRestoreAs))
	return cmd
}

// restoreLayouts are the ways --at may be written, in local time unless it says otherwise.
var restoreLayouts = []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02"}

func (c *cli) runReplicaRestore(opts *replicaRestoreOptions) error {
	if opts.To == "" {
		return c.usagef(texts.Replica.MissingPathNew)
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
			return c.usagef(texts.Replica.AtCannotRead, opts.At)
		}
	}
	_, set, ok, err := c.replicaSettings()
	if err != nil {
		return err
	}
	if !ok {
		return c.errorf(texts.Replica.NoReplicaSet)
	}
	t, err := replica.ParseTarget(set.URL)
	if err != nil {
		return err
	}
	if err := replica.Restore(c.ctx, t, opts.To, at); err != nil {
		if errors.Is(err, replica.ErrEmptyReplica) {
			return c.errorf(texts.Replica.ReplicaHoldsNo, t)
		}
		return c.errorf(texts.Shared.RestoreFailed, err)
	}
	info, err := store.CheckBookFile(c.ctx, opts.To)
	if err != nil {
		return err
	}
	as := c.t(texts.Replica.AsNow)
	if !at.IsZero() {
		as = c.tf(texts.Replica.AsWasAt, c.when(at))
	}
	count := c.tf(texts.Replica.Customers, info.Customers)
	if info.Customers == 1 {
		count = c.t(texts.Replica.Customer)
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Replica.RestoredBookFrom,
		as, model.SanitizeLine(opts.To), count))
	return nil
}
