package model

import "testing"

func TestReadPhones(t *testing.T) {
	type want struct {
		number, label string
		bad           bool
	}
	for _, tt := range []struct {
		in   string
		want []want
	}{
		{"13812345678", []want{{"13812345678", "", false}}},
		{"138 1234 5678", []want{{"138 1234 5678", "", false}}},
		{"025-8448 1890", []want{{"025-8448 1890", "", false}}},
		{"+86 138-1234-5678", []want{{"13812345678", "", false}}},
		{"008613812345678", []want{{"13812345678", "", false}}},
		{"１３９１２３４５６７８", []want{{"13912345678", "", false}}},
		{"12345678901", []want{{"", "", true}}},
		{"010-12345678", []want{{"010-12345678", "", false}}},
		{"(021) 6123-4567", []want{{"021-61234567", "", false}}},
		{"02161234567", []want{{"02161234567", "", false}}},
		{"(010)12345678", []want{{"010-12345678", "", false}}},
		{"021-68888888 转 12", []want{{"021-68888888 转 12", "", false}}},
		{"021-68888888-分机8001", []want{{"021-68888888 转 8001", "", false}}},
		{"4008208820", []want{{"4008208820", "", false}}},
		{"+86 400 820 8820", []want{{"400-820-8820", "", false}}},
		{"客服：400-820-8820", []want{{"400-820-8820", "客服", false}}},
		{"400-820-8820（客服）", []want{{"400-820-8820", "客服", false}}},
		{"+44 20 7946 0958", []want{{"+44 20 7946 0958", "", false}}},
		{"+852 2123 4567", []want{{"+852 2123 4567", "", false}}},
		{"95588", []want{{"95588", "", false}}},
		{"电话待补", []want{{"", "电话待补", false}}},
		{"12", []want{{"", "", true}}},
		{"0755-8888888", []want{{"0755-8888888", "", false}}},
		{"0755-88", []want{{"", "", true}}},
		{"13812345678 / 010-12345678（办公）", []want{{"13812345678", "", false}, {"010-12345678", "办公", false}}},
		{"手机 13812345678、微信同号", []want{{"13812345678", "手机 微信同号", false}}},
		{"", nil},
	} {
		got := ReadPhones(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("ReadPhones(%q) = %+v, want %d numbers", tt.in, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Number != w.number || g.Label != w.label || (g.Problem.Zh != "") != w.bad {
				t.Errorf("ReadPhones(%q)[%d] = %+v, want %+v", tt.in, i, g, w)
			}
		}
	}
}

func TestReadPhoneWithLabel(t *testing.T) {
	if got := (ReadPhone{Number: "400-820-8820", Label: "客服"}).WithLabel(); got != "400-820-8820（客服）" {
		t.Errorf("WithLabel = %q", got)
	}
	if got := (ReadPhone{Number: "13812345678"}).WithLabel(); got != "13812345678" {
		t.Errorf("WithLabel = %q", got)
	}
}

func TestPlausiblePhoneKeepsALabel(t *testing.T) {
	checkAnswers(t, "plausiblePhone", plausiblePhone, answers[string, bool]{
		{"400-820-8820（客服）", true},
		{"010-12345678 (front desk)", true},
		{"(021) 6123-4567", true},
		{"客服 400-820-8820", false},
		{"（客服）", false},
		{"13812345678", true},
	})
}

func TestPhoneFromNumber(t *testing.T) {
	checkAnswers(t, "PhoneFromNumber", PhoneFromNumber, answers[string, string]{
		{"13812345678", "13812345678"},
		{"1.3812345678E10", "13812345678"},
		{"1.3812345678E+10", "13812345678"},
		{"13812345678.0", "13812345678"},
		{"2161234567", "02161234567"},
		{"1012345678", "1012345678"}, // 10 digits starting with 1: not a landline without its 0
		{"8613812345678", "8613812345678"},
		{"4008208820", "4008208820"},
		{"138 1234 5678", "138 1234 5678"},
		{"1.38E+10", "13800000000"}, // what the cell holds is all there is
		{"客服", "客服"},
	})
}

func TestSplitPhoneLabel(t *testing.T) {
	for _, tt := range []struct{ in, number, label string }{
		{"400-820-8820（客服）", "400-820-8820", "客服"},
		{"010-12345678 (front desk)", "010-12345678", "front desk"},
		{"(021) 6123-4567", "(021) 6123-4567", ""},
		{"13812345678", "13812345678", ""},
	} {
		if n, l := SplitPhoneLabel(tt.in); n != tt.number || l != tt.label {
			t.Errorf("SplitPhoneLabel(%q) = %q, %q; want %q, %q", tt.in, n, l, tt.number, tt.label)
		}
	}
}

// BenchmarkReadPhones reads phones as a book mostly holds them, written plainly.
func BenchmarkReadPhones(b *testing.B) {
	cells := []string{"13812345678", "138 0013 8000", "021-6123 4567", "15912345678", "0571-88886666"}
	for i := 0; b.Loop(); i++ {
		ReadPhones(cells[i%len(cells)])
	}
}
