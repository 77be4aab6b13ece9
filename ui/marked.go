package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// Acting on the customers marked in the list: change their level, add a tag, set a personality
// type, move them to the trash, or export them. Each change is one transaction in the store, and
// the key right after it (u, or ctrl+z in the list, where u is typed into the search) takes it
// back exactly.

// markedActions are what can be done to the marked customers.
var markedActions = []model.Code{
	{Code: "level", Name: model.Text{Zh: "改级别", En: "Change the level"}},
	{Code: "tag", Name: model.Text{Zh: "加标签", En: "Add a tag"}},
	{Code: "type", Name: model.Text{Zh: "设性格类型", En: "Set a personality type"}},
	{Code: "trash", Name: model.Text{Zh: "移到回收站", En: "Move to the trash"}},
	{Code: "export", Name: model.Text{Zh: "导出", En: "Export"}},
}

// markedChangedMsg says a change to the marked customers was written: what to say, and how to
// take it back.
type markedChangedMsg struct {
	text string
	undo markedUndo
}

// markedUndo is what takes a change to many customers back; the zero value takes nothing back.
type markedUndo struct {
	levels map[int64]model.Level
	tag    string
	typ    string
	ids    []int64 // the customers the tag or type was added to, or moved to the trash
	trash  bool
}

func (u markedUndo) empty() bool { return len(u.levels) == 0 && len(u.ids) == 0 }

// openMarkedForm asks what to do to the marked customers.
func openMarkedForm(c *kit.Common, ids []int64) tea.Cmd {
	return openForm(markedForm(c, ids))
}

func markedForm(c *kit.Common, ids []int64) *kit.Form {
	n := len(ids)
	title := fmt.Sprintf(c.T("mark.title"), n)
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		switch v["action"] {
		case "level":
			return setMarkedLevel(c, ids, model.Level(v["level"])), nil
		case "tag":
			tags := model.SplitTags(v["tag"])
			if len(tags) != 1 {
				return nil, kit.FieldErrText("tag", "mark.oneTag")
			}
			return addMarkedTag(c, ids, tags[0]), nil
		case "type":
			if strings.TrimSpace(v["type"]) == "" {
				return nil, kit.FieldErrText("type", "err.typeEmpty")
			}
			t, err := model.FindType(c.Catalog, v["type"])
			if err != nil {
				var unknown *model.UnknownTypeError
				if errors.As(err, &unknown) {
					return nil, &model.FieldError{Field: "type", Msg: unknownTypeText(unknown)}
				}
				return nil, err
			}
			return addMarkedType(c, ids, t), nil
		case "trash":
			return trashMarked(c, ids), nil
		}
		scope := &exportScope{name: fmt.Sprintf(c.T("mark.scope"), n), ids: ids}
		return openExport(c, scope), nil
	})
	f.Choose("action", c.T("mark.action"), markedActions, "level").
		Choose("level", c.T("f.level"), model.LevelCodes, string(model.LevelVIP)).Explain(kit.AboutLevel(c)).OnlyWhen("action", "level").
		Text("tag", c.T("f.tag"), "", c.T("mark.tagHint")).OnlyWhen("action", "tag").
		PickType("type", c.T("f.type"), "", c.T("hint.type")).OnlyWhen("action", "type")
	return f
}

// runMarked runs one change to many customers and answers what it did, or why it failed.
func runMarked(write func(ctx context.Context) (string, markedUndo, error)) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		text, undo, err := write(ctx)
		if err != nil {
			return kit.SaveFailedMsg{Err: err}
		}
		return markedChangedMsg{text: text, undo: undo}
	}
}

func setMarkedLevel(c *kit.Common, ids []int64, to model.Level) tea.Cmd {
	s := c.Store
	name := c.CodeName(model.LevelCodes, string(to))
	return runMarked(func(ctx context.Context) (string, markedUndo, error) {
		before, err := s.SetLevelOf(ctx, ids, to)
		return fmt.Sprintf(c.T("mark.leveled"), kit.Customers(c, len(before)), name), markedUndo{levels: before}, err
	})
}

func addMarkedTag(c *kit.Common, ids []int64, tag string) tea.Cmd {
	s := c.Store
	return runMarked(func(ctx context.Context) (string, markedUndo, error) {
		added, err := s.AddTagTo(ctx, ids, tag)
		return fmt.Sprintf(c.T("mark.tagged"), model.SanitizeLine(tag), kit.Customers(c, len(added))), markedUndo{tag: tag, ids: added}, err
	})
}

func addMarkedType(c *kit.Common, ids []int64, t model.PersonalityType) tea.Cmd {
	s := c.Store
	name := model.SanitizeLine(t.Name.In(c.Lang))
	return runMarked(func(ctx context.Context) (string, markedUndo, error) {
		added, err := s.AddTypeTo(ctx, ids, t.Code)
		return fmt.Sprintf(c.T("mark.typed"), name, kit.Customers(c, len(added))), markedUndo{typ: t.Code, ids: added}, err
	})
}

func trashMarked(c *kit.Common, ids []int64) tea.Cmd {
	s := c.Store
	return runMarked(func(ctx context.Context) (string, markedUndo, error) {
		moved, err := s.DeleteCustomers(ctx, ids)
		return fmt.Sprintf(c.T("mark.trashed"), kit.Customers(c, len(moved))), markedUndo{ids: moved, trash: true}, err
	})
}

// undoMarked takes a change to many customers back, in one transaction.
func undoMarked(s *store.Store, u markedUndo) tea.Cmd {
	return kit.Save("mark.undone", 0, func(ctx context.Context) error {
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

// onMarkedChanged closes the form, clears the marks, says what was done with the offer to undo
// it, and reloads what is shown.
func (a *App) onMarkedChanged(msg markedChangedMsg) tea.Cmd {
	if f, ok := a.overlay.(*kit.Form); ok && f.Saving {
		a.overlay = nil
	}
	if l, ok := a.tabs[tabList].(*listScreen); ok {
		l.clearMarks()
	}
	a.markedUndo = msg.undo
	text := msg.text
	if !msg.undo.empty() {
		text += a.c.T("mark.undoHint")
	}
	a.setStatus(text, false)
	return a.reloadAll()
}

// markedUndoKey takes the last change to many customers back when the key right after it is the
// undo key; any other key ends the offer.
func (a *App) markedUndoKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	offer := a.markedUndo
	a.markedUndo = markedUndo{}
	if offer.empty() {
		return nil, false
	}
	_, undo := a.c.TrashKeys()
	if !key.Matches(msg, undo) || msg.String() == "u" && a.top().Typing() {
		return nil, false
	}
	a.setStatus(a.c.T("mark.undoing"), false)
	return undoMarked(a.c.Store, offer), true
}
