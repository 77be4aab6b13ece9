package model

import "slices"

// TypeOf is the type with the code among types, found by its code exactly (what a user types is
// resolved by FindType).
func TypeOf(types []PersonalityType, code string) (PersonalityType, bool) {
	if i := slices.IndexFunc(types, func(t PersonalityType) bool { return t.Code == code }); i >= 0 {
		return types[i], true
	}
	return PersonalityType{}, false
}

// TypologyOf is the typology with the code among typologies.
func TypologyOf(typologies []Typology, code string) (Typology, bool) {
	if i := slices.IndexFunc(typologies, func(t Typology) bool { return t.Code == code }); i >= 0 {
		return typologies[i], true
	}
	return Typology{}, false
}
