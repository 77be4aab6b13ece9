package kit

import (
	tea "github.com/charmbracelet/bubbletea"
)

// Page names a screen the app can show. A screen never builds another: it asks for a page with
// Navigate, and the app builds it from its table of page makers.
type Page int

const (
	// The top-level views, in the order of their tabs.
	PageList Page = iota
	PageFollowUp
	PageCatalog
	PageAnalysis
	// PageDetail is one customer's archive, opened over the current view.
	PageDetail
	// PagePlanSettings is the visit plans of the levels, holidays and greetings.
	PagePlanSettings
	// PageTrash is the trash, opened over the current view alone.
	PageTrash
)

// NavigateMsg asks the app to show a page: a top-level view is switched to, any other page is
// opened over the current screen (esc goes back). ID is the customer of a detail page.
type NavigateMsg struct {
	Page Page
	ID   int64
}

// Navigate answers a NavigateMsg.
func Navigate(p Page, id int64) tea.Cmd {
	return func() tea.Msg { return NavigateMsg{Page: p, ID: id} }
}

// Show opens an overlay at once rather than through a command: a command's answer could arrive
// after the keys typed into the overlay, which would then go to the screen beneath. The app
// installs it before the next message. It is the one way an overlay is opened.
func (c *Common) Show(o Overlay) tea.Cmd {
	c.pending = o
	return nil
}

// TakeShown returns the overlay Show opened since the last call, if any, and forgets it.
func (c *Common) TakeShown() Overlay {
	o := c.pending
	c.pending = nil
	return o
}

// ShowMsg carries an overlay that could be built only after a read (a form filled from the book);
// the app opens it as Show does.
type ShowMsg struct{ Overlay Overlay }

// OpenForm opens a form at once (Show).
func OpenForm(f *Form) tea.Cmd { return f.C.Show(f) }

// StatusCmd shows a line in the status bar.
func StatusCmd(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text, IsErr: isErr} }
}
