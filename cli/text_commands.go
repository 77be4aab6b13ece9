package cli

import "guanxi/model"

// commandsTexts are the messages of guanxi commands.
type commandsTexts struct {
	MissingRefCustomer    model.Text
	MissingSeeGuanxi      model.Text
	UnexpectedArgumentSee model.Text
}

var commandsText = commandsTexts{
	MissingRefCustomer:    model.Text{Zh: "缺少 REF：客户编号，或只属于一位客户的姓名或电话（guanxi %s --help 查看用法）", En: "missing REF: a customer's id, or a name or phone that belongs to one customer (see guanxi %s --help)"},
	MissingSeeGuanxi:      model.Text{Zh: "缺少 %s（guanxi %s --help 查看用法）", En: "missing %s (see guanxi %s --help)"},
	UnexpectedArgumentSee: model.Text{Zh: "多余的参数“%s”（guanxi %s --help 查看用法）", En: "unexpected argument %q (see guanxi %s --help)"},
}
