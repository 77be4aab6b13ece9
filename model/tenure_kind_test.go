package model

import (
	"strings"
	"testing"
)

func TestClassifyTenureOfSpeaksOfACompany(t *testing.T) {
	today := MustDate("2026-03-10")
	s := DefaultClassSettings()
	for _, tt := range []struct {
		kind Kind
		want string
	}{{KindPerson, "他还没有下过单"}, {KindOrganisation, "这家公司还没有下过单"}} {
		got := ClassifyTenureOf(tt.kind, Date{}, today, s)
		if got.Code != TenureNone || !strings.Contains(got.Why.Zh, tt.want) {
			t.Errorf("%s: %+v", tt.kind, got)
		}
	}
	if ClassifyTenureOf(KindOrganisation, MustDate("2020-01-01"), today, s).Code != TenureOld {
		t.Errorf("an old company is old")
	}
}
