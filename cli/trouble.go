package cli

import (
	"errors"
	"guanxi/model"
	"guanxi/store"
)

// troubleMessage says in words what is wrong with the book, the disk or the folder when err is
// such a trouble, and what to do; ok is false for any other error. Every one of these leaves the
// book as it was, and the sentence says so.
func (c *cli) troubleMessage(err error) (msg string, ok bool) {
	path, perr := c.dbPath()
	if perr != nil {
		path = "guanxi.db"
	}
	path = model.SanitizeLine(path)
	switch store.Failure(err) {
	case store.ErrReadOnly:
		return c.trf("无法写入客户簿 %s：文件或它所在的文件夹是只读的（guanxi 要在客户簿旁边写 -wal 和 -shm 文件）。文件未作任何改动；请恢复写权限（chmod u+w）后再试",
			"cannot write the book %s: the file or its folder is read-only (guanxi keeps -wal and -shm files beside the book). Nothing was changed; make both writable (chmod u+w) and try again", path), true
	case store.ErrDamaged:
		return c.trf("客户簿 %s 已损坏，guanxi 不会再写入它，文件未作任何改动。运行 guanxi check 查看损坏之处，并从备份恢复",
			"the book %s is damaged, so guanxi will not write to it; nothing was changed. Run guanxi check to see the damage, and restore a backup", path), true
	case store.ErrDiskFull:
		return c.tr("磁盘已满：这次修改没有保存，客户簿保持原样。腾出空间后再试",
			"the disk is full: the change was not saved and the book is as it was. Free some space and try again"), true
	case store.ErrDiskIO:
		return c.tr("系统拒绝读写客户簿（磁盘已满、文件超出限制或磁盘故障）：这次修改没有保存，客户簿保持原样",
			"the system refused to read or write the book (a full disk, a file size limit or a failing disk): the change was not saved and the book is as it was"), true
	case store.ErrBusy:
		return c.tr("客户簿被另一个程序占用太久：这次修改没有保存，请稍后再试",
			"another program kept the book busy for too long: the change was not saved; try again in a moment"), true
	}
	return "", false
}

// troubleError is troubleMessage as an error, or nil for any other error.
func (c *cli) troubleError(err error) error {
	if msg, ok := c.troubleMessage(err); ok {
		return errors.New(msg)
	}
	return nil
}

// rawToTerminal refuses to print an export on a terminal: an export is the data exactly as it is,
// control characters and all, which a terminal would act on.
func (c *cli) rawToTerminal() error {
	return c.usagef("导出的是原样数据，不能直接显示在终端上：请加 --out FILE，或重定向到文件（> FILE）",
		"an export is the data exactly as it is and is not shown on a terminal: give --out FILE, or redirect it (> FILE)")
}
