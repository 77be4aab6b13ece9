package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// Bulk writes many records in one transaction with prepared statements, for imports and generated
// books. Derived figures of every customer it touched are recomputed once, before the commit.
type Bulk struct {
	s       *Store
	ctx     context.Context
	tx      *sql.Tx
	plans   map[model.Level]model.VisitPlan
	touched map[int64]bool
	// fresh holds the derived figures of the customers this Bulk added, kept up to date as their
	// records come in: every record of such a customer passes through the Bulk, so its figures
	// need no query, and a generated or imported book of 100,000 customers is not read back row
	// by row before the commit.
	fresh map[int64]*derivedFigures
	stmts map[string]*sql.Stmt
}

// WriteBulk runs fn with a Bulk and commits everything it wrote as one transaction, or nothing.
func (s *Store) WriteBulk(ctx context.Context, fn func(*Bulk) error) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		all, err := plans(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = -65536"); err != nil {
			return err
		}
		defer tx.ExecContext(ctx, "PRAGMA cache_size = -2000")
		b := &Bulk{s: s, ctx: ctx, tx: tx, plans: all, touched: map[int64]bool{},
			fresh: map[int64]*derivedFigures{}, stmts: map[string]*sql.Stmt{}}
		defer func() {
			for _, st := range b.stmts {
				st.Close()
			}
		}()
		if err := fn(b); err != nil {
			return err
		}
		for id, f := range b.fresh {
			if err := b.saveDerived(id, f); err != nil {
				return err
			}
		}
		r := newRefresher(ctx, tx, all)
		defer r.close()
		for id := range b.touched {
			if err := r.refresh(id); err != nil {
				return err
			}
		}
		return nil
	})
}

func (b *Bulk) exec(query string, args ...any) (sql.Result, error) {
	st, ok := b.stmts[query]
	if !ok {
		var err error
		if st, err = b.tx.PrepareContext(b.ctx, query); err != nil {
			return nil, err
		}
		b.stmts[query] = st
	}
	return st.ExecContext(b.ctx, args...)
}

// AddCustomer validates and adds a customer, setting its ID.
func (b *Bulk) AddCustomer(c *model.Customer) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	now := b.s.Now()
	if c.UID == "" {
		c.UID = newUID()
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = now
	}
	c.UpdatedAt = now
	res, err := b.exec(`INSERT INTO customers (uid, kind, name, company, title, industry, region,
		size, registered_capital, phone, email, wechat, address, birthday, anniversary, source, referred_by,
		level, stage, relation, tags, notes, visit_every_days, call_every_days, plan_paused, search, name_key,
		created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		c.UID, c.Kind, c.Name, c.Company, c.Title, c.Industry, c.Region, c.Size, c.RegisteredCapital, c.Phone,
		c.Email, c.WeChat, c.Address, dateArg(c.Birthday), dateArg(c.Anniversary), c.Source, c.ReferredBy,
		c.Level, c.Stage, c.Relation, tagsArg(c.Tags), c.Notes, planArg(c.PlanOverride, true),
		planArg(c.PlanOverride, false), boolInt(c.PlanPaused), searchText(c), model.MakeNameKey(c.Name).String(),
		c.CreatedAt.Unix(), c.UpdatedAt.Unix())
	if err != nil {
		return fmt.Errorf("save customer %s: %w", c.Name, err)
	}
	if c.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	b.fresh[c.ID] = newDerivedFigures(c, b.plans)
	return nil
}

// AddContact validates and adds a contact person, setting its ID.
func (b *Bulk) AddContact(c *model.Contact) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	if c.UID == "" {
		c.UID = newUID()
	}
	now := b.s.Now().Unix()
	res, err := b.exec(`INSERT INTO contacts (uid, customer_id, name, title, role, phone, email,
		wechat, birthday, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		c.UID, c.CustomerID, c.Name, c.Title, c.Role, c.Phone, c.Email, c.WeChat, dateArg(c.Birthday), c.Notes, now, now)
	if err != nil {
		return fmt.Errorf("save contact %s: %w", c.Name, err)
	}
	c.ID, err = res.LastInsertId()
	return err
}

// LogInteraction validates and adds a logged contact.
func (b *Bulk) LogInteraction(i *model.Interaction) error {
	if err := i.Validate(); err != nil {
		return err
	}
	if i.UID == "" {
		i.UID = newUID()
	}
	var contact any
	if i.ContactID != 0 {
		contact = i.ContactID
	}
	now := b.s.Now().Unix()
	_, err := b.exec(`INSERT INTO interactions (uid, customer_id, contact_id, at, channel, summary,
		next_step, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`, i.UID, i.CustomerID, contact,
		atArg(i.At), i.Channel, i.Summary, i.NextStep, now, now)
	if err != nil {
		return fmt.Errorf("log the contact: %w", err)
	}
	if f := b.fresh[i.CustomerID]; f != nil {
		f.logged(i)
	} else {
		b.touched[i.CustomerID] = true
	}
	return nil
}

// AddDeal validates and adds a deal.
func (b *Bulk) AddDeal(d *model.Deal) error {
	if err := d.Validate(); err != nil {
		return err
	}
	if d.UID == "" {
		d.UID = newUID()
	}
	now := b.s.Now().Unix()
	_, err := b.exec(`INSERT INTO deals (uid, customer_id, on_date, product, amount, credit_due_on,
		paid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`, d.UID, d.CustomerID, d.On.String(), d.Product,
		d.Amount, dateArg(d.CreditDueOn), d.Paid, now, now)
	if err != nil {
		return fmt.Errorf("save the deal: %w", err)
	}
	if f := b.fresh[d.CustomerID]; f != nil {
		f.dealt(d)
	} else {
		b.touched[d.CustomerID] = true
	}
	return nil
}

// AddReminder validates and adds a reminder; one with DoneAt set is added as done.
func (b *Bulk) AddReminder(r *model.Reminder) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if r.UID == "" {
		r.UID = newUID()
	}
	now := b.s.Now().Unix()
	var done any
	if !r.DoneAt.IsZero() {
		done = r.DoneAt.Unix()
	}
	_, err := b.exec(`INSERT INTO reminders (uid, customer_id, due_on, kind, note, done_at, created_at,
		updated_at) VALUES (?,?,?,?,?,?,?,?)`, r.UID, r.CustomerID, r.DueOn.String(), r.Kind, r.Note, done, now, now)
	if err != nil {
		return fmt.Errorf("save the reminder: %w", err)
	}
	if f := b.fresh[r.CustomerID]; f != nil {
		f.reminded(r)
	} else {
		b.touched[r.CustomerID] = true
	}
	return nil
}

// AddComplaint validates and adds a complaint.
func (b *Bulk) AddComplaint(c *model.Complaint) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if c.UID == "" {
		c.UID = newUID()
	}
	now := b.s.Now().Unix()
	_, err := b.exec(`INSERT INTO complaints (uid, customer_id, on_date, what, severity, good_faith, handler,
		reply_by, resolved_on, summary, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		c.UID, c.CustomerID, c.On.String(), c.What, c.Severity, boolInt(c.GoodFaith), c.Handler, dateArg(c.ReplyBy),
		dateArg(c.ResolvedOn), c.Summary, now, now)
	if err != nil {
		return fmt.Errorf("save the complaint: %w", err)
	}
	return nil
}

// Tag puts a personality type on a customer (contactID 0) or one of their contacts.
func (b *Bulk) Tag(t PersonTag) error {
	var contact any
	if t.ContactID != 0 {
		contact = t.ContactID
	}
	_, err := b.exec(`INSERT OR REPLACE INTO person_types (customer_id, contact_id, type_code, note, created_at) VALUES (?,?,?,?,?)`,
		t.CustomerID, contact, t.Type, t.Note, b.s.Now().Unix())
	if err != nil {
		return fmt.Errorf("tag with %s: %w", t.Type, err)
	}
	return nil
}
