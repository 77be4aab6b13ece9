package kit

import "guanxi/model"

// PrefillTexts are the texts of prefilled values, in the UI's language (the date parser reads both).
type PrefillTexts struct {
	// Prefilled values speak the UI's language; the date parser reads both.
	Tomorrow model.Text
	In2days  model.Text
}

var prefillTexts = PrefillTexts{
	Tomorrow: model.Text{Zh: "明天", En: "tomorrow"},
	In2days:  model.Text{Zh: "后天", En: "+2d"},
}
