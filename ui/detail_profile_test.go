package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/mattn/go-runewidth"

	"guanxi/model"
)

// The archive's profile is a column of labels and a column of values: the order total is a
// field like the phone above it, its value where the phone's starts, in both languages.
func TestDetailProfileValuesLineUp(t *testing.T) {
	for _, lang := range []model.Lang{model.Zh, model.En} {
		_, a := fixtureApp(t, lang, 80, 24)
		press(a, tea.KeyTab)
		press(a, tea.KeyEnter)
		lines := strings.Split(screenText(a), "\n")
		column := func(prefix string) int {
			for _, l := range lines {
				if v, ok := strings.CutPrefix(l, " "+prefix); ok {
					return runewidth.StringWidth(" "+prefix) + runewidth.StringWidth(v) - runewidth.StringWidth(strings.TrimLeft(v, " "))
				}
			}
			t.Fatalf("%s: no line starts with %q:\n%s", lang, prefix, strings.Join(lines, "\n"))
			return 0
		}
		labels := map[model.Lang][2]string{model.Zh: {"电话", "累计成交"}, model.En: {"Phone", "Orders"}}[lang]
		phone, orders := labels[0], labels[1]
		if p, o := column(phone), column(orders); p != o {
			t.Errorf("%s: the phone's value starts at column %d, the order total's at %d:\n%s", lang, p, o, strings.Join(lines[:12], "\n"))
		}
	}
}
