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
	"guanxi/wording"
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
	c      *common
	export bool
	stage  ioStage
	form   *form
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

// toOverlay marks the messages the app hands to the open overlay rather than to the screens.
type toOverlay interface{ forOverlay() }

func (importStartedMsg) forOverlay()  {}
func (importProgressMsg) forOverlay() {}
func (importDoneMsg) forOverlay()     {}
func (ioFailedMsg) forOverlay()       {}
func (exportDoneMsg) forOverlay()     {}

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
func openImport(c *common) tea.Cmd {
	o := &ioOverlay{c: c}
	o.form = newForm(c, c.t("io.importTitle"), func(v map[string]string) (tea.Cmd, error) {
		if strings.TrimSpace(v["path"]) == "" {
			return nil, fieldErrText("path", "io.noPath")
		}
		o.name = filepath.Base(expandPathShown(v["path"]))
		o.dryRun = v["dry"] == "yes"
		return startImport(c.store, v["path"], exchange.Options{DryRun: o.dryRun, Merge: v["dups"] == "merge", Lang: c.lang}), nil
	})
	o.form.text("path", c.t("io.file"), "", c.t("io.hintImport"))
	o.form.fields[0].input.CharLimit = 4096
	o.form.choose("dups", c.t("io.dups"), []model.Code{{Code: "skip", Name: strs["io.skip"]}, {Code: "merge", Name: strs["io.merge"]}}, "skip").
		choose("dry", c.t("io.dryRun"), yesNo(), "no")
	o.form.completePath("path")
	return func() tea.Msg { return openOverlayMsg{o} }
}

// exportScope is the query in force in the customer list (a saved list, or one typed), which the
// export box offers to export in place of the whole book.
type exportScope struct {
	name string  // the saved list's name, or the query typed
	ids  []int64 // its customers
}

// openExport opens the export box; with a scope it asks which customers, the scope's first.
func openExport(c *common, scope *exportScope) tea.Cmd {
	o := &ioOverlay{c: c, export: true}
	defaultName := func(f string) string { return "~/guanxi-" + c.today().String() + "." + f }
	o.form = newForm(c, c.t("io.exportTitle"), func(v map[string]string) (tea.Cmd, error) {
		f, err := exchange.ParseFormat(v["format"])
		if err != nil {
			return nil, err
		}
		path := strings.TrimSpace(v["path"])
		if path == "" {
			path = defaultName(string(f))
		}
		o.name = path
		opts := exchange.ExportOptions{Format: f, Lang: c.lang}
		if scope != nil && v["scope"] == "list" {
			opts.Scope.Only = make(map[int64]bool, len(scope.ids))
			for _, id := range scope.ids {
				opts.Scope.Only[id] = true
			}
		}
		return runExport(c.store, path, opts, v["replace"] == "yes"), nil
	})
	o.form.choose("format", c.t("io.format"), exchange.Formats, string(exchange.CSV)).
		text("path", c.t("io.file"), "", fmt.Sprintf(c.t("io.hintExport"), defaultName("csv")))
	o.form.fields[1].input.CharLimit = 4096
	o.form.completePath("path")
	if scope != nil {
		list := model.Text{Zh: fmt.Sprintf(strs["io.scopeList"].Zh, model.SanitizeLine(scope.name), len(scope.ids)),
			En: fmt.Sprintf(strs["io.scopeList"].En, model.SanitizeLine(scope.name), len(scope.ids))}
		o.form.choose("scope", c.t("io.scope"), []model.Code{{Code: "list", Name: list}, {Code: "book", Name: strs["io.scopeBook"]}}, "list")
	}
	o.form.choose("replace", c.t("io.replace"), yesNo(), "no")
	return func() tea.Msg { return openOverlayMsg{o} }
}

func yesNo() []model.Code {
	return []model.Code{{Code: "no", Name: strs["io.no"]}, {Code: "yes", Name: strs["io.yes"]}}
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

func (o *ioOverlay) Update(msg tea.Msg) (overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case ioFailedMsg:
		o.form.Update(saveFailedMsg{err: o.fileError(msg.err)})
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
			o.form.Update(saveFailedMsg{err: o.fileError(msg.err)})
			return o, nil
		}
		what := o.c.t("io.customers")
		if msg.f == exchange.ICal {
			what = o.c.t("io.events")
		}
		o.stage = ioDone
		o.show([]ioLine{{text: fmt.Sprintf(o.c.t("io.exported"), msg.n, what, model.SanitizeLine(msg.path)), style: &o.c.st.Title}})
		return o, nil
	case tea.KeyMsg:
		return o.key(msg)
	}
	if o.stage == ioAsking {
		f, cmd := o.form.Update(msg)
		o.form = f.(*form)
		return o, cmd
	}
	return o, nil
}

// fileError says in a sentence why the file cannot be used.
func (o *ioOverlay) fileError(err error) error {
	var fe *exchange.FileError
	switch {
	case errors.Is(err, exchange.ErrExists):
		return errors.New(o.c.t("io.exists"))
	case errors.Is(err, os.ErrNotExist):
		return errors.New(o.c.t("io.notFound"))
	case errors.As(err, &fe):
		return errors.New(fe.Msg.In(o.c.lang))
	}
	return err
}

func (o *ioOverlay) key(msg tea.KeyMsg) (overlay, tea.Cmd) {
	k := o.c.keys
	switch o.stage {
	case ioAsking:
		f, cmd := o.form.Update(msg)
		o.form = f.(*form)
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
	c, st := o.c, o.c.st
	o.stage = ioDone
	name := model.SanitizeLine(o.name)
	if msg.err != nil {
		text := c.t("io.failed") + model.SanitizeLine(o.fileError(msg.err).Error())
		if errors.Is(msg.err, context.Canceled) {
			text = c.t("io.cancelled")
		}
		o.show([]ioLine{{text: text, style: &st.Error}})
		return
	}
	o.readFile = true
	sum := msg.sum
	head := fmt.Sprintf(c.t("io.imported"), name)
	if sum.DryRun {
		head = fmt.Sprintf(c.t("io.dryDone"), name)
	}
	lines := []ioLine{{text: head, style: &st.Title}, {text: fmt.Sprintf(c.t("io.counts"), sum.Added, sum.Merged, sum.Skipped, len(sum.Errors))}}
	if sum.Contacts > 0 {
		lines = append(lines, ioLine{text: fmt.Sprintf(c.tn("io.contacts", sum.Contacts), sum.Contacts)})
	}
	if spread, ok := wording.FirstVisitSpread(sum.FirstVisits); ok {
		lines = append(lines, ioLine{text: spread.In(c.lang)})
	}
	const most = 200
	for _, part := range []struct {
		key string
		ps  []exchange.Problem
	}{{"io.errors", sum.Errors}, {"io.skips", sum.Skips}, {"io.warnings", sum.Warnings}} {
		if len(part.ps) == 0 {
			continue
		}
		lines = append(lines, ioLine{}, ioLine{text: c.t(part.key), style: &st.Section})
		for i, p := range part.ps {
			if i == most {
				lines = append(lines, ioLine{text: fmt.Sprintf(c.t("io.more"), len(part.ps)-most), item: true})
				break
			}
			lines = append(lines, ioLine{text: model.SanitizeLine(p.In(c.lang)), item: true})
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
		parts := wording.BreakLines(l.text, w)
		if len(parts) == 0 {
			parts = []string{""}
		}
		for i, p := range parts {
			p = fit(p, w)
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
	st := o.c.st
	boxW := o.boxWidth()
	inner := max(boxW-4, 10)
	var b strings.Builder
	if o.stage == ioRunning {
		what := "io.reading"
		if o.dryRun {
			what = "io.checking"
		}
		b.WriteString(st.Title.Render(fit(fmt.Sprintf(o.c.t(what), model.SanitizeLine(o.name)), inner)) + "\n\n")
		b.WriteString(progressBar(o.done, o.total, inner) + "\n\n")
		b.WriteString(st.Dim.Render(fit(o.c.t("io.cancelHint"), inner)))
		return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
	}
	end := min(o.scroll+o.room(), len(o.shown))
	for _, l := range o.shown[min(o.scroll, end):end] {
		b.WriteString(l + "\n")
	}
	closeKeys := o.c.t("io.close")
	if o.afterDryRun() {
		closeKeys = o.c.t("io.backToForm")
	}
	b.WriteString("\n" + st.Dim.Render(fit(closeKeys, inner)))
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
