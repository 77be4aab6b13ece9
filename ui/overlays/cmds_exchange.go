package overlays

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/exchange"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// The store calls of import, export and merging duplicates. Each returns a tea.Cmd that captures
// values and answers with a typed message; Update never does I/O.

// expandPath reads ~ at the start of a path as the home folder.
func expandPath(p string) string {
	p = strings.TrimSpace(p)
	if rest, ok := strings.CutPrefix(p, "~"); ok && (rest == "" || rest[0] == '/' || rest[0] == filepath.Separator) {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return p
}

// ImportStartedMsg says an import began; its progress and end come through ch.
type ImportStartedMsg struct {
	Ch     <-chan tea.Msg
	Cancel context.CancelFunc
}

// ImportProgressMsg says how far the import has read.
type ImportProgressMsg struct {
	Ch          <-chan tea.Msg
	Done, Total int64
}

// ImportDoneMsg brings what the import did, or why it failed.
type ImportDoneMsg struct {
	sum exchange.Summary
	Err error
}

// ioFailedMsg says the file of an import or export cannot be used; the form shows why.
type ioFailedMsg struct{ err error }

// exportDoneMsg says how many records an export wrote, and where.
type exportDoneMsg struct {
	n    int
	path string
	f    exchange.Format
	err  error
}

// startImport checks the file, then runs the import in the background: one goroutine reads and
// writes, and sends its progress through a channel that waitImport reads message by message.
// The import is one transaction, so cancelling it leaves the book as it was.
func startImport(s *store.Store, path string, o exchange.Options) tea.Cmd {
	return func() tea.Msg {
		path = expandPath(path)
		info, err := os.Stat(path)
		if err != nil {
			return ioFailedMsg{err}
		}
		if info.IsDir() {
			return ioFailedMsg{errors.New(path + " is a folder")}
		}
		ctx, cancel := context.WithCancel(context.Background())
		ch := make(chan tea.Msg, 4)
		o.Progress = func(done, total int64) {
			select {
			case ch <- ImportProgressMsg{Ch: ch, Done: done, Total: total}:
			default: // the screen is behind: this step is skipped, the next one tells
			}
		}
		go func() {
			sum, err := exchange.Import(ctx, s, path, o)
			ch <- ImportDoneMsg{sum: sum, Err: err}
			close(ch)
		}()
		return ImportStartedMsg{Ch: ch, Cancel: cancel}
	}
}

// waitImport answers with the next message of a running import.
func waitImport(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

// runExport writes the export to a private file.
func runExport(s *store.Store, path string, o exchange.ExportOptions, replace bool) tea.Cmd {
	return kit.Within(10*kit.LoadTimeout, func(ctx context.Context) tea.Msg {
		path = expandPath(path)
		n, err := exchange.ExportFile(ctx, s, path, o, replace)
		return exportDoneMsg{n: n, path: path, f: o.Format, err: err}
	})
}

// FindDuplicatesOf reads the customers that look like the customer of, then opens the list of
// them, or says there are none.
func FindDuplicatesOf(c *kit.Common, of model.Customer) tea.Cmd {
	s := c.Store
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		matches, err := s.DuplicatesOf(ctx, of.ID)
		return duplicatesFound(c, of, matches, err)
	})
}

// mergeCustomers merges customer drop into keep in one transaction.
func mergeCustomers(s *store.Store, keep, drop int64, lang model.Lang) tea.Cmd {
	return kit.Save(kit.Texts.Saved.Merged, keep, func(ctx context.Context) error {
		_, err := s.MergeCustomers(ctx, keep, drop, lang)
		return err
	})
}
