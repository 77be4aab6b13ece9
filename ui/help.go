package ui

import (
	"fmt"
	"strings"

	"guanxi/ui/kit"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// helpOverlay lists every key of the current screen and the global ones, from the same bindings
// the screens match against. Where they do not fit the screen side by side (80×24 in English),
// they come in pages: pgdn and pgup turn them, any other key closes the help.
type helpOverlay struct {
	c      *kit.Common
	screen kit.Screen
	global []key.Binding
	done   bool
	page   int
	width  int
	height int
}

// helpNoter is a screen whose help says something besides its keys, under them.
type helpNoter interface{ HelpNote() string }

func newHelpOverlay(c *kit.Common, s kit.Screen, global []key.Binding) *helpOverlay {
	return &helpOverlay{c: c, screen: s, global: global}
}

func (h *helpOverlay) Done() bool        { return h.done }
func (h *helpOverlay) SetSize(w, ht int) { h.width, h.height, h.page = w, ht, 0 }

func (h *helpOverlay) Update(msg tea.Msg) (kit.Overlay, tea.Cmd) {
	if msg, ok := msg.(tea.KeyMsg); ok {
		pages := len(h.pages())
		// In a help of pages, pgdn and pgup stop at its ends rather than close it.
		switch {
		case pages > 1 && key.Matches(msg, h.c.Keys.PageDown):
			h.page = min(h.page+1, pages-1)
		case pages > 1 && key.Matches(msg, h.c.Keys.PageUp):
			h.page = max(h.page-1, 0)
		default:
			h.done = true
		}
	}
	return h, nil
}

func (h *helpOverlay) View() string {
	st := h.c.Styles
	pages := h.pages()
	page := pages[min(h.page, len(pages)-1)]
	closing := h.c.T(kit.Texts.Help.Close)
	if len(pages) > 1 {
		closing = fmt.Sprintf(h.c.T(kit.Texts.Help.Page), h.page+1, len(pages))
	}
	body := st.Title.Render(h.c.T(kit.Texts.Help.Title)) + "\n\n" + strings.TrimRight(page, "\n") + "\n\n" + st.Dim.Render(closing)
	return st.Border.Padding(0, 1).Render(body)
}

// pages lays the keys out: one column where they fit the height, else columns side by side, as
// many to a page as fit the width.
func (h *helpOverlay) pages() []string {
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
	globalKeys := section(h.c.T(kit.Texts.Help.Global), h.global)
	if n, ok := h.screen.(helpNoter); ok {
		// A screen's note flows with its keys, no wider than they are: at 80×24 the lines flow
		// into columns side by side (below), and a wider note would push the last one off the
		// screen.
		noteW := 20
		for _, l := range strings.Split(screenKeys+globalKeys, "\n") {
			noteW = max(noteW, kit.Width(l)-2)
		}
		for _, l := range kit.Wrap(n.HelpNote(), noteW) {
			screenKeys += "  " + st.Dim.Render(l) + "\n"
		}
	}
	// room is the lines the overlay has for keys, less its title, the line that says how to close
	// it, the blank lines and the border; wide is the cells it has, less its border and padding.
	room, wide := max(h.height-6, 4), max(h.width-4, 20)
	all := strings.Split(strings.TrimRight(screenKeys+"\n"+globalKeys, "\n"), "\n")
	if len(all) <= room {
		return []string{screenKeys + "\n" + globalKeys}
	}
	// Too tall for one column (80×24 with Chinese text): the lines flow into columns, each as tall
	// as the room, a section running on into the next column.
	var cols []string
	for start := 0; start < len(all); {
		end := min(start+room, len(all))
		// A column never ends on a blank line or a section's title.
		for end < len(all) && end > start+1 && !strings.HasPrefix(all[end-1], "  ") {
			end--
		}
		col := all[start:end]
		if col[0] == "" {
			col = col[1:]
		}
		cols = append(cols, strings.Join(col, "\n"))
		start = end
	}
	var pages []string
	for first := 0; first < len(cols); {
		parts, w := []string{cols[first]}, lipgloss.Width(cols[first])
		next := first + 1
		for ; next < len(cols) && w+2+lipgloss.Width(cols[next]) <= wide; next++ {
			parts = append(parts, "  ", cols[next])
			w += 2 + lipgloss.Width(cols[next])
		}
		pages = append(pages, lipgloss.JoinHorizontal(lipgloss.Top, parts...))
		first = next
	}
	return pages
}
