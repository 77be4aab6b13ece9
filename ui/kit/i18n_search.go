package kit

import "guanxi/model"

func init() {
	for k, v := range map[string]model.Text{
		"list.countFirst":     {Zh: "%d 位客户 · 载入中…", En: "%d customers · loading…"},
		"list.searchingNotes": {Zh: "正在查找备注和联系记录…", En: "Searching notes and logged contacts…"},
		"list.notesBusy":      {Zh: " · 查备注…", En: " · notes…"},
		"list.notesFailed":    {Zh: " · 备注未能查找", En: " · notes not searched"},
	} {
		Strs[k] = v
	}
}
