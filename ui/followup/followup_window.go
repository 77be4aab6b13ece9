package followup

import (
	"context"
	"math"
	"sort"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// The follow-up view holds the whole checklist as keys (store.ChecklistIndex: the order, the days,
// the customers' names) and the items of only the part around what is shown, read when the view
// moves there. So a checklist of tens of thousands of items opens, pages and jumps to its end with
// a read of a few dozen rows each.

// fuWindow is the part of the checklist whose items are read: by their index in the checklist.
type fuWindow struct {
	items   map[int]model.ChecklistItem
	loading bool // a read is under way; the next waits for it
}

// windowMargin is how many rows either side of those shown are read with them, so that moving a
// screen up or down finds its items already there.
func (m *Screen) windowMargin() int { return max(m.listHeight(), 20) }

// Count is how many items the checklist has.
func (m *Screen) Count() int {
	if m.idx == nil {
		return 0
	}
	return m.idx.Len()
}

// Item returns item i of the checklist when its part has been read.
func (m *Screen) Item(i int) (model.ChecklistItem, bool) {
	it, ok := m.win.items[i]
	return it, ok
}

// selectedIndex returns the checklist index of the item under the cursor.
func (m *Screen) selectedIndex() (int, bool) {
	if m.Cursor < len(m.Fu.Order) && len(m.Fu.Order) > 0 {
		return m.Fu.Order[m.Cursor], true
	}
	return 0, false
}

// Selected returns the item under the cursor; the cursor counts rows in the order shown. While its
// part is being read there is none, and the keys that act on an item wait for it.
func (m *Screen) Selected() (model.ChecklistItem, bool) {
	if i, ok := m.selectedIndex(); ok {
		return m.Item(i)
	}
	return model.ChecklistItem{}, false
}

// wanted returns the checklist indexes of the rows shown and of a margin of rows either side, in
// the order shown.
func (m *Screen) wanted() []int {
	order, rowOf := m.Fu.Order, m.Fu.rowOf
	if len(order) == 0 {
		return nil
	}
	// The first and last positions whose rows are on the screen.
	first := sort.SearchInts(rowOf, m.offset)
	last := sort.SearchInts(rowOf, m.offset+m.listHeight()) - 1
	first, last = max(first-m.windowMargin(), 0), min(max(last, first)+m.windowMargin(), len(order)-1)
	out := make([]int, 0, last-first+1)
	for pos := first; pos <= last; pos++ {
		out = append(out, order[pos])
	}
	return out
}

// fetch reads the items of the rows shown when some are missing, with the margin around them.
func (m *Screen) fetch() tea.Cmd {
	if m.idx == nil || m.win.loading {
		return nil
	}
	want := m.wanted()
	missing := false
	order, rowOf := m.Fu.Order, m.Fu.rowOf
	for pos := sort.SearchInts(rowOf, m.offset); pos < len(order) && rowOf[pos] < m.offset+m.listHeight(); pos++ {
		if _, ok := m.win.items[order[pos]]; !ok {
			missing = true
			break
		}
	}
	if !missing {
		return nil
	}
	m.win.loading = true
	return loadChecklistPage(m.c.Store, m.idx, want)
}

// takePage keeps the items of a page read, in place of those read before, and their customers'
// personality tags for the card.
func (m *Screen) takePage(p checklistPageMsg) {
	m.win.items = make(map[int]model.ChecklistItem, len(p.at))
	for k, i := range p.at {
		m.win.items[i] = p.items[k]
	}
	m.pb.tags = p.Tags
}

// checklistPageMsg brings the items of some places of a checklist, and the personality tags of
// their customers and contacts.
type checklistPageMsg struct {
	idx   *store.ChecklistIndex
	at    []int
	items []model.ChecklistItem
	Tags  map[int64][]store.PersonTag
	err   error
}

// readChecklistPage reads the items at some places of a checklist, with their customers' tags.
func readChecklistPage(ctx context.Context, s *store.Store, idx *store.ChecklistIndex, at []int) checklistPageMsg {
	msg := checklistPageMsg{idx: idx, at: at}
	if msg.items, msg.err = s.ChecklistItemsAt(ctx, idx, at); msg.err != nil {
		return msg
	}
	ids := make([]int64, 0, len(msg.items))
	seen := make(map[int64]bool, len(msg.items))
	for _, it := range msg.items {
		if !seen[it.CustomerID] {
			seen[it.CustomerID] = true
			ids = append(ids, it.CustomerID)
		}
	}
	msg.Tags, msg.err = s.TagsOf(ctx, ids)
	return msg
}

func loadChecklistPage(s *store.Store, idx *store.ChecklistIndex, at []int) tea.Cmd {
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		return readChecklistPage(ctx, s, idx, at)
	})
}

// firstPageSize is how many items the checklist's first read brings: more than the tallest screen
// shows with its margin.
const firstPageSize = 120

// checklistTimeout bounds the read of the whole checklist's index: at 100,000 customers it reads
// every item due, tens of thousands, which a busy machine may take seconds over; slow is better
// than no checklist.
const checklistTimeout = 60 * time.Second

// LoadChecklist reads the first items of the checklist in its order (store.ChecklistHead), the
// first screen and its margin, without reading the whole checklist; when there may be more, the
// view then reads the whole checklist's order in the background (loadWholeChecklist), as the
// customer list reads its search index after its first page.
func LoadChecklist(s *store.Store, today model.Date, days int) tea.Cmd {
	return kit.Within(checklistTimeout, func(ctx context.Context) tea.Msg {
		idx, err := s.ChecklistHead(ctx, today, days, firstPageSize)
		if err != nil {
			return ChecklistLoadedMsg{Err: err}
		}
		return pageLoaded(ctx, s, idx)
	})
}

// reloadWholeChecklist reads the whole checklist's index and the items of its first rows, for a
// view that shows a whole checklist already: it keeps showing it, counts and all, until this one
// comes, instead of going back to a head.
func reloadWholeChecklist(s *store.Store, today model.Date, days int) tea.Cmd {
	return kit.Within(checklistTimeout, func(ctx context.Context) tea.Msg {
		idx, err := s.ChecklistIndex(ctx, today, days)
		if err != nil {
			return ChecklistLoadedMsg{Err: err}
		}
		return pageLoaded(ctx, s, idx)
	})
}

// pageLoaded reads the items of the first rows of an index.
func pageLoaded(ctx context.Context, s *store.Store, idx *store.ChecklistIndex) ChecklistLoadedMsg {
	at := make([]int, min(firstPageSize, idx.Len()))
	for i := range at {
		at[i] = i
	}
	page := readChecklistPage(ctx, s, idx, at)
	return ChecklistLoadedMsg{idx: idx, Page: page, Err: page.err}
}

// ChecklistLoadedMsg brings the follow-up checklist.
type ChecklistLoadedMsg struct {
	idx  *store.ChecklistIndex // the checklist, as keys in its order: the whole, or its head
	Page checklistPageMsg      // the items of its first rows
	Err  error
}

// headAnswer is what a read about the checklist whose head is shown brings: the head it was
// asked of, so that an answer for a head since read again is dropped, and the store's answer.
type headAnswer[T any] = struct {
	head   *store.ChecklistIndex
	answer T
	err    error
}

// askOfHead reads, in the background, what read answers of the checklist of head's day and days,
// and brings it as an M, a headAnswer of its own name that the view tells from the others.
func askOfHead[M ~headAnswer[T], T any](head *store.ChecklistIndex, read func(ctx context.Context, today model.Date, days int) (T, error)) tea.Cmd {
	return kit.Within(checklistTimeout, func(ctx context.Context) tea.Msg {
		answer, err := read(ctx, head.Today, head.Days)
		return M{head: head, answer: answer, err: err}
	})
}

// wholeChecklistMsg brings the whole checklist's index after its head was shown.
type wholeChecklistMsg headAnswer[*store.ChecklistIndex]

// loadWholeChecklist reads the whole checklist's order with its counts, after its head.
func loadWholeChecklist(s *store.Store, head *store.ChecklistIndex) tea.Cmd {
	return askOfHead[wholeChecklistMsg](head, s.ChecklistIndex)
}

// takeWhole puts the whole checklist in place of its head, or of its tail. The head's items are
// the whole's first, at the same places, and the tail's its last, so the items read stay; the
// cursor stays on its item, and on its row of the screen, or goes where a key pressed while the
// head was shown asked for (end: the last item).
func (m *Screen) takeWhole(msg wholeChecklistMsg) tea.Cmd {
	if msg.head != m.idx && (msg.head != m.head || m.idx == nil || !m.idx.Tail) {
		return nil // the head of a checklist since read again
	}
	if msg.err != nil {
		return kit.StatusCmd(m.c.ErrSentence(msg.err, kit.Texts.Errors.Load), true)
	}
	i, selected := m.selectedIndex()
	onScreen := -1
	if m.Cursor < len(m.Fu.rowOf) {
		onScreen = m.Fu.rowOf[m.Cursor] - m.offset
	}
	shift := 0 // how far the items shown move: the tail's places are the whole's last
	if m.idx.Tail {
		shift = msg.answer.Len() - m.idx.Len()
		moved := make(map[int]model.ChecklistItem, len(m.win.items))
		for k, it := range m.win.items {
			moved[k+shift] = it
		}
		m.win.items = moved
		if m.wantAfterHead >= 0 && m.wantAfterHead != math.MaxInt {
			m.wantAfterHead += shift
		}
	}
	keepMatching(m.win.items, msg.answer)
	m.idx, m.head, m.headItems, m.tailReady = msg.answer, nil, nil, nil
	// A page of the head under way is dropped when it comes (it is of the head): read again.
	m.win.loading = false
	m.relayout()
	switch {
	case m.wantAfterHead == math.MaxInt:
		m.Cursor = m.Count() - 1
	case m.wantAfterHead >= 0:
		m.Cursor = m.positionOf(min(m.wantAfterHead, m.Count()-1))
	case selected:
		m.Cursor = m.positionOf(i + shift)
	}
	m.wantAfterHead = -1
	m.clamp()
	if shift > 0 && onScreen >= 0 {
		// The cursor's row keeps its place on the screen: the rows above it are the whole's.
		m.offset = max(m.Fu.rowOf[m.Cursor]-onScreen, 0)
		m.clamp()
	}
	return m.fetch()
}

// keepMatching drops the items read whose place in the whole checklist holds another item, as when
// the book changed between the read of the head or the tail and that of the whole order (the
// levels the rules set at the day's first start): they are read again at their place, so that no
// row, and not the cursor's, shows an item of another place.
func keepMatching(items map[int]model.ChecklistItem, whole *store.ChecklistIndex) {
	for k, it := range items {
		if k >= whole.Len() || whole.CustomerID(k) != it.CustomerID || whole.DueOn(k) != it.DueOn {
			delete(items, k)
		}
	}
}

// pastHead is the place a key or the wheel asked for past the last item of the head shown, or
// before any read of the checklist came, kept for the whole order to take the cursor there
// (takeWhole, takeLoaded), the cursor waiting at the head's last item meanwhile; -1 for a place
// within what is shown. Grouped by day, the head's rows are the whole's first, in its order, so a
// row past the head is that place of the whole; grouped by customer the whole's groups are not the
// head's, and the cursor stays in the head.
func (m *Screen) pastHead(cur int) int {
	if cur >= m.Count() && (m.idx == nil || m.idx.Partial && !m.idx.Tail) && !m.Fu.byCustomer {
		return cur
	}
	return -1
}

// stepFrom is where a key or the wheel moves from: the place past the head asked for before, so
// that the presses add up until the whole order comes, or the cursor.
func (m *Screen) stepFrom() int {
	if m.wantAfterHead != math.MaxInt && m.pastHead(m.wantAfterHead) >= 0 {
		return m.wantAfterHead
	}
	return m.Cursor
}

// tailSize is how many items the checklist's tail brings when end is pressed before the whole
// order is read: as many as its head.
const tailSize = firstPageSize

// tailLoadedMsg brings the tail of the checklist whose head is shown, and the items of its rows.
type tailLoadedMsg struct {
	head   *store.ChecklistIndex
	loaded ChecklistLoadedMsg
}

// loadChecklistTail reads the last items of the checklist of today and days after in its order
// (store.ChecklistTail) and their rows, for end pressed while only head, the head of that
// checklist, is read; with no head, for a view that shows a tail already and reads it again.
func loadChecklistTail(s *store.Store, head *store.ChecklistIndex, today model.Date, days int) tea.Cmd {
	return kit.Within(checklistTimeout, func(ctx context.Context) tea.Msg {
		idx, err := s.ChecklistTail(ctx, today, days, tailSize)
		if err != nil {
			return tailLoadedMsg{head: head, loaded: ChecklistLoadedMsg{Err: err}}
		}
		loaded := pageLoaded(ctx, s, idx)
		if head == nil {
			return loaded
		}
		return tailLoadedMsg{head: head, loaded: loaded}
	})
}

// readTail starts reading the tail of the head shown, once.
func (m *Screen) readTail() tea.Cmd {
	if m.idx == nil || !m.idx.Partial || m.idx.Tail || m.tailAsked {
		return nil
	}
	m.tailAsked = true
	return loadChecklistTail(m.c.Store, m.idx, m.idx.Today, m.idx.Days)
}

// takeTail shows the tail of the checklist in place of its head, the cursor on the last item,
// when an end asked for is still wanted and the whole order has not come first; a tail read ahead
// is kept for an end pressed later.
func (m *Screen) takeTail(msg tailLoadedMsg) tea.Cmd {
	if msg.head != m.idx {
		return nil // the head read again, or the whole order there
	}
	if m.wantAfterHead != math.MaxInt {
		m.tailReady = &msg // kept for an end pressed later
		return nil
	}
	m.tailReady = &msg // kept too for an end after home
	if msg.loaded.Err != nil {
		return kit.StatusCmd(m.c.ErrSentence(msg.loaded.Err, kit.Texts.Errors.Load), true)
	}
	m.head, m.headItems = m.idx, m.win.items
	if !msg.loaded.idx.Partial {
		m.wantAfterHead = -1 // the tail is the whole checklist
	}
	m.idx = msg.loaded.idx
	m.win = fuWindow{}
	m.takePage(msg.loaded.Page)
	m.relayout()
	m.Cursor = m.Count() - 1
	m.clamp()
	return m.fetch()
}

// backToHead shows the head of the checklist again in place of its tail, for home pressed before
// the whole order is read: the head kept, or read again when the tail was read alone.
func (m *Screen) backToHead() tea.Cmd {
	m.Cursor, m.wantAfterHead = 0, -1
	if m.head == nil {
		m.headWanted = true // the head read is taken in place of the tail shown (takeLoaded)
		return LoadChecklist(m.c.Store, m.idx.Today, m.idx.Days)
	}
	m.idx, m.head = m.head, nil
	m.win = fuWindow{items: m.headItems}
	m.headItems = nil
	m.relayout()
	m.clamp()
	return m.fetch()
}

// counting tells whether the view shows the head of the checklist and its counts are not known
// yet.
func (m *Screen) counting() bool { return m.idx != nil && m.idx.Partial && m.counts == nil }

// dueCounts are how many items are overdue and due today: the whole checklist's, or those counted
// beside its head.
func (m *Screen) dueCounts() (overdue, today int) {
	switch {
	case m.idx == nil:
		return 0, 0
	case m.idx.Partial && m.counts != nil:
		return m.counts.Overdue, m.counts.DueToday
	}
	return m.idx.Overdue, m.idx.DueToday
}

// total is how many items the checklist has, whether its whole order is read or only its head.
func (m *Screen) total() int {
	if m.idx != nil && m.idx.Partial && m.counts != nil {
		return m.counts.All
	}
	return m.Count()
}

// checklistCountsMsg brings the counts of the checklist whose head is shown.
type checklistCountsMsg headAnswer[store.ChecklistCounts]

// countChecklist counts the checklist whose head is shown without reading it.
func countChecklist(s *store.Store, head *store.ChecklistIndex) tea.Cmd {
	return askOfHead[checklistCountsMsg](head, s.ChecklistCounts)
}

// takeCounts keeps the counts of the head shown, for the header and the tab.
func (m *Screen) takeCounts(msg checklistCountsMsg) tea.Cmd {
	if msg.head != m.idx && msg.head != m.head {
		return nil // the head of a checklist since read again, or already the whole
	}
	if msg.err != nil {
		return kit.StatusCmd(m.c.ErrSentence(msg.err, kit.Texts.Errors.Load), true)
	}
	m.counts = &msg.answer
	m.relayout()
	return nil
}

// readWhole starts reading the whole checklist's order when only its head is there and no read
// of it is under way: the first time a key or the wheel moves in the view, which may go past the
// head. A checklist the view is not used on is never read whole, and never held in memory.
func (m *Screen) readWhole() tea.Cmd {
	if m.idx == nil || !m.idx.Partial || m.wholeAsked {
		return nil
	}
	m.wholeAsked = true
	return loadWholeChecklist(m.c.Store, m.idx)
}
