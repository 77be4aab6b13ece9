package kit

import (
	"os"

	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles are built once per program (and again only when colour is switched off), never per frame.
type Styles struct {
	Title     lipgloss.Style
	Header    lipgloss.Style
	Selected  lipgloss.Style
	Dim       lipgloss.Style
	Overdue   lipgloss.Style
	Today     lipgloss.Style
	Upcoming  lipgloss.Style
	Badge     lipgloss.Style
	Error     lipgloss.Style
	OK        lipgloss.Style
	Label     lipgloss.Style
	Focused   lipgloss.Style
	Border    lipgloss.Style
	Section   lipgloss.Style
	StatusBar lipgloss.Style
	Match     lipgloss.Style
	// Plain is text with no style, drawn by the theme's renderer; Cursor is the text cursor's
	// base (it is drawn in reverse video on top); Marked is a customer marked in the list.
	Plain  lipgloss.Style
	Cursor lipgloss.Style
	Marked lipgloss.Style
}

// NewStyles builds the theme. Without colour every style is plain apart from bold, reverse and
// underline, which keep the focus, the cursor, the selected row and the active tab visible:
// NO_COLOR takes colour away, not emphasis. lipgloss, seeing NO_COLOR, would drop those too, so
// the theme draws with its own renderer that writes them.
func NewStyles(noColor bool) *Styles {
	if noColor {
		r := lipgloss.NewRenderer(os.Stdout)
		r.SetColorProfile(termenv.ANSI)
		plain := r.NewStyle()
		return &Styles{
			Title: plain.Bold(true), Header: plain.Bold(true), Selected: plain.Reverse(true),
			Dim: plain, Overdue: plain.Bold(true), Today: plain.Bold(true), Upcoming: plain, Badge: plain,
			Error: plain.Bold(true), OK: plain, Label: plain, Focused: plain.Bold(true),
			Border: plain.Border(lipgloss.NormalBorder()), Section: plain.Bold(true).Underline(true),
			StatusBar: plain, Match: plain.Underline(true),
			Plain: plain, Cursor: plain, Marked: plain.Bold(true),
		}
	}
	accent := lipgloss.AdaptiveColor{Light: "#005F87", Dark: "#5FAFFF"}
	dim := lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#8A8A8A"}
	red := lipgloss.AdaptiveColor{Light: "#AF0000", Dark: "#FF5F5F"}
	amber := lipgloss.AdaptiveColor{Light: "#875F00", Dark: "#FFD75F"}
	green := lipgloss.AdaptiveColor{Light: "#005F00", Dark: "#87D787"}
	selBg := lipgloss.AdaptiveColor{Light: "#D0E4F5", Dark: "#264F78"}
	selFg := lipgloss.AdaptiveColor{Light: "#000000", Dark: "#FFFFFF"}
	badge := lipgloss.AdaptiveColor{Light: "#5F00AF", Dark: "#D7AFFF"}
	return &Styles{
		Title:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		Header:    lipgloss.NewStyle().Bold(true).Foreground(dim),
		Selected:  lipgloss.NewStyle().Background(selBg).Foreground(selFg),
		Dim:       lipgloss.NewStyle().Foreground(dim),
		Overdue:   lipgloss.NewStyle().Foreground(red).Bold(true),
		Today:     lipgloss.NewStyle().Foreground(amber).Bold(true),
		Upcoming:  lipgloss.NewStyle().Foreground(green),
		Badge:     lipgloss.NewStyle().Foreground(badge),
		Error:     lipgloss.NewStyle().Foreground(red).Bold(true),
		OK:        lipgloss.NewStyle().Foreground(green),
		Label:     lipgloss.NewStyle().Foreground(dim),
		Focused:   lipgloss.NewStyle().Foreground(accent).Bold(true),
		Border:    lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent),
		Section:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		StatusBar: lipgloss.NewStyle().Foreground(dim),
		Match:     lipgloss.NewStyle().Underline(true).Foreground(accent),
		Plain:     lipgloss.NewStyle(),
		Cursor:    lipgloss.NewStyle(),
		Marked:    lipgloss.NewStyle().Bold(true).Foreground(amber),
	}
}

// StyleInput draws a one-line input with the theme: its cursor in reverse video and its
// placeholder dim, never in bubbles' own colours, which NO_COLOR forbids.
func (st *Styles) StyleInput(in *textinput.Model) {
	in.Cursor.Style = st.Cursor
	in.Cursor.TextStyle = st.Plain
	in.PromptStyle, in.TextStyle = st.Plain, st.Plain
	in.PlaceholderStyle, in.CompletionStyle = st.Dim, st.Dim
}

// styleArea does the same for a field of several lines.
func (st *Styles) styleArea(ta *textarea.Model) {
	s := textarea.Style{Base: st.Plain, CursorLine: st.Plain, CursorLineNumber: st.Plain, EndOfBuffer: st.Plain,
		LineNumber: st.Plain, Placeholder: st.Dim, Prompt: st.Plain, Text: st.Plain}
	ta.FocusedStyle, ta.BlurredStyle = s, s
	ta.Cursor.Style = st.Cursor
	ta.Cursor.TextStyle = st.Plain
}
