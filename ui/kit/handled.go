package kit

import tea "github.com/charmbracelet/bubbletea"

// HandledBy asks each part of a screen in turn whether it handles msg, and answers with the
// command of the first that does: a screen keeps its records, its classes or its search in parts
// of their own, each of which knows its messages or keys. It tells whether one of them did.
func HandledBy[M tea.Msg](msg M, parts ...func(M) (tea.Cmd, bool)) (tea.Cmd, bool) {
	for _, part := range parts {
		if cmd, ok := part(msg); ok {
			return cmd, true
		}
	}
	return nil, false
}
