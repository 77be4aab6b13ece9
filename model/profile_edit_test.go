package model

import "testing"

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
