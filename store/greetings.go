package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"guanxi/model"
)

// sentKey names one greeting: which occasion, whose, and the day it falls on.
type sentKey struct {
	occasion          model.Occasion
	customer, contact int64
	name, on          string
}

// greetingKeyOf returns the key under which an item's greeting is marked sent.
func greetingKeyOf(it *model.ChecklistItem) sentKey {
	k := sentKey{occasion: it.Due.Occasion, customer: it.CustomerID, contact: it.Due.ContactID, on: it.Due.OccasionOn.String()}
	if it.Due.Occasion == model.OccasionHoliday {
		k.name = holidayName(it.Due.Holiday)
	}
	return k
}

// holidayName is the name a holiday's greetings are marked under.
func holidayName(t model.Text) string { return t.Zh + "\x1f" + t.En }

// MarkGreetingSent records that the greeting of a checklist item was sent, so it leaves the
// checklist until the occasion comes round again.
func (s *Store) MarkGreetingSent(ctx context.Context, it model.ChecklistItem) error {
	if !it.IsGreeting() {
		return fmt.Errorf("only a greeting can be marked sent")
	}
	k := greetingKeyOf(&it)
	return s.tx(ctx, func(tx *sql.Tx) error { return markSent(ctx, tx, k, s.Now().Unix()) })
}

// markSent records a greeting sent, under a new uid with now as its updated_at; one marked
// already stays as it was.
func markSent(ctx context.Context, q execer, k sentKey, now int64) error {
	_, err := q.ExecContext(ctx, `INSERT OR IGNORE INTO greetings_sent (occasion, customer_id, contact_id, name,
		on_date, sent_at, uid, updated_at) VALUES (?,?,?,?,?,?,?,?)`, k.occasion, k.customer, k.contact, k.name, k.on, now, newUID(), now)
	if err != nil {
		return fmt.Errorf("mark the greeting sent: %w", err)
	}
	return nil
}

// greetingsSentSQL reads the greetings marked sent for days from a day on.
const greetingsSentSQL = "SELECT occasion, customer_id, contact_id, name, on_date FROM greetings_sent WHERE on_date >= ?"

// dateSource is where a kind of date that matters is kept: its occasion, its column, and the
// statement that reads its keys: customer, contact (0 for the customer's own date) and the date.
type dateSource struct {
	occasion model.Occasion
	col      string
	head     string
}

// greetingSources are the dates that matter kept on customers and contacts.
var greetingSources = []dateSource{
	{model.OccasionBirthday, "birthday", "SELECT id, 0, birthday FROM customers"},
	{model.OccasionAnniversary, "anniversary", "SELECT id, 0, anniversary FROM customers"},
	{model.OccasionFirstDeal, "first_deal_on", "SELECT id, 0, first_deal_on FROM customers"},
	{model.OccasionBirthday, "birthday", "SELECT customer_id, id, birthday FROM contacts"},
}

// greetingSQL reads the keys of the dates in col that fall on one of the month-day ranges, off
// the covering indexes on (substr(date, 6), date). With a limit (not -1) it reads one range, in the
// order of month and day, up to that many rows.
func greetingSQL(head, col string, ranges [][2]string, limit int) (string, []any) {
	var or []string
	var args []any
	for _, r := range ranges {
		or = append(or, "substr("+col+", 6) BETWEEN ? AND ?")
		args = append(args, r[0], r[1])
	}
	q := head + " WHERE " + col + " IS NOT NULL AND (" + strings.Join(or, " OR ") + ")"
	if limit >= 0 {
		q += " ORDER BY substr(" + col + ", 6) LIMIT ?"
		args = append(args, limit)
	}
	return q, args
}

// greetingKeys returns the keys of the greetings due by days after today for birthdays, company
// and first-deal anniversaries and holidays whose day is today or later, each lead days before its
// day, less those marked sent. With a limit (not -1) it reads no more than that many of each source
// from each range of days, the earliest; enough for the earliest limit greetings of all. cut is the
// due day after which greetings may have been left unread: the zero date when no read reached its
// limit.
func (r *keyReader) greetingKeys(ctx context.Context, today model.Date, days, limit int) (keys []itemKey, cut model.Date, err error) {
	lead, err := greetingLeadDays(ctx, r.db)
	if err != nil {
		return nil, cut, err
	}
	from, to := model.GreetingWindow(today, days, lead)
	sent, err := greetingsSent(ctx, r.db, from)
	if err != nil {
		return nil, cut, err
	}
	keep := func(k itemKey) {
		k.source, k.due = fromGreeting, model.GreetingListedOn(k.occasionOn, lead, today)
		if !sent[k.sentKey()] {
			keys = append(keys, k)
		}
	}

	ranges := model.MonthDayRanges(from, to)
	perRange := [][][2]string{ranges}
	readLimit := -1
	if limit >= 0 {
		perRange = nil
		for _, rg := range ranges {
			perRange = append(perRange, [][2]string{rg})
		}
		readLimit = limit + len(r.trash) // as many more as the trash may take away
	}
	for _, src := range greetingSources {
		for _, rgs := range perRange {
			q, args := greetingSQL(src.head, src.col, rgs, readLimit)
			n, lastDay, err := r.readGreetings(ctx, q, args, src.occasion, from, to, keep)
			if err != nil {
				return nil, cut, fmt.Errorf("read the dates that matter: %w", err)
			}
			if readLimit >= 0 && n == readLimit {
				// Greetings after this one's day may have been left unread.
				cut = model.EarliestDate(cut, model.GreetingDue(lastDay, lead))
			}
		}
	}

	if err := r.readYearlyGreetings(ctx, from, to, keep); err != nil {
		return nil, cut, fmt.Errorf("read the dates that matter: %w", err)
	}

	holidays, err := holidaysOf(ctx, r.db)
	if err != nil {
		return nil, cut, err
	}
	for _, h := range holidays {
		for _, day := range h.On(from, to) {
			keep(itemKey{greetingKey: &greetingKey{occasion: model.OccasionHoliday, occasionOn: day, holiday: h.Name}})
		}
	}
	return keys, cut, nil
}

// readGreetings reads one statement of greetingSQL and keeps the greetings whose day falls in the
// window from..to; it returns how many rows it read and the day of the last.
func (r *keyReader) readGreetings(ctx context.Context, q string, args []any, occasion model.Occasion, from, to model.Date, keep func(itemKey)) (n int, lastDay model.Date, err error) {
	return r.readDatesThatMatter(ctx, q, args, occasion, from, to, keep, func(stored string) (model.Date, int, model.YearlyDate, bool) {
		since := anyDate(stored)
		if since.IsZero() {
			return model.Date{}, 0, model.YearlyDate{}, false
		}
		day := model.NextYearly(since, from)
		return day, model.YearsOn(since, day), model.YearlyDate{}, true
	})
}

// readDatesThatMatter reads the rows of one statement, each a customer, a record and a date that
// matters as stored, and keeps the greetings whose day falls in the window from..to, their
// customer outside the trash. next reads a stored date: the day it next falls on from from on
// (zero for none), the years it marks then, the yearly date it is, and whether its year is known;
// an anniversary is not greeted on the day itself. It returns how many rows it read and the day
// of the last.
func (r *keyReader) readDatesThatMatter(ctx context.Context, q string, args []any, occasion model.Occasion, from, to model.Date,
	keep func(itemKey), next func(stored string) (day model.Date, years int, yearly model.YearlyDate, yearKnown bool)) (n int, lastDay model.Date, err error) {
	err = eachRowOf(ctx, r.db, q, args, func(rows *sql.Rows) error {
		n++
		k := itemKey{greetingKey: &greetingKey{occasion: occasion}}
		var stored sql.NullString
		if err := rows.Scan(&k.customer, &k.record, &stored); err != nil {
			return err
		}
		day, years, yearly, yearKnown := next(stored.String)
		if day.IsZero() {
			return nil
		}
		lastDay = day
		if day.After(to) || r.trash[k.customer] {
			return nil
		}
		k.occasionOn, k.years, k.yearly = day, years, yearly
		if occasion != model.OccasionBirthday && yearKnown && k.years < 1 {
			return nil // the day itself, not yet an anniversary
		}
		keep(k)
		return nil
	})
	return n, lastDay, err
}

// greetingsSent reads which greetings were marked sent for days from a day on.
func greetingsSent(ctx context.Context, db querier, from model.Date) (map[sentKey]bool, error) {
	sent := map[sentKey]bool{}
	err := eachRow(ctx, db, greetingsSentSQL, from.String(), func(rows *sql.Rows) error {
		var k sentKey
		err := rows.Scan(&k.occasion, &k.customer, &k.contact, &k.name, &k.on)
		sent[k] = true
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read the greetings sent: %w", err)
	}
	return sent, nil
}

// sentKey is the key under which the greeting of an item key is marked sent, as greetingKeyOf
// gives for the item.
func (k itemKey) sentKey() sentKey {
	g := k.greeting()
	out := sentKey{occasion: g.occasion, customer: k.customer, contact: k.record, on: g.occasionOn.String()}
	if g.occasion == model.OccasionHoliday {
		out.name = holidayName(g.holiday)
	}
	return out
}
