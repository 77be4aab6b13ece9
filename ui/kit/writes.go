package kit

// The writes every screen and form may ask for, and the reads they all share (the catalog, the
// plans, whether the book changed). Each returns a tea.Cmd that captures the values it needs and
// answers with a typed message; Update never does I/O.

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// LoadTimeout bounds one read so a locked book shows an error instead of freezing the screen.
const LoadTimeout = 10 * time.Second

// WithTimeout makes the command that runs work off the screen's path, on a context bounded by
// LoadTimeout, and answers what work answers.
func WithTimeout(work func(ctx context.Context) tea.Msg) tea.Cmd { return Within(LoadTimeout, work) }

// Within is WithTimeout for a read that may take longer than one read should: its context is
// bounded by limit instead.
func Within(limit time.Duration, work func(ctx context.Context) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), limit)
		defer cancel()
		return work(ctx)
	}
}

func LoadCatalog(s *store.Store) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		typologies, err := s.Typologies(ctx)
		if err != nil {
			return CatalogLoadedMsg{Err: err}
		}
		types, err := s.PersonalityTypes(ctx)
		return CatalogLoadedMsg{Typologies: typologies, Types: types, Err: err}
	})
}

// Save runs one write and answers savedMsg or saveFailedMsg.
func Save(what model.Text, customerID int64, write func(ctx context.Context) error) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		if err := write(ctx); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return SavedMsg{What: what, CustomerID: customerID}
	})
}

func CompleteReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return SaveThen(Texts.Saved.Done, customerID, func(ctx context.Context) error { return s.CompleteReminder(ctx, id) },
		nextTurnOf(s, id))
}

func SnoozeReminder(s *store.Store, id, customerID int64, to model.Date) tea.Cmd {
	return SaveThen(Texts.Saved.Snoozed, customerID, func(ctx context.Context) error { return s.SnoozeReminder(ctx, id, to) },
		PutOffTo(to))
}

func TagPerson(s *store.Store, t store.PersonTag) tea.Cmd {
	return Save(Texts.Saved.Type, t.CustomerID, func(ctx context.Context) error { return s.TagPerson(ctx, t) })
}

// UntagPerson takes a type off a person; the store moves the tag's note into their notes.
func UntagPerson(s *store.Store, t store.PersonTag) tea.Cmd {
	return Save(Texts.Saved.Untag, t.CustomerID, func(ctx context.Context) error {
		return s.UntagPerson(ctx, t.CustomerID, t.ContactID, t.Type)
	})
}

func AddType(s *store.Store, t model.PersonalityType) tea.Cmd {
	return tea.Batch(Save(Texts.Saved.Type, 0, func(ctx context.Context) error { return s.AddType(ctx, &t) }), selectType(t.Code))
}

func UpdateType(s *store.Store, t model.PersonalityType) tea.Cmd {
	return Save(Texts.Saved.Type, 0, func(ctx context.Context) error { return s.UpdateType(ctx, t) })
}

func RestoreType(s *store.Store, code string) tea.Cmd {
	return Save(Texts.Saved.TypeRestored, 0, func(ctx context.Context) error {
		_, err := s.RestoreType(ctx, code)
		return err
	})
}

func RemoveType(s *store.Store, code string) tea.Cmd {
	return Save(Texts.Saved.TypeRemoved, 0, func(ctx context.Context) error {
		_, err := s.RemoveType(ctx, code)
		return err
	})
}

func AddTypology(s *store.Store, t model.Typology) tea.Cmd {
	return Save(Texts.Saved.Typology, 0, func(ctx context.Context) error { return s.AddTypology(ctx, &t) })
}

func UpdateTypology(s *store.Store, t model.Typology) tea.Cmd {
	return Save(Texts.Saved.Typology, 0, func(ctx context.Context) error { return s.UpdateTypology(ctx, t) })
}

// RestoreCustomer brings a customer back from the trash.
func RestoreCustomer(s *store.Store, id int64) tea.Cmd {
	return Save(Texts.Saved.Restored, id, func(ctx context.Context) error { return s.RestoreCustomer(ctx, id) })
}

func WatchTick(every time.Duration) tea.Cmd {
	return tea.Tick(every, func(time.Time) tea.Msg { return WatchTickMsg{} })
}

// CheckBook asks SQLite whether another connection committed since last time.
func CheckBook(s *store.Store) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		v, err := s.DataVersion(ctx)
		if err != nil {
			return nil
		}
		return BookChangedMsg{Version: v}
	})
}

// selectType answers with a message that puts the catalog's cursor on the type once it is listed.
func selectType(code string) tea.Cmd {
	return func() tea.Msg { return CatalogSelectMsg{code} }
}
