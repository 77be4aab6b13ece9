package forms

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
	"guanxi/ui/overlays"
)

// openAfter makes the command that reads what a form needs off the screen's path, then answers
// what open makes of it: the form to show, or a line saying why there is none. A read that fails
// is a line too.
func openAfter[T any](c *kit.Common, read func(s *store.Store, ctx context.Context) (T, error), open func(T) tea.Msg) tea.Cmd {
	s := c.Store
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		got, err := read(s, ctx)
		if err != nil {
			return kit.StatusMsg{Text: c.ErrSentence(err, kit.Texts.Errors.Load), IsErr: true}
		}
		return open(got)
	})
}

// refused is the line that says why a form does not open.
func refused(c *kit.Common, why model.Text) tea.Msg {
	return kit.StatusMsg{Text: c.T(why), IsErr: true}
}

// OpenTag reads the customer and their contacts, then opens the form that tags one of them
// with a personality type.
func OpenTag(c *kit.Common, customerID int64) tea.Cmd {
	type people struct {
		cu       model.Customer
		contacts []model.Contact
	}
	return openAfter(c, func(s *store.Store, ctx context.Context) (p people, err error) {
		if p.cu, err = s.Customer(ctx, customerID); err != nil {
			return p, err
		}
		p.contacts, err = s.Contacts(ctx, customerID)
		return p, err
	}, func(p people) tea.Msg { return kit.ShowMsg{Overlay: Tag(c, p.cu, p.contacts)} })
}

// OpenThresholds reads the thresholds, then opens the form that changes them.
func OpenThresholds(c *kit.Common) tea.Cmd {
	return openAfter(c, (*store.Store).ClassSettings,
		func(cs model.ClassSettings) tea.Msg { return kit.ShowMsg{Overlay: thresholdsForm(c, cs)} })
}

// OpenPayment reads the customer's deals, then opens the form that records a payment; a
// customer who owes nothing gets a line saying so instead. The form names the customer.
func OpenPayment(c *kit.Common, customer string, customerID, dealID int64) tea.Cmd {
	return openAfter(c, func(s *store.Store, ctx context.Context) ([]model.Deal, error) { return s.Deals(ctx, customerID) },
		func(deals []model.Deal) tea.Msg {
			if model.Balance(deals) == 0 {
				return refused(c, kit.Texts.Errors.NothingOwed)
			}
			return kit.ShowMsg{Overlay: Payment(c, customerID, deals, dealID).For(customer)}
		})
}

// OpenResolve reads the customer's complaints, then opens the form that resolves one of the
// open ones (complaintID first, when set). The form names the customer.
func OpenResolve(c *kit.Common, customer string, customerID, complaintID int64) tea.Cmd {
	return openAfter(c, func(s *store.Store, ctx context.Context) ([]model.Complaint, error) {
		return s.Complaints(ctx, customerID)
	}, func(all []model.Complaint) tea.Msg {
		var open []model.Complaint
		for _, p := range all {
			if p.Open() {
				open = append(open, p)
			}
		}
		if len(open) == 0 {
			return refused(c, kit.Texts.Errors.NoOpenComplaint)
		}
		return kit.ShowMsg{Overlay: Resolve(c, customerID, open, complaintID).For(customer)}
	})
}

// OpenMarked asks what to do to the marked customers.
func OpenMarked(c *kit.Common, ids []int64) tea.Cmd {
	return kit.OpenForm(markedForm(c, ids))
}

func markedForm(c *kit.Common, ids []int64) *kit.Form {
	n := len(ids)
	title := fmt.Sprintf(c.T(kit.Texts.Marked.Title), n)
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		switch v["action"] {
		case "level":
			return kit.SetMarkedLevel(c, ids, model.Level(v["level"])), nil
		case "tag":
			tags := model.SplitTags(v["tag"])
			if len(tags) != 1 {
				return nil, kit.FieldErrText("tag", kit.Texts.Marked.OneTag)
			}
			return kit.AddMarkedTag(c, ids, tags[0]), nil
		case "type":
			t, err := typeField(c, v["type"])
			if err != nil {
				return nil, err
			}
			return kit.AddMarkedType(c, ids, t), nil
		case "trash":
			return kit.TrashMarked(c, ids), nil
		}
		scope := &overlays.ExportScope{Name: fmt.Sprintf(c.T(kit.Texts.Marked.Scope), n), IDs: ids}
		return overlays.OpenExport(c, scope), nil
	})
	f.Choose("action", c.T(kit.Texts.Marked.Action), markedActions, "level").
		Choose("level", c.T(kit.Texts.Fields.Level), model.LevelCodes(), string(model.LevelVIP)).Explain(kit.AboutLevel(c)).OnlyWhen("action", "level").
		Text("tag", c.T(kit.Texts.Fields.Tag), "", c.T(kit.Texts.Marked.TagHint)).OnlyWhen("action", "tag").
		PickType("type", c.T(kit.Texts.Fields.Type), "", c.T(kit.Texts.Hints.Type)).OnlyWhen("action", "type")
	return f
}

// markedActions are what can be done to the marked customers.
var markedActions = []model.Code{
	{Code: "level", Name: model.Text{Zh: "改级别", En: "Change the level"}},
	{Code: "tag", Name: model.Text{Zh: "加标签", En: "Add a tag"}},
	{Code: "type", Name: model.Text{Zh: "设性格类型", En: "Set a personality type"}},
	{Code: "trash", Name: model.Text{Zh: "移到回收站", En: "Move to the trash"}},
	{Code: "export", Name: model.Text{Zh: "导出", En: "Export"}},
}
