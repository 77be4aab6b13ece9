package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// helpOverlay lists every key of the current screen and the global ones, from the same bindings
// the screens match against.
type helpOverlay struct {
	c      *common
	screen screen
	global []key.Binding
	done   bool
	width  int
	height int
}

func newHelpOverlay(c *common, s screen, global []key.Binding) *helpOverlay {
	return &helpOverlay{c: c, screen: s, global: global}
}

func (h *helpOverlay) Done() bool        { return h.done }
func (h *helpOverlay) SetSize(w, ht int) { h.width, h.height = w, ht }

func (h *helpOverlay) Update(msg tea.Msg) (overlay, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		h.done = true
	}
	return h, nil
}

func (h *helpOverlay) View() string {
	st := h.c.st
	var keys []key.Binding
	for _, group := range h.screen.FullHelp() {
		keys = append(keys, group...)
	}
	keyW := 0
	for _, k := range append(keys, h.global...) {
		keyW = max(keyW, width(k.Help().Key))
	}
	section := func(title string, ks []key.Binding) string {
		var b strings.Builder
		b.WriteString(st.Section.Render(title) + "\n")
		seen := map[string]bool{}
		for _, k := range ks {
			if !k.Enabled() || seen[k.Help().Key] {
				continue
			}
			seen[k.Help().Key] = true
			b.WriteString("  " + st.Focused.Render(fit(k.Help().Key, keyW)) + "  " + k.Help().Desc + "\n")
		}
		return b.String()
	}
	screenKeys := section(h.screen.Title(), keys)
	globalKeys := section(h.c.t("help.global"), h.global)
	var body string
	if strings.Count(screenKeys+globalKeys, "\n")+5 > h.height {
		// Side by side when one column would not fit the height (80×24 with Chinese text).
		body = lipgloss.JoinHorizontal(lipgloss.Top, screenKeys, "    ", globalKeys)
	} else {
		body = screenKeys + "\n" + globalKeys
	}
	body = st.Title.Render(h.c.t("help.title")) + "\n\n" + strings.TrimRight(body, "\n") + "\n\n" + st.Dim.Render(h.c.t("help.close"))
	return st.Border.Padding(0, 1).Render(body)
}
