package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
	"os"

	"github.com/spf13/cobra"
)

// demoOptions is what `guanxi demo` was asked for.
type demoOptions struct {
	Size int
}

// newDemoCmd is `guanxi demo --size N --db PATH`.
func (c *cli) newDemoCmd() *cobra.Command {
	opts := &demoOptions{}
	cmd := c.command("demo", "", "demo --size N --db PATH",
		model.Text{Zh: "生成一本有 N 位客户的示例客户簿（用来试规模）", En: "write a generated book of N customers, for trying scale"}, func([]string) error { return c.runDemo(opts) })
	cmd.Flags().IntVar(&opts.Size, "size", 0, c.tr("客户数 `N`", "how many customers: `N`"))
	return cmd
}

// runDemo runs `guanxi demo` as opts asks.
func (c *cli) runDemo(opts *demoOptions) error {
	if opts.Size < 1 || opts.Size > 1_000_000 {
		return c.usagef("请用 --size 给出 1 到 1000000 之间的客户数", "give --size between 1 and 1000000")
	}
	path := c.dbFlag
	if path == "" {
		path = c.env("GUANXI_DB")
	}
	if path == "" {
		return c.usagef("请用 --db 给出新客户簿的文件名", "give the new book's file with --db PATH")
	}
	if _, err := os.Lstat(path); err == nil {
		return c.errorf("%s 已存在：示例客户簿只写入新文件", "%s already exists: a sample book is only written to a new file", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return c.errorf("无法使用 %s：%v", "cannot use %s: %v", path, err)
	}
	// The book is generated under a temporary name and takes its own only when complete: a run
	// stopped halfway leaves no book, never part of one.
	err := c.longRun(false, demoWriting, demoCancelled, func(ctx context.Context, t *tracker) error {
		return store.CreateFilled(path, func(s *store.Store) error {
			o := sampleOptions(opts.Size, c.today())
			o.Progress = func(n int) { t.count(int64(n), int64(opts.Size)) }
			o.Indexing = func() { t.step(demoIndexing.In(c.lang)) }
			return sample.Fill(ctx, s, o)
		}, store.WithClock(c.now))
	})
	if errors.Is(err, errCancelled) {
		return err
	}
	if errors.Is(err, store.ErrExists) {
		return c.errorf("%s 已存在：示例客户簿只写入新文件", "%s already exists: a sample book is only written to a new file", path)
	}
	if store.Failure(err) != nil {
		return c.openError(path, err)
	}
	if err != nil {
		return c.errorf("生成示例客户簿失败：%v", "writing the sample book failed: %v", err)
	}
	fmt.Fprintln(c.stdout, c.trf("已在 %[2]s 生成 %[1]d 位客户的示例客户簿。", "Wrote a sample book of %[1]d customers to %[2]s.", opts.Size, model.SanitizeLine(path)))
	return nil
}

// The steps of `guanxi demo` in its line of progress, and what a cancelled one leaves.
var (
	demoWriting   = model.Text{Zh: "生成示例客户簿：客户及其记录", En: "writing the sample book: customers and their records"}
	demoIndexing  = model.Text{Zh: "生成示例客户簿：建立索引", En: "writing the sample book: building its indexes"}
	demoCancelled = model.Text{Zh: "已取消：没有写入任何客户簿", En: "cancelled: no book was written"}
)

// sampleOptions are the options of a generated book of n customers; a large one gets the
// benchmark's proportions of logged contacts, deals and reminders.
func sampleOptions(n int, today model.Date) sample.Options {
	return sample.Options{Customers: n, Seed: 1, Today: today, Scale: n > 1000}
}
