package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"guanxi/exchange"
	"guanxi/model"
	"guanxi/ui/kit"
)

// ioStage is where an import or export box stands.
type ioStage int

const (
	ioAsking  ioStage = iota // the form: which file, and how
	ioRunning                // an import is reading: the progress bar
	ioDone                   // the summary
)

// ioOverlay is the box of an import or an export: a form that asks for the file, then for an
// import a progress bar while it runs (esc cancels, writing nothing), then what was done.
type ioOverlay struct {
	c      *kit.Common
	export bool
	stage  ioStage
	form   *kit.Form
	name   string // the file, as shown
	dryRun bool
	// readFile is set when the last import read the file to its end (no error, not cancelled).
	readFile bool
	cancel   context.CancelFunc
	stopped  bool // esc was pressed while running
	done     int64
	total    int64
	lines    []ioLine // the summary, built once
	shown    []string // the summary laid out at the box's width, again only when the width changes
	scroll   int
	closed   bool
	width    int
	height   int
}

func (importStartedMsg) ForOverlay()  {}
func (importProgressMsg) ForOverlay() {}
func (importDoneMsg) ForOverlay()     {}
func (ioFailedMsg) ForOverlay()       {}
func (exportDoneMsg) ForOverlay()     {}

// changesBook tells whether a message says the book was written, so the screens reload.
func changesBook(msg tea.Msg) bool {
	d, ok := msg.(importDoneMsg)
	return ok && d.err == nil && !d.sum.DryRun && d.sum.Added+d.sum.Merged+d.sum.Contacts > 0
}

// updateOverlay hands a message to the open overlay and closes it when it is done; after an
// import that wrote to the book, every screen reloads.
func (a *App) updateOverlay(msg tea.Msg) tea.Cmd {
	if a.overlay == nil {
		return nil
	}
	var cmd tea.Cmd
	a.overlay, cmd = a.overlay.Update(msg)
	a.closeOverlayIfDone()
	if changesBook(msg) {
		return tea.Batch(cmd, a.reloadAll())
	}
	return cmd
}

// openImport opens the import box.
func openImport(c *kit.Common) tea.Cmd {
	o := &ioOverlay{c: c}
	o.form = kit.NewForm(c, c.T("io.importTitle"), func(v map[string]string) (tea.Cmd, error) {
		if strings.TrimSpace(v["path"]) == "" {
			return nil, kit.FieldErrText("path", "io.noPath")
		}
		o.name = filepath.Base(expandPathShown(v["path"]))
		o.dryRun = v["dry"] == "yes"
		return startImport(c.Store, v["path"], exchange.Options{DryRun: o.dryRun, Merge: v["dups"] == "merge", Lang: c.Lang}), nil
	})
	o.form.Text("path", c.T("io.file"), "", c.T("io.hintImport"))
	o.form.Fields[0].Input.CharLimit = 4096
	o.form.Choose("dups", c.T("io.dups"), []model.Code{{Code: "skip", Name: kit.Strs["io.skip"]}, {Code: "merge", Name: kit.Strs["io.merge"]}}, "skip").
		Choose("dry", c.T("io.dryRun"), yesNo(), "no")
	o.form.CompletePath("path")
	return func() tea.Msg { return kit.OpenOverlayMsg{Overlay: o} }
}

// exportScope is the query in force in the customer list (a saved list, or one typed), which the
// export box offers to export in place of the whole book.
type exportScope struct {
	name string  // the saved list's name, or the query typed
	ids  []int64 // its customers
}

// openExport opens the export box; with a scope it asks which customers, the scope's first.
func openExport(c *kit.Common, scope *exportScope) tea.Cmd {
	o := &ioOverlay{c: c, export: true}
	defaultName := func(f string) string { return "~/guanxi-" + c.Today().String() + "." + f }
	o.form = kit.NewForm(c, c.T("io.exportTitle"), func(v map[string]string) (tea.Cmd, error) {
		f, err := exchange.ParseFormat(v["format"])
		if err != nil {
			return nil, err
		}
		path := strings.TrimSpace(v["path"])
		if path == "" {
			path = defaultName(string(f))
		}
		o.name = path
		opts := exchange.ExportOptions{Format: f, Lang: c.Lang, Now: c.Now}
		if scope != nil && v["scope"] == "list" {
			opts.Scope.Only = make(map[int64]bool, len(scope.ids))
			for _, id := range scope.ids {
				opts.Scope.Only[id] = true
			}
		}
		return runExport(c.Store, path, opts, v["replace"] == "yes"), nil
	})
	o.form.Choose("format", c.T("io.format"), exchange.Formats, string(exchange.CSV)).
		Text("path", c.T("io.file"), "", fmt.Sprintf(c.T("io.hintExport"), defaultName("csv")))
	o.form.Fields[1].Input.CharLimit = 4096
	o.form.CompletePath("path")
	if scope != nil {
		list := model.Text{Zh: fmt.Sprintf(kit.Strs["io.scopeList"].Zh, model.SanitizeLine(scope.name), len(scope.ids)),
			En: fmt.Sprintf(kit.Strs["io.scopeList"].En, model.SanitizeLine(scope.name), len(scope.ids))}
		o.form.Choose("scope", c.T("io.scope"), []model.Code{{Code: "list", Name: list}, {Code: "book", Name: kit.Strs["io.scopeBook"]}}, "list")
	}
	o.form.Choose("replace", c.T("io.replace"), yesNo(), "no")
	return func() tea.Msg { return kit.OpenOverlayMsg{Overlay: o} }
}

func yesNo() []model.Code {
	return []model.Code{{Code: "no", Name: kit.Strs["io.no"]}, {Code: "yes", Name: kit.Strs["io.yes"]}}
}

// expandPathShown is the file name as typed, for the box's title; the command reads ~ itself.
func expandPathShown(p string) string { return strings.TrimSpace(p) }

func (o *ioOverlay) Done() bool { return o.closed }

func (o *ioOverlay) SetSize(w, h int) {
	o.width, o.height = w, h
	o.form.SetSize(w, h)
	o.layOut()
}

// show puts a summary in the box.
func (o *ioOverlay) show(lines []ioLine) {
	o.lines = lines
	o.layOut()
}

func (o *ioOverlay) Update(msg tea.Msg) (kit.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case ioFailedMsg:
		o.form.Update(kit.SaveFailedMsg{Err: o.fileError(msg.err)})
		return o, nil
	case importStartedMsg:
		o.stage, o.cancel = ioRunning, msg.cancel
		return o, waitImport(msg.ch)
	case importProgressMsg:
		o.done, o.total = msg.done, msg.total
		return o, waitImport(msg.ch)
	case importDoneMsg:
		o.cancel, o.readFile = nil, false
		o.finish(msg)
		return o, nil
	case exportDoneMsg:
		if msg.err != nil {
			o.form.Update(kit.SaveFailedMsg{Err: o.fileError(msg.err)})
			return o, nil
		}
		what := o.c.T("io.customers")
		if msg.f == exchange.ICal {
			what = o.c.T("io.events")
		}
		o.stage = ioDone
		o.show([]ioLine{{text: fmt.Sprintf(o.c.T("io.exported"), msg.n, what, model.SanitizeLine(msg.path)), style: &o.c.Styles.Title}})
		return o, nil
	case tea.KeyMsg:
		return o.key(msg)
	}
	if o.stage == ioAsking {
		f, cmd := o.form.Update(msg)
		o.form = f.(*kit.Form)
		return o, cmd
	}
	return o, nil
}

// fileError says in a sentence why the file cannot be used.
func (o *ioOverlay) fileError(err error) error {
	var fe *exchange.FileError
	switch {
	case errors.Is(err, exchange.ErrExists):
		return errors.New(o.c.T("io.exists"))
	case errors.Is(err, os.ErrNotExist):
		return errors.New(o.c.T("io.notFound"))
	case errors.As(err, &fe):
		return errors.New(fe.Msg.In(o.c.Lang))
	}
	return err
}

func (o *ioOverlay) key(msg tea.KeyMsg) (kit.Overlay, tea.Cmd) {
	k := o.c.Keys
	switch o.stage {
	case ioAsking:
		f, cmd := o.form.Update(msg)
		o.form = f.(*kit.Form)
		if o.form.Done() {
			o.closed = true
		}
		return o, cmd
	case ioRunning:
		if key.Matches(msg, k.Cancel) && o.cancel != nil {
			o.cancel()
			o.stopped = true
		}
		return o, nil
	}
	switch {
	case key.Matches(msg, k.Up):
		o.scroll = max(o.scroll-1, 0)
	case key.Matches(msg, k.Down):
		o.scroll = min(o.scroll+1, max(len(o.shown)-o.room(), 0))
	case key.Matches(msg, k.Cancel), msg.String() == "enter":
		if o.afterDryRun() {
			o.backToForm()
			return o, nil
		}
		o.closed = true
	}
	return o, nil
}

// finish builds the summary of an import: the counts, then each bad record, each duplicate
// skipped and what is worth knowing, by line.
func (o *ioOverlay) finish(msg importDoneMsg) {
	c, st := o.c, o.c.Styles
	o.stage = ioDone
	name := model.SanitizeLine(o.name)
	if msg.err != nil {
		text := c.T("io.failed") + model.SanitizeLine(o.fileError(msg.err).Error())
		if errors.Is(msg.err, context.Canceled) {
			text = c.T("io.cancelled")
		}
		o.show([]ioLine{{text: text, style: &st.Error}})
		return
	}
	o.readFile = true
	sum := msg.sum
	head := fmt.Sprintf(c.T("io.imported"), name)
	if sum.DryRun {
		head = fmt.Sprintf(c.T("io.dryDone"), name)
	}
	lines := []ioLine{{text: head, style: &st.Title}, {text: fmt.Sprintf(c.T("io.counts"), sum.Added, sum.Merged, sum.Skipped, len(sum.Errors))}}
	if sum.Contacts > 0 {
		lines = append(lines, ioLine{text: fmt.Sprintf(c.TN("io.contacts", sum.Contacts), sum.Contacts)})
	}
	const most = 200
	for _, part := range []struct {
		key string
		ps  []exchange.Problem
	}{{"io.errors", sum.Errors}, {"io.skips", sum.Skips}, {"io.warnings", sum.Warnings}} {
		if len(part.ps) == 0 {
			continue
		}
		lines = append(lines, ioLine{}, ioLine{text: c.T(part.key), style: &st.Section})
		for i, p := range part.ps {
			if i == most {
				lines = append(lines, ioLine{text: fmt.Sprintf(c.T("io.more"), len(part.ps)-most), item: true})
				break
			}
			lines = append(lines, ioLine{text: model.SanitizeLine(p.In(c.Lang)), item: true})
		}
	}
	o.show(lines)
}

// ioLine is a line of the summary: its text, how it is drawn, and whether it is an item of a list
// (a record with an error, a duplicate skipped), whose further lines are indented under it.
type ioLine struct {
	text  string
	style *lipgloss.Style // nil: plain
	item  bool
}

// layOut lays the summary out in lines of the box's width: a long message (a bad record's reason,
// the path written to) is wrapped, never cut, so the whole reason can be read.
func (o *ioOverlay) layOut() {
	inner := max(o.boxWidth()-4, 10)
	var out []string
	for _, l := range o.lines {
		first, rest, w := "", "", inner
		if l.item {
			first, rest, w = " ", "   ", inner-3
		}
		parts := kit.BreakLines(l.text, w)
		if len(parts) == 0 {
			parts = []string{""}
		}
		for i, p := range parts {
			p = kit.Fit(p, w)
			if l.style != nil {
				p = l.style.Render(p)
			}
			if i == 0 {
				out = append(out, first+p)
			} else {
				out = append(out, rest+p)
			}
		}
	}
	o.shown = out
}

// boxWidth is the width of the box on the screen.
func (o *ioOverlay) boxWidth() int { return min(o.width-2, 100) }

// room is how many lines of the summary fit the box.
func (o *ioOverlay) room() int { return max(o.height-6, 3) }

func (o *ioOverlay) View() string {
	if o.stage == ioAsking {
		return o.form.View()
	}
	st := o.c.Styles
	boxW := o.boxWidth()
	inner := max(boxW-4, 10)
	var b strings.Builder
	if o.stage == ioRunning {
		what := "io.reading"
		if o.dryRun {
			what = "io.checking"
		}
		b.WriteString(st.Title.Render(kit.Fit(fmt.Sprintf(o.c.T(what), model.SanitizeLine(o.name)), inner)) + "\n\n")
		b.WriteString(progressBar(o.done, o.total, inner) + "\n\n")
		b.WriteString(st.Dim.Render(kit.Fit(o.c.T("io.cancelHint"), inner)))
		return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
	}
	end := min(o.scroll+o.room(), len(o.shown))
	for _, l := range o.shown[min(o.scroll, end):end] {
		b.WriteString(l + "\n")
	}
	closeKeys := o.c.T("io.close")
	if o.afterDryRun() {
		closeKeys = o.c.T("io.backToForm")
	}
	b.WriteString("\n" + st.Dim.Render(kit.Fit(closeKeys, inner)))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
}

// progressBar draws how far done is of total in w cells, with the percentage.
func progressBar(done, total int64, w int) string {
	frac := 0.0
	if total > 0 {
		frac = min(float64(done)/float64(total), 1)
	}
	pct := fmt.Sprintf(" %3d%%", int(frac*100))
	barW := max(w-len(pct), 4)
	full := int(frac * float64(barW))
	return strings.Repeat("█", full) + strings.Repeat("░", barW-full) + pct
}
