package wording

import (
	"errors"
	"fmt"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// Trouble says in one sentence, in lang, what is wrong with the book at path, the disk or the
// folder when err is such a trouble (store.Failure), and what to do; ok is false for any other
// error. Every one of these leaves the book as it was, and the sentence says so. The command line
// prints it as its error; the terminal UI shows it in the status line and in a form that could not
// save.
func Trouble(err error, path string, lang model.Lang) (msg string, ok bool) {
	path = model.SanitizeLine(path)
	switch store.Failure(err) {
	case store.ErrReadOnly:
		return pick(lang,
			fmt.Sprintf("无法写入客户簿 %s：文件或它所在的文件夹是只读的（guanxi 要在客户簿旁边写 -wal 和 -shm 文件）。文件未作任何改动；请恢复写权限（chmod u+w）后再试", path),
			fmt.Sprintf("cannot write the book %s: the file or its folder is read-only (guanxi keeps -wal and -shm files beside the book). Nothing was changed; make both writable (chmod u+w) and try again", path)), true
	case store.ErrDamaged:
		return pick(lang,
			fmt.Sprintf("客户簿 %s 已损坏，guanxi 不会再写入它，文件未作任何改动。运行 guanxi check 查看损坏之处，并从备份恢复", path),
			fmt.Sprintf("the book %s is damaged, so guanxi will not write to it; nothing was changed. Run guanxi check to see the damage, and restore a backup", path)), true
	case store.ErrDiskFull:
		return model.Text{Zh: "磁盘已满：这次修改没有保存，客户簿保持原样。腾出空间后再试",
			En: "the disk is full: the change was not saved and the book is as it was. Free some space and try again"}.In(lang), true
	case store.ErrDiskIO:
		return model.Text{Zh: "系统拒绝读写客户簿（磁盘已满、文件超出限制或磁盘故障）：这次修改没有保存，客户簿保持原样",
			En: "the system refused to read or write the book (a full disk, a file size limit or a failing disk): the change was not saved and the book is as it was"}.In(lang), true
	case store.ErrBusy:
		return model.Text{Zh: "客户簿被另一个程序占用太久：这次修改没有保存，请稍后再试",
			En: "another program kept the book busy for too long: the change was not saved; try again in a moment"}.In(lang), true
	}
	return "", false
}

// ContactTimeProblem says why the typed time of a logged contact was not taken and what to write
// instead, from model.ContactTime's answer (at, err): the command line says it after --at, the
// log form under its field.
func ContactTimeProblem(typed string, at time.Time, err error, lang model.Lang) string {
	if errors.Is(err, model.ErrContactInFuture) {
		when := at.Format("2006-01-02 15:04")
		return pick(lang, fmt.Sprintf("联系记录不能记在将来（%s）", when), fmt.Sprintf("a contact cannot be logged in the future (%s)", when))
	}
	return pick(lang,
		fmt.Sprintf("无法识别时间“%s”，请写成 YYYY-MM-DD HH:MM、HH:MM、YYYY-MM-DD、昨天 15:00 或 今天", typed),
		fmt.Sprintf("cannot read %q: write YYYY-MM-DD HH:MM, HH:MM, YYYY-MM-DD, yesterday 15:00 or today", typed))
}
