package ui

import (
	"strings"
	"testing"

	"guanxi/model"
	"guanxi/ui/kit"
)

// forgetfulScreen is a screen whose view puts user text on the screen without sanitizing it, as
// a new view might by mistake.
type forgetfulScreen struct{ kit.Screen }

func (forgetfulScreen) View() string {
	return "客户\x1b]0;pwned\x07名\x1b[2J\x1b[H\r\b\u202e反\n\x1b]52;c;Y29weQ==\x07"
}

func (forgetfulScreen) Title() string { return "标题\x1b[31m" }

// TestAFrameIsSafeEvenWhenAViewForgets: what a screen forgot to sanitize reaches the terminal as
// text, since the app's one writer passes every frame through kit.SafeFrame; the theme's colours
// stay.
func TestAFrameIsSafeEvenWhenAViewForgets(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	a.stack = append(a.stack, forgetfulScreen{a.top()})
	frame := a.View()
	for _, bad := range []string{"\x1b]", "\x07", "\x1b[2J", "\x1b[H", "\r", "\b", "\u202e", "\x1b[31m标"} {
		if strings.Contains(frame, bad) {
			t.Errorf("the frame holds %q:\n%q", bad, frame)
		}
	}
	for _, shown := range []string{"客户␛]0;pwned␇名␛[2J␛[H␍␈\\u202e反", "␛]52;c;Y29weQ==␇"} {
		if !strings.Contains(frame, shown) {
			t.Errorf("the frame does not show %q as text:\n%q", shown, frame)
		}
	}
	if !strings.Contains(frame, "\x1b[") {
		t.Error("the theme's colours were taken out of the frame")
	}
}
