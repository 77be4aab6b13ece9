package kit

import "guanxi/model"

// FieldsTexts are the texts of the labels of the forms' fields.
type FieldsTexts struct {
	Name        model.Text
	Company     model.Text
	ShortName   model.Text
	Kind        model.Text
	Title       model.Text
	Phone       model.Text
	Email       model.Text
	Wechat      model.Text
	Level       model.Text
	Stage       model.Text
	Relation    model.Text
	Region      model.Text
	Industry    model.Text
	Address     model.Text
	Birthday    model.Text
	Tags        model.Text
	Notes       model.Text
	Source      model.Text
	Role        model.Text
	Channel     model.Text
	At          model.Text
	Summary     model.Text
	NextStep    model.Text
	Amount      model.Text
	Product     model.Text
	CreditDue   model.Text
	RemindKind  model.Text
	Note        model.Text
	Person      model.Text
	Type        model.Text
	Code        model.Text
	Typology    model.Text
	NameZh      model.Text
	NameEn      model.Text
	TraitsZh    model.Text
	TraitsEn    model.Text
	ApproachZh  model.Text
	ApproachEn  model.Text
	AvoidZh     model.Text
	AvoidEn     model.Text
	AboutZh     model.Text
	AboutEn     model.Text
	TagToRemove model.Text
	SegmentName model.Text
	Query       model.Text
	SnoozeTo    model.Text
	Date        model.Text
	What        model.Text
	Severity    model.Text
	Faith       model.Text
	Handler     model.Text
	ReplyBy     model.Text
	Complaint   model.Text
	Summary2    model.Text
	Deal        model.Text
	PlanMode    model.Text
	VisitEvery  model.Text
	CallEvery   model.Text
	Lead        model.Text
	Holiday     model.Text
	HolidayDays model.Text
	Repeat      model.Text
	Tag         model.Text
	PersonName  model.Text
	NextOn      model.Text
	ResolvedOn  model.Text
	ReferredBy  model.Text
	Size        model.Text
	Capital     model.Text
	Founded     model.Text
	Anniversary model.Text
}

var fieldsTexts = FieldsTexts{
	Name:        model.Text{Zh: "姓名/名称", En: "Name"},
	Company:     model.Text{Zh: "公司", En: "Company"},
	ShortName:   model.Text{Zh: "简称", En: "Short name"},
	Kind:        model.Text{Zh: "类型", En: "Kind"},
	Title:       model.Text{Zh: "职务", En: "Title"},
	Phone:       model.Text{Zh: "电话", En: "Phone"},
	Email:       model.Text{Zh: "邮箱", En: "Email"},
	Wechat:      model.Text{Zh: "微信", En: "WeChat"},
	Level:       model.Text{Zh: "级别", En: "Level"},
	Stage:       model.Text{Zh: "阶段", En: "Stage"},
	Relation:    model.Text{Zh: "关系", En: "Relation"},
	Region:      model.Text{Zh: "地区", En: "Region"},
	Industry:    model.Text{Zh: "行业", En: "Industry"},
	Address:     model.Text{Zh: "地址", En: "Address"},
	Birthday:    model.Text{Zh: "生日", En: "Birthday"},
	Tags:        model.Text{Zh: "标签", En: "Tags"},
	Notes:       model.Text{Zh: "备注", En: "Notes"},
	Source:      model.Text{Zh: "来源", En: "Source"},
	Role:        model.Text{Zh: "角色", En: "Role"},
	Channel:     model.Text{Zh: "方式", En: "Channel"},
	At:          model.Text{Zh: "时间", En: "When"},
	Summary:     model.Text{Zh: "谈了什么", En: "What was said"},
	NextStep:    model.Text{Zh: "下一步", En: "Next step"},
	Amount:      model.Text{Zh: "金额", En: "Amount"},
	Product:     model.Text{Zh: "产品", En: "Product"},
	CreditDue:   model.Text{Zh: "欠款到期", En: "Credit due"},
	RemindKind:  model.Text{Zh: "提醒类型", En: "Kind"},
	Note:        model.Text{Zh: "说明", En: "Note"},
	Person:      model.Text{Zh: "对象", En: "Person"},
	Type:        model.Text{Zh: "性格类型", En: "Type"},
	Code:        model.Text{Zh: "代码", En: "Code"},
	Typology:    model.Text{Zh: "所属分类", En: "Typology"},
	NameZh:      model.Text{Zh: "中文名", En: "Chinese name"},
	NameEn:      model.Text{Zh: "英文名", En: "English name"},
	TraitsZh:    model.Text{Zh: "特点（中文）", En: "Traits (zh)"},
	TraitsEn:    model.Text{Zh: "特点（英文）", En: "Traits (en)"},
	ApproachZh:  model.Text{Zh: "应对（中文）", En: "Approach (zh)"},
	ApproachEn:  model.Text{Zh: "应对（英文）", En: "Approach (en)"},
	AvoidZh:     model.Text{Zh: "避免（中文）", En: "Avoid (zh)"},
	AvoidEn:     model.Text{Zh: "避免（英文）", En: "Avoid (en)"},
	AboutZh:     model.Text{Zh: "说明（中文）", En: "About (zh)"},
	AboutEn:     model.Text{Zh: "说明（英文）", En: "About (en)"},
	TagToRemove: model.Text{Zh: "去掉哪一个", En: "Which one"},
	SegmentName: model.Text{Zh: "名称", En: "Name"},
	Query:       model.Text{Zh: "条件", En: "Query"},
	SnoozeTo:    model.Text{Zh: "推迟到", En: "Put off to"},
	Date:        model.Text{Zh: "日期", En: "Date"},
	What:        model.Text{Zh: "投诉内容", En: "Complaint"},
	Severity:    model.Text{Zh: "严重程度", En: "Severity"},
	Faith:       model.Text{Zh: "性质", En: "Nature"},
	Handler:     model.Text{Zh: "经办人", En: "Handled by"},
	ReplyBy:     model.Text{Zh: "答复期限", En: "Reply by"},
	Complaint:   model.Text{Zh: "哪条投诉", En: "Which"},
	Summary2:    model.Text{Zh: "处理结果", En: "Outcome"},
	Deal:        model.Text{Zh: "冲抵", En: "Against"},
	PlanMode:    model.Text{Zh: "计划", En: "Plan"},
	VisitEvery:  model.Text{Zh: "拜访间隔（天）", En: "Visit every (days)"},
	CallEvery:   model.Text{Zh: "电话间隔（天）", En: "Call every (days)"},
	Lead:        model.Text{Zh: "提前天数", En: "Days ahead"},
	Holiday:     model.Text{Zh: "节日名称", En: "Name"},
	HolidayDays: model.Text{Zh: "日期", En: "Dates"},
	Repeat:      model.Text{Zh: "重复", En: "Repeat"},
	Tag:         model.Text{Zh: "标签", En: "Tag"},
	PersonName:  model.Text{Zh: "姓名", En: "Name"},
	NextOn:      model.Text{Zh: "下一步日期", En: "Next step on"},
	ResolvedOn:  model.Text{Zh: "解决日期", En: "Resolved on"},
	ReferredBy:  model.Text{Zh: "介绍人", En: "Referred by"},
	Size:        model.Text{Zh: "规模", En: "Size"},
	Capital:     model.Text{Zh: "注册资本", En: "Registered capital"},
	Founded:     model.Text{Zh: "成立日", En: "Founded"},
	Anniversary: model.Text{Zh: "纪念日", En: "Anniversary"},
}
