package kit

import "guanxi/model"

// MarkedTexts are the texts of marking many customers.
type MarkedTexts struct {
	Count     model.Text
	Title     model.Text
	Action    model.Text
	TagHint   model.Text
	OneTag    model.Text
	Scope     model.Text
	Leveled   model.Text
	Tagged    model.Text
	Typed     model.Text
	Trashed   model.Text
	UndoHint  model.Text
	Undoing   model.Text
	Undone    model.Text
	Customers Counted
}

var markedTexts = MarkedTexts{
	Count:     model.Text{Zh: "已标记 %d 位", En: "%d marked"},
	Title:     model.Text{Zh: "处理已标记的 %d 位客户", En: "Act on the %d marked customers"},
	Action:    model.Text{Zh: "要做什么", En: "What to do"},
	TagHint:   model.Text{Zh: "一个标签，如 展会、老客户", En: "one tag, e.g. trade-fair"},
	OneTag:    model.Text{Zh: "请写一个标签（不含空格和逗号）", En: "write one tag (no spaces or commas)"},
	Scope:     model.Text{Zh: "已标记的 %d 位", En: "the %d marked"},
	Leveled:   model.Text{Zh: "已把 %s改为%s", En: "Moved %s to %s"},
	Tagged:    model.Text{Zh: "已给 %[2]s加上标签“%[1]s”", En: "Added the tag %[1]q to %[2]s"},
	Typed:     model.Text{Zh: "已把%s标给 %s", En: "Set %s on %s"},
	Trashed:   model.Text{Zh: "已把 %s移到回收站", En: "Moved %s to the trash"},
	UndoHint:  model.Text{Zh: " · ctrl+z 撤销", En: " · ctrl+z to undo"},
	Undoing:   model.Text{Zh: "正在撤销…", En: "Undoing…"},
	Undone:    model.Text{Zh: "已撤销", En: "Undone"},
	Customers: counted("%d 位客户", "%d customer", "%d customers"),
}
