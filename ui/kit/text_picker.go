package kit

import "guanxi/model"

// PickerTexts are the texts of the pickers.
type PickerTexts struct {
	More model.Text
	Sep  model.Text
}

var pickerTexts = PickerTexts{
	More: model.Text{Zh: "还有 %d 个，继续输入可缩小范围", En: "%d more; type to narrow"},
	Sep:  model.Text{Zh: "；", En: "; "},
}
