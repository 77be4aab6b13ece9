package ui

import (
	"time"

	"guanxi/model"
	"guanxi/store"
)

// common is what every screen shares: the book, the language, the styles, the keys and the size.
// It is passed in, never global, so tests can build screens with their own.
type common struct {
	store  *store.Store
	lang   model.Lang
	st     *styles
	keys   keyMap
	width  int
	height int
	// now is the book's clock (store.WithClock), the one the store stamps its writes with; tests
	// open the book on a fixed day so golden screens do not change with the date.
	now func() time.Time
	// catalog is the personality catalog, read once and reloaded when it changes.
	catalog []model.PersonalityType
	// pending is an overlay a screen opened during Update; the app installs it before the next
	// message, so keys typed right after the key that opened a form land in the form.
	pending overlay
	// typologies are the catalog's typologies in display order, loaded with it.
	typologies []model.Typology
	// fu holds the keys of the follow-up work (checklist, plans, complaints, payments), made on first use.
	fu *followUpKeys
	// cls holds the keys of classification, dynamic lists and the analysis, made on first use.
	cls *classKeys
	// in holds the keys of input (forms, pickers, marking many customers, the trash), made on first use.
	in *inputKeys
	// plans are the book's visit plans by level, which the level choice describes; nil until read.
	plans map[model.Level]model.VisitPlan
}

// today is the local calendar date.
func (c *common) today() model.Date { return model.DateOf(c.now()) }

// t returns a UI string in the user's language.
func (c *common) t(key string) string { return tr(key, c.lang) }

// codeName returns the name of a code of a list in the user's language.
func (c *common) codeName(list []model.Code, code string) string {
	return model.NameOf(list, code, c.lang)
}

// typeByCode finds a personality type of the catalog.
func (c *common) typeByCode(code string) (model.PersonalityType, bool) {
	for _, t := range c.catalog {
		if t.Code == code {
			return t, true
		}
	}
	return model.PersonalityType{}, false
}

// badges returns the short names of personality types, for a row.
func (c *common) badges(codes []string) string {
	out := ""
	seen := make(map[string]bool, len(codes))
	for _, code := range codes {
		if seen[code] {
			continue // the customer and a contact of theirs may carry the same type: say it once
		}
		seen[code] = true
		if out != "" {
			out += " "
		}
		if t, ok := c.typeByCode(code); ok {
			out += t.Name.In(c.lang)
		} else {
			out += code
		}
	}
	return out
}

// dateText shows a date briefly, or a dash when there is none.
func (c *common) dateText(d model.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}
