package exchange

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// The whole-book JSON document. Records refer to each other by their lasting identifiers (uid),
// never by the ids of one book, so a book exported, imported into an empty book and exported again
// gives the same document. The settings, typologies and types come before the customers, so a
// reader streaming the customers knows them already.

// bookFormat and bookVersion mark the document.
const (
	bookFormat  = "guanxi-book"
	bookVersion = 1
)

type jsonBook struct {
	Format     string                     `json:"format"`
	Version    int                        `json:"version"`
	Settings   map[string]json.RawMessage `json:"settings"`
	Typologies []model.Typology           `json:"typologies"`
	Types      []jsonType                 `json:"types"`
	Segments   []jsonSegment              `json:"segments"`
	// HolidayGreetings are the holiday greetings marked sent, no one's in particular.
	HolidayGreetings []jsonGreeting `json:"holiday_greetings_sent"`
}

// jsonGreeting is a greeting marked sent: the occasion and day, and whose — a contact's uid, ""
// for the customer's own date, or the holiday's name.
type jsonGreeting struct {
	Occasion string      `json:"occasion"`
	On       string      `json:"on"`
	Contact  string      `json:"contact,omitempty"`
	Holiday  *model.Text `json:"holiday,omitempty"`
}

// jsonPutOff is a planned visit or call the user put off: from the day the plan asked for to a
// later one.
type jsonPutOff struct {
	From  string `json:"from"`
	Until string `json:"until"`
}

// jsonSegment is a saved dynamic list: its name and its query as the user wrote it.
type jsonSegment struct {
	Name  string `json:"name"`
	Query string `json:"query"`
}

type jsonType struct {
	Code     string     `json:"code"`
	Typology string     `json:"typology"`
	Name     model.Text `json:"name"`
	Traits   model.Text `json:"traits"`
	Approach model.Text `json:"approach"`
	Avoid    model.Text `json:"avoid"`
	BuiltIn  bool       `json:"built_in"`
}

type jsonTag struct {
	Type string `json:"type"`
	Note string `json:"note"`
}

type jsonPlan struct {
	VisitEveryDays int `json:"visit_every_days"`
	CallEveryDays  int `json:"call_every_days"`
}

type jsonCustomer struct {
	UID               string            `json:"uid"`
	Kind              string            `json:"kind"`
	Name              string            `json:"name"`
	Company           string            `json:"company"`
	ShortName         string            `json:"short_name,omitempty"` // as the user gave it; "" when none
	Title             string            `json:"title"`
	Industry          string            `json:"industry"`
	Region            string            `json:"region"`
	Size              string            `json:"size"`
	RegisteredCapital float64           `json:"registered_capital"`
	Phone             string            `json:"phone"`
	Email             string            `json:"email"`
	WeChat            string            `json:"wechat"`
	Address           string            `json:"address"`
	Birthday          string            `json:"birthday"`
	Anniversary       string            `json:"anniversary"`
	BirthdayYearly    string            `json:"birthday_yearly,omitempty"`    // lunar, or without a year
	AnniversaryYearly string            `json:"anniversary_yearly,omitempty"` // lunar, or without a year
	Source            string            `json:"source"`
	ReferredBy        string            `json:"referred_by"`
	Level             string            `json:"level"`
	Stage             string            `json:"stage"`
	Relation          string            `json:"relation"`
	Tags              []string          `json:"tags"`
	Notes             string            `json:"notes"`
	Types             []jsonTag         `json:"types"`
	Plan              *jsonPlan         `json:"plan"`
	PlanPaused        bool              `json:"plan_paused"`
	CreatedAt         string            `json:"created_at"`
	Contacts          []jsonContact     `json:"contacts"`
	Interactions      []jsonInteraction `json:"interactions"`
	Deals             []jsonDeal        `json:"deals"`
	Reminders         []jsonReminder    `json:"reminders"`
	Complaints        []jsonComplaint   `json:"complaints"`
	LevelChanges      []jsonLevelChange `json:"level_changes"`
	// PutOff holds the planned "visit" and "call" put off, by kind.
	PutOff        map[string]jsonPutOff `json:"put_off"`
	GreetingsSent []jsonGreeting        `json:"greetings_sent"`
}

// jsonLevelChange is a change of the customer's level on their timeline.
type jsonLevelChange struct {
	At     string     `json:"at"` // YYYY-MM-DD HH:MM, local time
	From   string     `json:"from"`
	To     string     `json:"to"`
	Source string     `json:"source"` // user, rule or auto
	Why    model.Text `json:"why"`
}

type jsonContact struct {
	UID      string `json:"uid"`
	Name     string `json:"name"`
	Title    string `json:"title"`
	Role     string `json:"role"`
	Phone    string `json:"phone"`
	Email    string `json:"email"`
	WeChat   string `json:"wechat"`
	Birthday string `json:"birthday"`
	// BirthdayYearly is the birthday as kept when it is lunar or has no year.
	BirthdayYearly string    `json:"birthday_yearly,omitempty"`
	Notes          string    `json:"notes"`
	Types          []jsonTag `json:"types"`
}

type jsonInteraction struct {
	UID      string `json:"uid"`
	At       string `json:"at"` // YYYY-MM-DD HH:MM, local time
	Channel  string `json:"channel"`
	Contact  string `json:"contact"` // the contact person's uid, or ""
	Summary  string `json:"summary"`
	NextStep string `json:"next_step"`
}

type jsonDeal struct {
	UID         string        `json:"uid"`
	On          string        `json:"on"`
	Product     string        `json:"product"`
	Amount      float64       `json:"amount"`
	CreditDueOn string        `json:"credit_due_on"`
	Paid        float64       `json:"paid"`
	Payments    []jsonPayment `json:"payments"`
}

type jsonPayment struct {
	UID    string  `json:"uid"`
	On     string  `json:"on"`
	Amount float64 `json:"amount"`
	Note   string  `json:"note"`
}

type jsonReminder struct {
	UID    string `json:"uid"`
	DueOn  string `json:"due_on"`
	Kind   string `json:"kind"`
	Note   string `json:"note"`
	DoneAt string `json:"done_at"` // RFC 3339, or "" while open
	Repeat string `json:"repeat"`  // model.Repeat's code: "", "2w", "1m" …
	Anchor string `json:"anchor"`
}

type jsonComplaint struct {
	UID        string `json:"uid"`
	On         string `json:"on"`
	What       string `json:"what"`
	Severity   int    `json:"severity"`
	GoodFaith  bool   `json:"good_faith"`
	Handler    string `json:"handler"`
	ReplyBy    string `json:"reply_by"`
	ResolvedOn string `json:"resolved_on"`
	Summary    string `json:"summary"`
}

// nonNil keeps empty lists as [] in the document.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func tagsOf(tags []store.PersonTag, contactID int64) []jsonTag {
	out := []jsonTag{}
	for _, t := range tags {
		if t.ContactID == contactID {
			out = append(out, jsonTag{Type: t.Type, Note: t.Note})
		}
	}
	return out
}

// toJSONCustomer turns a customer and their records into the document's form.
func toJSONCustomer(bc *store.BookCustomer) jsonCustomer {
	c := bc.Customer
	out := jsonCustomer{UID: c.UID, Kind: string(c.Kind), Name: c.Name, Company: c.Company, ShortName: c.ShortName, Title: c.Title,
		Industry: c.Industry, Region: c.Region, Size: c.Size, RegisteredCapital: c.RegisteredCapital.Yuan(),
		Phone: c.Phone, Email: c.Email, WeChat: c.WeChat, Address: c.Address, Birthday: c.Birthday.String(),
		Anniversary: c.Anniversary.String(), BirthdayYearly: model.KeptYearly(c.Birthday, c.BirthdayYearly).String(),
		AnniversaryYearly: model.KeptYearly(c.Anniversary, c.AnniversaryYearly).String(), Source: c.Source, ReferredBy: c.ReferredBy, Level: string(c.Level),
		Stage: string(c.Stage), Relation: string(c.Relation), Tags: nonNil(c.Tags), Notes: c.Notes,
		Types: tagsOf(bc.Tags, 0), PlanPaused: c.PlanPaused, CreatedAt: c.CreatedAt.UTC().Format(time.RFC3339),
		Contacts: []jsonContact{}, Interactions: []jsonInteraction{}, Deals: []jsonDeal{}, Reminders: []jsonReminder{},
		Complaints: []jsonComplaint{}, LevelChanges: []jsonLevelChange{}, PutOff: map[string]jsonPutOff{},
		GreetingsSent: []jsonGreeting{}}
	if p := c.PlanOverride; p != nil {
		out.Plan = &jsonPlan{VisitEveryDays: p.VisitEveryDays, CallEveryDays: p.CallEveryDays}
	}
	contactUID := map[int64]string{}
	for _, ct := range bc.Contacts {
		contactUID[ct.ID] = ct.UID
		out.Contacts = append(out.Contacts, jsonContact{UID: ct.UID, Name: ct.Name, Title: ct.Title, Role: string(ct.Role),
			Phone: ct.Phone, Email: ct.Email, WeChat: ct.WeChat, Birthday: ct.Birthday.String(),
			BirthdayYearly: model.KeptYearly(ct.Birthday, ct.BirthdayYearly).String(), Notes: ct.Notes,
			Types: tagsOf(bc.Tags, ct.ID)})
	}
	for _, i := range bc.Interactions {
		out.Interactions = append(out.Interactions, jsonInteraction{UID: i.UID, At: i.At.Format("2006-01-02 15:04"),
			Channel: string(i.Channel), Contact: contactUID[i.ContactID], Summary: i.Summary, NextStep: i.NextStep})
	}
	for _, d := range bc.Deals {
		jd := jsonDeal{UID: d.UID, On: d.On.String(), Product: d.Product, Amount: d.Amount.Yuan(),
			CreditDueOn: d.CreditDueOn.String(), Paid: d.Paid.Yuan(), Payments: []jsonPayment{}}
		for _, p := range bc.Payments {
			if p.DealID == d.ID {
				jd.Payments = append(jd.Payments, jsonPayment{UID: p.UID, On: p.On.String(), Amount: p.Amount.Yuan(), Note: p.Note})
			}
		}
		out.Deals = append(out.Deals, jd)
	}
	for _, r := range bc.Reminders {
		jr := jsonReminder{UID: r.UID, DueOn: r.DueOn.String(), Kind: string(r.Kind), Note: r.Note,
			Repeat: r.Repeat.Code(), Anchor: r.Anchor.String()}
		if !r.DoneAt.IsZero() {
			jr.DoneAt = r.DoneAt.UTC().Format(time.RFC3339)
		}
		out.Reminders = append(out.Reminders, jr)
	}
	for _, p := range bc.Complaints {
		out.Complaints = append(out.Complaints, jsonComplaint{UID: p.UID, On: p.On.String(), What: p.What,
			Severity: p.Severity, GoodFaith: p.GoodFaith, Handler: p.Handler, ReplyBy: p.ReplyBy.String(),
			ResolvedOn: p.ResolvedOn.String(), Summary: p.Summary})
	}
	for kind, sn := range bc.PutOff {
		out.PutOff[string(kind)] = jsonPutOff{From: sn.From.String(), Until: sn.Until.String()}
	}
	for _, g := range bc.GreetingsSent {
		out.GreetingsSent = append(out.GreetingsSent, jsonGreeting{Occasion: string(g.Occasion), On: g.On.String(),
			Contact: contactUID[g.ContactID]})
	}
	for _, c := range bc.LevelChanges {
		out.LevelChanges = append(out.LevelChanges, jsonLevelChange{At: c.At.Format("2006-01-02 15:04"),
			From: string(c.From), To: string(c.To), Source: string(c.Source), Why: c.Why})
	}
	return out
}

// writeJSONBook writes the whole book (or the scope) as one JSON document, a customer at a time.
func writeJSONBook(ctx context.Context, s *store.Store, w io.Writer, sc store.Scope, counted func(int)) (int, error) {
	settings, err := s.Settings(ctx)
	if err != nil {
		return 0, err
	}
	typologies, types, err := s.CatalogInOrder(ctx)
	if err != nil {
		return 0, err
	}
	head := jsonBook{Format: bookFormat, Version: bookVersion, Settings: settings, Typologies: nonNil(typologies)}
	for _, t := range types {
		head.Types = append(head.Types, jsonType{Code: t.Code, Typology: t.Typology, Name: t.Name, Traits: t.Traits,
			Approach: t.Approach, Avoid: t.Avoid, BuiltIn: t.BuiltIn})
	}
	head.Types = nonNil(head.Types)
	segments, err := s.Segments(ctx)
	if err != nil {
		return 0, err
	}
	head.Segments = []jsonSegment{}
	holidays, err := s.HolidayGreetingsSent(ctx)
	if err != nil {
		return 0, err
	}
	head.HolidayGreetings = []jsonGreeting{}
	for _, g := range holidays {
		name := g.Holiday
		head.HolidayGreetings = append(head.HolidayGreetings, jsonGreeting{Occasion: string(g.Occasion), On: g.On.String(), Holiday: &name})
	}
	for _, g := range segments {
		head.Segments = append(head.Segments, jsonSegment{Name: g.Name, Query: g.Query})
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	raw, err := marshal(head, "")
	if err != nil {
		return 0, err
	}
	// The head's closing brace is replaced by the customers, written one by one.
	bw.Write(bytes.TrimRight(bytes.TrimSuffix(bytes.TrimRight(raw, "\n"), []byte("}")), "\n"))
	bw.WriteString(",\n  \"customers\": [")
	n := 0
	err = s.EachBookCustomer(ctx, sc, func(bc *store.BookCustomer) error {
		counted(n)
		raw, err := marshal(toJSONCustomer(bc), "    ")
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		bw.Write(bytes.TrimRight(raw, "\n"))
		n++
		return nil
	})
	if err != nil {
		return n, err
	}
	if n > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return n, bw.Flush()
}

// marshal writes v indented, without escaping <, > and &, which a person reading the file
// expects to see as they are.
func marshal(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("write JSON: %w", err)
	}
	return buf.Bytes(), nil
}
