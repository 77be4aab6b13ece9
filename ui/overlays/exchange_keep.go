package overlays

import (
	"github.com/charmbracelet/bubbles/key"
)

// The import box keeps what was typed: after a dry run the summary goes back to the form with the
// path and the options as they were, the dry run switched off, so enter imports for real.

// afterDryRun tells whether the box shows the summary of a dry run that read the file.
func (o *Exchange) afterDryRun() bool {
	return !o.Export && o.Stage == StageDone && o.dryRun && o.readFile
}

// backToForm shows the form again as it was typed, ready to import for real.
func (o *Exchange) backToForm() {
	o.Stage, o.lines, o.Shown, o.scroll = StageAsking, nil, nil, 0
	f := o.Form
	f.Saving, f.Finished, f.Err, f.ErrField = false, false, "", ""
	for i := range f.Fields {
		if f.Fields[i].Key == "dry" {
			f.Fields[i].Choice = 0 // no
			f.SetFocus(i)
		}
	}
}

// HoldsTyping: while the box asks for the file, ctrl+c goes to its form.
func (o *Exchange) HoldsTyping() bool { return o.Stage == StageAsking }

// ShortHelp and FullHelp are the box's keys for the footer: the form's while it asks.
func (o *Exchange) ShortHelp() []key.Binding {
	k := o.c.Keys
	switch o.Stage {
	case StageAsking:
		return o.Form.ShortHelp()
	case ioRunning:
		return []key.Binding{k.Cancel}
	}
	return []key.Binding{k.Up, k.Down, k.Back}
}

func (o *Exchange) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }
