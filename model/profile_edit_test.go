package model

import (
	"strings"
	"testing"
	"time"
)

func TestMergeEdit(t *testing.T) {
	loaded := Customer{ID: 1, Name: "张三", Phone: "138", Email: "a@b.cn", Notes: "老客户"}
	with := func(f func(c *Customer)) Customer {
		c := loaded
		f(&c)
		return c
	}
	tests := []struct {
		name          string
		mine, current Customer
		want          Customer
		conflicts     []string
	}{
		{"nothing changed anywhere", loaded, loaded, loaded, nil},
		{"only mine changed", with(func(c *Customer) { c.Phone = "139" }), loaded,
			with(func(c *Customer) { c.Phone = "139" }), nil},
		{"another field changed elsewhere is kept",
			with(func(c *Customer) { c.Phone = "139" }), with(func(c *Customer) { c.Email = "x@y.cn" }),
			with(func(c *Customer) { c.Phone = "139"; c.Email = "x@y.cn" }), nil},
		{"the same field changed to the same value is no conflict",
			with(func(c *Customer) { c.Phone = "139" }), with(func(c *Customer) { c.Phone = "139" }),
			with(func(c *Customer) { c.Phone = "139" }), nil},
		{"the same field changed to another value is a conflict, theirs kept until chosen",
			with(func(c *Customer) { c.Phone = "139"; c.Notes = "新" }), with(func(c *Customer) { c.Phone = "137" }),
			with(func(c *Customer) { c.Phone = "137"; c.Notes = "新" }), []string{"phone"}},
		{"a referrer moves with its link",
			with(func(c *Customer) { c.ReferredBy, c.ReferrerID = "李四", 7 }), loaded,
			with(func(c *Customer) { c.ReferredBy, c.ReferrerID = "李四", 7 }), nil},
		{"tags compare as a list",
			with(func(c *Customer) { c.Tags = []string{"a", "b"} }), with(func(c *Customer) { c.Tags = []string{"c"} }),
			with(func(c *Customer) { c.Tags = []string{"c"} }), []string{"tags"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conflicts := MergeEdit(loaded, tt.mine, tt.current)
			if len(ChangedFields(got, tt.want)) != 0 {
				t.Errorf("merged differs in %v", names(ChangedFields(got, tt.want)))
			}
			var gotNames []string
			for _, c := range conflicts {
				gotNames = append(gotNames, c.Field.Name)
				if c.Mine != c.Field.Text(&tt.mine) || c.Theirs != c.Field.Text(&tt.current) {
					t.Errorf("conflict %+v does not show both values", c)
				}
			}
			if len(gotNames) != len(tt.conflicts) || (len(gotNames) > 0 && gotNames[0] != tt.conflicts[0]) {
				t.Errorf("conflicts %v, want %v", gotNames, tt.conflicts)
			}
		})
	}
}

func names(fs []ProfileField) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}

func TestCheckDealChange(t *testing.T) {
	due := MustDate("2026-05-01")
	tests := []struct {
		name string
		deal Deal
		paid Money
		ok   bool
	}{
		{"no payments, any amount", Deal{Amount: 1}, 0, true},
		{"amount above what was paid", Deal{Amount: 500, CreditDueOn: due}, 400, true},
		{"amount equal to what was paid", Deal{Amount: 400, CreditDueOn: due}, 400, true},
		{"amount below what was paid", Deal{Amount: 300, CreditDueOn: due}, 400, false},
		{"credit dropped with payments", Deal{Amount: 500}, 100, false},
		{"credit dropped without payments", Deal{Amount: 500}, 0, true},
	}
	for _, tt := range tests {
		if err := CheckDealChange(tt.deal, tt.paid); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

func TestCheckPaymentChange(t *testing.T) {
	tests := []struct {
		name                       string
		old, new, paid, dealAmount Money
		ok                         bool
	}{
		{"smaller", 300, 200, 300, 1000, true},
		{"larger within the deal", 300, 900, 500, 1000, false},
		{"larger up to the deal", 300, 800, 500, 1000, true},
		{"zero", 300, 0, 300, 1000, false},
	}
	for _, tt := range tests {
		if err := CheckPaymentChange(tt.old, tt.new, tt.paid, tt.dealAmount); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

func TestParseRecordKind(t *testing.T) {
	for _, c := range RecordKinds {
		if k, err := ParseRecordKind(c.Code); err != nil || k.Name() != c.Name {
			t.Errorf("%s: %v", c.Code, err)
		}
	}
	if _, err := ParseRecordKind("customer"); err == nil {
		t.Errorf("a customer is not a record")
	}
}

func TestResolveEdit(t *testing.T) {
	loaded := Customer{Name: "张三", Phone: "138", Email: "a@b.cn"}
	mine, current := loaded, loaded
	mine.Phone, mine.Notes = "139", "我的备注"
	current.Phone, current.Email = "137", "x@b.cn"
	for _, tt := range []struct {
		keep      bool
		wantPhone string
	}{{true, "139"}, {false, "137"}} {
		got := ResolveEdit(loaded, mine, current, map[string]bool{"phone": tt.keep})
		if got.Phone != tt.wantPhone || got.Notes != "我的备注" || got.Email != "x@b.cn" {
			t.Errorf("keep mine %v: %+v", tt.keep, got)
		}
	}
}

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

func TestNextStepReminder(t *testing.T) {
	at := time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)
	tests := []struct {
		name string
		next string
		on   Date
		ok   bool
	}{
		{"a next step on a later day", "送报价", MustDate("2026-03-17"), true},
		{"on the day of the contact", "送报价", MustDate("2026-03-10"), true},
		{"no next step", "  ", MustDate("2026-03-17"), false},
		{"before the contact", "送报价", MustDate("2026-03-01"), false},
	}
	for _, tt := range tests {
		r, err := NextStepReminder(Interaction{CustomerID: 3, At: at, NextStep: tt.next}, tt.on)
		if (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
		if tt.ok && (r.DueOn != tt.on || r.Note != "送报价" || r.CustomerID != 3) {
			t.Errorf("%s: %+v", tt.name, r)
		}
	}
}

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
