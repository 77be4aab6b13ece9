package ui

import "guanxi/model"

// The texts of input: prefilled dates, the form's questions and keys, the pickers, marking many
// customers, the trash view.
func init() {
	for k, v := range map[string]model.Text{
		// Prefilled values speak the UI's language; the date parser reads both.
		"pre.tomorrow": {Zh: "明天", En: "tomorrow"},
		"pre.in2days":  {Zh: "后天", En: "+2d"},
	} {
		strs[k] = v
	}
}
