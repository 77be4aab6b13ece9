package overlays

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
	"guanxi/wording"
)

// ioStage is where an import or export box stands.
type ioStage int

const (
	StageAsking ioStage = iota // the form: which file, and how
	ioRunning                  // an import is reading: the progress bar
	StageDone                  // the summary
)

// Exchange is the box of an import or an export: a form that asks for the file, then for an
// import a progress bar while it runs (esc cancels, writing nothing), then what was done.
type Exchange struct {
	c      *kit.Common
	Export bool
	Stage  ioStage
	Form   *kit.Form
	Name   string // the file, as shown
	dryRun bool
	// readFile is set when the last import read the file to its end (no error, not cancelled).
	readFile bool
	cancel   context.CancelFunc
	stopped  bool // esc was pressed while running
	done     int64
	total    int64
	lines    []ioLine // the summary, built once
	Shown    []string // the summary laid out at the box's width, again only when the width changes
	scroll   int
	closed   bool
	width    int
	height   int
}

func (ImportStartedMsg) ForOverlay()  {}
func (ImportProgressMsg) ForOverlay() {}
func (ImportDoneMsg) ForOverlay()     {}
func (ioFailedMsg) ForOverlay()       {}
func (exportDoneMsg) ForOverlay()     {}

// ChangesBook tells whether a message says the book was written, so the screens reload.
func ChangesBook(msg tea.Msg) bool {
	d, ok := msg.(ImportDoneMsg)
	return ok && d.Err == nil && !d.sum.DryRun && d.sum.Added+d.sum.Merged+d.sum.Contacts > 0
}

// OpenImport opens the import box.
func OpenImport(c *kit.Common) tea.Cmd {
	o := &Exchange{c: c}
	o.Form = kit.NewForm(c, c.T(kit.Texts.Exchange.ImportTitle), func(v map[string]string) (tea.Cmd, error) {
		if strings.TrimSpace(v["path"]) == "" {
			return nil, kit.FieldErrText("path", kit.Texts.Exchange.NoPath)
		}
		o.Name = filepath.Base(expandPathShown(v["path"]))
		o.dryRun = v["dry"] == "yes"
		return startImport(c.Store, v["path"], exchange.Options{DryRun: o.dryRun, Merge: v["dups"] == "merge", Lang: c.Lang}), nil
	})
	o.Form.SaveAs = c.ExchangeKeys().Import.Help().Desc
	o.Form.Text("path", c.T(kit.Texts.Exchange.File), "", c.T(kit.Texts.Exchange.HintImport))
	o.Form.Fields[0].Input.CharLimit = 4096
	o.Form.Choose("dups", c.T(kit.Texts.Exchange.Dups), []model.Code{{Code: "skip", Name: kit.Texts.Exchange.Skip}, {Code: "merge", Name: kit.Texts.Exchange.Merge}}, "skip").
		Choose("dry", c.T(kit.Texts.Exchange.DryRun), yesNo(), "no")
	o.Form.CompletePath("path")
	return c.Show(o)
}

// ExportScope is the query in force in the customer list (a saved list, or one typed), which the
// export box offers to export in place of the whole book.
type ExportScope struct {
	Name string  // the saved list's name, or the query typed
	IDs  []int64 // its customers
}

// OpenExport opens the export box; with a scope it asks which customers, the scope's first.
func OpenExport(c *kit.Common, scope *ExportScope) tea.Cmd {
	o := &Exchange{c: c, Export: true}
	defaultName := func(f string) string { return "~/guanxi-" + c.Today().String() + "." + f }
	o.Form = kit.NewForm(c, c.T(kit.Texts.Exchange.ExportTitle), func(v map[string]string) (tea.Cmd, error) {
		f, err := exchange.ParseFormat(v["format"])
		if err != nil {
			return nil, err
		}
		path := strings.TrimSpace(v["path"])
		if path == "" {
			path = defaultName(string(f))
		}
		o.Name = path
		opts := exchange.ExportOptions{Format: f, Lang: c.Lang}
		if scope != nil && v["scope"] == "list" {
			opts.Scope.Only = make(map[int64]bool, len(scope.IDs))
			for _, id := range scope.IDs {
				opts.Scope.Only[id] = true
			}
		}
		return runExport(c.Store, path, opts, v["replace"] == "yes"), nil
	})
	o.Form.SaveAs = c.ExchangeKeys().Export.Help().Desc
	o.Form.Choose("format", c.T(kit.Texts.Exchange.Format), exchange.Formats, string(exchange.CSV)).
		Text("path", c.T(kit.Texts.Exchange.File), "", fmt.Sprintf(c.T(kit.Texts.Exchange.HintExport), defaultName("csv")))
	o.Form.Fields[1].Input.CharLimit = 4096
	o.Form.CompletePath("path")
	if scope != nil {
		list := model.Text{Zh: fmt.Sprintf(kit.Texts.Exchange.ScopeList.Zh, model.SanitizeLine(scope.Name), len(scope.IDs)),
			En: fmt.Sprintf(kit.Texts.Exchange.ScopeList.En, model.SanitizeLine(scope.Name), len(scope.IDs))}
		o.Form.Choose("scope", c.T(kit.Texts.Exchange.Scope), []model.Code{{Code: "list", Name: list}, {Code: "book", Name: kit.Texts.Exchange.ScopeBook}}, "list")
	}
	o.Form.Choose("replace", c.T(kit.Texts.Exchange.Replace), yesNo(), "no")
	return c.Show(o)
}

func yesNo() []model.Code {
	return []model.Code{{Code: "no", Name: kit.Texts.Exchange.No}, {Code: "yes", Name: kit.Texts.Exchange.Yes}}
}

// expandPathShown is the file name as typed, for the box's title; the command reads ~ itself.
func expandPathShown(p string) string { return strings.TrimSpace(p) }

func (o *Exchange) Done() bool { return o.closed }

func (o *Exchange) SetSize(w, h int) {
	o.width, o.height = w, h
	o.Form.SetSize(w, h)
	o.layOut()
}

// show puts a summary in the box.
func (o *Exchange) show(lines []ioLine) {
	o.lines = lines
	o.layOut()
}

func (o *Exchange) Update(msg tea.Msg) (kit.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case ioFailedMsg:
		o.Form.Update(kit.SaveFailedMsg{Err: o.fileError(msg.err)})
		return o, nil
	case ImportStartedMsg:
		o.Stage, o.cancel = ioRunning, msg.Cancel
		return o, waitImport(msg.Ch)
	case ImportProgressMsg:
		o.done, o.total = msg.Done, msg.Total
		return o, waitImport(msg.Ch)
	case ImportDoneMsg:
		o.cancel, o.readFile = nil, false
		o.finish(msg)
		return o, nil
	case exportDoneMsg:
		if msg.err != nil {
			o.Form.Update(kit.SaveFailedMsg{Err: o.fileError(msg.err)})
			return o, nil
		}
		what := o.c.T(kit.Texts.Exchange.Customers)
		if msg.f == exchange.ICal {
			what = o.c.T(kit.Texts.Exchange.Events)
		}
		o.Stage = StageDone
		o.show([]ioLine{{text: fmt.Sprintf(o.c.T(kit.Texts.Exchange.Exported), msg.n, what, model.SanitizeLine(msg.path)), style: &o.c.Styles.Title}})
		return o, nil
	case tea.KeyMsg:
		return o.key(msg)
	}
	if o.Stage == StageAsking {
		f, cmd := o.Form.Update(msg)
		o.Form = f.(*kit.Form)
		return o, cmd
	}
	return o, nil
}

// fileError says in a sentence why the file cannot be used.
func (o *Exchange) fileError(err error) error {
	var fe *exchange.FileError
	switch {
	case errors.Is(err, exchange.ErrExists):
		return errors.New(o.c.T(kit.Texts.Exchange.Exists))
	case errors.Is(err, os.ErrNotExist):
		return errors.New(o.c.T(kit.Texts.Exchange.NotFound))
	case errors.As(err, &fe):
		return errors.New(fe.Msg.In(o.c.Lang))
	}
	return err
}

func (o *Exchange) key(msg tea.KeyMsg) (kit.Overlay, tea.Cmd) {
	k := o.c.Keys
	switch o.Stage {
	case StageAsking:
		f, cmd := o.Form.Update(msg)
		o.Form = f.(*kit.Form)
		if o.Form.Done() {
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
		o.scroll = min(o.scroll+1, max(len(o.Shown)-o.room(), 0))
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
func (o *Exchange) finish(msg ImportDoneMsg) {
	c, st := o.c, o.c.Styles
	o.Stage = StageDone
	name := model.SanitizeLine(o.Name)
	if msg.Err != nil {
		text := c.T(kit.Texts.Exchange.Failed) + model.SanitizeLine(o.fileError(msg.Err).Error())
		if errors.Is(msg.Err, context.Canceled) {
			text = c.T(kit.Texts.Exchange.Cancelled)
		}
		o.show([]ioLine{{text: text, style: &st.Error}})
		return
	}
	o.readFile = true
	sum := msg.sum
	head := fmt.Sprintf(c.T(kit.Texts.Exchange.Imported), name)
	if sum.DryRun {
		head = fmt.Sprintf(c.T(kit.Texts.Exchange.DryDone), name)
	}
	lines := []ioLine{{text: head, style: &st.Title}, {text: fmt.Sprintf(c.T(kit.Texts.Exchange.Counts), sum.Added, sum.Merged, sum.Skipped, len(sum.Errors))}}
	if sum.Contacts > 0 {
		lines = append(lines, ioLine{text: fmt.Sprintf(c.TN(kit.Texts.Exchange.Contacts, sum.Contacts), sum.Contacts)})
	}
	if spread, ok := wording.FirstVisitSpread(sum.FirstVisits); ok {
		lines = append(lines, ioLine{text: spread.In(c.Lang)})
	}
	const most = 200
	for _, part := range []struct {
		key model.Text
		ps  []exchange.Problem
	}{{kit.Texts.Exchange.Errors, sum.Errors}, {kit.Texts.Exchange.Skips, sum.Skips}, {kit.Texts.Exchange.Warnings, sum.Warnings}} {
		if len(part.ps) == 0 {
			continue
		}
		lines = append(lines, ioLine{}, ioLine{text: c.T(part.key), style: &st.Section})
		for i, p := range part.ps {
			if i == most {
				lines = append(lines, ioLine{text: fmt.Sprintf(c.T(kit.Texts.Exchange.More), len(part.ps)-most), item: true})
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
func (o *Exchange) layOut() {
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
	o.Shown = out
}

// boxWidth is the width of the box on the screen.
func (o *Exchange) boxWidth() int { return min(o.width-2, 100) }

// room is how many lines of the summary fit the box.
func (o *Exchange) room() int { return max(o.height-6, 3) }

func (o *Exchange) View() string {
	if o.Stage == StageAsking {
		return o.Form.View()
	}
	st := o.c.Styles
	boxW := o.boxWidth()
	inner := max(boxW-4, 10)
	var b strings.Builder
	if o.Stage == ioRunning {
		what := kit.Texts.Exchange.Reading
		if o.dryRun {
			what = kit.Texts.Exchange.Checking
		}
		b.WriteString(st.Title.Render(kit.Fit(fmt.Sprintf(o.c.T(what), model.SanitizeLine(o.Name)), inner)) + "\n\n")
		b.WriteString(progressBar(o.done, o.total, inner) + "\n\n")
		b.WriteString(st.Dim.Render(kit.Fit(o.c.T(kit.Texts.Exchange.CancelHint), inner)))
		return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
	}
	end := min(o.scroll+o.room(), len(o.Shown))
	for _, l := range o.Shown[min(o.scroll, end):end] {
		b.WriteString(l + "\n")
	}
	closeKeys := o.c.T(kit.Texts.Exchange.Close)
	if o.afterDryRun() {
		closeKeys = o.c.T(kit.Texts.Exchange.BackToForm)
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
