package kit

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// Screen is one view of the program: the list, a customer's detail, the follow-up checklist, the
// catalog. The app keeps a stack of them and routes messages to the top one.
type Screen interface {
	help.KeyMap
	Update(msg tea.Msg) (Screen, tea.Cmd)
	View() string
	SetSize(w, h int)
	// Title names the screen in the header.
	Title() string
	// Reload asks for fresh data after the book changed (here or in another process).
	Reload() tea.Cmd
	// Typing tells whether printable keys go into a text field, so global keys leave them alone.
	Typing() bool
}

// Overlay is a box drawn over the screen that takes every key while open: a form, the help, a
// confirmation. Done tells the app to close it.
type Overlay interface {
	Update(msg tea.Msg) (Overlay, tea.Cmd)
	View() string
	SetSize(w, h int)
	Done() bool
}

// ToOverlay marks the messages the app hands to the open overlay rather than to the screens.
type ToOverlay interface{ ForOverlay() }
