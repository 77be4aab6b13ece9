package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"guanxi/model"
)

type rowScanner interface{ Scan(...any) error }

// searchText is what the list's search matches besides the name's pinyin: lowercased name,
// company, phone digits, email, WeChat, tags and region.
func searchText(c *model.Customer) string {
	parts := []string{c.Name, c.Company, model.NormalizePhone(c.Phone), c.Email, c.WeChat, strings.Join(c.Tags, " "), c.Region, c.Industry}
	return strings.ToLower(strings.Join(parts, "\x1f"))
}

// AddCustomer validates and saves a new customer, setting its ID, UID and times, with the
// personality types in c.Types, all in one transaction.
func (s *Store) AddCustomer(ctx context.Context, c *model.Customer) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := s.insertCustomer(ctx, tx, c); err != nil {
			return err
		}
		return addOwnTypes(ctx, tx, c.ID, c.Types, s.Now().Unix())
	})
}

// profileColumns are a customer's own fields as written on insert, in the order of profileArgs;
// the single-row insert and the bulk insert share them so a new column is added in one place.
const profileColumns = `uid, kind, name, company, short_name, title, industry, region, size, registered_capital,
	phone, email, wechat, address, birthday, anniversary, birthday_yearly, anniversary_yearly, source, referred_by, level, stage, relation,
	tags, notes, visit_every_days, call_every_days, plan_paused, search, name_key, created_at, updated_at`

// stampNew gives a customer about to be inserted its UID and times, keeping any it already has.
func stampNew(c *model.Customer, now time.Time) {
	lasting(&c.UID)
	if c.CreatedAt.IsZero() {
		c.CreatedAt = now
	}
	c.UpdatedAt = now
}

// profileArgs are the values of profileColumns for c.
func profileArgs(c *model.Customer) []any {
	birthday, birthdayYearly := yearlyArgs(c.Birthday, c.BirthdayYearly)
	anniversary, anniversaryYearly := yearlyArgs(c.Anniversary, c.AnniversaryYearly)
	return []any{c.UID, c.Kind, c.Name, c.Company, c.ShortName, c.Title, c.Industry, c.Region, c.Size, c.RegisteredCapital,
		c.Phone, c.Email, c.WeChat, c.Address, birthday, anniversary, birthdayYearly, anniversaryYearly, c.Source,
		c.ReferredBy, c.Level, c.Stage, c.Relation, tagsArg(c.Tags), c.Notes, planArg(c.PlanOverride, true),
		planArg(c.PlanOverride, false), boolInt(c.PlanPaused), searchText(c), model.MakeNameKey(c.Name).String(),
		c.CreatedAt.Unix(), c.UpdatedAt.Unix()}
}

// marks returns n comma-separated parameter marks.
func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

func (s *Store) insertCustomer(ctx context.Context, tx *sql.Tx, c *model.Customer) error {
	stampNew(c, s.Now())
	if err := addCustomerRow(ctx, tx, c); err != nil {
		return err
	}
	if c.ReferrerID != 0 {
		// Not a column of the bulk insert: an imported book's ids are not this book's.
		if err := checkReferrer(ctx, tx, c); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE customers SET referrer_id = ?, referred_by = ? WHERE id = ?", c.ReferrerID, c.ReferredBy, c.ID); err != nil {
			return fmt.Errorf("save customer %s: %w", c.Name, err)
		}
	}
	return s.refreshDerived(ctx, tx, c.ID)
}

func planArg(p *model.VisitPlan, visit bool) any {
	if p == nil {
		return nil
	}
	if visit {
		return p.VisitEveryDays
	}
	return p.CallEveryDays
}

// UpdateCustomer validates and saves the profile of an existing customer; derived figures follow.
// It writes every field; an edit that began from a customer read earlier saves through
// UpdateCustomerEdit, which writes only what the user changed.
func (s *Store) UpdateCustomer(ctx context.Context, c *model.Customer) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error { return s.writeProfile(ctx, tx, c) })
}

// UpdateCustomerEdit saves an edit of a customer: loaded is the customer as the edit began, mine as
// the user left it. Only the fields the user changed are written, so what was changed elsewhere in
// the meantime stays (model.MergeEdit); a field the user changed that was also changed elsewhere to
// another value is not written, and the save returns a *model.EditConflictError with both values
// and the customer as it is now, from which the user chooses and saves again. It returns the
// customer as saved.
func (s *Store) UpdateCustomerEdit(ctx context.Context, loaded, mine model.Customer) (model.Customer, error) {
	mine.Normalize()
	if err := mine.Validate(); err != nil {
		return model.Customer{}, err
	}
	var out model.Customer
	err := s.tx(ctx, func(tx *sql.Tx) error {
		current, err := scanCustomer(tx.QueryRowContext(ctx, "SELECT "+customerColumns+" FROM customers WHERE id=? AND deleted_at IS NULL", loaded.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("customer %d: %w", loaded.ID, model.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("read customer %d: %w", loaded.ID, err)
		}
		merged, conflicts := model.MergeEdit(loaded, mine, current)
		if len(conflicts) > 0 {
			return &model.EditConflictError{Conflicts: conflicts, Current: current}
		}
		if len(model.ChangedFields(merged, current)) == 0 && mine.PlanPaused == loaded.PlanPaused {
			out = current
			return nil // nothing to write: the book already says what the user wants
		}
		merged.Normalize()
		if err := merged.Validate(); err != nil {
			return err
		}
		out = merged
		return s.writeProfile(ctx, tx, &out)
	})
	return out, err
}

// writeProfile writes a customer's whole profile inside a transaction; derived figures follow.
func (s *Store) writeProfile(ctx context.Context, tx *sql.Tx, c *model.Customer) error {
	c.UpdatedAt = s.Now()
	if err := checkReferrer(ctx, tx, c); err != nil {
		return err
	}
	birthday, birthdayYearly := yearlyArgs(c.Birthday, c.BirthdayYearly)
	anniversary, anniversaryYearly := yearlyArgs(c.Anniversary, c.AnniversaryYearly)
	if err := s.noteLevelChange(ctx, tx, c.ID, c.Level, model.LevelByUser, model.Text{}); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE customers SET kind=?, name=?, company=?, short_name=?, title=?, industry=?,
		region=?, size=?, registered_capital=?, phone=?, email=?, wechat=?, address=?, birthday=?,
		anniversary=?, birthday_yearly=?, anniversary_yearly=?, source=?, referred_by=?, level=?, stage=?,
		relation=?, tags=?, notes=?, visit_every_days=?, call_every_days=?, plan_paused=?, search=?,
		name_key=?, updated_at=?, referrer_id=? WHERE id=? AND deleted_at IS NULL`,
		c.Kind, c.Name, c.Company, c.ShortName, c.Title, c.Industry, c.Region, c.Size, c.RegisteredCapital, c.Phone,
		c.Email, c.WeChat, c.Address, birthday, anniversary, birthdayYearly, anniversaryYearly, c.Source, c.ReferredBy,
		c.Level, c.Stage, c.Relation, tagsArg(c.Tags), c.Notes, planArg(c.PlanOverride, true),
		planArg(c.PlanOverride, false), boolInt(c.PlanPaused), searchText(c),
		model.MakeNameKey(c.Name).String(), c.UpdatedAt.Unix(), referrerArg(c.ReferrerID), c.ID)
	if err != nil {
		return fmt.Errorf("save customer %s: %w", c.Name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("customer %d: %w", c.ID, model.ErrNotFound)
	}
	return s.refreshDerived(ctx, tx, c.ID)
}

// referrerArg is the referrer_id column's value: NULL when the referrer is not in the book.
func referrerArg(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// checkReferrer makes sure a customer's referrer is another customer of the book, and names them
// in referred_by as the archive shows them.
func checkReferrer(ctx context.Context, q querier, c *model.Customer) error {
	if c.ReferrerID == 0 {
		return nil
	}
	if c.ReferrerID == c.ID {
		return &model.FieldError{Field: "referred_by", Msg: model.Text{Zh: "客户不能介绍自己", En: "a customer cannot refer themselves"}}
	}
	var name string
	err := q.QueryRowContext(ctx, "SELECT name FROM customers WHERE id = ?", c.ReferrerID).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return &model.FieldError{Field: "referred_by", Msg: model.Text{Zh: "介绍人不在客户簿里", En: "the referrer is not in the book"}}
	}
	if err != nil {
		return err
	}
	if c.ReferredBy == "" {
		c.ReferredBy = name
	}
	return nil
}

// referredSQL reads the customers one referred, off the index of referrers.
var referredSQL = "SELECT " + customerColumns + " FROM customers WHERE referrer_id = ? AND deleted_at IS NULL ORDER BY name, id"

// Referred returns the customers a customer referred, by name.
func (s *Store) Referred(ctx context.Context, id int64) ([]model.Customer, error) {
	// Read with every archive: prepared once, so most archives, who referred no one, cost a lookup.
	rows, err := prepared{s}.QueryContext(ctx, referredSQL, id)
	if err != nil {
		return nil, fmt.Errorf("read whom customer %d referred: %w", id, err)
	}
	return collectCustomers(rows)
}

// Customer returns one customer by ID, with the codes of their personality types.
func (s *Store) Customer(ctx context.Context, id int64) (model.Customer, error) {
	c, err := scanCustomer(s.db.QueryRowContext(ctx, "SELECT "+customerColumns+" FROM customers WHERE id=? AND deleted_at IS NULL", id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("customer %d: %w", id, model.ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("read customer %d: %w", id, err)
	}
	c.Types, err = s.personTypeCodes(ctx, c.ID, 0)
	return c, err
}

// AmbiguousError is returned when a reference matches several customers.
type AmbiguousError struct {
	Ref     string
	Matches []model.Customer
}

func (e *AmbiguousError) Error() string {
	names := make([]string, 0, len(e.Matches))
	for _, c := range e.Matches {
		names = append(names, fmt.Sprintf("%d %s %s", c.ID, c.Name, c.Company))
	}
	return fmt.Sprintf("%q matches %d customers, use the id: %s", e.Ref, len(e.Matches), strings.Join(names, "; "))
}

// FindCustomer resolves a reference as the command line takes it: an id, or a name or phone that
// belongs to exactly one customer.
func (s *Store) FindCustomer(ctx context.Context, ref string) (model.Customer, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil && len(ref) < 9 {
		return s.Customer(ctx, id)
	}
	digits := model.NormalizePhone(ref)
	rows, err := s.db.QueryContext(ctx, "SELECT "+customerColumns+` FROM customers
		WHERE deleted_at IS NULL AND (name = ?1 OR (?2 != '' AND phone != '' AND (phone = ?1 OR replace(replace(replace(phone,' ',''),'-',''),'+86','') = ?2))) LIMIT 10`, ref, digits)
	if err != nil {
		return model.Customer{}, fmt.Errorf("find customer %q: %w", ref, err)
	}
	matches, err := collectCustomers(rows)
	if err != nil {
		return model.Customer{}, err
	}
	switch len(matches) {
	case 0:
		return model.Customer{}, fmt.Errorf("no customer is called or has the phone %q: %w", ref, model.ErrNotFound)
	case 1:
		return s.Customer(ctx, matches[0].ID)
	}
	return model.Customer{}, &AmbiguousError{ref, matches}
}

func collectCustomers(rows *sql.Rows) ([]model.Customer, error) {
	defer rows.Close()
	var out []model.Customer
	for rows.Next() {
		c, err := scanCustomer(rows)
		if err != nil {
			return nil, fmt.Errorf("read customers: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CountCustomers returns how many customers the book holds (not counting the trash).
func (s *Store) CountCustomers(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM customers WHERE deleted_at IS NULL").Scan(&n)
	return n, err
}
