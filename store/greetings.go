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
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO greetings_sent (occasion, customer_id, contact_id, name,
			on_date, sent_at) VALUES (?,?,?,?,?,?)`, k.occasion, k.customer, k.contact, k.name, k.on, s.Now().Unix())
		if err != nil {
			return fmt.Errorf("mark the greeting sent: %w", err)
		}
		return nil
	})
}

// greetingsSentSQL reads the greetings marked sent for days from a day on.
const greetingsSentSQL = "SELECT occasion, customer_id, contact_id, name, on_date FROM greetings_sent WHERE on_date >= ?"

// greetingSources are the dates that matter kept on customers and contacts.
var greetingSources = []struct {
	occasion model.Occasion
	col      string
	contacts bool
}{
	{model.OccasionBirthday, "c.birthday", false},
	{model.OccasionAnniversary, "c.anniversary", false},
	{model.OccasionFirstDeal, "c.first_deal_on", false},
	{model.OccasionBirthday, "k.birthday", true},
}

// greetingSQL reads the customers (or contacts) whose date in col falls on one of the month-day
// ranges, through the indexes on substr(date, 6). With a limit (not -1) it reads one range, in
// the order of month and day, up to that many rows.
func greetingSQL(col string, contacts bool, ranges [][2]string, limit int) (string, []any) {
	var or []string
	var args []any
	for _, r := range ranges {
		or = append(or, "substr("+col+", 6) BETWEEN ? AND ?")
		args = append(args, r[0], r[1])
	}
	where := col + " IS NOT NULL AND (" + strings.Join(or, " OR ") + ")"
	q := "SELECT " + itemColumns + ", " + col + ", 0, '' FROM customers c WHERE c.deleted_at IS NULL AND " + where
	if contacts {
		q = "SELECT " + itemColumns + ", k.birthday, k.id, k.name FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE c.deleted_at IS NULL AND " + where
	}
	if limit >= 0 {
		q += " ORDER BY substr(" + col + ", 6) LIMIT ?"
		args = append(args, limit)
	}
	return q, args
}

// greetingItems returns the greetings due by days after today for birthdays, company and first-deal
// anniversaries and holidays whose day is today or later, each lead days before its day. With a
// limit (not -1) it reads no more than that many of each kind from each range of days, the
// earliest; enough for the earliest limit greetings of all.
func (s *Store) greetingItems(ctx context.Context, today model.Date, days, limit int) ([]model.ChecklistItem, error) {
	items, _, err := s.greetingItemsUpTo(ctx, today, days, limit)
	return items, err
}

// greetingItemsUpTo is greetingItems that also says up to which due day the greetings it returns
// are all there are: the zero date when no read reached its limit.
func (s *Store) greetingItemsUpTo(ctx context.Context, today model.Date, days, limit int) ([]model.ChecklistItem, model.Date, error) {
	var cut model.Date
	lead, err := greetingLeadDays(ctx, s.db)
	if err != nil {
		return nil, cut, err
	}
	from, to := model.GreetingWindow(today, days, lead)
	sent := map[sentKey]bool{}
	rows, err := s.db.QueryContext(ctx, greetingsSentSQL, from.String())
	if err != nil {
		return nil, cut, fmt.Errorf("read the greetings sent: %w", err)
	}
	for rows.Next() {
		var k sentKey
		if err := rows.Scan(&k.occasion, &k.customer, &k.contact, &k.name, &k.on); err != nil {
			rows.Close()
			return nil, cut, err
		}
		sent[k] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, cut, err
	}

	var items []model.ChecklistItem
	keep := func(it model.ChecklistItem) {
		it.Kind = model.ItemBirthday
		it.DueOn = model.GreetingDue(it.Due.OccasionOn, lead)
		it.OverdueDays = model.OverdueDays(it.DueOn, today)
		if !sent[greetingKeyOf(&it)] {
			items = append(items, it)
		}
	}

	ranges := model.MonthDayRanges(from, to)
	type query struct {
		src    int
		ranges [][2]string
	}
	var queries []query
	for i := range greetingSources {
		if limit < 0 {
			queries = append(queries, query{i, ranges})
			continue
		}
		for _, r := range ranges {
			queries = append(queries, query{i, [][2]string{r}})
		}
	}
	for _, qu := range queries {
		src := greetingSources[qu.src]
		q, args := greetingSQL(src.col, src.contacts, qu.ranges, limit)
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, cut, fmt.Errorf("read the dates that matter: %w", err)
		}
		n := 0
		var lastDay model.Date
		for rows.Next() {
			n++
			var it model.ChecklistItem
			var last, date sql.NullString
			if err := rows.Scan(&it.CustomerID, &it.CustomerName, &it.Company, &it.Level, &last, &date,
				&it.Due.ContactID, &it.Due.Person); err != nil {
				rows.Close()
				return nil, cut, fmt.Errorf("read the dates that matter: %w", err)
			}
			since := parseStoredDate(date)
			if since.IsZero() {
				continue
			}
			day := model.NextYearly(since, from)
			lastDay = day
			if day.After(to) {
				continue
			}
			it.Due.Occasion, it.Due.OccasionOn, it.Due.Years = src.occasion, day, model.YearsOn(since, day)
			if src.occasion != model.OccasionBirthday && it.Due.Years < 1 {
				continue // the day itself, not yet an anniversary
			}
			it.LastContactOn = parseStoredDate(last)
			keep(it)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, cut, fmt.Errorf("read the dates that matter: %w", err)
		}
		if limit >= 0 && n == limit {
			// Greetings after this one's day may have been left unread.
			cut = model.EarliestDate(cut, model.GreetingDue(lastDay, lead))
		}
	}

	holidays, err := holidaysOf(ctx, s.db)
	if err != nil {
		return nil, cut, err
	}
	for _, h := range holidays {
		for _, day := range h.On(from, to) {
			keep(model.ChecklistItem{Due: model.DueReason{Occasion: model.OccasionHoliday, OccasionOn: day, Holiday: h.Name}})
		}
	}
	return items, cut, nil
}
