package cli

import "guanxi/model"

// demoTexts are the messages of guanxi demo.
type demoTexts struct {
	Short                     model.Text
	HowManyCustomers          model.Text
	GiveSizeBetween           model.Text
	GiveNewBook               model.Text
	AlreadyExistsSample       model.Text
	CannotUse                 model.Text
	WroteSampleBook           model.Text
	WritingSampleBook         model.Text
	WritingSampleBookBuilding model.Text
	CancelledNoBook           model.Text
}

var demoText = demoTexts{
	Short:                     model.Text{Zh: "生成一本有 N 位客户的示例客户簿（用来试规模）", En: "write a generated book of N customers, for trying scale"},
	HowManyCustomers:          model.Text{Zh: "客户数 `N`", En: "how many customers: `N`"},
	GiveSizeBetween:           model.Text{Zh: "请用 --size 给出 1 到 1000000 之间的客户数", En: "give --size between 1 and 1000000"},
	GiveNewBook:               model.Text{Zh: "请用 --db 给出新客户簿的文件名", En: "give the new book's file with --db PATH"},
	AlreadyExistsSample:       model.Text{Zh: "%s 已存在：示例客户簿只写入新文件", En: "%s already exists: a sample book is only written to a new file"},
	CannotUse:                 model.Text{Zh: "无法使用 %s：%v", En: "cannot use %s: %v"},
	WroteSampleBook:           model.Text{Zh: "已在 %[2]s 生成 %[1]d 位客户的示例客户簿。", En: "Wrote a sample book of %[1]d customers to %[2]s."},
	WritingSampleBook:         model.Text{Zh: "生成示例客户簿：客户及其记录", En: "writing the sample book: customers and their records"},
	WritingSampleBookBuilding: model.Text{Zh: "生成示例客户簿：建立索引", En: "writing the sample book: building its indexes"},
	CancelledNoBook:           model.Text{Zh: "已取消：没有写入任何客户簿", En: "cancelled: no book was written"},
}
