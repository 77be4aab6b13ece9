package model

import (
	_ "embed"
	"encoding/json"
	"sync"
)

// The codes of the built-in typologies.
const (
	TypologyGeneral          = "general"
	TypologySalesFloor       = "sales_floor"
	TypologyPhoneB2B         = "phone_b2b"
	TypologyBuyerTemperament = "buyer_temperament"
	TypologyPersonality      = "personality"
	TypologySpendingPower    = "spending_power"
)

// catalogJSON is the personality catalog that comes with guanxi: the typologies in display order
// (the general types first, then those of particular settings, then the broad personality and
// spending ones) and each type with its traits, approach and what to avoid, in both languages.
// It is data, not code, so the texts can be read and corrected without reading Go.
//
//go:embed personality_catalog.json
var catalogJSON []byte

// builtinCatalog is the embedded catalog, decoded the first time it is asked for: nothing of it
// is done while the program starts.
var builtinCatalog = sync.OnceValue(func() (c struct {
	Typologies []Typology        `json:"typologies"`
	Types      []PersonalityType `json:"types"`
}) {
	if err := json.Unmarshal(catalogJSON, &c); err != nil {
		// The file is part of the program and a test decodes it: this cannot happen in a build
		// that passed its tests.
		panic("model: the embedded personality catalog does not decode: " + err.Error())
	}
	return c
})

// BuiltinTypologies returns the typologies that come with guanxi, in display order. Every call
// returns a fresh slice the caller may change.
func BuiltinTypologies() []Typology {
	return append([]Typology(nil), builtinCatalog().Typologies...)
}

// BuiltinTypes returns the personality types that come with guanxi, in display order, each marked
// BuiltIn. Every call returns a fresh slice the caller may change.
func BuiltinTypes() []PersonalityType {
	types := append([]PersonalityType(nil), builtinCatalog().Types...)
	for i := range types {
		types[i].BuiltIn = true
	}
	return types
}
