package kit

import "guanxi/model"

// ReplicaTexts are the texts of the header while another machine holds a replicated book.
type ReplicaTexts struct {
	ReadOnly model.Text
	LetGo    model.Text
}

var replicaTexts = ReplicaTexts{
	ReadOnly: model.Text{Zh: " 只读：「%s」正在写入 ", En: " read-only: %s holds the book "},
	LetGo:    model.Text{Zh: "「%s」已交出客户簿，现在可以在本机修改", En: "%s let the book go: it can be changed here now"},
}
