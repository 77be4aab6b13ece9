package list

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/search"
	"guanxi/store"
	"guanxi/ui/kit"
)

// loadFirstPage reads a page of the list without counting the book, which at 100,000 customers
// takes longer than the page: the search index, loaded next, brings the count.
func loadFirstPage(s *store.Store, seq int, q store.ListQuery) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		rows, err := s.ListCustomers(ctx, q)
		return kit.CustomersLoadedMsg{Seq: seq, Rows: rows, Total: -1, Err: err}
	}
}

// indexTimeout bounds reading the search index, which takes a good part of a second at 100,000
// customers.
const indexTimeout = time.Minute

// loadSearchIndex reads the book into a search index.
func loadSearchIndex(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), indexTimeout)
		defer cancel()
		ix, err := search.Load(ctx, s)
		return indexLoadedMsg{ix: ix, err: err}
	}
}

// checkIndexVersion reads the book's data version, for the list to compare with its index's
// (version): the command holds the number, not the index, so the index can be let go meanwhile.
func checkIndexVersion(s *store.Store, version int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		v, err := s.DataVersion(ctx)
		return indexVersionMsg{version: v, err: err}
	}
}

// searchIndex answers a query from the index in memory, among the customers within (nil: all),
// looking only among those an earlier answer (prev) found when that is enough, with the place of
// the customer keepID in the answer (-1 when not found or not asked).
func searchIndex(ix *search.Index, prev search.Result, seq int, q store.ListQuery, within []int64, keepID int64) tea.Cmd {
	return func() tea.Msg {
		found := ix.SearchAfter(prev, q, within)
		cursor := -1
		if keepID != 0 {
			cursor = found.Find(keepID)
		}
		return SearchDoneMsg{Seq: seq, found: found, cursor: cursor}
	}
}

// bookRowsMsg brings the first rows of the answer to the query numbered seq, read from the book
// before the search index is loaded (search.Screenful), with the names it matched, for the next
// character typed.
type bookRowsMsg struct {
	seq  int
	rows []model.Customer
	hits *search.NameHits
	err  error
}

// searchBook answers a query typed before the search index is loaded from the book: the first n
// rows of the answer the index will give, in its order (search.Screenful), from the names prev
// holds when they are enough. ctx is cancelled when the index arrives or the book changes; the
// answer to a query changed meanwhile is not shown, but its names serve the next.
func searchBook(ctx context.Context, s *store.Store, seq int, q store.ListQuery, within []int64, n int, prev *search.NameHits) tea.Cmd {
	return func() tea.Msg {
		rows, hits, err := search.Screenful(ctx, s, q, within, n, prev)
		return bookRowsMsg{seq: seq, rows: rows, hits: hits, err: err}
	}
}

// searchNotes looks for text in notes and logged contacts and appends whom it finds to found; ctx
// is cancelled when the query changes.
func searchNotes(ctx context.Context, s *store.Store, seq int, found search.Result, text string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, kit.LoadTimeout)
		defer cancel()
		ids, err := s.SearchNotes(ctx, text)
		if err != nil {
			return NotesFoundMsg{Seq: seq, err: err}
		}
		return NotesFoundMsg{Seq: seq, found: found.WithNotes(ids)}
	}
}

// segmentIDsMsg brings the customers a query of the list selects, for the query numbered seq.
type segmentIDsMsg struct {
	seq int
	ids []int64
	err error
}

// loadSegmentIDs finds the customers of a query, for the list to keep to.
func loadSegmentIDs(s *store.Store, seq int, q *model.Query) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		ids, err := s.QueryIDs(ctx, q)
		return segmentIDsMsg{seq: seq, ids: ids, err: err}
	}
}

// segmentRow is a saved list with how many customers it holds now (-1 while not counted).
type segmentRow struct {
	store.Segment
	count int
	err   error
}

// segmentsLoadedMsg brings the saved lists with their live counts.
type segmentsLoadedMsg struct {
	rows []segmentRow
	err  error
}

// loadSegments reads the saved lists and counts each one's customers now.
func loadSegments(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		segs, err := s.Segments(ctx)
		if err != nil {
			return segmentsLoadedMsg{err: err}
		}
		rows := make([]segmentRow, len(segs))
		for i, g := range segs {
			rows[i].Segment = g
			rows[i].count, rows[i].err = s.CountSegment(ctx, g.Name)
		}
		return segmentsLoadedMsg{rows: rows}
	}
}
