package store

import (
	"slices"
	"testing"

	"guanxi/model"
)

// TestPersonalityTypesNamed: the types named are read whole, in the catalog's display order,
// whatever the order they are asked in; a code the catalog lacks is left out, and no code reads
// nothing.
func TestPersonalityTypesNamed(t *testing.T) {
	s, ctx, all := bookWithTypes(t, 3)
	last, first := all[len(all)-1], all[0]
	got, err := s.PersonalityTypesNamed(ctx, []string{last.Code, "no-such-type", first.Code})
	if err != nil {
		t.Fatal(err)
	}
	if want := []model.PersonalityType{first, last}; !slices.Equal(got, want) {
		t.Errorf("named %q and %q: got %+v, want %+v", last.Code, first.Code, got, want)
	}
	if got, err := s.PersonalityTypesNamed(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no code: got %+v, %v", got, err)
	}
}
