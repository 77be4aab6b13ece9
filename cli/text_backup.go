package cli

import "guanxi/model"

// backupTexts are the messages of guanxi backup.
type backupTexts struct {
	Short             model.Text
	BackupCannotBe    model.Text
	BackupFailed      model.Text
	BackedUpBook      model.Text
	BackingUpBook     model.Text
	CancelledNoBackup model.Text
}

var backupText = backupTexts{
	Short:             model.Text{Zh: "把客户簿完整复制一份，TUI 开着也安全", En: "write a consistent copy of the book, safe while the TUI is open"},
	BackupCannotBe:    model.Text{Zh: "备份不能写到客户簿本身", En: "the backup cannot be the book itself"},
	BackupFailed:      model.Text{Zh: "备份失败：%v", En: "the backup failed: %v"},
	BackedUpBook:      model.Text{Zh: "已把客户簿备份到 %s。", En: "Backed up the book to %s."},
	BackingUpBook:     model.Text{Zh: "备份客户簿", En: "backing up the book"},
	CancelledNoBackup: model.Text{Zh: "已取消：没有写入备份", En: "cancelled: no backup was written"},
}
