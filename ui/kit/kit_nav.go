package kit

import (
	tea "github.com/charmbracelet/bubbletea"
)

// OpenForm opens a form at once rather than through a command: a command's answer could arrive
// after the keys typed into the form, which would then go to the screen beneath.
func OpenForm(f *Form) tea.Cmd {
	f.C.Pending = f
	return nil
}

func StatusCmd(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text, IsErr: isErr} }
}
