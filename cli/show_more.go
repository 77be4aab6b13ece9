package cli

import (
	"fmt"

	"guanxi/model"
)

// The fields `show --json` carries beyond a customer's keys of `list --json`, so that a script
// gets everything the text shows: the rest of the profile, what the level means and the visit plan
// in force, and each personality type with how to approach it and the user's note on it (names and
// advice in the invocation's language, as the text has them).

// showMoreJSON is the rest of the profile and what the text derives from it.
type showMoreJSON struct {
	UID         string     `json:"uid"`
	LevelInfo   levelJSON  `json:"level_info"`
	Plan        planJSON   `json:"plan"`
	Personality []typeJSON `json:"personality"`
}

// levelJSON is what a level means: its name, whom it is for and how to manage it.
type levelJSON struct {
	Name      string `json:"name"`
	Who       string `json:"who"`
	Principle string `json:"principle"`
}

// planJSON is the visit plan in force for a customer (their own, or their level's).
type planJSON struct {
	VisitEveryDays int  `json:"visit_every_days"`
	CallEveryDays  int  `json:"call_every_days"`
	Paused         bool `json:"paused"`
	Own            bool `json:"own"` // the customer's own plan rather than their level's
}

// typeJSON is a personality type of a person with the advice for it and the user's note.
type typeJSON struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Approach string `json:"approach"`
	Avoid    string `json:"avoid"`
	Note     string `json:"note"`
}

func (c *cli) archiveMore(a *archive) showMoreJSON {
	cu := a.Customer
	info := cu.Level.Info()
	plan := cu.Plan(a.Plans)
	return showMoreJSON{UID: cu.UID,
		LevelInfo: levelJSON{Name: info.Name.In(c.lang), Who: info.Who.In(c.lang), Principle: info.Principle.In(c.lang)},
		Plan: planJSON{VisitEveryDays: plan.VisitEveryDays, CallEveryDays: plan.CallEveryDays, Paused: cu.PlanPaused,
			Own: cu.PlanOverride != nil},
		Personality: c.personalityJSON(a, cu.Types, 0)}
}

// personalityJSON is the types of the customer (contactID 0) or of one contact person.
func (c *cli) personalityJSON(a *archive, codes []string, contactID int64) []typeJSON {
	notes := map[string]string{}
	for _, t := range a.Tags {
		notes[fmt.Sprint(t.ContactID, "/", t.Type)] = t.Note
	}
	out := []typeJSON{}
	for _, code := range codes {
		j := typeJSON{Code: code, Name: code, Note: notes[fmt.Sprint(contactID, "/", code)]}
		if t, ok := a.catalog[code]; ok {
			j.Name, j.Approach, j.Avoid = t.Name.In(c.lang), t.Approach.In(c.lang), t.Avoid.In(c.lang)
		}
		out = append(out, j)
	}
	return out
}

// contactPersonality fills the personality of each contact person of the archive.
func (c *cli) contactPersonality(a *archive, contacts []contactJSON) {
	byID := map[int64]model.Contact{}
	for _, ct := range a.Contacts {
		byID[ct.ID] = ct
	}
	for i := range contacts {
		contacts[i].Personality = c.personalityJSON(a, byID[contacts[i].ID].Types, contacts[i].ID)
	}
}
