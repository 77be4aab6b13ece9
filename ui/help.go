package ui

import (
	"strings"

	"guanxi/ui/kit"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// helpOverlay lists every key of the current screen and the global ones, from the same bindings
// the screens match against.
type helpOverlay struct {
	c      *kit.Common
	screen kit.Screen
	global []key.Binding
	done   bool
	width  int
	height int
}

// helpNoter is a screen whose help says something besides its keys, under them.
type helpNoter interface{ HelpNote() string }

func newHelpOverlay(c *kit.Common, s kit.Screen, global []key.Binding) *helpOverlay {
	return &helpOverlay{c: c, screen: s, global: global}
}

func (h *helpOverlay) Done() bool        { return h.done }
func (h *helpOverlay) SetSize(w, ht int) { h.width, h.height = w, ht }

func (h *helpOverlay) Update(msg tea.Msg) (kit.Overlay, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		h.done = true
	}
	return h, nil
}

func (h *helpOverlay) View() string {
	st := h.c.Styles
	var keys []key.Binding
	for _, group := range h.screen.FullHelp() {
		keys = append(keys, group...)
	}
	section := func(title string, ks []key.Binding) string {
		// Each section aligns its own keys, so one long key (shift+tab) widens its section only,
		// and the columns still fit 80 cells.
		keyW := 0
		for _, k := range ks {
			keyW = max(keyW, kit.Width(k.Help().Key))
		}
		var b strings.Builder
		b.WriteString(st.Section.Render(title) + "\n")
		seen := map[string]bool{}
		for _, k := range ks {
			if !k.Enabled() || seen[k.Help().Key] {
				continue
			}
			seen[k.Help().Key] = true
			b.WriteString("  " + st.Focused.Render(kit.Fit(k.Help().Key, keyW)) + "  " + k.Help().Desc + "\n")
		}
		return b.String()
	}
	screenKeys := section(h.screen.Title(), keys)
	if n, ok := h.screen.(helpNoter); ok {
		// A screen's note flows with its keys, narrow enough for a column at 80×24.
		for _, l := range kit.Wrap(n.HelpNote(), 36) {
			screenKeys += "  " + st.Dim.Render(l) + "\n"
		}
	}
	globalKeys := section(h.c.T(kit.Texts.Help.Global), h.global)
	var body string
	// room is the lines the overlay has for keys, less its title, the line that says how to close
	// it, the blank lines and the border.
	room := max(h.height-6, 4)
	all := strings.Split(strings.TrimRight(screenKeys+"\n"+globalKeys, "\n"), "\n")
	if len(all) <= room {
		body = screenKeys + "\n" + globalKeys
	} else {
		// Too tall for one column (80×24 with Chinese text): the lines flow into columns side by
		// side, each as tall as the room, a section running on into the next column.
		var parts []string
		for start := 0; start < len(all); {
			end := min(start+room, len(all))
			// A column never ends on a blank line or a section's title.
			for end < len(all) && end > start+1 && !strings.HasPrefix(all[end-1], "  ") {
				end--
			}
			if start > 0 {
				parts = append(parts, "  ")
			}
			col := all[start:end]
			if col[0] == "" {
				col = col[1:]
			}
			parts = append(parts, strings.Join(col, "\n"))
			start = end
		}
		body = lipgloss.JoinHorizontal(lipgloss.Top, parts...)
	}
	body = st.Title.Render(h.c.T(kit.Texts.Help.Title)) + "\n\n" + strings.TrimRight(body, "\n") + "\n\n" + st.Dim.Render(h.c.T(kit.Texts.Help.Close))
	return st.Border.Padding(0, 1).Render(body)
}
