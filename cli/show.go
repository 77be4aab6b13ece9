package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
	"guanxi/wording"
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
)

// archive is everything show prints about one customer: their whole archive, read by the store
// in one transaction, with the reminders split into open and done lately, and the personality
// catalog that names their types.
type archive struct {
	*store.Archive
	open    []model.Reminder
	done    []model.Reminder // reminders marked done lately, which may be opened again
	catalog map[string]model.PersonalityType
}

func (c *cli) loadArchive(s *store.Store, ref string) (*archive, error) {
	cu, err := c.findCustomer(s, ref)
	if err != nil {
		return nil, err
	}
	a := &archive{}
	if a.Archive, err = s.Archive(c.ctx, cu.ID); err != nil {
		return nil, err
	}
	now := c.now()
	for _, r := range a.Reminders {
		switch {
		case r.Open():
			a.open = append(a.open, r)
		case r.RecentlyDone(now):
			a.done = append(a.done, r)
		}
	}
	if a.catalog, err = c.namedTypes(s, a); err != nil {
		return nil, err
	}
	return a, nil
}

// namedTypes reads from the catalog the personality types the archive names, on the customer or
// their contacts, by code: one customer names a few of the catalog's types, if any.
func (c *cli) namedTypes(s *store.Store, a *archive) (map[string]model.PersonalityType, error) {
	codes := slices.Clone(a.Customer.Types)
	for _, t := range a.Tags {
		codes = append(codes, t.Type)
	}
	for _, ct := range a.Contacts {
		codes = append(codes, ct.Types...)
	}
	slices.Sort(codes)
	types, err := s.PersonalityTypesNamed(c.ctx, slices.Compact(codes))
	if err != nil {
		return nil, err
	}
	return typesByCode(types), nil
}

// showOptions is what `guanxi show` was asked for.
type showOptions struct {
	Ref  string // the REF argument
	JSON bool
}

// newShowCmd is `guanxi show REF [--json]`.
func (c *cli) newShowCmd() *cobra.Command {
	opts := &showOptions{}
	return c.switchCommand("show", "REF", "show REF [--json]", texts.Show.Short, "json", texts.Shared.PrintJSONObject, &opts.JSON,
		c.takeArg(&opts.Ref, func() error { return c.runShow(opts) }))
}

// runShow runs `guanxi show` as opts asks.
func (c *cli) runShow(opts *showOptions) error {
	s, autoLevels, err := c.openShowingLevels()
	if err != nil {
		return err
	}
	defer s.Close()
	if autoLevels {
		cu, err := c.findCustomer(s, opts.Ref)
		if err != nil {
			return err
		}
		if _, err := s.ApplyAutoLevel(c.ctx, cu.ID); err != nil {
			return err
		}
	}
	a, err := c.loadArchive(s, opts.Ref)
	if err != nil {
		return err
	}
	if opts.JSON {
		out := c.archiveJSON(a)
		if err := c.fillABC(s, &out.customerJSON); err != nil {
			return err
		}
		return c.writeJSON(out)
	}
	c.printArchive(a)
	return nil
}

// timelineEntry is a logged contact or a deal, with the key it sorts by, newest first.
type timelineEntry struct {
	key         string // "YYYY-MM-DD HH:MM" for contacts, "YYYY-MM-DD" for deals and contacts of a day only
	interaction *model.Interaction
	deal        *model.Deal
}

func (a *archive) timeline() []timelineEntry {
	var out []timelineEntry
	for i := range a.Interactions {
		it := &a.Interactions[i]
		out = append(out, timelineEntry{key: it.Stamp(), interaction: it})
	}
	for i := range a.Deals {
		d := &a.Deals[i]
		out = append(out, timelineEntry{key: d.On.String(), deal: d})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].key > out[j].key })
	return out
}

// field is one labelled value of the archive; the value may run over several lines.
type field struct {
	label string
	value string
	style style
}

// writeFields prints labels in one column and values beside them, wrapped to the terminal. Labels
// are measured as they are printed: sanitized, on one line.
func (c *cli) writeFields(indent string, fields []field) {
	labels := make([]string, len(fields))
	widths := make([]int, len(fields))
	lw := 0
	for i, f := range fields {
		labels[i] = model.SanitizeLine(f.label)
		widths[i] = ansi.StringWidth(labels[i])
		lw = max(lw, widths[i])
	}
	room := c.stdout.width - ansi.StringWidth(indent) - lw - 2
	pad := spaces(ansi.StringWidth(indent) + lw + 2)
	for i, f := range fields {
		for j, line := range wrapText(f.value, room) {
			if j == 0 {
				c.stdout.WriteString(indent + labels[i] + spaces(lw-widths[i]+2))
			} else {
				c.stdout.WriteString(pad)
			}
			c.stdout.styledLine(f.style, line)
		}
	}
}

func (c *cli) heading(s string) {
	fmt.Fprintln(c.stdout)
	c.stdout.styledLine(styleBold, s)
}

// printArchive prints the whole archive: profile, level and visit plan, personality with the
// advice for each type, contacts, timeline, open reminders and notes.
func (c *cli) printArchive(a *archive) {
	cu := a.Customer
	today := c.today()
	c.stdout.style(styleBold, cu.Name)
	fmt.Fprintln(c.stdout, "  #"+fmt.Sprint(cu.ID))
	var profile []field
	addField := func(label, value string) {
		if strings.TrimSpace(value) != "" {
			profile = append(profile, field{label: label, value: value})
		}
	}
	addField(c.t(kit.Texts.Fields.Company), cu.Company)
	addField(c.t(kit.Texts.Fields.ShortName), cu.ShortName)
	addField(c.t(kit.Texts.Fields.Title), cu.Title)
	addField(c.t(kit.Texts.Fields.Kind), model.NameOf(model.Kinds, string(cu.Kind), c.lang))
	addField(c.t(kit.Texts.Fields.Phone), cu.Phone)
	addField(c.t(kit.Texts.Fields.Email), cu.Email)
	addField(c.t(kit.Texts.Fields.Wechat), cu.WeChat)
	addField(c.t(kit.Texts.Fields.Region), cu.Region)
	addField(c.t(kit.Texts.Fields.Industry), cu.Industry)
	addField(c.t(kit.Texts.Fields.Address), cu.Address)
	addField(c.t(kit.Texts.Fields.Size), cu.Size)
	if cu.RegisteredCapital > 0 {
		addField(c.t(kit.Texts.Fields.Capital), cu.RegisteredCapital.String())
	}
	if own := cu.OwnBirthday(); own != (model.Birthday{}) {
		if cu.Kind == model.KindOrganisation {
			addField(c.t(kit.Texts.Fields.Founded), own.Text(c.lang))
		} else {
			addField(c.t(kit.Texts.Fields.Birthday), own.Text(c.lang))
		}
	}
	if (!cu.Anniversary.IsZero() || !cu.AnniversaryYearly.IsZero()) && cu.Kind != model.KindOrganisation {
		addField(c.t(kit.Texts.Fields.Anniversary), model.BirthdayText(cu.Anniversary, cu.AnniversaryYearly, c.lang))
	}
	addField(c.t(kit.Texts.Fields.Stage), c.stageName(cu.Stage))
	addField(c.t(kit.Texts.Fields.Relation), model.NameOf(model.Relations, string(cu.Relation), c.lang))
	addField(c.t(kit.Texts.Fields.Tags), strings.Join(cu.Tags, c.t(texts.Shared.Comma)))
	addField(c.t(kit.Texts.Fields.Source), cu.Source)
	referrer := cu.ReferredBy
	if cu.ReferrerID != 0 {
		referrer += "  #" + fmt.Sprint(cu.ReferrerID)
	}
	addField(c.t(kit.Texts.Detail.Referrer), referrer)
	var referred []string
	for _, r := range a.Referred {
		referred = append(referred, r.Name+"  #"+fmt.Sprint(r.ID))
	}
	addField(c.t(kit.Texts.Detail.Referred), strings.Join(referred, c.t(texts.Shared.Comma)))
	orders := cu.OrderTotal.String()
	if cu.Owed > 0 {
		orders += c.tf(texts.Show.Owed, cu.Owed)
	}
	addField(c.t(texts.Show.Orders), orders)
	addField(c.t(texts.Show.FirstDeal), dateText(cu.FirstDealOn))
	addField(c.t(texts.Show.LastContact), dateText(cu.LastContactOn))
	c.writeFields("  ", profile)

	info := cu.Level.Info()
	c.heading(c.t(texts.Show.Level) + c.levelName(cu.Level))
	plan := cu.Plan(a.Plans)
	levelFields := []field{
		{label: c.t(texts.Show.Who), value: info.Who.In(c.lang)},
		{label: c.t(texts.Show.Principle), value: info.Principle.In(c.lang)},
		{label: c.t(kit.Texts.Forms.Plan), value: wording.Plan(plan, cu.PlanPaused, c.lang)},
	}
	levelFields = append(levelFields, c.dueField(c.t(texts.Show.NextVisit), cu.NextVisitOn, today))
	if !cu.NextCallOn.IsZero() {
		levelFields = append(levelFields, c.dueField(c.t(texts.Show.NextCall), cu.NextCallOn, today))
	}
	c.writeFields("  ", levelFields)

	notes := map[string]string{} // "contact/type" → the user's note on that tag
	for _, t := range a.Tags {
		notes[fmt.Sprint(t.ContactID, "/", t.Type)] = t.Note
	}
	if len(cu.Types) > 0 {
		c.heading(c.t(texts.Show.PersonalityHowApproach))
		c.writeFields("  ", c.typeFields(cu.Types, 0, notes, a.catalog))
	}

	if len(a.Contacts) > 0 {
		c.heading(c.t(kit.Texts.Detail.Contacts))
		for _, ct := range a.Contacts {
			c.printContact(ct, notes, a.catalog)
		}
	}

	c.heading(c.t(kit.Texts.Detail.Timeline))
	timeline := a.timeline()
	if len(timeline) == 0 {
		fmt.Fprintln(c.stdout, "  "+c.t(texts.Show.NoContactsDeals))
	}
	var entries []field
	for _, e := range timeline {
		entries = append(entries, c.timelineField(e))
	}
	c.writeFields("  ", entries)

	if len(a.open) > 0 {
		c.heading(c.t(kit.Texts.Detail.Reminders))
		var rs []field
		for _, r := range a.open {
			f := field{label: r.DueOn.String() + "  " + model.NameOf(model.ReminderKinds, string(r.Kind), c.lang) + "  #" + fmt.Sprint(r.ID),
				value: wording.DaysFrom(r.DueOn, today, c.lang)}
			if r.Note != "" {
				f.value += c.t(texts.Shared.Colon) + r.Note
			}
			if r.DueOn.Before(today) {
				f.style = styleRed
			}
			rs = append(rs, f)
		}
		c.writeFields("  ", rs)
	}

	if len(a.done) > 0 {
		c.heading(c.t(texts.Show.RemindersDoneLately))
		var rs []field
		for _, r := range a.done {
			rs = append(rs, field{label: r.DueOn.String() + "  " + model.NameOf(model.ReminderKinds, string(r.Kind), c.lang) + "  #" + fmt.Sprint(r.ID),
				value: c.tf(texts.Show.Done, model.DateOf(r.DoneAt)) + c.t(texts.Shared.Colon) + r.Note})
		}
		c.writeFields("  ", rs)
	}

	if len(a.Complaints) > 0 {
		c.heading(c.t(kit.Texts.Detail.Complaints))
		c.writeFields("  ", c.complaintFields(a.Complaints, today))
	}
	if len(a.Payments) > 0 {
		c.heading(c.t(texts.Show.PaymentsReceived))
		var ps []field
		for _, p := range a.Payments {
			f := field{label: p.On.String() + "  #" + fmt.Sprint(p.ID), value: p.Amount.String()}
			if p.Note != "" {
				f.value += "  " + p.Note
			}
			ps = append(ps, f)
		}
		c.writeFields("  ", ps)
	}

	if strings.TrimSpace(cu.Notes) != "" {
		c.heading(c.t(kit.Texts.Fields.Notes))
		for _, line := range wrapText(cu.Notes, c.stdout.width-2) {
			fmt.Fprintln(c.stdout, "  "+line)
		}
	}
}

// complaintFields shows each complaint: when, how serious, where it stands against the reply
// promised (red when the promise is broken), what it was about, who handles it and how it ended.
func (c *cli) complaintFields(list []model.Complaint, today model.Date) []field {
	var out []field
	for _, p := range list {
		state := p.State(today)
		label := p.On.String() + "  " + model.NameOf(model.Severities, fmt.Sprint(p.Severity), c.lang) + "  #" + fmt.Sprint(p.ID)
		lines := []string{model.NameOf(model.ComplaintStates, string(state), c.lang)}
		if p.Open() {
			lines[0] += c.tf(texts.Show.ReplyBy, p.ReplyDue(), wording.DaysFrom(p.ReplyDue(), today, c.lang))
		}
		if !p.GoodFaith {
			lines[0] += c.t(texts.Show.LikelyBadFaith)
		}
		lines = append(lines, p.What)
		if p.Handler != "" {
			lines = append(lines, c.t(texts.Show.HandledBy)+p.Handler)
		}
		if !p.Open() {
			lines = append(lines, c.tf(texts.Show.Resolved, p.ResolvedOn)+p.Summary)
		}
		f := field{label: label, value: strings.Join(lines, "\n")}
		if state == model.ComplaintBroken {
			f.style = styleRed
		}
		out = append(out, f)
	}
	return out
}

// dueField shows a due date with how far it is, red when it has passed.
func (c *cli) dueField(label string, due, today model.Date) field {
	if due.IsZero() {
		return field{label: label, value: "-"}
	}
	f := field{label: label, value: due.String() + c.tf(texts.Shared.Aside, wording.DaysFrom(due, today, c.lang))}
	if due.Before(today) {
		f.style = styleRed
	}
	return f
}

// typeFields lists a person's types, each with its approach, what to avoid and the user's note.
func (c *cli) typeFields(codes []string, contactID int64, notes map[string]string, catalog map[string]model.PersonalityType) []field {
	var out []field
	for _, code := range codes {
		t, ok := catalog[code]
		if !ok {
			out = append(out, field{label: code, value: c.t(texts.Show.NotCatalog)})
			continue
		}
		var lines []string
		if v := t.Approach.In(c.lang); v != "" {
			lines = append(lines, c.t(kit.Texts.Detail.Approach)+v)
		}
		if v := t.Avoid.In(c.lang); v != "" {
			lines = append(lines, c.t(kit.Texts.Detail.Avoid)+v)
		}
		if n := notes[fmt.Sprint(contactID, "/", code)]; n != "" {
			lines = append(lines, c.t(texts.Show.Note)+n)
		}
		out = append(out, field{label: t.Name.In(c.lang), value: strings.Join(lines, "\n")})
	}
	return out
}

func (c *cli) printContact(ct model.Contact, notes map[string]string, catalog map[string]model.PersonalityType) {
	line := model.SanitizeLine(ct.Name)
	var about []string
	if ct.Title != "" {
		about = append(about, model.SanitizeLine(ct.Title))
	}
	if ct.Role != "" && ct.Role != model.RoleOther {
		about = append(about, model.NameOf(model.Roles, string(ct.Role), c.lang))
	}
	if len(about) > 0 {
		line += c.tf(texts.Shared.Aside, strings.Join(about, " · "))
	}
	for _, v := range []string{ct.Phone, ct.Email, ct.WeChat} {
		if v != "" {
			line += "  " + model.SanitizeLine(v)
		}
	}
	c.stdout.WriteString("  ")
	c.stdout.styledLine(styleBold, line+"  #"+fmt.Sprint(ct.ID))
	if !ct.Birthday.IsZero() {
		c.stdout.WriteString("    " + c.t(texts.Show.BirthdayPrefix) + ct.Birthday.String() + "\n")
	}
	if len(ct.Types) > 0 {
		c.writeFields("    ", c.typeFields(ct.Types, ct.ID, notes, catalog))
	}
	if strings.TrimSpace(ct.Notes) != "" {
		for _, l := range wrapText(ct.Notes, c.stdout.width-4) {
			fmt.Fprintln(c.stdout, "    "+l)
		}
	}
}

// timelineField shows a logged contact or a deal as one labelled entry.
func (c *cli) timelineField(e timelineEntry) field {
	const stamp = len("2006-01-02 15:04")
	label := e.key + strings.Repeat(" ", stamp-len(e.key)) + "  "
	if it := e.interaction; it != nil {
		value := it.Summary
		if it.NextStep != "" {
			value += "\n" + c.t(kit.Texts.Detail.Next) + it.NextStep
		}
		return field{label: label + model.NameOf(model.Channels, string(it.Channel), c.lang) + "  #" + fmt.Sprint(it.ID), value: value}
	}
	d := e.deal
	value := d.Amount.String()
	if d.Product != "" {
		value += "  " + d.Product
	}
	if !d.CreditDueOn.IsZero() {
		value += c.tf(texts.Show.CreditDueOwed, d.CreditDueOn, d.Owed())
	}
	return field{label: label + c.t(kit.Texts.Detail.Deal) + "  #" + fmt.Sprint(d.ID), value: value}
}
