// Package ui is guanxi's terminal interface: a root model that routes between the list, detail,
// follow-up and catalog screens and the overlays (forms, help) drawn over them.
package ui

import (
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/followup"
	"guanxi/ui/kit"
	"guanxi/ui/list"
	"guanxi/ui/overlays"
)

// Options configure the TUI.
type Options struct {
	Lang model.Lang
	// NoColor turns colours off; Run also honours the NO_COLOR environment variable.
	NoColor bool
	// WatchEvery is how often the book is checked for changes made by another process; zero
	// turns watching off.
	WatchEvery time.Duration
	// HeldBy, when set, names the machine that holds a replicated book, which is read-only here
	// while it does; the header says so (replica_header.go).
	HeldBy func() (machine string, held bool)
	// AfterFirstScreen, when set, is run once the first screen's rows are shown, in a goroutine of
	// its own: the program's own heavy work at start (the day's snapshot of the book, which checks
	// and copies the whole file) would otherwise hold the first frame back for seconds.
	AfterFirstScreen func()
}

// Run shows the TUI on the book until the user quits.
func Run(s *store.Store, o Options) error {
	if os.Getenv("NO_COLOR") != "" {
		o.NoColor = true
	}
	if o.WatchEvery == 0 {
		o.WatchEvery = time.Second
	}
	limitMemory()
	raiseProcs()
	// Each frame is written as soon as it is drawn (frameOut), not at the renderer's next tick.
	out := newFrameOut(os.Stdout)
	p := tea.NewProgram(framed{New(s, o), out}, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithOutput(out))
	_, err := p.Run()
	return err
}

// tab is one of the top-level views reached with tab or F1–F3.
type tab int

const (
	tabList tab = iota
	tabFollowUp
	tabCatalog
	tabAnalysis
)

// App is the root model. It owns the top-level screens, a stack of screens opened over them (a
// customer's detail), and at most one overlay.
type App struct {
	c         *kit.Common
	tabs      []kit.Screen
	active    tab
	stack     []kit.Screen
	overlay   kit.Overlay
	help      help.Model
	status    string
	statusErr bool
	version   int64
	// watchEvery is the pause between looks for changes from another process; 0: never look.
	watchEvery time.Duration
	// heldBy names the machine holding a replicated book read-only here (Options.HeldBy).
	heldBy func() (string, bool)
	// heldLast is the machine that held the book when the watch last looked, "" when none did.
	heldLast string
	// trashed is the customer just moved to the trash, while the next key may undo it.
	trashed trashUndo
	// markedUndo takes back the last change to many customers, while the next key may ask it.
	markedUndo kit.MarkedUndo
	// afterFirst is Options.AfterFirstScreen until the first screen's rows arrive, then nil.
	afterFirst func()
	// followUpWaits: the follow-up reads its order again once the list's index is loaded
	// (app_reload.go).
	followUpWaits bool
}

// New builds the root model on an open book.
func New(s *store.Store, o Options) *App {
	if o.Lang == "" {
		o.Lang = model.En
	}
	c := &kit.Common{Store: s, Lang: o.Lang, Styles: kit.NewStyles(o.NoColor), Keys: kit.NewKeyMap(o.Lang), Now: s.Now}
	a := &App{c: c, help: help.New(), watchEvery: o.WatchEvery, heldBy: o.HeldBy, afterFirst: o.AfterFirstScreen}
	for _, p := range tabPages {
		a.tabs = append(a.tabs, makers[p](c, 0))
	}
	a.tellShown()
	return a
}

// showable is a tab that does some work only while it is on screen (the catalog's carriers, the
// follow-up's tail read ahead).
type showable interface{ SetShown(shown bool) }

// tellShown tells every tab that cares whether it is the one on screen: a hidden tab's reads would
// take the processor from the one the user is looking at.
func (a *App) tellShown() {
	for i, s := range a.tabs {
		if sh, ok := s.(showable); ok {
			sh.SetShown(tab(i) == a.active)
		}
	}
}

// Init loads the first screen's data, the catalog, and starts watching the book for changes.
func (a *App) Init() tea.Cmd {
	// The first screen is read first, with only the catalog its rows name: on a large book the
	// other tabs' reads would take the processor from it. They follow as soon as it is there.
	// The catalog is read once: its tab's own Reload is that same read.
	first := a.tabs[a.active].Reload()
	if a.active != tabCatalog {
		first = tea.Batch(kit.LoadCatalog(a.c.Store), first)
	}
	cmds := []tea.Cmd{a.watch(), kit.AutoApplyLevels(a.c.Store), kit.LoadPlans(a.c.Store)}
	for i, s := range a.tabs[:tabAnalysis] { // the analysis reads the whole book: only when shown
		if tab(i) != a.active && tab(i) != tabCatalog {
			cmds = append(cmds, s.Reload())
		}
	}
	return tea.Sequence(first, tea.Batch(cmds...))
}

// firstScreenShown starts what waits for the first screen (Options.AfterFirstScreen), once.
func (a *App) firstScreenShown() tea.Cmd {
	f := a.afterFirst
	if f == nil {
		return nil
	}
	a.afterFirst = nil
	return func() tea.Msg {
		f()
		return nil
	}
}

// top is the screen that has the keys: the last opened, else the active tab.
func (a *App) top() kit.Screen {
	if n := len(a.stack); n > 0 {
		return a.stack[n-1]
	}
	return a.tabs[a.active]
}

func (a *App) setTop(s kit.Screen) {
	if n := len(a.stack); n > 0 {
		a.stack[n-1] = s
	} else {
		a.tabs[a.active] = s
	}
}

// bodyHeight is what a screen gets: the terminal less the header and the footer.
func (a *App) bodyHeight() int { return max(a.c.Height-2, 1) }

func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	model, cmd := a.update(msg)
	if o := a.c.TakeShown(); o != nil {
		a.show(o)
	}
	return model, cmd
}

func (a *App) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.c.Width, a.c.Height = msg.Width, msg.Height
		a.help.Width = msg.Width
		for _, s := range a.tabs {
			s.SetSize(msg.Width, a.bodyHeight())
		}
		for _, s := range a.stack {
			s.SetSize(msg.Width, a.bodyHeight())
		}
		if a.overlay != nil {
			a.overlay.SetSize(msg.Width, a.bodyHeight())
		}
		return a, nil

	case kit.CustomersLoadedMsg:
		return a, tea.Batch(a.broadcast(msg), a.firstScreenShown())

	case kit.CatalogLoadedMsg:
		if msg.Err == nil {
			a.c.Catalog, a.c.Typologies = msg.Types, msg.Typologies
		}
		return a, a.broadcast(msg)

	case list.IndexSettledMsg:
		return a, a.followUpAfterIndex()

	case kit.PlansLoadedMsg:
		a.c.Plans = msg.Plans
		return a, nil

	case kit.WatchTickMsg:
		a.noteHoldLetGo()
		return a, a.watch()

	case kit.BookChangedMsg:
		if a.version != 0 && msg.Version != a.version {
			a.version = msg.Version
			return a, a.reloadAll()
		}
		a.version = msg.Version
		return a, nil

	case kit.SavedMsg:
		a.setStatus(a.c.SavedText(msg), false)
		var cmd tea.Cmd
		if a.overlay != nil {
			a.overlay, cmd = a.overlay.Update(msg)
			a.closeOverlayIfDone()
		}
		if msg.Open && msg.CustomerID != 0 {
			return a, tea.Batch(cmd, a.reloadAll(), a.navigate(kit.NavigateMsg{Page: kit.PageDetail, ID: msg.CustomerID}))
		}
		return a, tea.Batch(cmd, a.reloadAll())

	case kit.SaveFailedMsg:
		if a.overlay != nil {
			var cmd tea.Cmd
			a.overlay, cmd = a.overlay.Update(msg)
			return a, cmd
		}
		a.setStatus(a.c.ErrSentence(msg.Err, kit.Texts.Errors.Save), true)
		return a, nil

	case kit.StatusMsg:
		a.setStatus(msg.Text, msg.IsErr)
		return a, nil

	case kit.NavigateMsg:
		return a, a.navigate(msg)

	case kit.ShowMsg:
		a.show(msg.Overlay)
		return a, nil

	case kit.CustomerTrashedMsg:
		return a, a.onTrashed(msg)

	case kit.MarkedChangedMsg:
		return a, a.onMarkedChanged(msg)

	case kit.ToOverlay:
		return a, a.updateOverlay(msg)

	case tea.KeyMsg:
		return a.updateKey(msg)

	case tea.MouseMsg:
		// The wheel is the shown screen's alone: a hidden tab must not scroll, or read its rows,
		// under it. An overlay covers the screens and takes no mouse.
		if a.overlay != nil {
			return a, nil
		}
		next, cmd := a.top().Update(msg)
		a.setTop(next)
		return a, cmd
	}
	// Data and other messages go to every screen: each takes what is addressed to it.
	return a, a.broadcast(msg)
}

func (a *App) updateKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := a.c.Keys
	if key.Matches(msg, k.Quit) && !a.overlayHoldsTyping() {
		return a, tea.Quit
	}
	if a.overlay != nil {
		var cmd tea.Cmd
		a.overlay, cmd = a.overlay.Update(msg)
		a.closeOverlayIfDone()
		return a, cmd
	}
	if cmd, ok := kit.HandledBy(msg, a.undoKey, a.markedUndoKey); ok {
		return a, cmd
	}
	a.status = ""
	top := a.top()
	switch {
	case key.Matches(msg, k.Help):
		a.show(newHelpOverlay(a.c, top, a.globalKeys()))
		return a, nil
	case key.Matches(msg, k.SwitchView):
		return a, a.switchTo((a.active + 1) % tab(len(a.tabs)))
	case key.Matches(msg, a.c.InputKeys().PrevView):
		return a, a.switchTo((a.active + tab(len(a.tabs)) - 1) % tab(len(a.tabs)))
	case key.Matches(msg, a.c.InputKeys().Trash):
		return a, a.navigate(kit.NavigateMsg{Page: kit.PageTrash})
	case key.Matches(msg, k.ToList):
		return a, a.switchTo(tabList)
	case key.Matches(msg, k.ToFollowUp):
		return a, a.switchTo(tabFollowUp)
	case key.Matches(msg, k.ToCatalog):
		return a, a.switchTo(tabCatalog)
	case key.Matches(msg, a.c.ClassKeys().ToAnalysis):
		return a, a.switchTo(tabAnalysis)
	case key.Matches(msg, a.c.ExchangeKeys().Import):
		return a, overlays.OpenImport(a.c)
	case key.Matches(msg, a.c.ExchangeKeys().Export):
		return a, overlays.OpenExport(a.c, a.ExportScope())
	case key.Matches(msg, k.Back) && len(a.stack) > 0:
		a.stack = a.stack[:len(a.stack)-1]
		return a, a.top().Reload()
	}
	next, cmd := top.Update(msg)
	a.setTop(next)
	return a, cmd
}

// watch looks at the book's data version now and schedules the next look.
func (a *App) watch() tea.Cmd {
	if a.watchEvery <= 0 {
		return nil
	}
	return tea.Batch(kit.CheckBook(a.c.Store), kit.WatchTick(a.watchEvery))
}

// switchTo shows a top-level view, closing any screens opened over the current one.
func (a *App) switchTo(t tab) tea.Cmd {
	a.stack = nil
	a.active = t
	a.tellShown()
	return a.tabs[t].Reload()
}

// ExportScope is the saved list or query in force in the customer list, which an export may keep
// to: the user exports what they are looking at.
func (a *App) ExportScope() *overlays.ExportScope {
	if l, ok := a.tabs[tabList].(*list.Screen); ok {
		return l.ExportScope()
	}
	return nil
}

func (a *App) closeOverlayIfDone() {
	if a.overlay != nil && a.overlay.Done() {
		a.overlay = nil
	}
}

func (a *App) setStatus(text string, isErr bool) {
	a.status, a.statusErr = model.SanitizeLine(text), isErr
}

// broadcast hands a message to every screen and collects their commands.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i, s := range a.tabs {
		var cmd tea.Cmd
		a.tabs[i], cmd = s.Update(msg)
		cmds = append(cmds, cmd)
	}
	for i, s := range a.stack {
		var cmd tea.Cmd
		a.stack[i], cmd = s.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// reloadAll refreshes what is on screen after the book changed; hidden tabs reload when shown.
func (a *App) reloadAll() tea.Cmd {
	cmds := []tea.Cmd{a.tabs[a.active].Reload(), kit.LoadPlans(a.c.Store)}
	for _, s := range a.stack {
		cmds = append(cmds, s.Reload())
	}
	if a.active != tabFollowUp {
		// The header counts today's items, so the checklist stays current too.
		cmds = append(cmds, a.reloadFollowUpAfterIndex())
	}
	return tea.Batch(cmds...)
}

func (a *App) globalKeys() []key.Binding {
	k := a.c.Keys
	in := a.c.InputKeys()
	return []key.Binding{k.SwitchView, in.PrevView, k.ToList, k.ToFollowUp, k.ToCatalog, a.c.ClassKeys().ToAnalysis,
		in.Trash, a.c.ExchangeKeys().Import,
		a.c.ExchangeKeys().Export, k.Back, k.Help, k.Quit}
}

func (a *App) View() string {
	if a.c.Width == 0 {
		return ""
	}
	st := a.c.Styles
	var b strings.Builder
	b.WriteString(a.header() + "\n")
	body := a.top().View()
	if a.overlay != nil {
		body = kit.PlaceOverlay(a.c.Width, a.bodyHeight(), a.overlay.View())
	}
	lines := strings.Split(body, "\n")
	h := a.bodyHeight()
	for i := 0; i < h; i++ {
		if i < len(lines) {
			b.WriteString(kit.Fit(lines[i], a.c.Width))
		} else {
			b.WriteString(strings.Repeat(" ", a.c.Width))
		}
		b.WriteString("\n")
	}
	if a.status != "" {
		style := st.OK
		if a.statusErr {
			style = st.Error
		}
		b.WriteString(style.Render(kit.Fit(a.status, a.c.Width)))
	} else {
		a.help.ShowAll = false
		b.WriteString(kit.Fit(a.help.View(a.footerKeys()), a.c.Width))
	}
	// The one writer of the screen: whatever a view forgot to sanitize is shown, not acted on.
	return kit.SafeFrame(b.String())
}

// header shows the program, the tabs with the active one marked, and the open screen's title.
func (a *App) header() string {
	st := a.c.Styles
	parts := []string{st.Title.Render(a.c.T(kit.Texts.App.Name))}
	for i, s := range a.tabs {
		name := s.Title()
		if fu, ok := s.(*followup.Screen); ok {
			name += fu.Badge()
		}
		if tab(i) == a.active && len(a.stack) == 0 {
			parts = append(parts, st.Selected.Render(" "+name+" "))
		} else {
			parts = append(parts, " "+name+" ")
		}
	}
	if n := len(a.stack); n > 0 {
		parts = append(parts, "› "+st.Selected.Render(" "+a.stack[n-1].Title()+" "))
	}
	if held := a.heldBadge(); held != "" {
		parts = append(parts, held)
	}
	return kit.Fit(strings.Join(parts, " "), a.c.Width)
}
