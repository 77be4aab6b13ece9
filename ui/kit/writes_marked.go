package kit

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// MarkedChangedMsg says a change to the marked customers was written: what to say, and how to
// take it back.
type MarkedChangedMsg struct {
	Text string
	Undo MarkedUndo
}

// MarkedUndo is what takes a change to many customers back; the zero value takes nothing back.
type MarkedUndo struct {
	levels map[int64]model.Level
	tag    string
	typ    string
	ids    []int64 // the customers the tag or type was added to, or moved to the trash
	trash  bool
}

// runMarked runs one change to many customers and answers what it did, or why it failed.
func runMarked(write func(ctx context.Context) (string, MarkedUndo, error)) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		text, undo, err := write(ctx)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return MarkedChangedMsg{Text: text, Undo: undo}
	})
}

func SetMarkedLevel(c *Common, ids []int64, to model.Level) tea.Cmd {
	s := c.Store
	name := c.CodeName(model.LevelCodes(), string(to))
	return runMarked(func(ctx context.Context) (string, MarkedUndo, error) {
		before, err := s.SetLevelOf(ctx, ids, to)
		return fmt.Sprintf(c.T(Texts.Marked.Leveled), Customers(c, len(before)), name), MarkedUndo{levels: before}, err
	})
}

func AddMarkedTag(c *Common, ids []int64, tag string) tea.Cmd {
	s := c.Store
	return runMarked(func(ctx context.Context) (string, MarkedUndo, error) {
		added, err := s.AddTagTo(ctx, ids, tag)
		return fmt.Sprintf(c.T(Texts.Marked.Tagged), model.SanitizeLine(tag), Customers(c, len(added))), MarkedUndo{tag: tag, ids: added}, err
	})
}

func AddMarkedType(c *Common, ids []int64, t model.PersonalityType) tea.Cmd {
	s := c.Store
	name := model.SanitizeLine(t.Name.In(c.Lang))
	return runMarked(func(ctx context.Context) (string, MarkedUndo, error) {
		added, err := s.AddTypeTo(ctx, ids, t.Code)
		return fmt.Sprintf(c.T(Texts.Marked.Typed), name, Customers(c, len(added))), MarkedUndo{typ: t.Code, ids: added}, err
	})
}

func TrashMarked(c *Common, ids []int64) tea.Cmd {
	s := c.Store
	return runMarked(func(ctx context.Context) (string, MarkedUndo, error) {
		moved, err := s.DeleteCustomers(ctx, ids)
		return fmt.Sprintf(c.T(Texts.Marked.Trashed), Customers(c, len(moved))), MarkedUndo{ids: moved, trash: true}, err
	})
}

// UndoMarked takes a change to many customers back, in one transaction.
func UndoMarked(s *store.Store, u MarkedUndo) tea.Cmd {
	return Save(Texts.Marked.Undone, 0, func(ctx context.Context) error {
		switch {
		case len(u.levels) > 0:
			return s.RestoreLevels(ctx, u.levels)
		case u.trash:
			return s.RestoreCustomers(ctx, u.ids)
		case u.tag != "":
			return s.RemoveTagFrom(ctx, u.ids, u.tag)
		case u.typ != "":
			return s.RemoveTypeFrom(ctx, u.ids, u.typ)
		}
		return nil
	})
}

func (u MarkedUndo) Empty() bool { return len(u.levels) == 0 && len(u.ids) == 0 }
