package list

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/search"
	"guanxi/store"
	"guanxi/ui/kit"
)

// The list answers every keystroke from a search index held in memory (search.Index): the
// index is read once in the background after the first page, and again when the book changes. A
// search runs in a command, so typing never waits for it, and its answer is numbered: an answer
// to an older query than the one shown is dropped. Notes and logged contacts are searched in the
// book afterwards and appended to the answer shown, unless the query changed in the meantime.

// indexVersionMsg brings the book's data version, for the list to tell whether its index is out of
// date.
type indexVersionMsg struct {
	version int64
	err     error
}

// indexLoadedMsg brings the search index.
type indexLoadedMsg struct {
	ix  *search.Index
	err error
}

// SearchDoneMsg brings the answer of the index to the query numbered seq; cursor is where the
// customer under the cursor is in it (-1: put the cursor on the best match).
type SearchDoneMsg struct {
	Seq    int
	found  search.Result
	cursor int
}

// notesWait is how long a query must stay unchanged before notes and logged contacts are searched
// for it: that search reads every logged contact, a second's work at 1,000,000 of them, which would
// otherwise start, and be stopped, at every keystroke, taking a processor from the typing. Half a
// second lets someone typing two or three characters a second type on: with 0.3 s, a search started
// between their keys took each next key from 14 ms to 25 ms on a book of 100,000 customers.
const notesWait = 500 * time.Millisecond

// NotesDueMsg says the query numbered seq has stayed long enough for its notes to be searched.
type NotesDueMsg struct{ seq int }

// NotesFoundMsg brings the answer numbered seq with the customers found in notes and logged
// contacts appended.
type NotesFoundMsg struct {
	Seq   int
	found search.Result
	err   error
}

// refreshIndex loads the index again if the book changed since it was read; while a load is under
// way, it notes that another is needed when that one ends. With an index in hand, it first asks
// whether the book changed (see indexVersionMsg): the old index is let go before the new one is
// read, so the two are never held at once.
func (m *Screen) refreshIndex() tea.Cmd {
	if m.Indexing {
		m.indexStale = true
		return nil
	}
	m.Indexing = true
	if m.Ix != nil {
		return checkIndexVersion(m.c.Store, m.Ix.Version())
	}
	return loadSearchIndex(m.c.Store)
}

// IndexSettledMsg says the list's index is loaded, or was found current, and no load is under way:
// the app waits for it before the follow-up reads its order again after the book changed, so the
// two large reads do not overlap (see App.reloadAll).
type IndexSettledMsg struct{}

// IndexBusy tells whether the list is loading its index, or asking whether it must.
func (m *Screen) IndexBusy() bool { return m.Indexing }

// settled ends a load of the index: it starts the next one when the book changed meanwhile, or
// tells the app the index is settled.
func (m *Screen) settled() tea.Cmd {
	m.Indexing = false
	if m.indexStale {
		m.indexStale = false
		return m.refreshIndex()
	}
	return func() tea.Msg { return IndexSettledMsg{} }
}

// ownCopy returns a customer of the index with texts of its own: the index hands out its texts as
// parts of one block, and a row holding any of them would keep the whole block alive.
func ownCopy(c model.Customer) model.Customer {
	c.Name, c.Company, c.ShortName = strings.Clone(c.Name), strings.Clone(c.Company), strings.Clone(c.ShortName)
	c.Level, c.Stage = model.Level(strings.Clone(string(c.Level))), model.Stage(strings.Clone(string(c.Stage)))
	c.Types = slices.Clone(c.Types)
	return c
}

// letGoOfIndex drops every hold the list has on its index, so the collector can free it before
// the next one is read: the rows shown become a page of their own (the window on the screen with a
// page below it, their texts copied out of the index), the cached answers are forgotten and a
// search of the notes, which holds the answer it appends to, is stopped. What is typed meanwhile is
// answered from the book (see research), as before the first index.
func (m *Screen) letGoOfIndex() {
	m.StopNotes()
	if m.FromIndex {
		from := m.offset
		to := min(m.found.Len(), from+m.VisibleRows()+firstPage)
		rows := make([]model.Customer, 0, to-from)
		for i := from; i < to; i++ {
			rows = append(rows, ownCopy(m.found.At(i).Customer))
		}
		m.Rows, m.total, m.FromIndex = rows, m.found.Total(), false
		m.Cursor, m.offset = m.Cursor-from, 0
		m.clamp()
	}
	m.found, m.Cache, m.Ix = search.Result{}, search.Cache{}, nil
	m.stopBook()
	m.reindexing = true
}

// research asks for the rows of the current query, from the index when it is there, else a page from
// SQL; keep leaves the cursor on the customer under it, if they are still found. Text typed while
// the index is loading is answered from the book with the first rows of the index's answer
// (searchBook), in its order; the index answers again when it is loaded.
func (m *Screen) research(keep bool) tea.Cmd {
	m.Seq++
	m.StopNotes()
	if m.Ix == nil && m.Indexing && m.searchText() != "" {
		if model.NewSearchQuery(m.searchText()).Empty() {
			return nil // only punctuation, which finds everyone: the index answers when it is loaded
		}
		return m.searchBook()
	}
	if m.Ix == nil {
		return loadFirstPage(m.c.Store, m.Seq, m.Query(firstPage))
	}
	var id int64
	if c, ok := m.Selected(); ok && keep {
		id = c.ID
	}
	q, within := m.Query(0), m.within()
	prev, _ := m.Cache.Lookup(m.Ix, q, within)
	return searchIndex(m.Ix, prev, m.Seq, q, within, id)
}

// searchBook asks the book for the rows of the current query that fit on the screen. One such
// search runs at a time, beside the index's load, so the keys share the processors with no more
// than that: a query typed while one runs is asked when it ends, from the names it found when
// those hold every name the new one can match (as when a character is added), so the book is
// read once for a word typed on.
func (m *Screen) searchBook() tea.Cmd {
	if m.cancelBook != nil {
		m.bookWaits = true
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancelBook, m.bookSeq = cancel, m.Seq
	return searchBook(ctx, m.c.Store, m.Seq, m.Query(0), m.within(), m.VisibleRows(), m.bookHits)
}

// stopBook stops a search of the book under way and forgets the names found: the index answers
// now, or the book changed.
func (m *Screen) stopBook() {
	if m.cancelBook != nil {
		m.cancelBook()
		m.cancelBook = nil
	}
	m.bookHits, m.bookWaits, m.bookSeq = nil, false, 0
}

// bookAnswered shows the rows the book gave for the query shown, or, when a query was typed while
// they were read, asks for its rows.
func (m *Screen) bookAnswered(msg bookRowsMsg) tea.Cmd {
	if msg.seq != m.bookSeq || m.cancelBook == nil {
		return nil // stopped: the index answers
	}
	m.cancelBook()
	m.cancelBook, m.bookSeq = nil, 0
	if msg.hits != nil {
		m.bookHits = msg.hits
	}
	waits := m.bookWaits
	m.bookWaits = false
	if msg.seq == m.Seq {
		if msg.err == nil {
			m.Shown, m.Loaded, m.err = msg.seq, true, nil
			m.Rows, m.total, m.FromIndex = msg.rows, -1, false
			m.Cursor, m.offset = 0, 0 // a new query: the best match on top
			m.clamp()
		}
		return nil // a failed search shows nothing new: the index answers when it is loaded
	}
	if waits && m.Ix == nil && m.Indexing && !model.NewSearchQuery(m.searchText()).Empty() {
		return m.searchBook()
	}
	return nil
}

// startNotes searches notes and logged contacts for the query of the answer shown.
func (m *Screen) startNotes() tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	m.CancelNotes = cancel
	return searchNotes(ctx, m.c.Store, m.Shown, m.found, m.found.Text())
}

// StopNotes cancels a search of the notes under way, or waiting: its answer would be dropped anyway.
func (m *Screen) StopNotes() {
	if m.CancelNotes != nil {
		m.CancelNotes()
		m.CancelNotes = nil
	}
	m.NotesBusy = false
}

// updateSearch handles the messages of the search; handled is false for any other message.
func (m *Screen) updateSearch(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case indexVersionMsg:
		if msg.err == nil && m.Ix != nil && msg.version != m.Ix.Version() {
			m.letGoOfIndex()
			return loadSearchIndex(m.c.Store), true
		}
		return m.settled(), true // unchanged, or not known: the index in hand stays

	case bookRowsMsg:
		return m.bookAnswered(msg), true

	case indexLoadedMsg:
		if msg.err != nil {
			if m.Ix == nil && !m.reindexing {
				m.err = msg.err
			}
			return m.settled(), true
		}
		// The first index after the first page: a cursor the user has not moved stays on the first
		// row rather than following its customer to wherever the full order puts them. After the
		// book changed, the cursor follows its customer.
		keep := m.reindexing || m.Cursor != 0
		m.Ix, m.reindexing = msg.ix, false
		m.stopBook()
		// The new index is in place before settled may start another load, which lets it go first.
		search := m.research(keep)
		return tea.Batch(search, m.settled()), true

	case SearchDoneMsg:
		if msg.Seq < m.Shown || msg.Seq > m.Seq {
			return nil, true // stale: a newer query's rows are already shown
		}
		m.Shown, m.Loaded, m.err = msg.Seq, true, nil
		m.found, m.FromIndex = msg.found, true
		m.Cache.Put(msg.found)
		m.Cursor = max(msg.cursor, 0)
		m.clamp()
		text := msg.found.Text()
		if msg.Seq != m.Seq || utf8.RuneCountInString(strings.TrimSpace(text)) < store.MinNotesQuery {
			return nil, true
		}
		m.NotesBusy, m.notesErr = true, false
		if m.NotesWait > 0 {
			seq := msg.Seq
			return tea.Tick(m.NotesWait, func(time.Time) tea.Msg { return NotesDueMsg{seq} }), true
		}
		return m.startNotes(), true

	case NotesDueMsg:
		if msg.seq != m.Shown || msg.seq != m.Seq || !m.NotesBusy || m.CancelNotes != nil {
			return nil, true // typed on meanwhile: the newer query waits its own turn
		}
		return m.startNotes(), true

	case NotesFoundMsg:
		if msg.Seq != m.Shown || msg.Seq != m.Seq {
			return nil, true // the query changed: these notes answer an older one
		}
		m.NotesBusy = false
		if m.CancelNotes != nil {
			m.CancelNotes()
			m.CancelNotes = nil
		}
		if msg.err != nil {
			m.notesErr = true
			return nil, true
		}
		m.found = msg.found // only appended to: the rows above, and the cursor, stay where they are
		m.Cache.Put(msg.found)
		return nil, true
	}
	return nil, false
}

// RowCount is how many customers the list shows.
func (m *Screen) RowCount() int {
	if m.FromIndex {
		return m.found.Len()
	}
	return len(m.Rows)
}

// RowAt returns the i-th customer shown, 0 ≤ i < rowCount. A row of a page from SQL has no rank
// and no key; the row computes its key to mark the match.
func (m *Screen) RowAt(i int) search.Found {
	if m.FromIndex {
		return m.found.At(i)
	}
	return search.Found{Customer: m.Rows[i], Rank: -1}
}

// totalCount is how many customers the book holds, or -1 before it is known.
func (m *Screen) totalCount() int {
	if m.FromIndex {
		return m.found.Total()
	}
	return m.total
}

// shownQuery is the query the rows shown answer, for marking where it matched.
func (m *Screen) shownQuery() model.SearchQuery {
	if m.FromIndex {
		return m.found.Query()
	}
	return model.NewSearchQuery(m.Search.Value())
}

// countText says how many customers are shown of how many, and whether notes are still searched.
func (m *Screen) countText() string {
	var s string
	if total := m.totalCount(); total < 0 {
		s = fmt.Sprintf(m.c.T(kit.Texts.List.CountFirst), m.RowCount())
	} else {
		s = fmt.Sprintf(m.c.T(kit.Texts.List.Count), m.RowCount(), total)
	}
	switch {
	case m.NotesBusy:
		s += m.c.T(kit.Texts.List.NotesBusy)
	case m.notesErr:
		s += m.c.T(kit.Texts.List.NotesFailed)
	}
	return s
}
