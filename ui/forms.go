package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// The forms of the program. Each builds its fields from a record and turns the typed values back
// into one, parsing with model's rules; the command it returns does the saving.

func customerForm(c *common, cu model.Customer) *form {
	title := c.t("form.newCustomer")
	if cu.ID != 0 {
		title = c.t("form.editCustomer")
	}
	if cu.Level == "" {
		cu.Level = model.LevelNew
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := cu
		out.Name, out.Company, out.Phone, out.Email, out.WeChat = v["name"], v["company"], v["phone"], v["email"], v["wechat"]
		out.Kind, out.Level = model.Kind(v["kind"]), model.Level(v["level"])
		out.Stage, out.Relation = model.Stage(v["stage"]), model.Relation(v["relation"])
		out.Region, out.Industry, out.Notes = v["region"], v["industry"], v["notes"]
		out.Tags = model.SplitTags(v["tags"])
		bd, err := model.ParseLooseDate(v["birthday"])
		if err != nil {
			return nil, fieldErrText("birthday", "err.date")
		}
		out.Birthday = bd
		out.Normalize()
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID == 0 {
			return addCustomer(c.store, out), nil
		}
		return updateCustomer(c.store, out), nil
	})
	f.text("name", c.t("f.name"), cu.Name, "").
		text("company", c.t("f.company"), cu.Company, "").
		choose("kind", c.t("f.kind"), model.Kinds, string(cu.Kind)).
		text("phone", c.t("f.phone"), cu.Phone, "").
		text("email", c.t("f.email"), cu.Email, "").
		text("wechat", c.t("f.wechat"), cu.WeChat, "").
		choose("level", c.t("f.level"), model.LevelCodes, string(cu.Level)).explain(aboutLevel(c)).
		choose("stage", c.t("f.stage"), model.Stages, string(cu.Stage)).
		choose("relation", c.t("f.relation"), model.Relations, string(cu.Relation)).
		text("region", c.t("f.region"), cu.Region, "").
		text("industry", c.t("f.industry"), cu.Industry, "").
		text("birthday", c.t("f.birthday"), cu.Birthday.String(), c.t("hint.optDate")).
		text("tags", c.t("f.tags"), strings.Join(cu.Tags, ", "), c.t("hint.tags")).
		area("notes", c.t("f.notes"), cu.Notes, "")
	return f
}

func contactForm(c *common, ct model.Contact) *form {
	f := newForm(c, c.t("form.newContact"), func(v map[string]string) (tea.Cmd, error) {
		out := ct
		out.Name, out.Title, out.Role = v["name"], v["title"], model.Role(v["role"])
		out.Phone, out.Email, out.WeChat, out.Notes = v["phone"], v["email"], v["wechat"], v["notes"]
		bd, err := model.ParseLooseDate(v["birthday"])
		if err != nil {
			return nil, fieldErrText("birthday", "err.date")
		}
		out.Birthday = bd
		out.Normalize()
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID == 0 {
			return addContact(c.store, out), nil
		}
		return updateContact(c.store, out), nil
	})
	f.text("name", c.t("f.name"), ct.Name, "").
		text("title", c.t("f.title"), ct.Title, "").
		choose("role", c.t("f.role"), model.Roles, string(ct.Role)).
		text("phone", c.t("f.phone"), ct.Phone, "").
		text("email", c.t("f.email"), ct.Email, "").
		text("wechat", c.t("f.wechat"), ct.WeChat, "").
		text("birthday", c.t("f.birthday"), ct.Birthday.String(), c.t("hint.optDate")).
		area("notes", c.t("f.notes"), ct.Notes, "")
	return f
}

// parseWhen reads the time of a logged contact: empty for now, a date (at the current time of
// day), or a date with HH:MM.
func parseWhen(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return now, nil
	}
	if t, err := time.ParseInLocation("2006-01-02 15:04", s, now.Location()); err == nil {
		return t, nil
	}
	d, err := model.ParseDate(s, model.DateOf(now))
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(d.Y, d.M, d.D, now.Hour(), now.Minute(), 0, 0, now.Location()), nil
}

// logForm logs a contact with a customer; reminderID, when set, is the reminder it answers.
func logForm(c *common, customerID int64, channel model.Channel, reminderID int64) *form {
	if channel == "" {
		channel = model.ChannelVisit
	}
	f := newForm(c, c.t("form.log"), func(v map[string]string) (tea.Cmd, error) {
		at, err := parseWhen(v["at"], c.now())
		if err != nil {
			return nil, fieldErrText("at", "err.at")
		}
		i := model.Interaction{CustomerID: customerID, Channel: model.Channel(v["channel"]), At: at,
			Summary: v["summary"], NextStep: v["next_step"]}
		if err := i.Validate(); err != nil {
			return nil, err
		}
		return logInteraction(c.store, i, reminderID), nil
	})
	f.choose("channel", c.t("f.channel"), model.Channels, string(channel)).
		text("summary", c.t("f.summary"), "", "").
		text("next_step", c.t("f.nextStep"), "", "").
		text("at", c.t("f.at"), "", c.t("hint.at"))
	f.setFocus(1)
	return f
}

func dealForm(c *common, customerID int64) *form {
	f := newForm(c, c.t("form.deal"), func(v map[string]string) (tea.Cmd, error) {
		amount, err := model.ParseAmount(v["amount"])
		if err != nil {
			return nil, fieldErrText("amount", "err.amount")
		}
		d := model.Deal{CustomerID: customerID, Amount: amount, Product: v["product"]}
		if d.On, err = model.ParseDate(orToday(v["on"]), c.today()); err != nil {
			return nil, fieldErrText("on", "err.date")
		}
		if strings.TrimSpace(v["credit_due_on"]) != "" {
			if d.CreditDueOn, err = model.ParseDate(v["credit_due_on"], c.today()); err != nil {
				return nil, fieldErrText("credit_due_on", "err.date")
			}
		}
		if err := d.Validate(); err != nil {
			return nil, err
		}
		return addDeal(c.store, d), nil
	})
	f.text("amount", c.t("f.amount"), "", c.t("hint.amount")).
		text("product", c.t("f.product"), "", "").
		text("on", c.t("f.on"), "", c.t("hint.date")).
		text("credit_due_on", c.t("f.creditDue"), "", c.t("hint.optDate"))
	return f
}

func orToday(s string) string {
	if strings.TrimSpace(s) == "" {
		return "today"
	}
	return s
}

func reminderForm(c *common, customerID int64) *form {
	f := newForm(c, c.t("form.remind"), func(v map[string]string) (tea.Cmd, error) {
		due, err := model.ParseDate(v["due_on"], c.today())
		if err != nil {
			return nil, fieldErrText("due_on", "err.date")
		}
		r := model.Reminder{CustomerID: customerID, DueOn: due, Kind: model.ReminderKind(v["kind"]), Note: v["note"]}
		if r.Repeat, err = model.ParseRepeat(v["repeat"]); err != nil {
			return nil, fieldErrText("repeat", "err.repeat")
		}
		if err := r.Validate(); err != nil {
			return nil, err
		}
		return addReminder(c.store, r), nil
	})
	f.text("due_on", c.t("f.on"), c.t("pre.tomorrow"), c.t("hint.date")).
		choose("kind", c.t("f.remindKind"), model.ReminderKinds, string(model.ReminderCall)).
		text("note", c.t("f.note"), "", "").
		text("repeat", c.t("f.repeat"), "", c.t("hint.repeat"))
	return f
}

// tagForm puts a personality type on the customer or one of their contacts.
func tagForm(c *common, cu model.Customer, contacts []model.Contact) *form {
	name := model.SanitizeLine(cu.Name)
	people := []model.Code{{Code: "0", Name: model.Text{Zh: name + "（" + strs["d.self"].Zh + "）", En: name + " (" + strs["d.self"].En + ")"}}}
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
	f := newForm(c, c.t("form.tag"), func(v map[string]string) (tea.Cmd, error) {
		if strings.TrimSpace(v["type"]) == "" {
			return nil, fieldErrText("type", "err.typeEmpty")
		}
		// The book's own catalog, so the user's types are found and suggested too.
		t, err := model.FindType(c.catalog, v["type"])
		if err != nil {
			var unknown *model.UnknownTypeError
			if errors.As(err, &unknown) {
				return nil, &model.FieldError{Field: "type", Msg: unknownTypeText(unknown)}
			}
			return nil, err
		}
		return tagPerson(c.store, store.PersonTag{CustomerID: cu.ID, ContactID: ids[v["person"]], Type: t.Code, Note: v["note"]}), nil
	})
	f.choose("person", c.t("f.person"), people, start).
		pickType("type", c.t("f.type"), "", c.t("hint.type")).
		text("note", c.t("f.note"), "", "")
	f.setFocus(1)
	return f
}

// unknownTypeText says in both languages that no type matched and names the closest ones.
func unknownTypeText(e *model.UnknownTypeError) model.Text {
	q := model.SanitizeLine(e.Query)
	return model.Text{
		Zh: strings.TrimSpace(fmt.Sprintf(strs["err.typeZh"].Zh, q) + closestNames(e, model.Zh)),
		En: strings.TrimSpace(fmt.Sprintf(strs["err.typeZh"].En, q) + " " + closestNames(e, model.En)),
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
