package detail

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
	"guanxi/ui/overlays"
	"guanxi/wording"
)

// Screen shows one customer's whole archive as a scrollable page. The page's lines are built
// when the data or the width changes, never per frame.
type Screen struct {
	c      *kit.Common
	ID     int64
	D      kit.CustomerDetail
	Loaded bool
	Err    error
	Lines  []string
	Scroll int
	width  int
	height int
	cls    detailClasses // the classification, read after the archive (detail_classes.go)
	// Records are the records the page shows, in page order; cur is the one under the cursor,
	// undo the one just removed while the next key may bring it back (detail_records.go).
	Records []detailRecord
	cur     int
	undo    detailRecord
	focus   detailRecord // a record being restored, to take the cursor when it is back
	rk      *recordKeys
}

func New(c *kit.Common, id int64) *Screen { return &Screen{c: c, ID: id} }

func (m *Screen) Title() string {
	if m.Loaded {
		return model.SanitizeLine(m.D.Customer.Name)
	}
	return m.c.T(kit.Texts.Views.Detail)
}

func (m *Screen) Typing() bool    { return false }
func (m *Screen) Reload() tea.Cmd { return m.reloadWithClasses() }

func (m *Screen) SetSize(w, h int) {
	if w != m.width {
		m.width, m.height = w, h
		m.build()
	}
	m.width, m.height = w, h
	m.ClampScroll()
}

func (m *Screen) ClampScroll() {
	m.Scroll = max(0, min(m.Scroll, len(m.Lines)-m.height))
}

func (m *Screen) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	k := m.c.Keys
	if cmd, ok := kit.HandledBy(msg, m.classesUpdate, m.recordsUpdate); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case kit.DetailLoadedMsg:
		if msg.ID != m.ID {
			return m, nil
		}
		m.Loaded, m.Err = true, msg.Err
		if msg.Err == nil {
			m.D = msg.Detail
		}
		was, had := m.Selected()
		m.build()
		m.keepCursor(was, had)
		m.ClampScroll()
		return m, nil
	case kit.CatalogLoadedMsg:
		m.build()
		return m, nil
	case tea.MouseMsg:
		m.Scroll += kit.WheelStep(msg)
		m.ClampScroll()
		m.followScroll()
		return m, nil
	case tea.KeyMsg:
		if !m.Loaded || m.Err != nil {
			return m, nil
		}
		cu := m.D.Customer
		if cmd, ok := kit.HandledBy(msg, m.followUpKey, m.recordKey, m.trashKey); ok {
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
		if pos, moved := k.Step(msg, m.Scroll, m.height-1, len(m.Lines)); moved {
			m.Scroll = pos
			m.ClampScroll()
			m.followScroll()
			// End and home take the cursor to the last and the first record, as in every list;
			// a page up or down leaves it on the first record in view.
			if key.Matches(msg, k.Bottom) && len(m.Records) > 0 {
				m.cur = len(m.Records) - 1
			} else if key.Matches(msg, k.Top) {
				m.cur = 0
			}
			return m, nil
		}
		switch {
		case msg.String() == " ": // a page down, as in a pager
			m.Scroll += m.height - 1
			m.ClampScroll()
			m.followScroll()
		case key.Matches(msg, k.Log):
			return m, kit.OpenForm(forms.Log(m.c, cu.ID, model.ChannelVisit, 0).For(cu.Name))
		case key.Matches(msg, k.Deal):
			return m, kit.OpenForm(forms.Deal(m.c, cu.ID).For(cu.Name))
		case key.Matches(msg, k.Remind):
			return m, kit.OpenForm(forms.Reminder(m.c, cu.ID).For(cu.Name))
		case key.Matches(msg, k.Edit):
			full := cu
			return m, kit.OpenForm(forms.Customer(m.c, full))
		case key.Matches(msg, k.AddContact):
			return m, kit.OpenForm(forms.Contact(m.c, model.Contact{CustomerID: cu.ID}))
		case key.Matches(msg, k.Tag):
			return m, kit.OpenForm(forms.Tag(m.c, cu, m.D.Contacts))
		case key.Matches(msg, m.c.ExchangeKeys().Merge):
			return m, overlays.FindDuplicatesOf(m.c, cu)
		case key.Matches(msg, k.Untag):
			if len(m.D.Tags) == 0 {
				return m, kit.StatusCmd(m.c.T(kit.Texts.Errors.NoTags), true)
			}
			return m, kit.OpenForm(forms.Untag(m.c, cu, m.D.Tags))
		}
		m.ClampScroll()
	}
	return m, nil
}

func (m *Screen) View() string {
	if !m.Loaded {
		return m.c.Styles.Dim.Render(m.c.T(kit.Texts.List.Loading))
	}
	if m.Err != nil {
		return m.c.Styles.Error.Render(m.c.ErrSentence(m.Err, kit.Texts.Errors.Load))
	}
	end := min(m.Scroll+m.height, len(m.Lines))
	shown := make([]string, 0, end-m.Scroll)
	for i := m.Scroll; i < end; i++ {
		shown = append(shown, m.cursorLine(i, m.Lines[i]))
	}
	return strings.Join(shown, "\n")
}

// build lays out the whole page at the current width.
func (m *Screen) build() {
	if !m.Loaded || m.Err != nil || m.width == 0 {
		m.Lines = nil
		return
	}
	c, st, d := m.c, m.c.Styles, m.D
	cu := d.Customer
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
	section := func(title model.Text) { add("", st.Section.Render(c.T(title))) }
	field := func(labelText model.Text, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		label := c.T(labelText)
		lw := 10
		for i, line := range kit.Wrap(value, max(w-lw-1, 10)) {
			if i == 0 {
				add(" " + st.Label.Render(kit.Fit(label, lw)) + line)
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
	add(kit.Fit(head, w))
	add(" " + c.CodeName(model.Kinds, string(cu.Kind)) + " · " + c.CodeName(model.LevelCodes(), string(cu.Level)) +
		" · " + c.CodeName(model.Stages, string(cu.Stage)) + " · " + c.CodeName(model.Relations, string(cu.Relation)))
	if len(cu.Types) > 0 {
		add(" " + st.Badge.Render(model.SanitizeLine(c.Badges(cu.Types))))
	}

	section(kit.Texts.Detail.Profile)
	field(kit.Texts.Fields.ShortName, cu.ShortName)
	field(kit.Texts.Fields.Phone, cu.Phone)
	field(kit.Texts.Fields.Email, cu.Email)
	field(kit.Texts.Fields.Wechat, cu.WeChat)
	field(kit.Texts.Fields.Region, cu.Region)
	field(kit.Texts.Fields.Industry, cu.Industry)
	field(kit.Texts.Fields.Address, cu.Address)
	field(kit.Texts.Fields.Size, cu.Size)
	if cu.RegisteredCapital > 0 {
		field(kit.Texts.Fields.Capital, cu.RegisteredCapital.String())
	}
	field(kit.Texts.Fields.Source, cu.Source)
	field(kit.Texts.Detail.Referrer, m.referrerText(cu))
	field(kit.Texts.Detail.Referred, m.referredText())
	field(forms.DateLabel(cu.Kind), cu.OwnBirthday().Text(c.Lang))
	if cu.Kind != model.KindOrganisation {
		// an organisation's is its founding day, above
		field(kit.Texts.Fields.Anniversary, model.BirthdayText(cu.Anniversary, cu.AnniversaryYearly, c.Lang))
	}
	field(kit.Texts.Fields.Tags, strings.Join(cu.Tags, ", "))
	// The order total is a field of the profile, its value in the column of the others.
	money := cu.OrderTotal.String()
	if cu.Owed > 0 {
		money += " · " + c.T(kit.Texts.Detail.Owed) + cu.Owed.String()
	}
	if !cu.FirstDealOn.IsZero() {
		money += " · " + c.T(kit.Texts.Detail.FirstDeal) + cu.FirstDealOn.String()
	}
	field(kit.Texts.Detail.Orders, money)
	field(kit.Texts.Fields.Notes, cu.Notes)

	section(kit.Texts.Detail.Plan)
	info := cu.Level.Info()
	for _, line := range kit.Wrap(c.T(kit.Texts.Detail.Principle)+info.Principle.In(c.Lang), w-1) {
		add(" " + line)
	}
	add(" " + m.planText(cu))
	add(m.classLines(w)...)

	section(kit.Texts.Detail.Contacts)
	if len(d.Contacts) == 0 {
		add(" " + st.Dim.Render(c.T(kit.Texts.Detail.NoContacts)))
	}
	for _, ct := range d.Contacts {
		record(model.RecordContact, ct.ID, m.contactLines(ct, w)...)
	}

	section(kit.Texts.Detail.Playbook)
	add(m.playbook(w)...)

	section(kit.Texts.Detail.Reminders)
	if len(d.Reminders) == 0 {
		add(" " + st.Dim.Render(c.T(kit.Texts.Detail.NoReminders)))
	}
	for _, r := range d.Reminders {
		if !r.Open() && !r.RecentlyDone(c.Now()) {
			continue // long done: the archive shows only what may still be undone
		}
		line := " " + r.DueOn.String() + "  " + c.CodeName(model.ReminderKinds, string(r.Kind)) + "  " + model.SanitizeLine(r.Note) + m.repeatText(r)
		if !r.Open() {
			line += "  " + st.Dim.Render(c.T(kit.Texts.Detail.ReminderDone))
		}
		record(model.RecordReminder, r.ID, kit.Fit(line, w))
	}
	records(m.followUpSections(w))

	section(kit.Texts.Detail.Timeline)
	records(m.timeline(w))
	m.Lines, m.Records = out, recs
}

// planText says how often the customer is visited and called, and when next.
func (m *Screen) planText(cu model.Customer) string {
	c := m.c
	p := cu.Plan(m.D.Plans)
	var parts []string
	if cu.PlanPaused {
		parts = append(parts, c.T(kit.Texts.Detail.Paused))
	}
	if cu.PlanOverride != nil {
		parts = append(parts, c.T(kit.Texts.Detail.OwnPlan))
	}
	if !cu.PlanPaused {
		parts = append(parts, wording.Plan(p, false, c.Lang))
	}
	if !cu.NextVisitOn.IsZero() {
		parts = append(parts, c.T(kit.Texts.Detail.NextVisit)+m.dueText(cu.NextVisitOn))
	}
	if !cu.NextCallOn.IsZero() {
		parts = append(parts, c.T(kit.Texts.Detail.NextCall)+m.dueText(cu.NextCallOn))
	}
	return strings.Join(parts, " · ")
}

// dueText shows a due date coloured by whether it is overdue, today or later.
func (m *Screen) dueText(d model.Date) string {
	today := m.c.Today()
	switch {
	case d.Before(today):
		return m.c.Styles.Overdue.Render(d.String() + " (" + wording.DaysFrom(d, today, m.c.Lang) + ")")
	case d == today:
		return m.c.Styles.Today.Render(d.String() + " (" + wording.DaysFrom(d, today, m.c.Lang) + ")")
	}
	return d.String()
}

// playbook shows, for every tagged person, how to deal with each of their types. Everyone still
// without a type — each contact, and the customer unless they are an organisation with contacts —
// is named with a prompt to set one and the typologies to choose from.
func (m *Screen) playbook(w int) []string {
	c, st := m.c, m.c.Styles
	out := kit.Indent(c.PlaybookLines(m.D.Tags, m.D.Customer.Name, kit.AdviceFull, w-1, "  "), " ")
	typed := map[int64]bool{}
	for _, tag := range m.D.Tags {
		if _, ok := c.TypeByCode(tag.Type); ok {
			typed[tag.ContactID] = true
		}
	}
	var untyped []string
	if !typed[0] && (m.D.Customer.Kind != model.KindOrganisation || len(m.D.Contacts) == 0) {
		untyped = append(untyped, model.SanitizeLine(m.D.Customer.Name))
	}
	for _, ct := range m.D.Contacts {
		if !typed[ct.ID] {
			untyped = append(untyped, model.SanitizeLine(ct.Name))
		}
	}
	switch {
	case len(untyped) == 0:
		return out
	case len(out) == 0:
		// Nobody has a type yet: the whole choice, typology by typology.
		out = append(out, " "+st.Dim.Render(c.T(kit.Texts.Detail.NoType)))
		return append(out, kit.Indent(c.TypologyLines(w-3), "   ")...)
	}
	sep := ", "
	if c.Lang == model.Zh {
		sep = "、"
	}
	out = append(out, kit.Indent(kit.Wrap(fmt.Sprintf(c.T(kit.Texts.Playbook.Untyped), strings.Join(untyped, sep)), w-1), " ")...)
	return append(out, kit.Indent(c.TypologyPrompt(w-3), "   ")...)
}

// timeline merges logged contacts and deals, newest first.
func (m *Screen) timeline(w int) ([]string, []detailRecord) {
	c, st := m.c, m.c.Styles
	type entry struct {
		when  string
		lines []string
		rec   detailRecord // kind "" for an entry that is no record (a level change)
	}
	var entries []entry
	for _, i := range m.D.Interactions {
		// A contact of a day only (an imported date) shows no time, its channel under the others'.
		head := fmt.Sprintf("%-16s", i.Stamp()) + "  " + st.Focused.Render(c.CodeName(model.Channels, string(i.Channel)))
		lines := []string{" " + head}
		lines = append(lines, kit.Indent(kit.Wrap(i.Summary, w-4), "   ")...)
		if i.NextStep != "" {
			lines = append(lines, kit.Indent(kit.Wrap(c.T(kit.Texts.Detail.Next)+i.NextStep, w-4), "   ")...)
		}
		entries = append(entries, entry{i.At.Format("2006-01-02 15:04"), lines, detailRecord{Kind: model.RecordLog, ID: i.ID}})
	}
	for _, d := range m.D.Deals {
		line := d.On.String() + "        " + st.OK.Render(c.T(kit.Texts.Detail.Deal)) + "  " + d.Amount.String()
		if d.Product != "" {
			line += "  " + model.SanitizeLine(d.Product)
		}
		if owed := d.Owed(); owed > 0 {
			line += "  " + c.T(kit.Texts.Detail.Owed) + owed.String() + " · " + c.T(kit.Texts.Detail.CreditDue) + m.dueText(d.CreditDueOn)
		}
		entries = append(entries, entry{d.On.String() + " 99:99", []string{kit.Fit(" "+line, w)}, detailRecord{Kind: model.RecordDeal, ID: d.ID}})
	}
	for _, e := range m.levelEntries(w) {
		entries = append(entries, entry{when: e.when, lines: e.lines})
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].when > entries[j].when })
	if len(entries) == 0 {
		return []string{" " + st.Dim.Render(c.T(kit.Texts.Detail.NoTimeline))}, nil
	}
	var out []string
	var recs []detailRecord
	for _, e := range entries {
		if e.rec.Kind != "" {
			recs = append(recs, detailRecord{e.rec.Kind, e.rec.ID, len(out), len(out) + len(e.lines)})
		}
		out = append(out, e.lines...)
	}
	return out, recs
}

func (m *Screen) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Log, k.Deal, k.Remind, k.Edit, k.Tag, k.Back, k.Help}
}

func (m *Screen) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		k.StepKeys(),
		{k.Log, k.Deal, k.Remind, k.Edit, k.AddContact, k.Tag, k.Untag, k.Back},
		m.recordsHelp(),
		append(m.followUpHelp(), m.trashHelp(), m.c.ClassKeys().ApplyLevel, m.c.ExchangeKeys().Merge),
	}
}
