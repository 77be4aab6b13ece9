package detail

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
)

// The detail view's records: every contact person, reminder, complaint, payment, logged contact and
// deal of the archive can be picked with ↑/↓ (the page scrolls to keep it in view), then corrected
// (enter), removed to the trash (X, undone by u right after), and a reminder marked done or open
// again (x). pgup/pgdn, home/end and the wheel still scroll the page, and the cursor follows.

// detailRecord is a record of the archive where the page shows it: lines line to end (exclusive).
type detailRecord struct {
	Kind      model.RecordKind
	ID        int64
	line, end int
}

// recordKeys are the keys on the record under the cursor, in the user's language, made once.
type recordKeys struct {
	Change, Remove, Done, Undo key.Binding
}

// recordKeysIn makes the record keys in a language.
func recordKeysIn(lang model.Lang) *recordKeys {
	{
		b := kit.Binder(lang)
		return &recordKeys{
			Change: b([]string{"enter"}, "enter", "修改这条", "change record"),
			Remove: b([]string{"X", "backspace"}, "X", "删除这条", "remove record"),
			Done:   b([]string{"x"}, "x", "提醒完成/重开", "done / reopen"),
			Undo:   b([]string{"u"}, "u", "撤销删除", "undo removal"),
		}
	}
}

// recKeys returns the detail view's record keys, made once per view.
func (m *Screen) recKeys() *recordKeys {
	if m.rk == nil {
		m.rk = recordKeysIn(m.c.Lang)
	}
	return m.rk
}

// recordsHelp lists the record keys for help.
func (m *Screen) recordsHelp() []key.Binding {
	rk := m.recKeys()
	return []key.Binding{rk.Change, rk.Remove, rk.Done, rk.Undo}
}

// Selected returns the record under the cursor.
func (m *Screen) Selected() (detailRecord, bool) {
	if m.cur < 0 || m.cur >= len(m.Records) {
		return detailRecord{}, false
	}
	return m.Records[m.cur], true
}

// moveRecord moves the cursor by one record up or down and scrolls to show it; past the first or
// the last record, the page scrolls a line, so what lies above and below stays in reach.
func (m *Screen) moveRecord(by int) {
	if len(m.Records) == 0 {
		m.Scroll += by
		m.ClampScroll()
		return
	}
	next := m.cur + by
	if r, ok := m.Selected(); ok && !m.Visible(r) {
		next = m.cur // first bring the record back into view
	}
	if next < 0 || next >= len(m.Records) {
		m.Scroll += by
		m.ClampScroll()
		return
	}
	m.cur = next
	m.showRecord()
}

// Visible tells whether a record's first line is on the page.
func (m *Screen) Visible(r detailRecord) bool {
	return r.line >= m.Scroll && r.line < m.Scroll+m.height
}

// showRecord scrolls so the record under the cursor is on the page, whole when it fits.
func (m *Screen) showRecord() {
	r, ok := m.Selected()
	if !ok {
		return
	}
	if r.end > m.Scroll+m.height {
		m.Scroll = min(r.line, r.end-m.height)
	}
	if r.line < m.Scroll {
		m.Scroll = r.line
	}
	m.ClampScroll()
}

// followScroll puts the cursor on a record the page shows, after the page scrolled.
func (m *Screen) followScroll() {
	if r, ok := m.Selected(); ok && m.Visible(r) {
		return
	}
	for i, r := range m.Records {
		if m.Visible(r) {
			m.cur = i
			return
		}
	}
}

// keepCursor puts the cursor back on the same record after the page was built again, or on the
// one now at its place; a record just restored takes the cursor and is scrolled into view.
func (m *Screen) keepCursor(was detailRecord, had bool) {
	if m.focus.ID != 0 {
		for i, r := range m.Records {
			if r.Kind == m.focus.Kind && r.ID == m.focus.ID {
				m.cur, m.focus = i, detailRecord{}
				m.showRecord()
				return
			}
		}
	}
	if len(m.Records) == 0 {
		m.cur = 0
		return
	}
	if had {
		for i, r := range m.Records {
			if r.Kind == was.Kind && r.ID == was.ID {
				m.cur = i
				return
			}
		}
	}
	m.cur = max(0, min(m.cur, len(m.Records)-1))
}

// recordKey handles the keys on the record under the cursor and the undo of a removal; it tells
// whether the key was one of them.
func (m *Screen) recordKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	rk, c := m.recKeys(), m.c
	undo := m.undo
	m.undo = detailRecord{}
	switch {
	case key.Matches(msg, rk.Undo) && undo.ID != 0:
		m.focus = undo // the record comes back under the cursor, in view
		return kit.RestoreRecord(c.Store, m.ID, undo.Kind, undo.ID), true
	case key.Matches(msg, rk.Change), key.Matches(msg, rk.Remove), key.Matches(msg, rk.Done):
	default:
		return nil, false
	}
	r, ok := m.Selected()
	if !ok {
		return kit.StatusCmd(c.T(kit.Texts.Records.NoRecord), true), true
	}
	switch {
	case key.Matches(msg, rk.Remove):
		return kit.RemoveRecord(c.Store, m.ID, r.Kind, r.ID), true
	case key.Matches(msg, rk.Done):
		rem, ok := m.reminder(r)
		if !ok {
			return kit.StatusCmd(c.T(kit.Texts.Records.NotReminder), true), true
		}
		if rem.Open() {
			return kit.CompleteReminder(c.Store, rem.ID, m.ID), true
		}
		return kit.ReopenReminder(c.Store, rem.ID, m.ID), true
	}
	return m.changeForm(r), true
}

// reminder returns the reminder a record is, if it is one.
func (m *Screen) reminder(r detailRecord) (model.Reminder, bool) {
	if r.Kind != model.RecordReminder {
		return model.Reminder{}, false
	}
	for _, rem := range m.D.Reminders {
		if rem.ID == r.ID {
			return rem, true
		}
	}
	return model.Reminder{}, false
}

// changeForm opens the form that corrects a record.
func (m *Screen) changeForm(r detailRecord) tea.Cmd {
	if f := m.recordForm(r); f != nil {
		return kit.OpenForm(f.For(m.D.Customer.Name))
	}
	return nil
}

// recordForm is the form that corrects the record r, or nil when r is gone.
func (m *Screen) recordForm(r detailRecord) *kit.Form {
	c, d := m.c, m.D
	switch r.Kind {
	case model.RecordContact:
		for _, ct := range d.Contacts {
			if ct.ID == r.ID {
				return forms.Contact(c, ct)
			}
		}
	case model.RecordReminder:
		if rem, ok := m.reminder(r); ok {
			return forms.ReminderRecord(c, rem)
		}
	case model.RecordComplaint:
		for _, p := range d.Complaints {
			if p.ID == r.ID {
				return forms.ComplaintRecord(c, p)
			}
		}
	case model.RecordPayment:
		for _, p := range d.Payments {
			if p.ID == r.ID {
				return forms.PaymentEdit(c, p)
			}
		}
	case model.RecordLog:
		for _, i := range d.Interactions {
			if i.ID == r.ID {
				return forms.LogRecord(c, i, 0)
			}
		}
	case model.RecordDeal:
		for _, deal := range d.Deals {
			if deal.ID == r.ID {
				return forms.DealRecord(c, deal)
			}
		}
	}
	return nil
}

// recordsUpdate takes the messages of correcting the record: a removal, which the next key may
// undo, and an edit that met changes made elsewhere, whose choice opens as a form.
func (m *Screen) recordsUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case kit.RecordRemovedMsg:
		if msg.CustomerID != m.ID {
			return nil, true
		}
		m.undo = detailRecord{Kind: msg.Kind, ID: msg.ID}
		text := fmt.Sprintf(m.c.T(kit.Texts.Records.Removed), msg.Kind.Name().In(m.c.Lang))
		return tea.Batch(kit.StatusCmd(text, false), m.reloadWithClasses()), true
	case kit.EditConflictMsg:
		if msg.Loaded.ID != m.ID {
			return nil, true
		}
		return kit.OpenForm(forms.Conflict(m.c, msg)), true
	}
	return nil, false
}

// cursorLine marks the first line of the record under the cursor: a marker in place of its
// leading space, which needs no colour to be seen.
func (m *Screen) cursorLine(i int, line string) string {
	r, ok := m.Selected()
	if !ok || i != r.line || len(line) == 0 || line[0] != ' ' {
		return line
	}
	return m.c.Styles.Focused.Render("▸") + line[1:]
}

// contactLines shows a contact person: name, title, role, phone and types, then how else to reach
// them and their birthday.
func (m *Screen) contactLines(ct model.Contact, w int) []string {
	c, st := m.c, m.c.Styles
	line := " " + model.SanitizeLine(ct.Name)
	if ct.Title != "" {
		line += " · " + model.SanitizeLine(ct.Title)
	}
	line += " · " + c.CodeName(model.Roles, string(ct.Role))
	if ct.Phone != "" {
		line += " · " + model.SanitizeLine(ct.Phone)
	}
	if len(ct.Types) > 0 {
		line += "  " + st.Badge.Render(model.SanitizeLine(c.Badges(ct.Types)))
	}
	out := []string{kit.Fit(line, w)}
	var more []string
	for _, p := range []struct {
		label model.Text
		v     string
	}{{kit.Texts.Fields.Wechat, ct.WeChat}, {kit.Texts.Fields.Email, ct.Email}, {kit.Texts.Fields.Birthday, ct.Birthday.String()}} {
		if p.v != "" {
			more = append(more, c.T(p.label)+" "+model.SanitizeLine(p.v))
		}
	}
	if len(more) > 0 {
		out = append(out, kit.Fit("   "+st.Dim.Render(joinParts(more)), w))
	}
	return out
}

// joinParts joins parts of a line with the middle dot the archive uses.
func joinParts(parts []string) string { return strings.Join(parts, " · ") }

// referrerText names who referred the customer, with the id of their archive when they are in the
// book.
func (m *Screen) referrerText(cu model.Customer) string {
	if cu.ReferredBy == "" {
		return ""
	}
	if cu.ReferrerID != 0 {
		return cu.ReferredBy + " (" + fmt.Sprintf(m.c.T(kit.Texts.Detail.RecordId), cu.ReferrerID) + ")"
	}
	return cu.ReferredBy
}

// referredText names the customers this one referred, each with the id of their archive.
func (m *Screen) referredText() string {
	var parts []string
	for _, r := range m.D.Referred {
		parts = append(parts, r.Name+" ("+fmt.Sprintf(m.c.T(kit.Texts.Detail.RecordId), r.ID)+")")
	}
	return joinParts(parts)
}
