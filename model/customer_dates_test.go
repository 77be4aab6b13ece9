package model

import "testing"

func TestOwnDate(t *testing.T) {
	d1, d2 := MustDate("2010-05-01"), MustDate("1980-02-03")
	tests := []struct {
		name                  string
		c                     Customer
		own                   Date
		set                   Date
		birthday, anniversary Date
	}{
		{"a person's is the birthday", Customer{Kind: KindPerson, Birthday: d2, Anniversary: d1}, d2, d1, d1, d1},
		{"an organisation's is the founding day", Customer{Kind: KindOrganisation, Anniversary: d1}, d1, d2, Date{}, d2},
		{"a birthday typed on an organisation reads as its founding day", Customer{Kind: KindOrganisation, Birthday: d2}, d2, d1, Date{}, d1},
	}
	for _, tt := range tests {
		if got := tt.c.OwnDate(); got != tt.own {
			t.Errorf("%s: own date %v", tt.name, got)
		}
		c := tt.c
		c.SetOwnDate(tt.set)
		if c.Birthday != tt.birthday || c.Anniversary != tt.anniversary {
			t.Errorf("%s: after setting %v: birthday %v anniversary %v", tt.name, tt.set, c.Birthday, c.Anniversary)
		}
	}
}
