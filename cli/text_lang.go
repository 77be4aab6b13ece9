package cli

import "guanxi/model"

// langTexts are the messages of guanxi lang.
type langTexts struct {
	WhatLevel                    model.Text
	WhatStage                    model.Text
	WhatRelation                 model.Text
	WhatChannel                  model.Text
	WhatKind                     model.Text
	WhatReminder                 model.Text
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

var langText = langTexts{
	WhatLevel:                    model.Text{Zh: "客户级别", En: "level"},
	WhatStage:                    model.Text{Zh: "客户阶段", En: "stage"},
	WhatRelation:                 model.Text{Zh: "关系深度", En: "relation"},
	WhatChannel:                  model.Text{Zh: "联系方式", En: "channel"},
	WhatKind:                     model.Text{Zh: "类型", En: "kind"},
	WhatReminder:                 model.Text{Zh: "提醒类型", En: "reminder kind"},
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
