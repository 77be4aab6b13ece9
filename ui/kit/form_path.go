package kit

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// Tab completes a path in the import and export boxes, as a shell does: to the only name that
// fits, or to what all the names that fit share, listing them. The folder is read in a command,
// never in Update.

// pathCompletedMsg is the answer to a tab on a path field: the text to put in it and the names
// that fit.
type pathCompletedMsg struct {
	field string
	typed string // the text the completion was asked for; a field typed on since is left alone
	text  string
	names []string
}

func (pathCompletedMsg) ForOverlay() {}

// CompletePath makes a field's tab complete a path.
func (f *Form) CompletePath(key string) *Form {
	for i := range f.Fields {
		if f.Fields[i].Key == key {
			f.Fields[i].complete = func(typed string) tea.Cmd { return completePathCmd(key, typed) }
		}
	}
	return f
}

// completePathCmd reads the folder of the typed path and completes its last part.
func completePathCmd(field, typed string) tea.Cmd {
	return func() tea.Msg {
		text, names := completePathNow(typed)
		return pathCompletedMsg{field: field, typed: typed, text: text, names: names}
	}
}

// completePathNow is the completion itself: the folder is the typed path up to its last slash
// (~ is the home folder), the names are those that begin with what follows; a folder gets a slash.
func completePathNow(typed string) (string, []string) {
	dirPart, base := "", typed
	if i := strings.LastIndex(typed, string(filepath.Separator)); i >= 0 {
		dirPart, base = typed[:i+1], typed[i+1:]
	}
	dir := dirPart
	if dir == "" {
		dir = "."
	}
	if dir == "~/" || strings.HasPrefix(dir, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, dir[2:])
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return typed, nil
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !strings.HasPrefix(n, base) || strings.HasPrefix(n, ".") && !strings.HasPrefix(base, ".") {
			continue
		}
		if e.IsDir() {
			n += string(filepath.Separator)
		}
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return typed, nil
	}
	common := names[0]
	for _, n := range names[1:] {
		for !strings.HasPrefix(n, common) {
			common = common[:len(common)-1]
		}
	}
	if len(names) == 1 {
		names = nil
	}
	return dirPart + common, names
}

// completed puts a completion in its field, and the names that fit under the form; with nothing
// to complete, tab moves on.
func (f *Form) completed(msg pathCompletedMsg) {
	for i := range f.Fields {
		fd := &f.Fields[i]
		if fd.Key != msg.field || fd.Input.Value() != msg.typed {
			continue
		}
		if msg.text == msg.typed && len(msg.names) == 0 {
			// Nothing to complete (a new file's name): tab goes on to the next field as usual.
			if f.Focus == i {
				f.SetFocus(f.Step(+1))
			}
			return
		}
		fd.Input.SetValue(msg.text)
		fd.Input.CursorEnd()
		f.note = ""
		if len(msg.names) > 0 {
			f.note = strings.Join(msg.names, "  ")
		}
	}
}
