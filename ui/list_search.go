package ui

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/search"
	"guanxi/store"
)

// The list answers every keystroke from a search index held in memory (search.Index): the
// index is read once in the background after the first page, and again when the book changes. A
// search runs in a command, so typing never waits for it, and its answer is numbered: an answer
// to an older query than the one shown is dropped. Notes and logged contacts are searched in the
// book afterwards and appended to the answer shown, unless the query changed in the meantime.

// indexLoadedMsg brings the search index, or the one the list had when the book did not change.
type indexLoadedMsg struct {
	ix  *search.Index
	err error
}

// searchDoneMsg brings the answer of the index to the query numbered seq; cursor is where the
// customer under the cursor is in it (-1: put the cursor on the best match).
type searchDoneMsg struct {
	seq    int
	found  search.Result
	cursor int
}

// notesWait is how long a query must stay unchanged before notes and logged contacts are searched
// for it: that search reads every logged contact, a second's work at 1,000,000 of them, which would
// otherwise start, and be stopped, at every keystroke, taking a processor from the typing. Half a
// second lets someone typing two or three characters a second type on: with 0.3 s, a search started
// between their keys took each next key from 14 ms to 25 ms on a book of 100,000 customers.
const notesWait = 500 * time.Millisecond

// notesDueMsg says the query numbered seq has stayed long enough for its notes to be searched.
type notesDueMsg struct{ seq int }

// notesFoundMsg brings the answer numbered seq with the customers found in notes and logged
// contacts appended.
type notesFoundMsg struct {
	seq   int
	found search.Result
	err   error
}

// refreshIndex loads the index again if the book changed since it was read; while a load is under
// way, it notes that another is needed when that one ends.
func (m *listScreen) refreshIndex() tea.Cmd {
	if m.indexing {
		m.indexStale = true
		return nil
	}
	m.indexing = true
	return loadSearchIndex(m.c.store, m.ix)
}

// research asks for the rows of the current query, from the index when it is there, else a page from
// SQL; keep leaves the cursor on the customer under it, if they are still found. Text typed while
// the index is loading is answered from the book by the same search (searchBook), in the order
// the index will keep; the index answers again when it is loaded.
func (m *listScreen) research(keep bool) tea.Cmd {
	m.seq++
	m.stopNotes()
	if m.cancelBook != nil {
		m.cancelBook() // an answer to an older query would be dropped anyway
		m.cancelBook = nil
	}
	if m.ix == nil && m.indexing && m.searchText() != "" {
		if model.NewSearchQuery(m.searchText()).Empty() {
			return nil // only punctuation, which finds everyone: the index answers when it is loaded
		}
		ctx, cancel := context.WithCancel(context.Background())
		m.cancelBook = cancel
		return searchBook(ctx, m.c.store, m.seq, m.query(0), m.within())
	}
	if m.ix == nil {
		return loadFirstPage(m.c.store, m.seq, m.query(firstPage))
	}
	var id int64
	if c, ok := m.selected(); ok && keep {
		id = c.ID
	}
	q, within := m.query(0), m.within()
	prev, _ := m.cache.Lookup(m.ix, q, within)
	return searchIndex(m.ix, prev, m.seq, q, within, id)
}

// startNotes searches notes and logged contacts for the query of the answer shown.
func (m *listScreen) startNotes() tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	m.cancelNotes = cancel
	return searchNotes(ctx, m.c.store, m.shown, m.found, m.found.Text())
}

// stopNotes cancels a search of the notes under way, or waiting: its answer would be dropped anyway.
func (m *listScreen) stopNotes() {
	if m.cancelNotes != nil {
		m.cancelNotes()
		m.cancelNotes = nil
	}
	m.notesBusy = false
}

// updateSearch handles the messages of the search; handled is false for any other message.
func (m *listScreen) updateSearch(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case indexLoadedMsg:
		m.indexing = false
		var cmds []tea.Cmd
		if m.indexStale {
			m.indexStale = false
			cmds = append(cmds, m.refreshIndex())
		}
		if msg.err != nil {
			if m.ix == nil {
				m.err = msg.err
			}
			return tea.Batch(cmds...), true
		}
		if msg.ix != m.ix {
			// The first index after the first page: a cursor the user has not moved stays on the first
			// row rather than following its customer to wherever the full order puts them.
			keep := m.ix != nil || m.cursor != 0
			m.ix = msg.ix
			cmds = append(cmds, m.research(keep))
		}
		return tea.Batch(cmds...), true

	case searchDoneMsg:
		if msg.seq < m.shown || msg.seq > m.seq {
			return nil, true // stale: a newer query's rows are already shown
		}
		m.shown, m.loaded, m.err = msg.seq, true, nil
		m.found, m.fromIndex = msg.found, true
		m.cache.Put(msg.found)
		m.cursor = max(msg.cursor, 0)
		m.clamp()
		text := msg.found.Text()
		if msg.seq != m.seq || utf8.RuneCountInString(strings.TrimSpace(text)) < store.MinNotesQuery {
			return nil, true
		}
		if msg.found.Partial() {
			return nil, true // answered from the book before the index: the index's answer searches the notes
		}
		m.notesBusy, m.notesErr = true, false
		if m.notesWait > 0 {
			seq := msg.seq
			return tea.Tick(m.notesWait, func(time.Time) tea.Msg { return notesDueMsg{seq} }), true
		}
		return m.startNotes(), true

	case notesDueMsg:
		if msg.seq != m.shown || msg.seq != m.seq || !m.notesBusy || m.cancelNotes != nil {
			return nil, true // typed on meanwhile: the newer query waits its own turn
		}
		return m.startNotes(), true

	case notesFoundMsg:
		if msg.seq != m.shown || msg.seq != m.seq {
			return nil, true // the query changed: these notes answer an older one
		}
		m.notesBusy = false
		if m.cancelNotes != nil {
			m.cancelNotes()
			m.cancelNotes = nil
		}
		if msg.err != nil {
			m.notesErr = true
			return nil, true
		}
		m.found = msg.found // only appended to: the rows above, and the cursor, stay where they are
		m.cache.Put(msg.found)
		return nil, true
	}
	return nil, false
}

// rowCount is how many customers the list shows.
func (m *listScreen) rowCount() int {
	if m.fromIndex {
		return m.found.Len()
	}
	return len(m.rows)
}

// rowAt returns the i-th customer shown, 0 ≤ i < rowCount. A row of a page from SQL has no rank
// and no key; the row computes its key to mark the match.
func (m *listScreen) rowAt(i int) search.Found {
	if m.fromIndex {
		return m.found.At(i)
	}
	return search.Found{Customer: m.rows[i], Rank: -1}
}

// totalCount is how many customers the book holds, or -1 before it is known.
func (m *listScreen) totalCount() int {
	if m.fromIndex {
		return m.found.Total()
	}
	return m.total
}

// shownQuery is the query the rows shown answer, for marking where it matched.
func (m *listScreen) shownQuery() model.SearchQuery {
	if m.fromIndex {
		return m.found.Query()
	}
	return model.NewSearchQuery(m.search.Value())
}

// countText says how many customers are shown of how many, and whether notes are still searched.
func (m *listScreen) countText() string {
	var s string
	if total := m.totalCount(); total < 0 {
		s = fmt.Sprintf(m.c.t("list.countFirst"), m.rowCount())
	} else {
		s = fmt.Sprintf(m.c.t("list.count"), m.rowCount(), total)
	}
	switch {
	case m.notesBusy:
		s += m.c.t("list.notesBusy")
	case m.notesErr:
		s += m.c.t("list.notesFailed")
	}
	return s
}
