package model

import "testing"

func TestNameSpan(t *testing.T) {
	tests := []struct {
		name, query, want string // want: the part of the name marked; "" for no match
	}{
		{"张三", "张三", "张三"},
		{"张三", "zs", "张三"},
		{"张三丰", "zs", "张三"},
		{"张三丰", "zhang", "张"},
		{"张三丰", "zha", "张"},
		{"张三丰", "sanf", "三丰"},
		{"张三丰", "丰", "丰"},
		{"张三丰", "张s", "张三"},
		{"曾国藩", "zgf", "曾国藩"},
		{"尉迟恭", "yuchi", "尉迟"},
		{"Anna Smith", "smith", "Smith"},
		{"Anna Smith", "nasm", "na Sm"},
		{"Jean-Luc", "jeanluc", "Jean-Luc"},
		{"王·小明", "xiaoming", "小明"},
		{"张三", "李", ""},
		{"张三", "", ""},
	}
	for _, tt := range tests {
		sq := NewSearchQuery(tt.query)
		k := MakeNameKey(tt.name)
		start, end, ok := sq.NameSpan(k, tt.name)
		_, matched := sq.Match(k)
		if ok != (tt.want != "") || ok && tt.name[start:end] != tt.want {
			got := ""
			if ok {
				got = tt.name[start:end]
			}
			t.Errorf("NameSpan(%q, %q) = %q (ok %v), want %q", tt.name, tt.query, got, ok, tt.want)
		}
		if ok != matched && tt.query != "" {
			t.Errorf("NameSpan(%q, %q) ok = %v but Match = %v", tt.name, tt.query, ok, matched)
		}
	}
}

// The span must agree with Match on every name of a sample and a query cut from it.
func TestNameSpanAgreesWithMatch(t *testing.T) {
	names := []string{"张三", "李娜", "曾志伟", "王建国", "欧阳修", "单田芳", "尉迟恭", "Anna Smith", "ＩＢＭ", "吕布"}
	queries := []string{"z", "zh", "zs", "zw", "w", "wjg", "jianguo", "ouyang", "oy", "xiu", "tian", "chi",
		"ibm", "lv", "nas", "a", "s", "n", "g", "三", "国"}
	for _, name := range names {
		k := MakeNameKey(name)
		for _, q := range queries {
			sq := NewSearchQuery(q)
			_, matched := sq.Match(k)
			start, end, ok := sq.NameSpan(k, name)
			if ok != matched {
				t.Errorf("%q / %q: NameSpan ok %v, Match %v", name, q, ok, matched)
			}
			if ok && (start < 0 || end <= start || end > len(name)) {
				t.Errorf("%q / %q: span %d..%d out of the name", name, q, start, end)
			}
		}
	}
}

func TestTextSpan(t *testing.T) {
	tests := []struct{ text, query, want string }{
		{"苏州恒达精密机械有限公司", "恒达", "恒达"},
		{"Acme Trading", "acmetr", "Acme Tr"},
		{"Acme Trading", "TRADING", "Trading"},
		{"ＡＣＭＥ 贸易", "acme", "ＡＣＭＥ"},
		{"杭州云帆科技", "上海", ""},
		{"杭州云帆科技", "", ""},
		{"bad\xffbytes", "bytes", "bytes"},
	}
	for _, tt := range tests {
		start, end, ok := NewSearchQuery(tt.query).TextSpan(tt.text)
		got := ""
		if ok {
			got = tt.text[start:end]
		}
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("TextSpan(%q, %q) = %q (ok %v), want %q", tt.text, tt.query, got, ok, tt.want)
		}
	}
}

func TestPhoneQuery(t *testing.T) {
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"138", "138", true},
		{"138 0013", "1380013", true},
		{"138-0013-8000", "13800138000", true},
		{"+86 138 0013 8000", "13800138000", true},
		{"+86 138", "138", true},
		{"+86-1", "", false},
		{"0086 139", "139", true},
		{"(+86)139 1234", "1391234", true},
		{"8613800138000", "13800138000", true},
		{"86 12", "8612", true},
		{"(021) 6123-4567", "02161234567", true},
		{"１３８００", "13800", true},
		{"13", "", false},
		{"zs", "", false},
		{"138a", "", false},
		{"1+38", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := PhoneQuery(tt.q)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PhoneQuery(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzNameSpan(f *testing.F) {
	for _, s := range [][2]string{{"张三丰", "zs"}, {"Anna Smith", "nasm"}, {"王·小明", "xiaoming"}, {"\xff张", "张"}, {"", "a"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, query string) {
		sq := NewSearchQuery(query)
		k := MakeNameKey(name)
		_, matched := sq.Match(k)
		start, end, ok := sq.NameSpan(k, name)
		if ok != (matched && !sq.Empty()) {
			t.Fatalf("NameSpan(%q, %q) ok %v, Match %v", name, query, ok, matched)
		}
		if ok && (start < 0 || end <= start || end > len(name)) {
			t.Fatalf("NameSpan(%q, %q) = %d..%d", name, query, start, end)
		}
		if start, end, ok := sq.TextSpan(name); ok && (start < 0 || end <= start || end > len(name)) {
			t.Fatalf("TextSpan(%q, %q) = %d..%d", name, query, start, end)
		}
	})
}
