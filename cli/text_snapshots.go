package cli

import "guanxi/model"

// snapshotsTexts are the messages of guanxi snapshots.
type snapshotsTexts struct {
	UnknownArgument           model.Text
	Short                     model.Text
	ListAsJSON                model.Text
	ListShort                 model.Text
	Daily                     model.Text
	Weekly                    model.Text
	BeforeRestore             model.Text
	CannotReadSnapshot        model.Text
	NoSnapshotsYet            model.Text
	Kind                      model.Text
	Taken                     model.Text
	Size                      model.Text
	KeptRestoreOne            model.Text
	PutSnapshotBack           model.Text
	UsageGuanxiSnapshots      model.Text
	RestoreWithoutAsking      model.Text
	NoSnapshotCalled          model.Text
	NotSoundGuanxi            model.Text
	BookOpenElsewhere         model.Text
	ReplaceBookSnapshot       model.Text
	HoldsCustomersNow         model.Text
	PassForceConfirm          model.Text
	TypeYesConfirm            model.Text
	CancelledBookWas          model.Text
	BookOpenElsewhereClose    model.Text
	RestoredBookFrom          model.Text
	BookAsWas                 model.Text
	CheckingSnapshotRestoring model.Text
}

var snapshotsText = snapshotsTexts{
	UnknownArgument:           model.Text{Zh: "未知的参数“%s”：guanxi snapshots 列出快照，guanxi snapshots restore 快照 恢复", En: "unknown argument %q: guanxi snapshots lists the snapshots, guanxi snapshots restore SNAPSHOT restores one"},
	Short:                     model.Text{Zh: "列出每天自动拍的快照；snapshots restore 用快照恢复客户簿", En: "list the automatic daily snapshots; snapshots restore puts one back as the book"},
	ListAsJSON:                model.Text{Zh: "以 JSON 数组列出", En: "list as a JSON array"},
	ListShort:                 model.Text{Zh: "列出每天自动拍的快照", En: "list the automatic daily snapshots"},
	Daily:                     model.Text{Zh: "每日", En: "daily"},
	Weekly:                    model.Text{Zh: "每周", En: "weekly"},
	BeforeRestore:             model.Text{Zh: "恢复前", En: "before restore"},
	CannotReadSnapshot:        model.Text{Zh: "读不了快照文件夹：%v", En: "cannot read the snapshot folder: %v"},
	NoSnapshotsYet:            model.Text{Zh: "还没有快照。guanxi 每天第一次打开客户簿（终端界面，或会写入的命令）时自动拍一份，放在 %s。", En: "No snapshots yet. guanxi takes one a day, the first time the book is opened by the terminal UI or a command that writes, in %s."},
	Kind:                      model.Text{Zh: "类别", En: "KIND"},
	Taken:                     model.Text{Zh: "拍摄时间", En: "TAKEN"},
	Size:                      model.Text{Zh: "大小", En: "SIZE"},
	KeptRestoreOne:            model.Text{Zh: "保存在 %s。恢复：guanxi snapshots restore 名称", En: "Kept in %s. To restore one: guanxi snapshots restore NAME"},
	PutSnapshotBack:           model.Text{Zh: "用一个快照恢复客户簿（现在的客户簿先另存一份）", En: "put a snapshot back as the book (the book as it is now is kept aside first)"},
	UsageGuanxiSnapshots:      model.Text{Zh: "用法：guanxi snapshots restore 快照（名称见 guanxi snapshots）", En: "usage: guanxi snapshots restore SNAPSHOT (see guanxi snapshots for the names)"},
	RestoreWithoutAsking:      model.Text{Zh: "不再询问，直接恢复", En: "restore without asking"},
	NoSnapshotCalled:          model.Text{Zh: "没有叫“%s”的快照（guanxi snapshots 列出全部）", En: "no snapshot is called %q (see guanxi snapshots)"},
	NotSoundGuanxi:            model.Text{Zh: "%s 不是完好的 guanxi 客户簿，没有恢复：%v", En: "%s is not a sound guanxi book; nothing was restored: %v"},
	BookOpenElsewhere:         model.Text{Zh: "客户簿 %s 正在别处打开（终端界面或另一个命令）：先关掉它再恢复", En: "the book %s is open elsewhere (the terminal UI or another command): close it first, then restore"},
	ReplaceBookSnapshot:       model.Text{Zh: "用快照 %s（%d 位客户）替换客户簿 %s", En: "Replace the book %[3]s with the snapshot %[1]s (%[2]d customers)"},
	HoldsCustomersNow:         model.Text{Zh: "（现有 %d 位客户；当前的客户簿会先另存一份到快照文件夹）", En: " (it holds %d customers now; a copy of it is kept in the snapshot folder first)"},
	PassForceConfirm:          model.Text{Zh: "%s。确认请加 --force", En: "%s. Pass --force to confirm"},
	TypeYesConfirm:            model.Text{Zh: "？输入 yes 确认：", En: "? Type yes to confirm: "},
	CancelledBookWas:          model.Text{Zh: "已取消，客户簿没有改动。", En: "Cancelled; the book was not changed."},
	BookOpenElsewhereClose:    model.Text{Zh: "客户簿 %s 正在别处打开：先关掉它再恢复", En: "the book %s is open elsewhere: close it first, then restore"},
	RestoredBookFrom:          model.Text{Zh: "已用快照 %s 恢复客户簿。", En: "Restored the book from the snapshot %s."},
	BookAsWas:                 model.Text{Zh: "恢复前的客户簿保存在 %s。", En: "The book as it was before is kept in %s."},
	CheckingSnapshotRestoring: model.Text{Zh: "检查快照并恢复客户簿", En: "checking the snapshot and restoring the book"},
}
