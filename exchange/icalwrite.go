package exchange

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"

	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
)

// The follow-up plan as a calendar (RFC 5545): each item of the checklist up to Days ahead is an
// all-day event with an alarm at nine in the morning. An item already late is put on today. Every
// event's UID is made from the lasting identifiers of the customer and the record it comes from,
// so importing the next export updates the events instead of adding them again. The book
// remembers what each export wrote (store.ReconcileCalendarExport): an event keeps its SEQUENCE
// while it says the same and gets a higher one when it moves or changes, and an event exported
// before whose item is done, moved away or deleted is written again as cancelled, so a calendar
// that imports the file drops it. A repeating reminder is one event with an RRULE.

// alarmHour is the time of day an event's alarm goes off.
const alarmHour = 9

func writeCalendar(ctx context.Context, s *store.Store, w io.Writer, o ExportOptions) (int, error) {
	days := o.Days
	if days <= 0 {
		days = 60
	}
	now := s.Now()
	today := model.DateOf(now)
	items, err := s.CalendarItems(ctx, today, days, o.Scope)
	if err != nil {
		return 0, err
	}
	stamp := now.UTC().Truncate(time.Second)
	events := make([]*ical.Event, len(items))
	records := make([]model.ExportedEvent, len(items))
	for i, it := range items {
		events[i], records[i] = calendarEvent(it, today, stamp, o.Lang)
	}
	changes, err := s.ReconcileCalendarExport(ctx, records, o.Scope, today, days)
	if err != nil {
		return 0, err
	}

	bw := bufio.NewWriterSize(w, 64<<10)
	for _, l := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//guanxi//guanxi//EN", "CALSCALE:GREGORIAN",
		"X-WR-CALNAME:" + icalText(tr(o.Lang, "guanxi 跟进计划", "guanxi follow-up plan"))} {
		writeFolded(bw, l)
	}
	enc := ical.NewEncoder(&foldingWriter{w: bw})
	for i, ev := range events {
		setSequence(ev, changes.Current[i].Sequence)
		ev.Props.SetText(ical.PropStatus, "CONFIRMED")
		if err := enc.Encode(&ical.Calendar{Component: ev.Component}); err != nil {
			return 0, err
		}
	}
	for _, gone := range changes.Cancelled {
		if err := enc.Encode(&ical.Calendar{Component: cancelledEvent(gone, stamp).Component}); err != nil {
			return 0, err
		}
	}
	writeFolded(bw, "END:VCALENDAR")
	return len(events) + len(changes.Cancelled), bw.Flush()
}

// setSequence sets an event's SEQUENCE.
func setSequence(ev *ical.Event, n int) {
	sequence := ical.NewProp(ical.PropSequence)
	sequence.Value = strconv.Itoa(n)
	ev.Props.Set(sequence)
}

// allDay sets an event on one whole day.
func allDay(ev *ical.Event, on model.Date) {
	start := time.Date(on.Y, on.M, on.D, 0, 0, 0, 0, time.UTC)
	ev.Props.SetDate(ical.PropDateTimeStart, start)
	ev.Props.SetDate(ical.PropDateTimeEnd, start.AddDate(0, 0, 1))
}

// cancelledEvent tells a calendar that an event exported before is done or gone: the same UID on
// the same day, a higher SEQUENCE and STATUS:CANCELLED.
func cancelledEvent(e model.ExportedEvent, stamp time.Time) *ical.Event {
	ev := ical.NewEvent()
	ev.Props.SetText(ical.PropUID, icalClean(e.UID))
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp)
	setSequence(ev, e.Sequence)
	allDay(ev, e.On)
	ev.Props.SetText(ical.PropStatus, "CANCELLED")
	ev.Props.SetText(ical.PropTransparency, "TRANSPARENT")
	ev.Props.SetText(ical.PropSummary, icalClean(e.Summary))
	return ev
}

// calendarEvent is one item of the plan as an event, without its SEQUENCE, and what the book
// remembers of it.
func calendarEvent(it store.CalendarItem, today model.Date, stamp time.Time, lang model.Lang) (*ical.Event, model.ExportedEvent) {
	ev := ical.NewEvent()
	uid := icalClean(eventUID(it))
	ev.Props.SetText(ical.PropUID, uid)
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp)
	on := it.DueOn
	lead := 0
	if it.IsGreeting() && !it.Due.OccasionOn.IsZero() {
		// A greeting's event is on the day itself; its alarm rings the day it is due.
		on, lead = it.Due.OccasionOn, it.Due.OccasionOn.DaysSince(it.DueOn)
	}
	if on.Before(today) {
		lead -= today.DaysSince(on)
		on = today
	}
	if lead < 0 {
		lead = 0
	}
	allDay(ev, on)
	ev.Props.SetText(ical.PropTransparency, "TRANSPARENT")
	if rule := repeatRule(it.Due.Repeat); it.ReminderID != 0 && rule != "" {
		rrule := ical.NewProp(ical.PropRecurrenceRule)
		rrule.Value = rule
		ev.Props.Set(rrule)
	}

	kind := wording.KindName(&it.ChecklistItem, lang)
	who := it.CustomerName
	if it.Company != "" && it.Company != it.CustomerName {
		who += tr(lang, "（", " (") + it.Company + tr(lang, "）", ")")
	}
	summary := kind
	if who != "" {
		summary += " · " + who
	}
	if it.OverdueDays > 0 && !it.IsGreeting() {
		summary += tr(lang, "（", " (") + wording.DaysFrom(it.DueOn, today, lang) + tr(lang, "）", ")")
	}
	summary = icalClean(summary)
	ev.Props.SetText(ical.PropSummary, summary)
	var desc []string
	if why := wording.Why(&it.ChecklistItem, lang, today); why != "" {
		desc = append(desc, why)
	}
	if it.Phone != "" {
		desc = append(desc, tr(lang, "电话：", "Phone: ")+it.Phone)
	}
	if len(desc) > 0 {
		ev.Props.SetText(ical.PropDescription, icalClean(strings.Join(desc, "\n")))
	}
	cat := ical.NewProp(ical.PropCategories)
	cat.SetTextList([]string{icalClean(kind)})
	ev.Props.Set(cat)

	alarm := ical.NewComponent(ical.CompAlarm)
	alarm.Props.SetText(ical.PropAction, "DISPLAY")
	alarm.Props.SetText(ical.PropDescription, summary)
	trigger := ical.NewProp(ical.PropTrigger)
	trigger.Value = icalHours(alarmHour - 24*lead)
	trigger.Params.Set("RELATED", "START")
	alarm.Props.Set(trigger)
	ev.Children = append(ev.Children, alarm)

	var fp bytes.Buffer
	for _, name := range []string{ical.PropDateTimeStart, ical.PropRecurrenceRule, ical.PropSummary, ical.PropDescription} {
		if p := ev.Props.Get(name); p != nil {
			fp.WriteString(p.Value + "\x00")
		}
	}
	fp.WriteString(trigger.Value)
	sum := sha256.Sum256(fp.Bytes())
	return ev, model.ExportedEvent{UID: uid, CustomerID: it.CustomerID, Fingerprint: hex.EncodeToString(sum[:12]), On: on, Summary: summary}
}

// repeatRule writes a reminder's repeat as an RRULE: FREQ=WEEKLY;INTERVAL=2. "" for a one-off.
func repeatRule(r model.Repeat) string {
	if r.IsZero() {
		return ""
	}
	freq := map[model.RepeatUnit]string{model.RepeatDays: "DAILY", model.RepeatWeeks: "WEEKLY",
		model.RepeatMonths: "MONTHLY", model.RepeatYears: "YEARLY"}[r.Unit]
	if freq == "" {
		return ""
	}
	return "FREQ=" + freq + ";INTERVAL=" + strconv.Itoa(r.Every)
}

// eventUID names an event by what it is about, so that it stays the same from one export to the
// next: the kind and the customer for a planned visit or call (its date moves), the record for a
// reminder, complaint or payment, the occasion and the person for a greeting.
func eventUID(it store.CalendarItem) string {
	var parts []string
	switch {
	case it.IsGreeting():
		parts = []string{"greeting", string(it.Due.Occasion), it.CustomerUID, it.ContactUID}
		if it.Due.Occasion == model.OccasionHoliday {
			sum := sha256.Sum256([]byte(it.Due.Holiday.Zh + "\x00" + it.Due.Holiday.En))
			parts = append(parts, hex.EncodeToString(sum[:6]), strconv.Itoa(it.Due.OccasionOn.Y))
		}
	case it.RecordUID != "":
		parts = []string{string(it.Kind), it.RecordUID}
	default:
		parts = []string{string(it.Kind), it.CustomerUID}
	}
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "-") + "@guanxi"
}

// icalHours writes a duration of whole hours as RFC 5545 does: PT9H, -P2DT15H.
func icalHours(h int) string {
	sign := ""
	if h < 0 {
		sign, h = "-", -h
	}
	out := sign + "P"
	if h >= 24 {
		out += strconv.Itoa(h/24) + "D"
	}
	if h%24 != 0 || h == 0 {
		out += "T" + strconv.Itoa(h%24) + "H"
	}
	return out
}

// icalText escapes a text value of a calendar line written by hand, as go-ical escapes those it
// writes: backslash, semicolon, comma and newline.
func icalText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(icalClean(s))
}

// icalClean makes text fit to be a TEXT value (RFC 5545, 3.3.11): a line end of any kind (CRLF, or
// a lone CR pasted from Windows) becomes a newline, which is then escaped as \n; any other control
// character, which a TEXT value may not hold, becomes U+FFFD, as does a byte that is not UTF-8.
func icalClean(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\r':
			b.WriteByte('\n')
		case (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldingWriter folds each line go-ical writes at 75 bytes, which go-ical leaves undone.
type foldingWriter struct {
	w   *bufio.Writer
	buf []byte
}

func (f *foldingWriter) Write(p []byte) (int, error) {
	f.buf = append(f.buf, p...)
	for {
		i := bytes.Index(f.buf, []byte("\r\n"))
		if i < 0 {
			break
		}
		writeFolded(f.w, string(f.buf[:i]))
		f.buf = f.buf[i+2:]
	}
	return len(p), nil
}
