// Package kit is what every part of the terminal interface shares: the screen and overlay
// interfaces, the common context (the book, the language, the size, the clock), navigating and
// showing an overlay, the theme, the keys, the form widget and its pickers, the confirmation box,
// the write commands and the messages they answer, and the helpers that fit text to cells. It
// imports no other part of the interface.
package kit

import (
	"time"

	"guanxi/model"
	"guanxi/store"
)

// Common is what every screen shares: the book, the language, the styles, the keys and the size.
// It is passed in, never global, so tests can build screens with their own.
type Common struct {
	Store  *store.Store
	Lang   model.Lang
	Styles *Styles
	Keys   KeyMap
	Width  int
	Height int
	// Now is the book's clock (store.WithClock), the one the store stamps its writes with; tests
	// open the book on a fixed day so golden screens do not change with the date.
	Now func() time.Time
	// Catalog is the personality catalog, read once and reloaded when it changes.
	Catalog []model.PersonalityType
	// pending is an overlay a screen opened during Update (Show); the app installs it before the next
	// message, so keys typed right after the key that opened a form land in the form.
	pending Overlay
	// Typologies are the catalog's typologies in display order, loaded with it.
	Typologies []model.Typology
	// fu holds the keys of the follow-up work (checklist, plans, complaints, payments), made on first use.
	fu *FollowUpKeys
	// cls holds the keys of classification, dynamic lists and the analysis, made on first use.
	cls *ClassKeys
	// in holds the keys of input (forms, pickers, marking many customers, the trash), made on first use.
	in *InputKeys
	// Plans are the book's visit plans by level, which the level choice describes; nil until read.
	Plans map[model.Level]model.VisitPlan
}

// Today is the local calendar date.
func (c *Common) Today() model.Date { return model.DateOf(c.Now()) }

// T returns a text of the catalogue (Texts) in the user's language.
func (c *Common) T(t model.Text) string { return t.In(c.Lang) }

// CodeName returns the name of a code of a list in the user's language.
func (c *Common) CodeName(list []model.Code, code string) string {
	return model.NameOf(list, code, c.Lang)
}

// TypeByCode finds a personality type of the catalog.
func (c *Common) TypeByCode(code string) (model.PersonalityType, bool) {
	return model.TypeOf(c.Catalog, code)
}

// Badges returns the short names of personality types, for a row.
func (c *Common) Badges(codes []string) string {
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
		if t, ok := c.TypeByCode(code); ok {
			out += t.Name.In(c.Lang)
		} else {
			out += code
		}
	}
	return out
}

// DateText shows a date briefly, or a dash when there is none.
func (c *Common) DateText(d model.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}
