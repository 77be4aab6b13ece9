package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The detail view's records: every contact person, reminder, complaint, payment, logged contact and
// deal of the archive can be picked with ↑/↓ (the page scrolls to keep it in view), then corrected
// (enter), removed to the trash (X, undone by u right after), and a reminder marked done or open
// again (x). pgup/pgdn, home/end and the wheel still scroll the page, and the cursor follows.

// detailRecord is a record of the archive where the page shows it: lines line to end (exclusive).
type detailRecord struct {
	kind      model.RecordKind
	id        int64
	line, end int
}

// recordKeys are the keys on the record under the cursor, in the user's language, made once.
type recordKeys struct {
	Change, Remove, Done, Undo key.Binding
}

// recordKeysIn makes the record keys in a language.
func recordKeysIn(lang model.Lang) *recordKeys {
	{
		b := func(keys []string, label, zh, en string) key.Binding {
			return kit.Bind(lang, keys, label, model.Text{Zh: zh, En: en})
		}
		return &recordKeys{
			Change: b([]string{"enter"}, "enter", "修改这条", "change record"),
			Remove: b([]string{"X", "backspace"}, "X", "删除这条", "remove record"),
			Done:   b([]string{"x"}, "x", "提醒完成/重开", "done / reopen"),
			Undo:   b([]string{"u"}, "u", "撤销删除", "undo removal"),
		}
	}
}

// recKeys returns the detail view's record keys, made once per view.
func (m *detailScreen) recKeys() *recordKeys {
	if m.rk == nil {
		m.rk = recordKeysIn(m.c.Lang)
	}
	return m.rk
}

// recordsHelp lists the record keys for help.
func (m *detailScreen) recordsHelp() []key.Binding {
	rk := m.recKeys()
	return []key.Binding{rk.Change, rk.Remove, rk.Done, rk.Undo}
}

// selected returns the record under the cursor.
func (m *detailScreen) selected() (detailRecord, bool) {
	if m.cur < 0 || m.cur >= len(m.records) {
		return detailRecord{}, false
	}
	return m.records[m.cur], true
}

// moveRecord moves the cursor by one record up or down and scrolls to show it; past the first or
// the last record, the page scrolls a line, so what lies above and below stays in reach.
func (m *detailScreen) moveRecord(by int) {
	if len(m.records) == 0 {
		m.scroll += by
		m.clampScroll()
		return
	}
	next := m.cur + by
	if r, ok := m.selected(); ok && !m.visible(r) {
		next = m.cur // first bring the record back into view
	}
	if next < 0 || next >= len(m.records) {
		m.scroll += by
		m.clampScroll()
		return
	}
	m.cur = next
	m.showRecord()
}

// visible tells whether a record's first line is on the page.
func (m *detailScreen) visible(r detailRecord) bool {
	return r.line >= m.scroll && r.line < m.scroll+m.height
}

// showRecord scrolls so the record under the cursor is on the page, whole when it fits.
func (m *detailScreen) showRecord() {
	r, ok := m.selected()
	if !ok {
		return
	}
	if r.end > m.scroll+m.height {
		m.scroll = min(r.line, r.end-m.height)
	}
	if r.line < m.scroll {
		m.scroll = r.line
	}
	m.clampScroll()
}

// followScroll puts the cursor on a record the page shows, after the page scrolled.
func (m *detailScreen) followScroll() {
	if r, ok := m.selected(); ok && m.visible(r) {
		return
	}
	for i, r := range m.records {
		if m.visible(r) {
			m.cur = i
			return
		}
	}
}

// keepCursor puts the cursor back on the same record after the page was built again, or on the
// one now at its place; a record just restored takes the cursor and is scrolled into view.
func (m *detailScreen) keepCursor(was detailRecord, had bool) {
	if m.focus.id != 0 {
		for i, r := range m.records {
			if r.kind == m.focus.kind && r.id == m.focus.id {
				m.cur, m.focus = i, detailRecord{}
				m.showRecord()
				return
			}
		}
	}
	if len(m.records) == 0 {
		m.cur = 0
		return
	}
	if had {
		for i, r := range m.records {
			if r.kind == was.kind && r.id == was.id {
				m.cur = i
				return
			}
		}
	}
	m.cur = max(0, min(m.cur, len(m.records)-1))
}

// recordKey handles the keys on the record under the cursor and the undo of a removal; it tells
// whether the key was one of them.
func (m *detailScreen) recordKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	rk, c := m.recKeys(), m.c
	undo := m.undo
	m.undo = detailRecord{}
	switch {
	case key.Matches(msg, rk.Undo) && undo.id != 0:
		m.focus = undo // the record comes back under the cursor, in view
		return restoreRecord(c.Store, m.id, undo.kind, undo.id), true
	case key.Matches(msg, rk.Change), key.Matches(msg, rk.Remove), key.Matches(msg, rk.Done):
	default:
		return nil, false
	}
	r, ok := m.selected()
	if !ok {
		return statusCmd(c.T("rec.noRecord"), true), true
	}
	switch {
	case key.Matches(msg, rk.Remove):
		return removeRecord(c.Store, m.id, r.kind, r.id), true
	case key.Matches(msg, rk.Done):
		rem, ok := m.reminder(r)
		if !ok {
			return statusCmd(c.T("rec.notReminder"), true), true
		}
		if rem.Open() {
			return kit.CompleteReminder(c.Store, rem.ID, m.id), true
		}
		return reopenReminder(c.Store, rem.ID, m.id), true
	}
	return m.changeForm(r), true
}

// reminder returns the reminder a record is, if it is one.
func (m *detailScreen) reminder(r detailRecord) (model.Reminder, bool) {
	if r.kind != model.RecordReminder {
		return model.Reminder{}, false
	}
	for _, rem := range m.d.Reminders {
		if rem.ID == r.id {
			return rem, true
		}
	}
	return model.Reminder{}, false
}

// changeForm opens the form that corrects a record.
func (m *detailScreen) changeForm(r detailRecord) tea.Cmd {
	c, d := m.c, m.d
	switch r.kind {
	case model.RecordContact:
		for _, ct := range d.Contacts {
			if ct.ID == r.id {
				return openForm(contactForm(c, ct))
			}
		}
	case model.RecordReminder:
		if rem, ok := m.reminder(r); ok {
			return openForm(reminderRecordForm(c, rem))
		}
	case model.RecordComplaint:
		for _, p := range d.Complaints {
			if p.ID == r.id {
				return openForm(complaintRecordForm(c, p))
			}
		}
	case model.RecordPayment:
		for _, p := range d.Payments {
			if p.ID == r.id {
				return openForm(paymentEditForm(c, p))
			}
		}
	case model.RecordLog:
		for _, i := range d.Interactions {
			if i.ID == r.id {
				return openForm(logRecordForm(c, i, 0))
			}
		}
	case model.RecordDeal:
		for _, deal := range d.Deals {
			if deal.ID == r.id {
				return openForm(dealRecordForm(c, deal))
			}
		}
	}
	return nil
}

// recordsUpdate takes the messages of correcting the record: a removal, which the next key may
// undo, and an edit that met changes made elsewhere, whose choice opens as a form.
func (m *detailScreen) recordsUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case recordRemovedMsg:
		if msg.customerID != m.id {
			return nil, true
		}
		m.undo = detailRecord{kind: msg.kind, id: msg.id}
		text := fmt.Sprintf(m.c.T("rec.removed"), msg.kind.Name().In(m.c.Lang))
		return tea.Batch(statusCmd(text, false), m.reloadWithClasses()), true
	case editConflictMsg:
		if msg.loaded.ID != m.id {
			return nil, true
		}
		return openForm(conflictForm(m.c, msg)), true
	}
	return nil, false
}

// cursorLine marks the first line of the record under the cursor: a marker in place of its
// leading space, which needs no colour to be seen.
func (m *detailScreen) cursorLine(i int, line string) string {
	r, ok := m.selected()
	if !ok || i != r.line || len(line) == 0 || line[0] != ' ' {
		return line
	}
	return m.c.Styles.Focused.Render("▸") + line[1:]
}

// contactLines shows a contact person: name, title, role, phone and types, then how else to reach
// them and their birthday.
func (m *detailScreen) contactLines(ct model.Contact, w int) []string {
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
	for _, p := range []struct{ label, v string }{{"f.wechat", ct.WeChat}, {"f.email", ct.Email}, {"f.birthday", ct.Birthday.String()}} {
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
func joinParts(parts []string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += " · "
		}
		out += p
	}
	return out
}

// referrerText names who referred the customer, with the id of their archive when they are in the
// book.
func (m *detailScreen) referrerText(cu model.Customer) string {
	if cu.ReferredBy == "" {
		return ""
	}
	if cu.ReferrerID != 0 {
		return cu.ReferredBy + " (" + fmt.Sprintf(m.c.T("d.recordId"), cu.ReferrerID) + ")"
	}
	return cu.ReferredBy
}

// referredText names the customers this one referred, each with the id of their archive.
func (m *detailScreen) referredText() string {
	var parts []string
	for _, r := range m.d.Referred {
		parts = append(parts, r.Name+" ("+fmt.Sprintf(m.c.T("d.recordId"), r.ID)+")")
	}
	return joinParts(parts)
}
