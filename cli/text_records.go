package cli

import "guanxi/model"

// recordsTexts are the messages of the edit, delete and restore verbs under each record's noun (guanxi deal edit …).
type recordsTexts struct {
	EditShort         model.Text
	DeleteShort       model.Text
	RestoreShort      model.Text
	NothingChangeGive model.Text
	Corrected         model.Text
	MovedTrashRestore model.Text
	Restored          model.Text
	NotAnID           model.Text
}

var recordsText = recordsTexts{
	EditShort:         model.Text{Zh: "更正一条%[1]s", En: "correct a %[2]s"},
	DeleteShort:       model.Text{Zh: "把一条%[1]s移到回收站（可恢复）", En: "move a %[2]s to the trash (it can be restored)"},
	RestoreShort:      model.Text{Zh: "从回收站恢复一条%[1]s", En: "bring a %[2]s back from the trash"},
	NothingChangeGive: model.Text{Zh: "没有要修改的内容：请给出要改的参数（guanxi %s edit --help）", En: "nothing to change: give the flags to change (see guanxi %s edit --help)"},
	Corrected:         model.Text{Zh: "已更正%s %d。", En: "Corrected %s %d."},
	MovedTrashRestore: model.Text{Zh: "已把%s %d 移到回收站；恢复：guanxi %s restore %d", En: "Moved %s %d to the trash; to restore it: guanxi %s restore %d"},
	Restored:          model.Text{Zh: "已恢复%s %d。", En: "Restored %s %d."},
	NotAnID:           model.Text{Zh: "“%s”不是编号：请给出 guanxi show 列出的编号", En: "%q is not an id: give an id that guanxi show lists"},
}
