package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/wording"
)

// detailScreen shows one customer's whole archive as a scrollable page. The page's lines are built
// when the data or the width changes, never per frame.
type detailScreen struct {
	c      *common
	id     int64
	d      customerDetail
	loaded bool
	err    error
	lines  []string
	scroll int
	width  int
	height int
	cls    detailClasses // the classification, read after the archive (detail_classes.go)
	// records are the records the page shows, in page order; cur is the one under the cursor,
	// undo the one just removed while the next key may bring it back (detail_records.go).
	records []detailRecord
	cur     int
	undo    detailRecord
	focus   detailRecord // a record being restored, to take the cursor when it is back
	rk      *recordKeys
}

func newDetailScreen(c *common, id int64) *detailScreen { return &detailScreen{c: c, id: id} }

func (m *detailScreen) Title() string {
	if m.loaded {
		return model.SanitizeLine(m.d.customer.Name)
	}
	return m.c.t("view.detail")
}

func (m *detailScreen) Typing() bool    { return false }
func (m *detailScreen) Reload() tea.Cmd { return m.reloadWithClasses() }

func (m *detailScreen) SetSize(w, h int) {
	if w != m.width {
		m.width, m.height = w, h
		m.build()
	}
	m.width, m.height = w, h
	m.clampScroll()
}

func (m *detailScreen) clampScroll() {
	m.scroll = max(0, min(m.scroll, len(m.lines)-m.height))
}

func (m *detailScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k := m.c.keys
	if cmd, ok := m.classesUpdate(msg); ok {
		return m, cmd
	}
	if cmd, ok := m.recordsUpdate(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case detailLoadedMsg:
		if msg.id != m.id {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.d = msg.detail
		}
		was, had := m.selected()
		m.build()
		m.keepCursor(was, had)
		m.clampScroll()
		return m, nil
	case catalogLoadedMsg:
		m.build()
		return m, nil
	case tea.MouseMsg:
		m.scroll += wheelStep(msg)
		m.clampScroll()
		m.followScroll()
		return m, nil
	case tea.KeyMsg:
		if !m.loaded || m.err != nil {
			return m, nil
		}
		cu := m.d.customer
		if cmd, ok := m.followUpKey(msg); ok {
			return m, cmd
		}
		if cmd, ok := m.recordKey(msg); ok {
			return m, cmd
		}
		if cmd, ok := m.trashKey(msg); ok {
			return m, cmd
		}
		switch {
		case key.Matches(msg, k.Up):
			m.moveRecord(-1)
			return m, nil
		case key.Matches(msg, k.Down):
			m.moveRecord(+1)
			return m, nil
		}
		if pos, moved := k.step(msg, m.scroll, m.height-1, len(m.lines)); moved {
			m.scroll = pos
			m.clampScroll()
			m.followScroll()
			return m, nil
		}
		switch {
		case msg.String() == " ": // a page down, as in a pager
			m.scroll += m.height - 1
			m.clampScroll()
			m.followScroll()
		case key.Matches(msg, k.Log):
			return m, openForm(logForm(m.c, cu.ID, model.ChannelVisit, 0))
		case key.Matches(msg, k.Deal):
			return m, openForm(dealForm(m.c, cu.ID))
		case key.Matches(msg, k.Remind):
			return m, openForm(reminderForm(m.c, cu.ID))
		case key.Matches(msg, k.Edit):
			full := cu
			return m, openForm(customerForm(m.c, full))
		case key.Matches(msg, k.AddContact):
			return m, openForm(contactForm(m.c, model.Contact{CustomerID: cu.ID}))
		case key.Matches(msg, k.Tag):
			return m, openForm(tagForm(m.c, cu, m.d.contacts))
		case key.Matches(msg, m.c.ioKeys().Merge):
			return m, findDuplicatesOf(m.c, cu)
		case key.Matches(msg, k.Untag):
			if len(m.d.tags) == 0 {
				return m, statusCmd(m.c.t("err.noTags"), true)
			}
			return m, openForm(untagForm(m.c, cu, m.d.tags))
		}
		m.clampScroll()
	}
	return m, nil
}

// openForm opens a form at once rather than through a command: a command's answer could arrive
// after the keys typed into the form, which would then go to the screen beneath.
func openForm(f *form) tea.Cmd {
	f.c.pending = f
	return nil
}

func (m *detailScreen) View() string {
	if !m.loaded {
		return m.c.st.Dim.Render(m.c.t("list.loading"))
	}
	if m.err != nil {
		return m.c.st.Error.Render(model.SanitizeLine(m.c.errSentence(m.err, "err.load")))
	}
	end := min(m.scroll+m.height, len(m.lines))
	shown := make([]string, 0, end-m.scroll)
	for i := m.scroll; i < end; i++ {
		shown = append(shown, m.cursorLine(i, m.lines[i]))
	}
	return strings.Join(shown, "\n")
}

// build lays out the whole page at the current width.
func (m *detailScreen) build() {
	if !m.loaded || m.err != nil || m.width == 0 {
		m.lines = nil
		return
	}
	c, st, d := m.c, m.c.st, m.d
	cu := d.customer
	w := m.width - 2
	var out []string
	var recs []detailRecord
	add := func(s ...string) { out = append(out, s...) }
	// record adds a record's lines and notes where the page shows it.
	record := func(kind model.RecordKind, id int64, lines ...string) {
		recs = append(recs, detailRecord{kind, id, len(out), len(out) + len(lines)})
		add(lines...)
	}
	// records adds lines built elsewhere with the records they hold, counted from their start.
	records := func(lines []string, rs []detailRecord) {
		for _, r := range rs {
			r.line, r.end = r.line+len(out), r.end+len(out)
			recs = append(recs, r)
		}
		add(lines...)
	}
	section := func(key string) { add("", st.Section.Render(c.t(key))) }
	field := func(labelKey, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		label := c.t(labelKey)
		lw := 10
		for i, line := range wrap(value, max(w-lw-1, 10)) {
			if i == 0 {
				add(" " + st.Label.Render(fit(label, lw)) + line)
			} else {
				add(" " + strings.Repeat(" ", lw) + line)
			}
		}
	}

	head := st.Title.Render(model.SanitizeLine(cu.Name))
	if cu.Company != "" && cu.Company != cu.Name {
		head += "  " + model.SanitizeLine(cu.Company)
	}
	if cu.Title != "" {
		head += " · " + model.SanitizeLine(cu.Title)
	}
	add(fit(head, w))
	add(" " + c.codeName(model.Kinds, string(cu.Kind)) + " · " + c.codeName(model.LevelCodes, string(cu.Level)) +
		" · " + c.codeName(model.Stages, string(cu.Stage)) + " · " + c.codeName(model.Relations, string(cu.Relation)))
	if len(cu.Types) > 0 {
		add(" " + st.Badge.Render(model.SanitizeLine(c.badges(cu.Types))))
	}

	section("d.profile")
	field("f.shortName", cu.ShortName)
	field("f.phone", cu.Phone)
	field("f.email", cu.Email)
	field("f.wechat", cu.WeChat)
	field("f.region", cu.Region)
	field("f.industry", cu.Industry)
	field("f.address", cu.Address)
	field("f.size", cu.Size)
	if cu.RegisteredCapital > 0 {
		field("f.capital", cu.RegisteredCapital.String())
	}
	field("f.source", cu.Source)
	field("d.referrer", m.referrerText(cu))
	field("d.referred", m.referredText())
	field(dateLabel(cu.Kind), cu.OwnBirthday().Text(c.lang))
	if cu.Kind != model.KindOrganisation {
		// an organisation's is its founding day, above
		field("f.anniversary", model.BirthdayText(cu.Anniversary, cu.AnniversaryYearly, c.lang))
	}
	field("f.tags", strings.Join(cu.Tags, ", "))
	money := c.t("d.orders") + cu.OrderTotal.String()
	if cu.Owed > 0 {
		money += " · " + c.t("d.owed") + cu.Owed.String()
	}
	if !cu.FirstDealOn.IsZero() {
		money += " · " + c.t("d.firstDeal") + cu.FirstDealOn.String()
	}
	add(" " + money)
	field("f.notes", cu.Notes)

	section("d.plan")
	info := cu.Level.Info()
	for _, line := range wrap(c.t("d.principle")+info.Principle.In(c.lang), w-1) {
		add(" " + line)
	}
	add(" " + m.planText(cu))
	add(m.classLines(w)...)

	section("d.contacts")
	if len(d.contacts) == 0 {
		add(" " + st.Dim.Render(c.t("d.noContacts")))
	}
	for _, ct := range d.contacts {
		record(model.RecordContact, ct.ID, m.contactLines(ct, w)...)
	}

	section("d.playbook")
	add(m.playbook(w)...)

	section("d.reminders")
	if len(d.reminders) == 0 {
		add(" " + st.Dim.Render(c.t("d.noReminders")))
	}
	for _, r := range d.reminders {
		if !r.Open() && !r.RecentlyDone(c.now()) {
			continue // long done: the archive shows only what may still be undone
		}
		line := " " + r.DueOn.String() + "  " + c.codeName(model.ReminderKinds, string(r.Kind)) + "  " + model.SanitizeLine(r.Note) + m.repeatText(r)
		if !r.Open() {
			line += "  " + st.Dim.Render(c.t("d.reminderDone"))
		}
		record(model.RecordReminder, r.ID, fit(line, w))
	}
	records(m.followUpSections(w))

	section("d.timeline")
	records(m.timeline(w))
	m.lines, m.records = out, recs
}

// planText says how often the customer is visited and called, and when next.
func (m *detailScreen) planText(cu model.Customer) string {
	c := m.c
	p := cu.Plan(m.d.plans)
	var parts []string
	if cu.PlanPaused {
		parts = append(parts, c.t("d.paused"))
	}
	if cu.PlanOverride != nil {
		parts = append(parts, c.t("d.ownPlan"))
	}
	if !cu.PlanPaused {
		parts = append(parts, wording.Plan(p, false, c.lang))
	}
	if !cu.NextVisitOn.IsZero() {
		parts = append(parts, c.t("d.nextVisit")+m.dueText(cu.NextVisitOn))
	}
	if !cu.NextCallOn.IsZero() {
		parts = append(parts, c.t("d.nextCall")+m.dueText(cu.NextCallOn))
	}
	return strings.Join(parts, " · ")
}

// dueText shows a due date coloured by whether it is overdue, today or later.
func (m *detailScreen) dueText(d model.Date) string {
	today := m.c.today()
	switch {
	case d.Before(today):
		return m.c.st.Overdue.Render(d.String() + " (" + wording.DaysFrom(d, today, m.c.lang) + ")")
	case d == today:
		return m.c.st.Today.Render(d.String() + " (" + wording.DaysFrom(d, today, m.c.lang) + ")")
	}
	return d.String()
}

// playbook shows, for every tagged person, how to deal with each of their types. Everyone still
// without a type — each contact, and the customer unless they are an organisation with contacts —
// is named with a prompt to set one and the typologies to choose from.
func (m *detailScreen) playbook(w int) []string {
	c, st := m.c, m.c.st
	out := indent(c.playbookLines(m.d.tags, m.d.customer.Name, adviceFull, w-1, "  "), " ")
	typed := map[int64]bool{}
	for _, tag := range m.d.tags {
		if _, ok := c.typeByCode(tag.Type); ok {
			typed[tag.ContactID] = true
		}
	}
	var untyped []string
	if !typed[0] && (m.d.customer.Kind != model.KindOrganisation || len(m.d.contacts) == 0) {
		untyped = append(untyped, model.SanitizeLine(m.d.customer.Name))
	}
	for _, ct := range m.d.contacts {
		if !typed[ct.ID] {
			untyped = append(untyped, model.SanitizeLine(ct.Name))
		}
	}
	switch {
	case len(untyped) == 0:
		return out
	case len(out) == 0:
		// Nobody has a type yet: the whole choice, typology by typology.
		out = append(out, " "+st.Dim.Render(c.t("d.noType")))
		return append(out, indent(c.typologyLines(w-3), "   ")...)
	}
	sep := ", "
	if c.lang == model.Zh {
		sep = "、"
	}
	out = append(out, indent(wrap(fmt.Sprintf(c.t("pb.untyped"), strings.Join(untyped, sep)), w-1), " ")...)
	return append(out, indent(c.typologyPrompt(w-3), "   ")...)
}

func indent(lines []string, pad string) []string {
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return lines
}

// timeline merges logged contacts and deals, newest first.
func (m *detailScreen) timeline(w int) ([]string, []detailRecord) {
	c, st := m.c, m.c.st
	type entry struct {
		when  string
		lines []string
		rec   detailRecord // kind "" for an entry that is no record (a level change)
	}
	var entries []entry
	for _, i := range m.d.interactions {
		head := i.At.Format("2006-01-02 15:04") + "  " + st.Focused.Render(c.codeName(model.Channels, string(i.Channel)))
		lines := []string{" " + head}
		lines = append(lines, indent(wrap(i.Summary, w-4), "   ")...)
		if i.NextStep != "" {
			lines = append(lines, indent(wrap(c.t("d.next")+i.NextStep, w-4), "   ")...)
		}
		entries = append(entries, entry{i.At.Format("2006-01-02 15:04"), lines, detailRecord{kind: model.RecordLog, id: i.ID}})
	}
	for _, d := range m.d.deals {
		line := d.On.String() + "        " + st.OK.Render(c.t("d.deal")) + "  " + d.Amount.String()
		if d.Product != "" {
			line += "  " + model.SanitizeLine(d.Product)
		}
		if owed := d.Owed(); owed > 0 {
			line += "  " + c.t("d.owed") + owed.String() + " · " + c.t("d.creditDue") + m.dueText(d.CreditDueOn)
		}
		entries = append(entries, entry{d.On.String() + " 99:99", []string{fit(" "+line, w)}, detailRecord{kind: model.RecordDeal, id: d.ID}})
	}
	for _, e := range m.levelEntries(w) {
		entries = append(entries, entry{when: e.when, lines: e.lines})
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].when > entries[j].when })
	if len(entries) == 0 {
		return []string{" " + st.Dim.Render(c.t("d.noTimeline"))}, nil
	}
	var out []string
	var recs []detailRecord
	for _, e := range entries {
		if e.rec.kind != "" {
			recs = append(recs, detailRecord{e.rec.kind, e.rec.id, len(out), len(out) + len(e.lines)})
		}
		out = append(out, e.lines...)
	}
	return out, recs
}

func (m *detailScreen) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Log, k.Deal, k.Remind, k.Edit, k.Tag, k.Back, k.Help}
}

func (m *detailScreen) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Log, k.Deal, k.Remind, k.Edit, k.AddContact, k.Tag, k.Untag, k.Back},
		m.recordsHelp(),
		append(m.followUpHelp(), m.trashHelp(), m.c.clsKeys().ApplyLevel, m.c.ioKeys().Merge),
	}
}
