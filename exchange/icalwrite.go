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

	"github.com/emersion/go-ical"

	"guanxi/model"
	"guanxi/store"
)

// The follow-up plan as a calendar (RFC 5545): each item of the checklist up to Days ahead is an
// all-day event with an alarm at nine in the morning. An item already late is put on today. Every
// event's UID is made from the lasting identifiers of the customer and the record it comes from,
// so importing the next export updates the events instead of adding them again; SEQUENCE grows
// with the day of the export, so the newer one wins.

// calendarEpoch counts the days of SEQUENCE from.
var calendarEpoch = model.MustDate("2024-01-01")

// alarmHour is the time of day an event's alarm goes off.
const alarmHour = 9

func writeCalendar(ctx context.Context, s *store.Store, w io.Writer, o ExportOptions) (int, error) {
	days := o.Days
	if days <= 0 {
		days = 60
	}
	now := o.Now()
	today := model.DateOf(now)
	items, err := s.CalendarItems(ctx, today, days, o.Scope)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	for _, l := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//guanxi//guanxi//EN", "CALSCALE:GREGORIAN",
		"X-WR-CALNAME:" + icalText(tr(o.Lang, "guanxi 跟进计划", "guanxi follow-up plan"))} {
		writeFolded(bw, l)
	}
	stamp := now.UTC().Truncate(time.Second)
	seq := strconv.Itoa(today.DaysSince(calendarEpoch))
	enc := ical.NewEncoder(&foldingWriter{w: bw})
	for _, it := range items {
		ev := calendarEvent(it, today, stamp, seq, o.Lang)
		if err := enc.Encode(&ical.Calendar{Component: ev.Component}); err != nil {
			return 0, err
		}
	}
	writeFolded(bw, "END:VCALENDAR")
	return len(items), bw.Flush()
}

// calendarEvent is one item of the plan as an event.
func calendarEvent(it store.CalendarItem, today model.Date, stamp time.Time, seq string, lang model.Lang) *ical.Event {
	ev := ical.NewEvent()
	ev.Props.SetText(ical.PropUID, eventUID(it))
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp)
	sequence := ical.NewProp(ical.PropSequence)
	sequence.Value = seq
	ev.Props.Set(sequence)
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
	start := time.Date(on.Y, on.M, on.D, 0, 0, 0, 0, time.UTC)
	ev.Props.SetDate(ical.PropDateTimeStart, start)
	ev.Props.SetDate(ical.PropDateTimeEnd, start.AddDate(0, 0, 1))
	ev.Props.SetText(ical.PropTransparency, "TRANSPARENT")

	kind := model.NameOf(model.ItemKinds, string(it.Kind), lang)
	if it.IsGreeting() {
		kind = model.NameOf(model.Occasions, string(it.Due.Occasion), lang)
	}
	who := it.CustomerName
	if it.Company != "" && it.Company != it.CustomerName {
		who += tr(lang, "（", " (") + it.Company + tr(lang, "）", ")")
	}
	summary := kind
	if who != "" {
		summary += " · " + who
	}
	if it.OverdueDays > 0 && !it.IsGreeting() {
		summary += tr(lang, "（逾期 ", " (") + strconv.Itoa(it.OverdueDays) + tr(lang, " 天）", " days late)")
	}
	ev.Props.SetText(ical.PropSummary, summary)
	var desc []string
	if why := it.Why(lang, today); why != "" {
		desc = append(desc, why)
	}
	if it.Phone != "" {
		desc = append(desc, tr(lang, "电话：", "Phone: ")+it.Phone)
	}
	if len(desc) > 0 {
		ev.Props.SetText(ical.PropDescription, strings.Join(desc, "\n"))
	}
	cat := ical.NewProp(ical.PropCategories)
	cat.SetTextList([]string{kind})
	ev.Props.Set(cat)

	alarm := ical.NewComponent(ical.CompAlarm)
	alarm.Props.SetText(ical.PropAction, "DISPLAY")
	alarm.Props.SetText(ical.PropDescription, summary)
	trigger := ical.NewProp(ical.PropTrigger)
	trigger.Value = icalHours(alarmHour - 24*lead)
	trigger.Params.Set("RELATED", "START")
	alarm.Props.Set(trigger)
	ev.Children = append(ev.Children, alarm)
	return ev
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

// icalText escapes a text value of a calendar line.
func icalText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(s)
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
