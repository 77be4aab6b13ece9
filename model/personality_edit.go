package model

import (
	"fmt"
	"strings"
)

// The rules for changing the catalog: the user's own types and typologies, built-in types edited
// and restored, and what happens to a tag's note when the tag goes.

// Validate reports the first thing wrong with the typology, as a *FieldError: the code follows the
// rule of type codes and the name is given in at least one language.
func (t Typology) Validate() error {
	if err := checkCodeAndName(t.Code, t.Name); err != nil {
		return err
	}
	return checkTexts([]catalogText{{"name", t.Name, MaxNameLen}, {"about", t.About, MaxFieldLen}})
}

// catalogText is one text of a type or typology with its longest allowed length, for checkTexts.
type catalogText struct {
	field string // the field of the form: field_zh and field_en
	text  Text
	max   int
}

// checkTexts reports the first text of the catalog that is too long or holds invalid characters,
// naming the field and language ("traits_en").
func checkTexts(texts []catalogText) error {
	for _, t := range texts {
		if err := checkLen(t.field+"_zh", t.text.Zh, t.max); err != nil {
			return err
		}
		if err := checkLen(t.field+"_en", t.text.En, t.max); err != nil {
			return err
		}
	}
	return nil
}

// Normalize trims the typology's code and texts.
func (t *Typology) Normalize() {
	t.Code = strings.TrimSpace(t.Code)
	t.Name, t.About = t.Name.trimmed(), t.About.trimmed()
}

// Normalize trims the type's code and texts.
func (t *PersonalityType) Normalize() {
	t.Code, t.Typology = strings.TrimSpace(t.Code), strings.TrimSpace(t.Typology)
	t.Name, t.Traits, t.Approach, t.Avoid = t.Name.trimmed(), t.Traits.trimmed(), t.Approach.trimmed(), t.Avoid.trimmed()
}

func (t Text) trimmed() Text { return Text{strings.TrimSpace(t.Zh), strings.TrimSpace(t.En)} }

// BuiltinType returns the default of the built-in type with the code, as it came with guanxi.
func BuiltinType(code string) (PersonalityType, bool) { return TypeOf(BuiltinTypes(), code) }

// Customized tells whether a built-in type's texts or typology differ from its default, so the user
// sees that restoring it would change something. A type of the user's own is never customized.
func (t PersonalityType) Customized() bool {
	def, ok := BuiltinType(t.Code)
	if !t.BuiltIn || !ok {
		return false
	}
	return t.Typology != def.Typology || t.Name != def.Name || t.Traits != def.Traits ||
		t.Approach != def.Approach || t.Avoid != def.Avoid
}

// NewCode makes a code for a new type or typology from its English name ("Slow payer" →
// "slow_payer"), or from fallback when the name gives no letters (a Chinese-only name); a code
// already taken gets a number ("slow_payer_2"). The result is always a valid code.
func NewCode(name, fallback string, taken func(code string) bool) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(name) {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			gap = false
		default:
			gap = true
		}
	}
	base := b.String()
	if base == "" {
		base = fallback
	}
	const room = MaxTypeCodeLen - 4 // leaves space for "_999"
	if len(base) > room {
		base = strings.TrimRight(base[:room], "_")
	}
	if !taken(base) {
		return base
	}
	for n := 2; ; n++ {
		if code := fmt.Sprintf("%s_%d", base, n); !taken(code) {
			return code
		}
	}
}

// TagNoteLine is the line a tag's note becomes in the person's own notes when the tag is taken off
// or its type removed, so the note is never lost: "[犹豫型 / Hesitant] 春季招标时一直拿不定主意".
// An empty note gives an empty line.
func TagNoteLine(t PersonalityType, note string) string {
	note = strings.TrimSpace(note)
	if note == "" {
		return ""
	}
	var names []string
	for _, n := range []string{t.Name.Zh, t.Name.En} {
		if n = strings.TrimSpace(n); n != "" && (len(names) == 0 || names[0] != n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		names = []string{t.Code}
	}
	return "[" + strings.Join(names, " / ") + "] " + note
}

// AppendNote adds a line at the end of notes, on a line of its own; an empty line changes nothing.
func AppendNote(notes, line string) string {
	if strings.TrimSpace(line) == "" {
		return notes
	}
	notes = strings.TrimRight(notes, " \t\n")
	if notes == "" {
		return line
	}
	return notes + "\n" + line
}
