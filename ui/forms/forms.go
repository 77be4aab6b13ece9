package forms

import (
	"errors"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
	"guanxi/wording"
)

// The forms of the program. Each builds its fields from a record and turns the typed values back
// into one, parsing with model's rules; the command it returns does the saving.

func Customer(c *kit.Common, cu model.Customer) *kit.Form {
	title := c.T(kit.Texts.Forms.NewCustomer)
	if cu.ID != 0 {
		title = c.T(kit.Texts.Forms.EditCustomer)
	}
	if cu.Level == "" {
		cu.Level = model.LevelNew
	}
	loaded := cu
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := cu
		out.Name, out.Company, out.Phone, out.Email, out.WeChat = v["name"], v["company"], v["phone"], v["email"], v["wechat"]
		out.ShortName = v["short_name"]
		out.Kind, out.Level = model.Kind(v["kind"]), model.Level(v["level"])
		out.Stage, out.Relation = model.Stage(v["stage"]), model.Relation(v["relation"])
		out.Region, out.Industry, out.Notes = v["region"], v["industry"], v["notes"]
		out.Title, out.Size, out.Address, out.Source = v["title"], v["size"], v["address"], v["source"]
		out.Tags = model.SplitTags(v["tags"])
		bd, err := model.ParseBirthday(v["birthday"]) // solar, lunar (农历八月十五) or without a year
		if err != nil {
			return nil, kit.FieldErrText("birthday", kit.Texts.Errors.Birthday)
		}
		if bd != cu.OwnBirthday() || out.Kind != cu.Kind {
			out.SetOwnBirthday(bd) // by the kind chosen: a person's birthday, an organisation's founding day
		}
		out.RegisteredCapital = 0
		if strings.TrimSpace(v["capital"]) != "" {
			if out.RegisteredCapital, err = model.ParseAmount(v["capital"]); err != nil {
				return nil, kit.FieldErrText("capital", kit.Texts.Errors.Amount)
			}
		}
		// A referrer typed anew is looked up in the book when saving; one left as it was keeps its link.
		out.ReferredBy = strings.TrimSpace(v["referred_by"])
		link := out.ReferredBy != loaded.ReferredBy
		out.Normalize()
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID == 0 {
			return kit.AddCustomerWithReferrer(c.Store, out), nil
		}
		return kit.UpdateCustomerEdit(c.Store, loaded, out, link), nil
	})
	f.Text("name", c.T(kit.Texts.Fields.Name), cu.Name, "").
		Text("company", c.T(kit.Texts.Fields.Company), cu.Company, "").
		Text("short_name", c.T(kit.Texts.Fields.ShortName), cu.ShortName, c.T(kit.Texts.Hints.ShortName)).
		Choose("kind", c.T(kit.Texts.Fields.Kind), model.Kinds, string(cu.Kind)).
		Text("title", c.T(kit.Texts.Fields.Title), cu.Title, "").
		Text("phone", c.T(kit.Texts.Fields.Phone), cu.Phone, "").
		Text("email", c.T(kit.Texts.Fields.Email), cu.Email, "").
		Text("wechat", c.T(kit.Texts.Fields.Wechat), cu.WeChat, "").
		Choose("level", c.T(kit.Texts.Fields.Level), model.LevelCodes(), string(cu.Level)).Explain(kit.AboutLevel(c)).
		Choose("stage", c.T(kit.Texts.Fields.Stage), model.Stages, string(cu.Stage)).
		Choose("relation", c.T(kit.Texts.Fields.Relation), model.Relations, string(cu.Relation)).
		Text("region", c.T(kit.Texts.Fields.Region), cu.Region, "").
		Text("industry", c.T(kit.Texts.Fields.Industry), cu.Industry, "").
		Text("address", c.T(kit.Texts.Fields.Address), cu.Address, "").
		Text("source", c.T(kit.Texts.Fields.Source), cu.Source, c.T(kit.Texts.Hints.Source)).
		Text("referred_by", c.T(kit.Texts.Fields.ReferredBy), cu.ReferredBy, c.T(kit.Texts.Hints.ReferredBy)).
		Text("size", c.T(kit.Texts.Fields.Size), cu.Size, c.T(kit.Texts.Hints.Size)).
		Text("capital", c.T(kit.Texts.Fields.Capital), capitalInput(cu.RegisteredCapital), c.T(kit.Texts.Hints.OptAmount)).
		Text("birthday", c.T(DateLabel(cu.Kind)), model.BirthdayInput(cu.OwnBirthday().Solar, cu.OwnBirthday().Yearly, c.Lang), c.T(ownDateHint(cu.Kind))).
		Text("tags", c.T(kit.Texts.Fields.Tags), strings.Join(cu.Tags, ", "), c.T(kit.Texts.Hints.Tags)).
		Area("notes", c.T(kit.Texts.Fields.Notes), cu.Notes, "")
	return f
}

func Contact(c *kit.Common, ct model.Contact) *kit.Form {
	title := c.T(kit.Texts.Forms.NewContact)
	if ct.ID != 0 {
		title = c.T(kit.Texts.Records.EditContact)
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := ct
		out.Name, out.Title, out.Role = v["name"], v["title"], model.Role(v["role"])
		out.Phone, out.Email, out.WeChat, out.Notes = v["phone"], v["email"], v["wechat"], v["notes"]
		bd, err := model.ParseBirthday(v["birthday"])
		if err != nil {
			return nil, kit.FieldErrText("birthday", kit.Texts.Errors.Birthday)
		}
		out.Birthday, out.BirthdayYearly = bd.Solar, bd.Yearly
		out.Normalize()
		if err := out.Validate(); err != nil {
			return nil, err
		}
		return kit.ContactWrites.Save(c.Store, out.ID, out.CustomerID, out), nil
	})
	f.Text("name", c.T(kit.Texts.Fields.PersonName), ct.Name, "").
		Text("title", c.T(kit.Texts.Fields.Title), ct.Title, "").
		Choose("role", c.T(kit.Texts.Fields.Role), model.Roles, string(ct.Role)).
		Text("phone", c.T(kit.Texts.Fields.Phone), ct.Phone, "").
		Text("email", c.T(kit.Texts.Fields.Email), ct.Email, "").
		Text("wechat", c.T(kit.Texts.Fields.Wechat), ct.WeChat, "").
		Text("birthday", c.T(kit.Texts.Fields.Birthday), model.BirthdayInput(ct.Birthday, ct.BirthdayYearly, c.Lang), c.T(kit.Texts.Hints.Birthday)).
		Area("notes", c.T(kit.Texts.Fields.Notes), ct.Notes, "")
	return f
}

// Log logs a contact with a customer; reminderID, when set, is the reminder it answers.
func Log(c *kit.Common, customerID int64, channel model.Channel, reminderID int64) *kit.Form {
	return LogRecord(c, model.Interaction{CustomerID: customerID, Channel: channel}, reminderID)
}

// LogRecord logs a contact, or corrects a logged one (i.ID set). A new one's next step may
// carry a day: saving then adds the reminder too.
func LogRecord(c *kit.Common, i model.Interaction, reminderID int64) *kit.Form {
	if i.Channel == "" {
		i.Channel = model.ChannelVisit
	}
	title, at := c.T(kit.Texts.Forms.Log), ""
	if i.ID != 0 {
		title, at = c.T(kit.Texts.Records.EditLog), i.At.Format("2006-01-02 15:04")
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		// The one rule of a contact's time, and its words, as on the command line.
		when, err := model.ContactTime(v["at"], c.Now())
		if err != nil {
			return nil, &model.FieldError{Field: "at", Msg: model.Text{
				Zh: wording.ContactTimeProblem(v["at"], when, err, model.Zh),
				En: wording.ContactTimeProblem(v["at"], when, err, model.En)}}
		}
		out := i
		out.Channel, out.At, out.Summary, out.NextStep = model.Channel(v["channel"]), when, v["summary"], v["next_step"]
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID != 0 {
			return kit.Write(c.Store, (*store.Store).UpdateInteraction, kit.Texts.Records.SavedLog, out.CustomerID, out), nil
		}
		next, err := nextStepReminder(c, out, v["next_on"])
		if err != nil {
			return nil, err
		}
		return kit.LogInteraction(c.Store, out, reminderID, next), nil
	})
	f.Choose("channel", c.T(kit.Texts.Fields.Channel), model.Channels, string(i.Channel)).
		Text("summary", c.T(kit.Texts.Fields.Summary), i.Summary, "").
		Text("next_step", c.T(kit.Texts.Fields.NextStep), i.NextStep, "")
	if i.ID == 0 {
		f.Text("next_on", c.T(kit.Texts.Fields.NextOn), "", c.T(kit.Texts.Hints.NextOn))
	}
	f.Text("at", c.T(kit.Texts.Fields.At), at, c.T(kit.Texts.Hints.At))
	f.SetFocus(1)
	return f
}

// Deal records a deal of a customer.
func Deal(c *kit.Common, customerID int64) *kit.Form {
	return DealRecord(c, model.Deal{CustomerID: customerID})
}

// DealRecord records a deal, or corrects one (d.ID set): its amount, product, day and credit
// due date.
func DealRecord(c *kit.Common, d model.Deal) *kit.Form {
	title, amount := c.T(kit.Texts.Forms.Deal), ""
	if d.ID != 0 {
		title, amount = c.T(kit.Texts.Records.EditDeal), moneyInput(d.Amount)
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		amount, err := model.ParseAmount(v["amount"])
		if err != nil {
			return nil, kit.FieldErrText("amount", kit.Texts.Errors.Amount)
		}
		out := d
		out.Amount, out.Product, out.CreditDueOn = amount, v["product"], model.Date{}
		if out.On, err = model.ParseDate(orToday(v["on"]), c.Today()); err != nil {
			return nil, kit.FieldErrText("on", kit.Texts.Errors.Date)
		}
		if strings.TrimSpace(v["credit_due_on"]) != "" {
			if out.CreditDueOn, err = model.ParseDate(v["credit_due_on"], c.Today()); err != nil {
				return nil, kit.FieldErrText("credit_due_on", kit.Texts.Errors.Date)
			}
		}
		if err := model.CheckDealChange(out, out.Paid); err != nil {
			return nil, err
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		return kit.DealWrites.Save(c.Store, out.ID, out.CustomerID, out), nil
	})
	f.Text("amount", c.T(kit.Texts.Fields.Amount), amount, c.T(kit.Texts.Hints.Amount)).
		Text("product", c.T(kit.Texts.Fields.Product), d.Product, "").
		// A deal is written down once it is made: its day is offered as today or one gone by.
		Text("on", c.T(kit.Texts.Fields.Date), dateInput(d.On), c.T(kit.Texts.Hints.PastDate)).
		Text("credit_due_on", c.T(kit.Texts.Fields.CreditDue), dateInput(d.CreditDueOn), c.T(kit.Texts.Hints.OptDate))
	return f
}

func orToday(s string) string {
	if strings.TrimSpace(s) == "" {
		return "today"
	}
	return s
}

func Reminder(c *kit.Common, customerID int64) *kit.Form {
	return ReminderRecord(c, model.Reminder{CustomerID: customerID, Kind: model.ReminderCall})
}

// ReminderRecord adds a reminder, or corrects one (r.ID set): its day, kind, note and repetition.
func ReminderRecord(c *kit.Common, r model.Reminder) *kit.Form {
	title, due := c.T(kit.Texts.Forms.Remind), c.T(kit.Texts.Prefill.Tomorrow)
	if r.ID != 0 {
		title, due = c.T(kit.Texts.Records.EditReminder), r.DueOn.String()
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		on, err := model.ParseDate(v["due_on"], c.Today())
		if err != nil {
			return nil, kit.FieldErrText("due_on", kit.Texts.Errors.Date)
		}
		out := r
		out.DueOn, out.Kind, out.Note = on, model.ReminderKind(v["kind"]), v["note"]
		if out.Repeat, err = model.ParseRepeat(v["repeat"]); err != nil {
			return nil, kit.FieldErrText("repeat", kit.Texts.Errors.Repeat)
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		return kit.ReminderWrites.Save(c.Store, out.ID, out.CustomerID, out), nil
	})
	f.Text("due_on", c.T(kit.Texts.Fields.Date), due, c.T(kit.Texts.Hints.Date)).
		Choose("kind", c.T(kit.Texts.Fields.RemindKind), model.ReminderKinds, string(r.Kind)).
		Text("note", c.T(kit.Texts.Fields.Note), r.Note, "").
		Text("repeat", c.T(kit.Texts.Fields.Repeat), r.Repeat.Code(), c.T(kit.Texts.Hints.Repeat))
	return f
}

// Tag puts a personality type on the customer or one of their contacts.
func Tag(c *kit.Common, cu model.Customer, contacts []model.Contact) *kit.Form {
	people := []model.Code{{Code: "0", Name: selfName(cu)}}
	ids := map[string]int64{"0": 0}
	for _, ct := range contacts {
		code := ct.UID
		ids[code] = ct.ID
		people = append(people, model.Code{Code: code, Name: model.Text{Zh: model.SanitizeLine(ct.Name), En: model.SanitizeLine(ct.Name)}})
	}
	start := "0"
	if cu.Kind == model.KindOrganisation && len(contacts) > 0 {
		start = contacts[0].UID
	}
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Tag), func(v map[string]string) (tea.Cmd, error) {
		t, err := typeField(c, v["type"])
		if err != nil {
			return nil, err
		}
		return kit.TagPerson(c.Store, store.PersonTag{CustomerID: cu.ID, ContactID: ids[v["person"]], Type: t.Code, Note: v["note"]}), nil
	})
	f.Choose("person", c.T(kit.Texts.Fields.Person), people, start).
		PickType("type", c.T(kit.Texts.Fields.Type), "", c.T(kit.Texts.Hints.Type)).
		Text("note", c.T(kit.Texts.Fields.Note), "", "")
	f.SetFocus(1)
	return f.For(cu.Name)
}

// typeField resolves what was typed in a form's type field in the book's own catalog, so the
// user's types are found and suggested too; nothing typed, or a type not found, is an error on the
// field that says so.
func typeField(c *kit.Common, typed string) (model.PersonalityType, error) {
	if strings.TrimSpace(typed) == "" {
		return model.PersonalityType{}, kit.FieldErrText("type", kit.Texts.Errors.TypeEmpty)
	}
	t, err := model.FindType(c.Catalog, typed)
	var unknown *model.UnknownTypeError
	if errors.As(err, &unknown) {
		return t, &model.FieldError{Field: "type", Msg: unknownTypeText(unknown)}
	}
	return t, err
}

// unknownTypeText says in both languages that no type matched and names the closest ones.
func unknownTypeText(e *model.UnknownTypeError) model.Text {
	q := model.SanitizeLine(e.Query)
	return model.Text{
		Zh: strings.TrimSpace(fmt.Sprintf(kit.Texts.Errors.TypeZh.Zh, q) + closestNames(e, model.Zh)),
		En: strings.TrimSpace(fmt.Sprintf(kit.Texts.Errors.TypeZh.En, q) + " " + closestNames(e, model.En)),
	}
}

// closestNames lists the suggestions of an unknown-type error in one language.
func closestNames(e *model.UnknownTypeError, lang model.Lang) string {
	if len(e.Closest) == 0 {
		return ""
	}
	names := make([]string, len(e.Closest))
	for i, t := range e.Closest {
		names[i] = t.Name.In(lang)
	}
	if lang == model.Zh {
		return "是不是：" + strings.Join(names, "、") + "？"
	}
	return "Did you mean: " + strings.Join(names, ", ") + "?"
}

// ownDateHint is the hint under a customer's own date: a person's birthday may be lunar or have no
// year; an organisation's founding day is a plain date.
func ownDateHint(k model.Kind) model.Text {
	if k == model.KindOrganisation {
		return kit.Texts.Hints.OptDate
	}
	return kit.Texts.Hints.Birthday
}
