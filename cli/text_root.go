package cli

import "guanxi/model"

// rootTexts are the messages of guanxi root.
type rootTexts struct {
	DemoOpensSample model.Text
}

var rootText = rootTexts{
	DemoOpensSample: model.Text{Zh: "--demo 不能和命令一起使用", En: "--demo opens the sample book in the terminal UI and takes no command"},
}
