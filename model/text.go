// Package model holds guanxi's domain types and pure rules: codes and their names, levels and
// visit plans, classification, personality types, and the parsing of dates and amounts.
// It does no I/O and imports no other package of guanxi.
package model

// Lang is a language the program speaks.
type Lang string

// The two languages guanxi speaks.
const (
	Zh Lang = "zh"
	En Lang = "en"
)

// Text is one piece of shown text in both languages.
type Text struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// In returns the text in lang, falling back to the other language when it is empty.
func (t Text) In(lang Lang) string {
	if lang == Zh {
		if t.Zh != "" {
			return t.Zh
		}
		return t.En
	}
	if t.En != "" {
		return t.En
	}
	return t.Zh
}
