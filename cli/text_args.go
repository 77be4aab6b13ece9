package cli

import "guanxi/model"

// argsTexts are the messages about what was typed: flags, arguments, codes and references.
type argsTexts struct {
	RefEmptyGive                 model.Text
	DateUnreadable               model.Text
	AmountUnreadable             model.Text
	MissingActionSee             model.Text
	TakesNot                     model.Text
	Or                           model.Text
	MissingRefCustomer           model.Text
	MissingSeeGuanxi             model.Text
	UnexpectedArgumentSee        model.Text
	DemoOpensSample              model.Text
	WhatLevel                    model.Text
	WhatStage                    model.Text
	WhatRelation                 model.Text
	WhatChannel                  model.Text
	WhatKind                     model.Text
	WhatReminder                 model.Text
	WhatRole                     model.Text
	MatchesCustomersUse          model.Text
	UnknownPersonalityType       model.Text
	UnknownPersonalityTypeChoose model.Text
	ThereNoCommand               model.Text
	UnknownFlagSee               model.Text
	FlagNeedsValue               model.Text
	NotValidValue                model.Text
	See                          model.Text
	UnknownUseOne                model.Text
	NoCustomerHas                model.Text
}

var argsText = argsTexts{
	RefEmptyGive:                 model.Text{Zh: "REF 不能为空：请给出客户编号、姓名或电话", En: "REF is empty: give a customer's id, name or phone"},
	DateUnreadable:               model.Text{Zh: "--%[1]s：无法识别日期“%[2]s”，请写成 2026-12-10、12月10日、明天、下周一、3天后 这样的日期", En: "--%[1]s: %[3]v"},
	AmountUnreadable:             model.Text{Zh: "--%[1]s：无法识别金额“%[2]s”，请写成 5000、5,000、1.5万 或 ¥500万", En: "--%[1]s: %[3]v"},
	MissingActionSee:             model.Text{Zh: "缺少动作：%s（guanxi %s --help 查看用法）", En: "missing the action: %s (see guanxi %s --help)"},
	TakesNot:                     model.Text{Zh: "%s 的动作只能是 %s，而不是“%s”", En: "%s takes %s, not %q"},
	Or:                           model.Text{Zh: " 或 ", En: " or "},
	MissingRefCustomer:           model.Text{Zh: "缺少 REF：客户编号，或只属于一位客户的姓名或电话（guanxi %s --help 查看用法）", En: "missing REF: a customer's id, or a name or phone that belongs to one customer (see guanxi %s --help)"},
	MissingSeeGuanxi:             model.Text{Zh: "缺少 %s（guanxi %s --help 查看用法）", En: "missing %s (see guanxi %s --help)"},
	UnexpectedArgumentSee:        model.Text{Zh: "多余的参数“%s”（guanxi %s --help 查看用法）", En: "unexpected argument %q (see guanxi %s --help)"},
	DemoOpensSample:              model.Text{Zh: "--demo 不能和命令一起使用", En: "--demo opens the sample book in the terminal UI and takes no command"},
	WhatLevel:                    model.Text{Zh: "客户级别", En: "level"},
	WhatStage:                    model.Text{Zh: "客户阶段", En: "stage"},
	WhatRelation:                 model.Text{Zh: "关系深度", En: "relation"},
	WhatChannel:                  model.Text{Zh: "联系方式", En: "channel"},
	WhatKind:                     model.Text{Zh: "类型", En: "kind"},
	WhatReminder:                 model.Text{Zh: "提醒类型", En: "reminder kind"},
	WhatRole:                     model.Text{Zh: "角色", En: "role"},
	MatchesCustomersUse:          model.Text{Zh: "“%s”对应 %d 位客户，请改用编号：%s", En: "%q matches %d customers; use the id: %s"},
	UnknownPersonalityType:       model.Text{Zh: "未知的性格类型“%s”；最接近的是：%s", En: "unknown personality type %q; the closest are: %s"},
	UnknownPersonalityTypeChoose: model.Text{Zh: "未知的性格类型“%s”；可选：%s", En: "unknown personality type %q; choose one of: %s"},
	ThereNoCommand:               model.Text{Zh: "没有“%s”这个命令；可用的命令：%s（guanxi --help 查看说明）", En: "there is no command %q; the commands are: %s (see guanxi --help)"},
	UnknownFlagSee:               model.Text{Zh: "未知的参数 %s（%s 查看用法）", En: "unknown flag %s (see %s)"},
	FlagNeedsValue:               model.Text{Zh: "参数 %s 需要一个值（%s 查看用法）", En: "flag %s needs a value (see %s)"},
	NotValidValue:                model.Text{Zh: "参数 --%s 的值 %s 无效（%s 查看用法）", En: "--%s: %s is not a valid value (see %s)"},
	See:                          model.Text{Zh: "%v（%s 查看用法）", En: "%v (see %s)"},
	UnknownUseOne:                model.Text{Zh: "--%s：未知的%s“%s”；可选：%s", En: "--%s: unknown %s %q; use one of %s"},
	NoCustomerHas:                model.Text{Zh: "找不到“%s”：没有这个编号、姓名或电话的客户（guanxi list --query 可以搜索）", En: "no customer has the id, name or phone %q (guanxi list --query searches)"},
}
