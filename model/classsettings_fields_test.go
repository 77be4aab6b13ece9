package model

import "testing"

// Every setting listed has a field of the kind its unit says, and a value read with Get and set
// again with Set changes nothing.
func TestEverySettingHasItsField(t *testing.T) {
	want := map[SettingUnit]string{UnitPercent: "*float64", UnitMonths: "*int", UnitDays: "*int", UnitCount: "*int",
		UnitMoney: "*Money", UnitBool: "*bool"}
	s := DefaultClassSettings()
	s.AutoApply = true
	for _, info := range ClassSettingInfo {
		var kind string
		switch s.field(info.Key).(type) {
		case *float64:
			kind = "*float64"
		case *int:
			kind = "*int"
		case *Money:
			kind = "*Money"
		case *bool:
			kind = "*bool"
		}
		if kind != want[info.Unit] {
			t.Errorf("%s: a field of kind %q, want %q", info.Key, kind, want[info.Unit])
		}
		again := s
		if err := again.Set(info.Key, s.Get(info.Key)); err != nil || again != s {
			t.Errorf("%s: Set(Get) = %v, changed %+v to %+v", info.Key, err, s, again)
		}
	}
	if s.field("nope") != nil {
		t.Error("an unknown key has a field")
	}
}
