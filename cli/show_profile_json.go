package cli

import "guanxi/model"

// profileJSON is the rest of the profile that show --json carries: a person's birthday, or an
// organisation's founding day (never both), and who referred them, linked when in the book.
type profileJSON struct {
	Title             string         `json:"title"`
	ShortName         string         `json:"short_name"` // the company's short name as the user gave it
	Address           string         `json:"address"`
	Size              string         `json:"size"`
	RegisteredCapital float64        `json:"registered_capital"`
	Source            string         `json:"source"`
	ReferredBy        string         `json:"referred_by"`
	ReferrerID        *int64         `json:"referrer_id"`
	Referred          []referredJSON `json:"referred"`
	Birthday          jsonDate       `json:"birthday"`
	FoundedOn         jsonDate       `json:"founded_on"`
	Anniversary       jsonDate       `json:"anniversary"`
	Notes             string         `json:"notes"`
}

// referredJSON is a customer this one referred.
type referredJSON struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// profileOf is the rest of a customer's profile for show --json.
func profileOf(cu model.Customer, referred []model.Customer) profileJSON {
	p := profileJSON{Title: cu.Title, ShortName: cu.ShortName, Address: cu.Address, Size: cu.Size, RegisteredCapital: cu.RegisteredCapital.Yuan(),
		Source: cu.Source, ReferredBy: cu.ReferredBy, Referred: []referredJSON{}, Anniversary: jsonDate(cu.Anniversary), Notes: cu.Notes}
	if cu.ReferrerID != 0 {
		id := cu.ReferrerID
		p.ReferrerID = &id
	}
	for _, r := range referred {
		p.Referred = append(p.Referred, referredJSON{r.ID, r.Name})
	}
	if cu.Kind == model.KindOrganisation {
		p.FoundedOn = jsonDate(cu.OwnDate())
	} else {
		p.Birthday = jsonDate(cu.Birthday)
	}
	return p
}

// doneJSON is a reminder marked done lately, which `remind edit ID --reopen` opens again.
type doneJSON struct {
	ID     int64    `json:"id"`
	DueOn  jsonDate `json:"due_on"`
	Kind   string   `json:"kind"`
	Note   string   `json:"note"`
	DoneOn jsonDate `json:"done_on"`
}

// doneOf lists the reminders done lately for show --json.
func doneOf(done []model.Reminder) []doneJSON {
	out := make([]doneJSON, 0, len(done))
	for _, r := range done {
		out = append(out, doneJSON{ID: r.ID, DueOn: jsonDate(r.DueOn), Kind: string(r.Kind), Note: r.Note, DoneOn: jsonDate(model.DateOf(r.DoneAt))})
	}
	return out
}
