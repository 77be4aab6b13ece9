package followup

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
)

// FollowUpDays is how far ahead the checklist looks.
const FollowUpDays = 7

// Screen is the day's checklist: overdue, today and the coming days, with the playbook of
// the customer under the cursor.
type Screen struct {
	c *kit.Common
	// idx is the whole checklist, as keys in its order; win holds the items of the part around
	// what is shown, read when the view moves there.
	idx    *store.ChecklistIndex
	win    fuWindow
	pb     playbookCard
	Fu     fuState
	Loaded bool
	Err    error
	Cursor int
	// wantAfterHead is the item the cursor goes to once the whole checklist is read, by its place
	// in the checklist (not its row, which grouping by customer moves), asked for while only part
	// of the checklist was shown (where it was before the book was read again); math.MaxInt for
	// the last item (end); -1 for none.
	wantAfterHead int
	// counts are the checklist's counts while only its head is read (nil: not yet counted), and
	// wholeAsked tells that the whole checklist's order is being read.
	counts     *store.ChecklistCounts
	wholeAsked bool
	// head and headItems are the head of the checklist and its items read, while its tail is
	// shown in its place (end pressed before the whole order was read): home goes back to them.
	head      *store.ChecklistIndex
	headItems map[int]model.ChecklistItem
	tailAsked bool // the tail of the head shown is being read, or was
	// tailReady is the tail of the head shown, read ahead in the background after the head, for
	// end to show at once; nil until it comes.
	tailReady *tailLoadedMsg
	hidden    bool // another tab is shown (followup_shown.go)
	offset    int
	width     int
	height    int

	// headWanted tells that home asked for the head of the checklist while its tail is shown, and
	// that the head read is the view's own (takeLoaded).
	headWanted bool
	// deleted is the reminder last deleted here, and broughtBack the one u brings back, for the
	// cursor to be on it when the checklist is read again (takeLoaded).
	deleted, broughtBack *model.ChecklistItem
}

func New(c *kit.Common) *Screen { return &Screen{c: c, wantAfterHead: -1} }

func (m *Screen) Title() string { return m.c.T(kit.Texts.Views.Followup) }
func (m *Screen) Typing() bool  { return false }
func (m *Screen) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layoutLines() // a narrow screen puts long reasons on a second line
	m.clamp()
}

// Reload reads the checklist again: its head first, then the whole in the background; a view that
// shows a whole checklist reads the whole again and keeps showing it until then.
func (m *Screen) Reload() tea.Cmd {
	if m.idx != nil && !m.idx.Partial && m.idx.Today == m.c.Today() {
		return reloadWholeChecklist(m.c.Store, m.c.Today(), FollowUpDays)
	}
	if m.idx != nil && m.idx.Tail && m.idx.Today == m.c.Today() {
		return loadChecklistTail(m.c.Store, nil, m.c.Today(), FollowUpDays) // a view at the end stays there
	}
	return LoadChecklist(m.c.Store, m.c.Today(), FollowUpDays)
}

// Badge counts what needs doing now (overdue and today) for the tab's title.
func (m *Screen) Badge() string {
	if !m.Loaded || m.counting() {
		return "" // not counted yet
	}
	return m.badgeText()
}

// cardHeight is the room kept under the list for the playbook card.
func (m *Screen) cardHeight() int {
	if m.height < 14 {
		return 0
	}
	if m.height >= 30 {
		// A tall terminal has room to read the whole advice without turning pages.
		return min(m.height/3, 14)
	}
	return min(6, m.height/3)
}

// listHeight is the room for the rows of the checklist, with their group headings.
func (m *Screen) listHeight() int { return max(m.height-1-m.cardHeight(), 1) }

func (m *Screen) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	k := m.c.Keys
	switch msg := msg.(type) {
	case ChecklistLoadedMsg:
		return m, m.takeLoaded(msg)
	case checklistCountsMsg:
		return m, m.takeCounts(msg)
	case wholeChecklistMsg:
		return m, m.takeWhole(msg)
	case tailLoadedMsg:
		return m, m.takeTail(msg)
	case checklistPageMsg:
		if msg.idx != m.idx {
			return m, nil // a page of a checklist since read again
		}
		m.win.loading = false
		if msg.err != nil {
			return m, kit.StatusCmd(m.c.ErrSentence(msg.err, kit.Texts.Errors.Load), true)
		}
		m.takePage(msg)
		m.layoutLines() // the items read may take a second line
		m.clamp()
		return m, m.fetch()
	case tea.MouseMsg:
		step := kit.WheelStep(msg)
		if step == 0 {
			return m, nil // not the wheel: nothing moves, and nothing is read
		}
		whole := m.readWhole()
		m.Cursor = m.stepFrom() + step
		m.wantAfterHead = m.pastHead(m.Cursor)
		m.clamp()
		return m, tea.Batch(whole, m.fetch())
	case tea.KeyMsg:
		whole := m.readWhole()
		if cmd, handled := m.act(msg); handled {
			return m, tea.Batch(whole, cmd)
		}
		if m.idx != nil && m.idx.Tail && key.Matches(msg, k.Top) {
			return m, tea.Batch(whole, m.backToHead())
		}
		if cur, moved := k.Step(msg, m.stepFrom(), m.listHeight(), m.Count()); moved {
			m.Cursor, m.wantAfterHead = cur, m.pastHead(cur)
			var tail tea.Cmd
			if (m.idx == nil || m.idx.Partial) && key.Matches(msg, k.Bottom) {
				// The last item, once the whole checklist is read (or, before any read came, once
				// the first comes: takeLoaded).
				m.wantAfterHead = math.MaxInt
				if ready := m.tailReady; ready != nil && ready.head == m.idx && !m.idx.Tail {
					tail = m.takeTail(*ready) // read ahead: shown at once
				} else {
					tail = m.readTail()
				}
			}
			m.clamp()
			return m, tea.Batch(whole, tail, m.fetch())
		}
		it, ok := m.Selected()
		switch {
		case !ok:
			return m, whole
		case key.Matches(msg, k.Tag):
			return m, tea.Batch(whole, forms.OpenTag(m.c, it.CustomerID))
		case key.Matches(msg, k.CardUp):
			m.turnCard(it, -1)
		case key.Matches(msg, k.CardDown):
			m.turnCard(it, 1)
		}
		m.clamp()
		return m, whole
	}
	return m, nil
}

func (m *Screen) View() string {
	c, st := m.c, m.c.Styles
	today := c.Today()
	var b strings.Builder
	header := m.headerText(today)
	if m.counting() {
		header = fmt.Sprintf(c.T(kit.Texts.Followup.Counting), today.String())
	}
	b.WriteString(st.Header.Render(header) + "\n")
	switch {
	case m.Err != nil:
		return b.String() + st.Error.Render(c.ErrSentence(m.Err, kit.Texts.Errors.Load))
	case !m.Loaded:
		return b.String() + st.Dim.Render(c.T(kit.Texts.List.Loading))
	case m.Count() == 0:
		return b.String() + st.Dim.Render(fmt.Sprintf(c.T(kit.Texts.Followup.Empty), FollowUpDays))
	}
	b.WriteString(m.listView())
	if it, ok := m.Selected(); ok && it.CustomerID == 0 && m.cardHeight() > 0 {
		b.WriteString(m.holidayCard(it))
	} else if m.cardHeight() > 0 {
		b.WriteString(m.card())
	}
	return strings.TrimRight(b.String(), "\n")
}

// card shows how to talk to the customer under the cursor: for each tagged person their types,
// what to do, what to avoid and how to recognise them, a page at a time ([ and ] turn it).
func (m *Screen) card() string {
	it, ok := m.Selected()
	if !ok {
		return ""
	}
	body := m.cardBody(it, m.width-1)
	page := m.cardPage()
	top := m.shownPage(it) * page
	lines := append([]string{m.cardTitle(it)}, body[top:min(top+page, len(body))]...)
	return strings.Join(lines, "\n")
}

// HelpNote says in the help what order the checklist is in.
func (m *Screen) HelpNote() string { return model.ChecklistOrderText.In(m.c.Lang) }

func (m *Screen) ShortHelp() []key.Binding {
	k, fk := m.c.Keys, m.c.FollowUpKeys()
	return []key.Binding{k.Open, k.Log, k.Done, k.Snooze, k.Remind, fk.Group, fk.Settings, k.Help}
}

func (m *Screen) FullHelp() [][]key.Binding {
	k, fk := m.c.Keys, m.c.FollowUpKeys()
	return [][]key.Binding{
		k.StepKeys(),
		{k.Open, k.Log, k.Done, k.Snooze, k.Remind, k.Tag, k.CardUp, k.CardDown},
		{fk.Reschedule, fk.Delete, fk.Undo, fk.Group, fk.Settings},
	}
}
