package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"guanxi/model"
)

// derivedFigures are what a customer's derived columns are computed from: the visit plan, the
// day they joined the book, and what their records add up to.
type derivedFigures struct {
	plan                             model.VisitPlan
	since                            model.Date
	id                               int64 // spreads a first visit over the plan's interval
	lastContact, lastVisit, lastCall model.Date
	firstDeal, lastDeal, reminderDue model.Date
	deals                            int
	orderTotal, owed                 model.Money
	visitSnooze, callSnooze          model.PlanSnooze // planned contacts the user put off
	// inserted is what the customer's row was first written with, so a Bulk need not write the
	// same values again.
	inserted derivedColumns
}

// derivedColumns are the derived columns of a customer's row.
type derivedColumns struct {
	firstDeal, lastDeal, lastContact, lastVisit, lastCall, nextVisit, nextCall, nextDue model.Date
	deals                                                                               int
	orderTotal, owed                                                                    model.Money
}

// columnsOf returns the derived columns a customer carries in the model.
func columnsOf(c *model.Customer) derivedColumns {
	return derivedColumns{c.FirstDealOn, c.LastDealOn, c.LastContactOn, c.LastVisitOn, c.LastCallOn, c.NextVisitOn,
		c.NextCallOn, c.NextDueOn, c.DealCount, c.OrderTotal, c.Owed}
}

// setOn puts the derived columns on a customer of the model.
func (d derivedColumns) setOn(c *model.Customer) {
	c.FirstDealOn, c.LastContactOn, c.LastVisitOn, c.LastCallOn = d.firstDeal, d.lastContact, d.lastVisit, d.lastCall
	c.NextVisitOn, c.NextCallOn, c.NextDueOn = d.nextVisit, d.nextCall, d.nextDue
	c.OrderTotal, c.Owed = d.orderTotal, d.owed
}

// newDerivedFigures starts the figures of a customer with no records yet.
func newDerivedFigures(c *model.Customer, all map[model.Level]model.VisitPlan) *derivedFigures {
	return &derivedFigures{plan: c.Plan(all), since: model.DateOf(time.Unix(c.CreatedAt.Unix(), 0)), id: c.ID, inserted: columnsOf(c)}
}

// contacted counts a logged contact on a day; model decides which channels are a visit or a call.
func (f *derivedFigures) contacted(ch model.Channel, day model.Date) {
	if f.lastContact.IsZero() || day.After(f.lastContact) {
		f.lastContact = day
	}
	if model.CountsAsVisit(ch) && (f.lastVisit.IsZero() || day.After(f.lastVisit)) {
		f.lastVisit = day
	}
	if model.CountsAsCall(ch) && (f.lastCall.IsZero() || day.After(f.lastCall)) {
		f.lastCall = day
	}
}

// logged counts a logged contact, on its local calendar day as the book stores it.
func (f *derivedFigures) logged(i *model.Interaction) {
	f.contacted(i.Channel, model.DateOf(i.At.In(time.Local)))
}

// dealt counts a deal into the first and last days, the count, the order total and what is owed.
func (f *derivedFigures) dealt(d *model.Deal) {
	f.firstDeal = model.EarliestDate(f.firstDeal, d.On)
	if f.lastDeal.IsZero() || d.On.After(f.lastDeal) {
		f.lastDeal = d.On
	}
	f.deals++
	f.orderTotal = f.orderTotal.Plus(d.Amount)
	f.owed = f.owed.Plus(d.Owed())
}

// reminded counts a reminder; only an open one can be due.
func (f *derivedFigures) reminded(r *model.Reminder) {
	if r.Open() {
		f.reminderDue = model.EarliestDate(f.reminderDue, r.DueOn)
	}
}

// columns computes the next due dates by the plan and returns every derived column.
func (f *derivedFigures) columns() derivedColumns {
	nextVisit, nextCall := model.NextDueSpread(f.plan, f.lastVisit, f.lastCall, f.since, f.id)
	nextVisit, nextCall = f.visitSnooze.Apply(nextVisit), f.callSnooze.Apply(nextCall)
	return derivedColumns{
		firstDeal: f.firstDeal, lastDeal: f.lastDeal, lastContact: f.lastContact, lastVisit: f.lastVisit, lastCall: f.lastCall,
		nextVisit: nextVisit, nextCall: nextCall, nextDue: model.EarliestDate(nextVisit, nextCall, f.reminderDue),
		deals: f.deals, orderTotal: f.orderTotal, owed: f.owed,
	}
}

// derivedColumnNames are the derived columns, in the order of derivedColumns.args.
const derivedColumnNames = `first_deal_on, last_deal_on, deal_count, last_contact_on, last_visit_on, last_call_on,
	next_visit_on, next_call_on, next_due_on, order_total, owed`

// updateDerivedSQL writes the derived columns; updateArgs gives its arguments.
var updateDerivedSQL = "UPDATE customers SET " + strings.ReplaceAll(derivedColumnNames, ",", "=?,") + "=? WHERE id=?"

func (d derivedColumns) updateArgs(id int64) []any {
	return append(d.args(), id)
}

// args are the columns as written, in the order of updateDerivedSQL and of AddCustomer's INSERT.
func (d derivedColumns) args() []any { return d.appendArgs(make([]any, 0, 12)) }

// appendArgs appends the columns' values to args, in the order of args.
func (d derivedColumns) appendArgs(args []any) []any {
	return append(args, dateArg(d.firstDeal), dateArg(d.lastDeal), d.deals, dateArg(d.lastContact),
		dateArg(d.lastVisit), dateArg(d.lastCall), dateArg(d.nextVisit), dateArg(d.nextCall), dateArg(d.nextDue),
		d.orderTotal, d.owed)
}

// saveDerived writes the figures a Bulk followed for a customer it added, unless the row was
// written with them in the first place.
func (b *Bulk) saveDerived(id int64, f *derivedFigures) error {
	cols := f.columns()
	if cols == f.inserted {
		return nil
	}
	if _, err := b.exec(updateDerivedSQL, cols.updateArgs(id)...); err != nil {
		return fmt.Errorf("refresh customer %d: %w", id, err)
	}
	return nil
}

// refreshDerived recomputes a customer's derived figures (last contacts, next due dates, first and
// last deal, count of deals, order total, amount owed) from their records, inside the transaction that changed them, so the list
// and the checklist never show a stale or duplicate due item.
func (s *Store) refreshDerived(ctx context.Context, tx *sql.Tx, id int64) error {
	all, err := plans(ctx, tx)
	if err != nil {
		return err
	}
	return s.refreshWithPlans(ctx, tx, id, all)
}

func (s *Store) refreshWithPlans(ctx context.Context, tx *sql.Tx, id int64, all map[model.Level]model.VisitPlan) error {
	r := newRefresher(ctx, tx, all)
	defer r.close()
	return r.refresh(id)
}

// refresher recomputes derived figures of one customer after another in a transaction, preparing
// its three statements once.
type refresher struct {
	ctx   context.Context
	tx    *sql.Tx
	all   map[model.Level]model.VisitPlan
	stmts [3]*sql.Stmt
}

const (
	refreshRead = iota
	refreshChannels
	refreshUpdate
)

var refreshSQL = [3]string{
	`SELECT level, visit_every_days, call_every_days, plan_paused, created_at,
		(SELECT min(on_date) FROM deals WHERE customer_id = c.id),
		(SELECT max(on_date) FROM deals WHERE customer_id = c.id),
		(SELECT count(*) FROM deals WHERE customer_id = c.id),
		(SELECT coalesce(sum(amount), 0) FROM deals WHERE customer_id = c.id),
		(SELECT coalesce(sum(amount - paid), 0) FROM deals WHERE customer_id = c.id AND credit_due_on IS NOT NULL AND paid < amount),
		(SELECT min(due_on) FROM reminders WHERE customer_id = c.id AND done_at IS NULL),
		` + snoozesSQL + `
		FROM customers c WHERE id = ?`,
	// The last day of each channel.
	`SELECT channel, max(substr(at, 1, 10)) FROM interactions WHERE customer_id = ? GROUP BY channel`,
	updateDerivedSQL,
}

func newRefresher(ctx context.Context, tx *sql.Tx, all map[model.Level]model.VisitPlan) *refresher {
	return &refresher{ctx: ctx, tx: tx, all: all}
}

func (r *refresher) stmt(k int) (*sql.Stmt, error) {
	if r.stmts[k] == nil {
		st, err := r.tx.PrepareContext(r.ctx, refreshSQL[k])
		if err != nil {
			return nil, err
		}
		r.stmts[k] = st
	}
	return r.stmts[k], nil
}

func (r *refresher) close() {
	for _, st := range r.stmts {
		if st != nil {
			st.Close()
		}
	}
}

func (r *refresher) refresh(id int64) error {
	if err := r.refreshOne(id); err != nil {
		return fmt.Errorf("refresh customer %d: %w", id, err)
	}
	return nil
}

func (r *refresher) refreshOne(id int64) error {
	read, err := r.stmt(refreshRead)
	if err != nil {
		return err
	}
	var c model.Customer
	var visitEvery, callEvery sql.NullInt64
	var paused int
	var created int64
	var firstDeal, lastDeal, reminderDue, visitSnooze, callSnooze sql.NullString
	var f derivedFigures
	err = read.QueryRowContext(r.ctx, id).Scan(&c.Level, &visitEvery, &callEvery, &paused, &created,
		&firstDeal, &lastDeal, &f.deals, &f.orderTotal, &f.owed, &reminderDue, &visitSnooze, &callSnooze)
	if err != nil {
		return err
	}
	if visitEvery.Valid || callEvery.Valid {
		c.PlanOverride = &model.VisitPlan{VisitEveryDays: int(visitEvery.Int64), CallEveryDays: int(callEvery.Int64)}
	}
	c.PlanPaused = paused != 0
	f.plan = c.Plan(r.all)
	f.since, f.id = model.DateOf(time.Unix(created, 0)), id
	f.firstDeal, f.lastDeal, f.reminderDue = parseStoredDate(firstDeal), parseStoredDate(lastDeal), parseStoredDate(reminderDue)
	f.visitSnooze, f.callSnooze = parseSnooze(visitSnooze), parseSnooze(callSnooze)

	channels, err := r.stmt(refreshChannels)
	if err != nil {
		return err
	}
	rows, err := channels.QueryContext(r.ctx, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var ch model.Channel
		var day sql.NullString
		if err := rows.Scan(&ch, &day); err != nil {
			rows.Close()
			return err
		}
		f.contacted(ch, parseStoredDate(day))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	update, err := r.stmt(refreshUpdate)
	if err != nil {
		return err
	}
	_, err = update.ExecContext(r.ctx, f.columns().updateArgs(id)...)
	return err
}

// refreshLevel recomputes the due dates of every customer of a level, after its plan changed.
func (s *Store) refreshLevel(ctx context.Context, tx *sql.Tx, level model.Level) error {
	return refreshWhere(ctx, tx, "SELECT id FROM customers WHERE level = ?", nil, level)
}
