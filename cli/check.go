package cli

import (
	"fmt"
	"time"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// checkOptions is what `guanxi check` was asked for.
type checkOptions struct {
	Quick bool // PRAGMA quick_check instead of the full integrity check
}

// newCheckCmd is `guanxi check`.
func (c *cli) newCheckCmd() *cobra.Command {
	opts := &checkOptions{}
	cmd := c.command("check", "", "check",
		model.Text{Zh: "检查客户簿是否完好；有问题时退出码为 1", En: "check the book's integrity; exit 1 on any problem"}, func([]string) error { return c.runCheck(opts) })

	cmd.Flags().BoolVar(&opts.Quick, "quick", false, c.tr("快速检查：读遍每一页和每一行，但不逐条核对索引与表",
		"a quick check: every page and row is read, but indexes are not compared with their tables"))
	return cmd
}

// runCheck runs `guanxi check` as opts asks.
func (c *cli) runCheck(opts *checkOptions) error {
	s, err := c.open()
	if err != nil {
		// A book too damaged to open (cut short, its header broken) still has its damage named.
		if path, perr := c.dbPath(); perr == nil {
			if damage := store.Damage(path); damage != "" {
				fmt.Fprintln(c.stdout, txt("damage: "+damage).text)
				return c.errorf("客户簿 %s 有 %d 处问题", "the book %s has %d problems", model.SanitizeLine(path), 1)
			}
		}
		return err
	}
	defer s.Close()
	problems, err := c.checkWithProgress(s, opts)
	if err != nil {
		return c.errorf("检查失败：%v", "the check failed: %v", err)
	}
	for _, p := range problems {
		fmt.Fprintln(c.stdout, txt(p).text)
	}
	if len(problems) > 0 {
		return c.errorf("客户簿 %s 有 %d 处问题", "the book %s has %d problems", s.Path(), len(problems))
	}
	n, err := s.CountCustomers(c.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.trf("正常：客户簿 %s 完好（%d 位客户）。", "ok: the book %s is sound (%d customers).", model.SanitizeLine(s.Path()), n))
	return nil
}

// checkStepText names each step of a check in the line of progress.
var checkStepText = map[store.CheckStep]model.Text{
	store.CheckIntegrity:   {Zh: "检查客户簿：逐页核对", En: "checking the book: every page"},
	store.CheckForeignKeys: {Zh: "检查客户簿：记录的归属", En: "checking the book: what each record belongs to"},
	store.CheckDates:       {Zh: "检查客户簿：日期", En: "checking the book: dates"},
	store.CheckAmounts:     {Zh: "检查客户簿：金额", En: "checking the book: amounts"},
	store.CheckOrphans:     {Zh: "检查客户簿：无主的记录", En: "checking the book: records that point nowhere"},
}

// checkWithProgress runs the check on a goroutine of its own while this one shows its progress
// (the screen is this goroutine's), once it runs longer than a second.
func (c *cli) checkWithProgress(s *store.Store, opts *checkOptions) ([]string, error) {
	steps := make(chan store.CheckStep, store.CheckSteps) // room for every step: the check never waits
	type result struct {
		problems []string
		err      error
	}
	done := make(chan result, 1)
	go func() {
		problems, err := s.CheckWith(c.ctx, store.CheckOptions{Quick: opts.Quick, Step: func(st store.CheckStep) { steps <- st }})
		done <- result{problems, err}
	}()
	p := c.newProgress()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case st := <-steps:
			p.step(checkStepText[st].In(c.lang))
		case <-tick.C:
			p.tick()
		case r := <-done:
			p.end()
			return r.problems, r.err
		}
	}
}
