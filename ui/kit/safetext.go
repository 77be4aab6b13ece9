package kit

import (
	"strings"

	"guanxi/model"
)

// InputView makes a text field's rendering safe to print. bubbles' fields drop C0 and C1
// controls from what is typed, pasted or set, but keep bidi controls and line separators, which
// would reorder or break the screen: they are left out of the rendering. They take no cell, so the
// field keeps its width and the cursor its place, and the text itself, which is saved, is kept
// as typed.
func InputView(view string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x80 && model.SanitizeLine(string(r)) != string(r) {
			return -1
		}
		return r
	}, view)
}
