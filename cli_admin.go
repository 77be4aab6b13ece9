package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"guanxi/model"
	"guanxi/store"
)

func defineBackup(c *cli, fs *flag.FlagSet) func([]string) error {
	force := fs.Bool("force", false, c.tr("目标文件已存在时覆盖它", "replace FILE when it exists"))
	return func(pos []string) error {
		dest := pos[0]
		s, err := c.open()
		if err != nil {
			return err
		}
		defer s.Close()
		if same, _ := store.SameFile(dest, s.Path()); same {
			return c.usagef("备份不能写到客户簿本身", "the backup cannot be the book itself")
		}
		if _, err := os.Stat(dest); err == nil && !*force {
			return c.errorf("%s 已存在：换个文件名，或加 --force 覆盖", "%s already exists: choose another name or pass --force", dest)
		}
		if err := s.Backup(c.ctx, dest, *force); err != nil {
			return c.errorf("备份失败：%v", "the backup failed: %v", err)
		}
		fmt.Fprintln(c.stdout, c.trf("已把客户簿备份到 %s。", "Backed up the book to %s.", model.SanitizeLine(dest)))
		return nil
	}
}

func defineCheck(c *cli, fs *flag.FlagSet) func([]string) error {
	return func([]string) error {
		s, err := c.open()
		if err != nil {
			return err
		}
		defer s.Close()
		problems, err := s.Check(c.ctx)
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
}

func defineDemo(c *cli, fs *flag.FlagSet) func([]string) error {
	size := fs.Int("size", 0, c.tr("客户数 `N`", "how many customers: `N`"))
	return func([]string) error {
		if *size < 1 || *size > 1_000_000 {
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
		s, err := store.Open(path)
		if err != nil {
			return c.openError(path, err)
		}
		s.Now = c.now
		err = fillSample(c.ctx, s, *size, c.today())
		s.Close()
		if err != nil {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(path + suffix)
			}
			return c.errorf("生成示例客户簿失败：%v", "writing the sample book failed: %v", err)
		}
		fmt.Fprintln(c.stdout, c.trf("已在 %[2]s 生成 %[1]d 位客户的示例客户簿。", "Wrote a sample book of %[1]d customers to %[2]s.", *size, model.SanitizeLine(path)))
		return nil
	}
}

// runTUI opens the user's book in the terminal UI.
func (c *cli) runTUI() error {
	s, err := c.open()
	if err != nil {
		return err
	}
	defer s.Close()
	defer c.snapshotInBackground(s)()
	return c.tuiError(c.startTUI(s, c.lang))
}

// tuiError says the terminal UI failed, keeping the cause.
func (c *cli) tuiError(err error) error {
	if err == nil {
		return nil
	}
	return c.errorf("终端界面出错：%v", "the terminal UI failed: %v", err)
}

// runDemoTUI opens the terminal UI on a fresh sample book in a temporary folder, removed on exit,
// so that trying guanxi never touches the user's own book.
func (c *cli) runDemoTUI() error {
	dir, err := os.MkdirTemp("", "guanxi-demo-")
	if err != nil {
		return c.errorf("无法创建临时文件夹：%v", "cannot make a temporary folder: %v", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "demo.db")
	s, err := store.Open(path)
	if err != nil {
		return c.openError(path, err)
	}
	defer s.Close()
	s.Now = c.now
	if err := demoSample(c.ctx, s, c.today()); err != nil {
		return c.errorf("生成示例客户簿失败：%v", "writing the sample book failed: %v", err)
	}
	return c.tuiError(c.startTUI(s, c.lang))
}
