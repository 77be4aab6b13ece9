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
	// 120 frames a second: a keystroke's answer reaches the screen in half the time of the default 60.
	p := tea.NewProgram(New(s, o), tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithFPS(120))
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
	c         *common
	tabs      []screen
	active    tab
	stack     []screen
	overlay   overlay
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
	markedUndo markedUndo
}

// New builds the root model on an open book.
func New(s *store.Store, o Options) *App {
	if o.Lang == "" {
		o.Lang = model.En
	}
	c := &common{store: s, lang: o.Lang, st: newStyles(o.NoColor), keys: newKeyMap(o.Lang), now: s.Now}
	a := &App{c: c, help: help.New(), watchEvery: o.WatchEvery, heldBy: o.HeldBy}
	a.tabs = []screen{newListScreen(c), newFollowUpScreen(c), newCatalogScreen(c), newAnalysisScreen(c)}
	return a
}

// Init loads the first screen's data, the catalog, and starts watching the book for changes.
func (a *App) Init() tea.Cmd {
	// The first screen is read first, with only the catalog its rows name: on a large book the
	// other tabs' reads would take the processor from it. They follow as soon as it is there.
	first := tea.Batch(loadCatalog(a.c.store), a.tabs[a.active].Reload())
	cmds := []tea.Cmd{a.watch(), autoApplyLevels(a.c.store), loadPlans(a.c.store)}
	for i, s := range a.tabs[:tabAnalysis] { // the analysis reads the whole book: only when shown
		if tab(i) != a.active {
			cmds = append(cmds, s.Reload())
		}
	}
	return tea.Sequence(first, tea.Batch(cmds...))
}

// top is the screen that has the keys: the last opened, else the active tab.
func (a *App) top() screen {
	if n := len(a.stack); n > 0 {
		return a.stack[n-1]
	}
	return a.tabs[a.active]
}

func (a *App) setTop(s screen) {
	if n := len(a.stack); n > 0 {
		a.stack[n-1] = s
	} else {
		a.tabs[a.active] = s
	}
}

// bodyHeight is what a screen gets: the terminal less the header and the footer.
func (a *App) bodyHeight() int { return max(a.c.height-2, 1) }

func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	model, cmd := a.update(msg)
	if o := a.c.pending; o != nil {
		a.c.pending = nil
		a.overlay = o
		a.overlay.SetSize(a.c.width, a.bodyHeight())
	}
	return model, cmd
}

func (a *App) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.c.width, a.c.height = msg.Width, msg.Height
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

	case catalogLoadedMsg:
		if msg.err == nil {
			a.c.catalog, a.c.typologies = msg.types, msg.typologies
		}
		return a, a.broadcast(msg)

	case plansLoadedMsg:
		a.c.plans = msg.plans
		return a, nil

	case watchTickMsg:
		a.noteHoldLetGo()
		return a, a.watch()

	case bookChangedMsg:
		if a.version != 0 && msg.version != a.version {
			a.version = msg.version
			return a, a.reloadAll()
		}
		a.version = msg.version
		return a, nil

	case savedMsg:
		a.setStatus(a.c.savedText(msg), false)
		var cmd tea.Cmd
		if a.overlay != nil {
			a.overlay, cmd = a.overlay.Update(msg)
			a.closeOverlayIfDone()
		}
		if msg.open && msg.customerID != 0 {
			return a, tea.Batch(cmd, a.reloadAll(), a.openArchive(msg.customerID))
		}
		return a, tea.Batch(cmd, a.reloadAll())

	case saveFailedMsg:
		if a.overlay != nil {
			var cmd tea.Cmd
			a.overlay, cmd = a.overlay.Update(msg)
			return a, cmd
		}
		a.setStatus(a.c.errSentence(msg.err, "err.save"), true)
		return a, nil

	case statusMsg:
		a.setStatus(msg.text, msg.isErr)
		return a, nil

	case openCustomerMsg:
		d := newDetailScreen(a.c, msg.id)
		d.SetSize(a.c.width, a.bodyHeight())
		a.stack = append(a.stack, d)
		return a, d.Reload()

	case openFormMsg:
		a.overlay = msg.form
		a.overlay.SetSize(a.c.width, a.bodyHeight())
		return a, nil

	case openOverlayMsg:
		a.overlay = msg.overlay
		a.overlay.SetSize(a.c.width, a.bodyHeight())
		return a, nil

	case pushScreenMsg:
		msg.screen.SetSize(a.c.width, a.bodyHeight())
		a.stack = append(a.stack, msg.screen)
		return a, msg.screen.Reload()

	case customerTrashedMsg:
		return a, a.onTrashed(msg)

	case markedChangedMsg:
		return a, a.onMarkedChanged(msg)

	case toOverlay:
		return a, a.updateOverlay(msg)

	case tea.KeyMsg:
		return a.updateKey(msg)
	}
	// Data and other messages go to every screen: each takes what is addressed to it.
	return a, a.broadcast(msg)
}

func (a *App) updateKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := a.c.keys
	if key.Matches(msg, k.Quit) && !a.overlayHoldsTyping() {
		return a, tea.Quit
	}
	if a.overlay != nil {
		var cmd tea.Cmd
		a.overlay, cmd = a.overlay.Update(msg)
		a.closeOverlayIfDone()
		return a, cmd
	}
	if cmd, ok := a.undoKey(msg); ok {
		return a, cmd
	}
	if cmd, ok := a.markedUndoKey(msg); ok {
		return a, cmd
	}
	a.status = ""
	top := a.top()
	switch {
	case key.Matches(msg, k.Help):
		a.overlay = newHelpOverlay(a.c, top, a.globalKeys())
		a.overlay.SetSize(a.c.width, a.bodyHeight())
		return a, nil
	case key.Matches(msg, k.SwitchView):
		return a, a.switchTo((a.active + 1) % tab(len(a.tabs)))
	case key.Matches(msg, a.c.inKeys().PrevView):
		return a, a.switchTo((a.active + tab(len(a.tabs)) - 1) % tab(len(a.tabs)))
	case key.Matches(msg, a.c.inKeys().Trash):
		return a, a.openTrash()
	case key.Matches(msg, k.ToList):
		return a, a.switchTo(tabList)
	case key.Matches(msg, k.ToFollowUp):
		return a, a.switchTo(tabFollowUp)
	case key.Matches(msg, k.ToCatalog):
		return a, a.switchTo(tabCatalog)
	case key.Matches(msg, a.c.clsKeys().ToAnalysis):
		return a, a.switchTo(tabAnalysis)
	case key.Matches(msg, a.c.ioKeys().Import):
		return a, openImport(a.c)
	case key.Matches(msg, a.c.ioKeys().Export):
		return a, openExport(a.c, a.exportScope())
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
	return tea.Batch(checkBook(a.c.store), watchTick(a.watchEvery))
}

// switchTo shows a top-level view, closing any screens opened over the current one.
func (a *App) switchTo(t tab) tea.Cmd {
	a.stack = nil
	a.active = t
	return a.tabs[t].Reload()
}

// exportScope is the saved list or query in force in the customer list, which an export may keep
// to: the user exports what they are looking at.
func (a *App) exportScope() *exportScope {
	if l, ok := a.tabs[tabList].(*listScreen); ok {
		return l.exportScope()
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
	cmds := []tea.Cmd{a.tabs[a.active].Reload(), loadPlans(a.c.store)}
	for _, s := range a.stack {
		cmds = append(cmds, s.Reload())
	}
	if a.active != tabFollowUp {
		// The header counts today's items, so the checklist stays current too.
		cmds = append(cmds, a.tabs[tabFollowUp].Reload())
	}
	return tea.Batch(cmds...)
}

func (a *App) globalKeys() []key.Binding {
	k := a.c.keys
	in := a.c.inKeys()
	return []key.Binding{k.SwitchView, in.PrevView, k.ToList, k.ToFollowUp, k.ToCatalog, a.c.clsKeys().ToAnalysis,
		in.Trash, a.c.ioKeys().Import,
		a.c.ioKeys().Export, k.Back, k.Help, k.Quit}
}

func (a *App) View() string {
	if a.c.width == 0 {
		return ""
	}
	st := a.c.st
	var b strings.Builder
	b.WriteString(a.header() + "\n")
	body := a.top().View()
	if a.overlay != nil {
		body = placeOverlay(a.c.width, a.bodyHeight(), a.overlay.View())
	}
	lines := strings.Split(body, "\n")
	h := a.bodyHeight()
	for i := 0; i < h; i++ {
		if i < len(lines) {
			b.WriteString(fit(lines[i], a.c.width))
		} else {
			b.WriteString(strings.Repeat(" ", a.c.width))
		}
		b.WriteString("\n")
	}
	if a.status != "" {
		style := st.OK
		if a.statusErr {
			style = st.Error
		}
		b.WriteString(style.Render(fit(a.status, a.c.width)))
	} else {
		a.help.ShowAll = false
		b.WriteString(fit(a.help.View(a.footerKeys()), a.c.width))
	}
	return b.String()
}

// header shows the program, the tabs with the active one marked, and the open screen's title.
func (a *App) header() string {
	st := a.c.st
	parts := []string{st.Title.Render(a.c.t("app.name"))}
	for i, s := range a.tabs {
		name := s.Title()
		if fu, ok := s.(*followUpScreen); ok {
			name += fu.badge()
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
	return fit(strings.Join(parts, " "), a.c.width)
}
