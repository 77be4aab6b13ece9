package followup

import (
	"math"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// A read of the checklist again (Reload: the tab shown, the book changed) is asked for in the
// shape the view has then — its head, its tail, or the whole — and comes back some time later,
// the view's other reads coming before or after it on other threads. Meanwhile end may have shown
// the tail, or the whole order may have come; or end may still wait for them. So the read's answer
// is taken as what the view is now, never as what it was when the read was asked for: an end
// asked for stays asked for, a cursor in the tail stays as far from the end, and an answer of
// another shape than the view's is read again in the view's.

// takeLoaded takes a read of the checklist (LoadChecklist, or Reload's), keeping where the cursor
// is, or is to go.
func (m *Screen) takeLoaded(msg ChecklistLoadedMsg) tea.Cmd {
	if msg.Err == nil && m.askedOfAnotherShape(msg.idx) {
		// The view keeps what it shows until its own read comes.
		return m.Reload()
	}
	m.Loaded, m.Err = true, msg.Err
	if msg.Err != nil {
		m.relayout()
		m.clamp()
		return m.fetch()
	}
	// End asked for while only part of the checklist was read: the cursor goes to the last item
	// whatever the answer, and the reads that bring it are asked for again, those under way being
	// of the index this answer replaces.
	atEnd := m.wantAfterHead == math.MaxInt
	// A place past the head shown, or past nothing before the first read, that keys asked for.
	pastShown := -1
	if !atEnd && m.wantAfterHead >= m.Count() {
		pastShown = m.wantAfterHead
	}
	fromEnd := -1 // how many items of the checklist after the cursor's, in a tail shown
	if i, ok := m.selectedIndex(); ok && m.idx.Tail && !m.headWanted {
		fromEnd = m.Count() - 1 - i
	}
	// The item to keep under the cursor, and where it was: the cursor's, or the reminder u brings
	// back. Another program may have added or removed items above it since the last read.
	find, near := m.broughtBack, -1
	if i, ok := m.selectedIndex(); ok && !m.headWanted {
		near = i
		if it, ok := m.Item(i); ok && find == nil {
			find = &it
		}
	}
	m.broughtBack = nil
	m.head, m.headItems, m.tailAsked, m.tailReady, m.headWanted = nil, nil, false, nil, false
	var reads []tea.Cmd
	if msg.idx.Partial {
		reads = append(reads, countChecklist(m.c.Store, msg.idx))
		if !msg.idx.Tail && (!m.hidden || atEnd) {
			// The tail is read ahead, beside the counts, so that end shows it at once.
			m.tailAsked = true
			reads = append(reads, loadChecklistTail(m.c.Store, msg.idx, msg.idx.Today, msg.idx.Days))
		}
	}
	m.idx, m.counts, m.wholeAsked = msg.idx, nil, false
	m.win = fuWindow{}
	m.takePage(msg.Page)
	m.relayout()
	m.wantAfterHead = -1
	switch {
	case atEnd:
		m.Cursor = m.Count() - 1
		if msg.idx.Partial {
			m.wantAfterHead = math.MaxInt
			reads = append(reads, m.readWhole()) // end waits for the whole order: read it now
		}
	case pastShown >= 0:
		// Past this head too, the place waits for the whole order, the cursor on the head's last
		// item meanwhile; within what was read, the cursor goes there now.
		m.Cursor, m.wantAfterHead = pastShown, m.pastHead(pastShown)
	default:
		if fromEnd >= 0 && (msg.idx.Tail || !msg.idx.Partial) {
			// The cursor stays as far from the end as it was in the tail.
			near = max(m.Count()-1-fromEnd, 0)
			m.Cursor = m.positionOf(near)
		}
		if j, ok := m.findItem(find, near); ok {
			m.Cursor = m.positionOf(j)
		}
		// Not found, the cursor keeps its row: the item under it was done, put off or moved, and
		// the next takes its place.
	}
	m.clamp()
	if i, ok := m.selectedIndex(); ok && msg.idx.Partial && m.wantAfterHead < 0 {
		// The cursor goes back to its item once the whole checklist is there.
		m.wantAfterHead = i
	}
	return tea.Batch(append(reads, m.fetch())...)
}

// askedOfAnotherShape tells that a part of the checklist read (its head or its tail) was asked for
// when the view had another shape than it has now: a head read before end showed the tail or the
// whole order came, a tail read before home went back to the head or asked for it. The whole
// checklist of the day is always taken, as is a checklist of another day, and the head home asks
// for.
func (m *Screen) askedOfAnotherShape(x *store.ChecklistIndex) bool {
	if m.idx == nil || x.Today != m.idx.Today || !x.Partial {
		return false
	}
	if x.Tail {
		return !m.idx.Tail || m.headWanted
	}
	return (m.idx.Tail || !m.idx.Partial) && !m.headWanted
}

// findItem finds an item in the checklist shown by its customer and the day it is due, the nearest
// to a place in it: the same thing to do, as long as it was not done or moved to another day.
func (m *Screen) findItem(it *model.ChecklistItem, near int) (int, bool) {
	n := m.Count()
	if it == nil || near < 0 || n == 0 {
		return 0, false
	}
	near = min(near, n-1)
	for d := 0; near-d >= 0 || near+d < n; d++ {
		for _, j := range [2]int{near - d, near + d} {
			if j >= 0 && j < n && m.idx.CustomerID(j) == it.CustomerID && m.idx.DueOn(j) == it.DueOn {
				return j, true
			}
		}
	}
	return 0, false
}
