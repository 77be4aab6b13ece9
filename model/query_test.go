package model

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	cases := []struct {
		src  string
		want string // canonical form
	}{
		{"", ""},
		{"   ", ""},
		{"level:vip", "level:vip"},
		{"级别:VIP客户 地区:上海", "level:vip region:上海"},
		{"level:vip region:上海 orders>1万 last_contact>30d type:犹豫型", "level:vip region:上海 orders>10000 last_contact>30d type:犹豫型"},
		{"level：战略客户,key", "level:strategic,key"},
		{"level=vip", "level:vip"},
		{"level!=low", "level!=low"},
		{"orders_12m>=50万", "orders_12m>=500000"},
		{"orders_90d<¥1.5万", "orders_90d<15000"},
		{"contacts_30d>=2 deals_2w>0", "contacts_30d>=2 deals_14d>0"},
		{"complaints_1y>1", "complaints_12m>1"},
		{"owed>0 products<=2", "owed>0 products<=2"},
		{"last_contact>2w first_deal≥1y", "last_contact>14d first_deal>=365d"},
		{"上次联系>30天", "last_contact>30d"},
		{"张三", "张三"},
		{`"张 三" level:vip`, `"张 三" level:vip`},
		{`region:"上 海"`, `region:"上 海"`},
		{`tag:"a,b",c`, `tag:"a,b",c`},
		{"level:vip or level:key", "level:vip or level:key"},
		{"level:vip OR level:key stage:loyal", "level:vip or level:key stage:loyal"},
		{"(level:vip or level:key) stage:loyal", "(level:vip or level:key) stage:loyal"},
		{"（level:vip 或 level:key） 且 stage:loyal", "(level:vip or level:key) stage:loyal"},
		{"not stage:lost", "not stage:lost"},
		{"-stage:lost 王", "not stage:lost 王"},
		{"not (abc:A or abc:b)", "not (abc:A or abc:B)"},
		{"tenure:老客户 lapse:休眠 activity:active", "tenure:old lapse:dormant activity:active"},
		{"a and b or c", "a b or c"},
		{"((level:vip))", "level:vip"},
		{`"or"`, `"or"`},
		{`"-x"`, `"-x"`},
	}
	for _, c := range cases {
		q, err := ParseQuery(c.src)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", c.src, err)
			continue
		}
		if got := q.String(); got != c.want {
			t.Errorf("ParseQuery(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

func TestParseQueryValues(t *testing.T) {
	q, err := ParseQuery("orders_12m>=50万 last_contact>30d contacts_90d>2")
	if err != nil {
		t.Fatal(err)
	}
	parts := q.Root.(*QueryAnd).Parts
	orders, last, contacts := parts[0].(*QueryCond), parts[1].(*QueryCond), parts[2].(*QueryCond)
	if orders.Number != 50_000_000 || orders.WindowMonths != 12 || orders.Op != ">=" {
		t.Errorf("orders: %+v", orders)
	}
	if got := orders.Since(classToday); got != MustDate("2025-03-11") {
		t.Errorf("orders_12m since %v", got)
	}
	if last.Number != 30 || last.Kind() != FieldDays {
		t.Errorf("last_contact: %+v", last)
	}
	if contacts.WindowDays != 90 || contacts.Since(classToday) != MustDate("2025-12-11") {
		t.Errorf("contacts: %+v", contacts)
	}
	if orders.Pos != 0 || orders.End != len("orders_12m>=50万") {
		t.Errorf("positions %d..%d", orders.Pos, orders.End)
	}
}

func TestParseQueryErrorsPointAtThePosition(t *testing.T) {
	cases := []struct {
		src    string
		at     string // the query from the error's position on starts with this
		zhPart string
	}{
		{"levle:vip", "levle", "是不是 level"},
		{"level:vip regoin:上海", "regoin", "是不是 region"},
		{"level:gold", "gold", "level 没有“gold”"},
		{"level:vip,gold", "vip,gold", "没有“gold”"},
		{"level:", "", "缺少值"},
		{"orders>lots", "lots", "不是金额"},
		{"orders>-5", "-5", "不是金额"},
		{"deals>two", "two", "不是次数"},
		{"last_contact>soon", "soon", "不是天数"},
		{"level>3", ">3", "只能用 : 或 !="},
		{">5", ">5", "缺少字段"},
		{"(level:vip", "(level:vip", "没有对应的右括号"},
		{"level:vip)", ")", "右括号"},
		{"level:vip or", "or", "“或”后面缺少条件"},
		{"or level:vip", "or", "“或”前面缺少条件"},
		{"level:vip and", "and", "“且”后面缺少条件"},
		{"not", "not", "“非”后面缺少条件"},
		{"()", ")", "括号里是空的"},
		{`region:"上海`, `"上海`, "引号没有结束"},
		{"owed_30d>0", "owed_30d", "time window"},
		{"王 levle:vip", "levle", "是不是 level"},
	}
	for _, c := range cases {
		_, err := ParseQuery(c.src)
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("ParseQuery(%q): error %v, want a *QueryError", c.src, err)
			continue
		}
		if qe.Pos < 0 || qe.Pos > len(c.src) || qe.End < qe.Pos || qe.End > len(c.src) {
			t.Errorf("ParseQuery(%q): position %d..%d out of the query", c.src, qe.Pos, qe.End)
			continue
		}
		if !strings.HasPrefix(c.src[qe.Pos:], c.at) {
			t.Errorf("ParseQuery(%q): error at %q, want at %q", c.src, c.src[qe.Pos:], c.at)
		}
		if !strings.Contains(qe.Msg.Zh, c.zhPart) && !strings.Contains(qe.Msg.En, c.zhPart) {
			t.Errorf("ParseQuery(%q): message %q / %q lacks %q", c.src, qe.Msg.Zh, qe.Msg.En, c.zhPart)
		}
		if qe.Msg.Zh == "" || qe.Msg.En == "" {
			t.Errorf("ParseQuery(%q): a message is missing a language: %+v", c.src, qe.Msg)
		}
	}
}

func TestParseQueryLimits(t *testing.T) {
	if _, err := ParseQuery(strings.Repeat("a ", MaxQueryLen)); err == nil {
		t.Error("an over-long query should be refused")
	}
	if _, err := ParseQuery(strings.Repeat("(", 200) + "a" + strings.Repeat(")", 200)); err == nil {
		t.Error("deep nesting should be refused")
	}
	if _, err := ParseQuery(strings.Repeat("not ", 200) + "a"); err == nil {
		t.Error("deep negation should be refused")
	}
	if _, err := ParseQuery("level:vip \xff"); err == nil {
		t.Error("invalid UTF-8 should be refused")
	}
}

func TestLooksLikeQuery(t *testing.T) {
	for s, want := range map[string]bool{
		"王": false, "张 三": false, "13800138000": false, "Acme Trading": false,
		"level:vip": true, "orders>1万": true, "(a)": true, "-stage:lost": true, "级别：VIP客户": true, "-": false,
	} {
		if got := LooksLikeQuery(s); got != want {
			t.Errorf("LooksLikeQuery(%q) = %v", s, got)
		}
	}
}

func TestHintQuery(t *testing.T) {
	cases := []struct {
		src     string
		next    string // in the English hint
		errPart string
	}{
		{"", "level:vip", ""},
		{"lev", "level:", ""},
		{"la", "last_contact>", ""},
		{"level:", "strategic", ""},
		{"level:v", "vip VIP", ""},
		{"level:vip,", "key", ""},
		{"级别:V", "vip", ""},
		{"orders>", "an amount", ""},
		{"orders_12m>", "an amount", ""},
		{"last_contact>", "days", ""},
		{"region:", "text it contains", ""},
		{"level:vip", "", ""},        // complete: nothing to add
		{"levle:vip x", "", "levle"}, // an earlier mistake shows as an error
		{"level:gold", "", "gold"},
		{"level:vip (", "", ""}, // still typing
		{"王", "", ""},
	}
	for _, c := range cases {
		h := HintQuery(c.src)
		if c.next != "" && !strings.Contains(h.Next.En, c.next) {
			t.Errorf("HintQuery(%q).Next = %q, want it to hold %q", c.src, h.Next.En, c.next)
		}
		if c.next == "" && c.errPart == "" && h.Next.En != "" && c.src != "level:vip (" {
			t.Errorf("HintQuery(%q) offers %q, want nothing", c.src, h.Next.En)
		}
		if c.errPart != "" {
			if h.Err == nil || !strings.HasPrefix(c.src[h.Err.Pos:], c.errPart) {
				t.Errorf("HintQuery(%q).Err = %+v, want it at %q", c.src, h.Err, c.errPart)
			}
		} else if h.Err != nil && c.src != "level:vip (" {
			t.Errorf("HintQuery(%q).Err = %v, want none", c.src, h.Err)
		}
		if h.Next.En != "" && h.Next.Zh == "" {
			t.Errorf("HintQuery(%q) has no Chinese hint", c.src)
		}
	}
}

// FuzzParseQuery checks that no input panics, every error points inside the query, and every query
// that parses writes out in a form that parses back to itself.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", "level:vip region:上海 orders>1万 last_contact>30d type:犹豫型", "(a or b) not c",
		`tag:"a,b",c`, "-stage:lost", "orders_12m>=50万", "（级别:VIP客户 或 地区:上海）", `"x y" z`, "level:", ">5", "((",
		"owed>¥1,000.50", `"a"b"c"`, "not not a", "a:b:c", "「x」", "“y”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		q, err := ParseQuery(src)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("ParseQuery(%q): %v is not a *QueryError", src, err)
			}
			if qe.Pos < 0 || qe.Pos > len(src) || qe.End < qe.Pos || qe.End > len(src) {
				t.Fatalf("ParseQuery(%q): position %d..%d outside the query", src, qe.Pos, qe.End)
			}
			if utf8.ValidString(src) && !utf8.ValidString(src[:qe.Pos]) {
				t.Fatalf("ParseQuery(%q): position %d splits a character", src, qe.Pos)
			}
			if qe.Msg.Zh == "" || qe.Msg.En == "" {
				t.Fatalf("ParseQuery(%q): message missing a language", src)
			}
			return
		}
		out := q.String()
		if strings.Contains(out, `"`) && strings.Contains(out, "」") && strings.Contains(out, "”") {
			return // a value holding every closing quote cannot be quoted back; never typed by people
		}
		q2, err := ParseQuery(out)
		if err != nil {
			t.Fatalf("ParseQuery(%q) wrote %q, which does not parse: %v", src, out, err)
		}
		if q2.String() != out {
			t.Fatalf("ParseQuery(%q) wrote %q, which reads back as %q", src, out, q2.String())
		}
		HintQuery(src)
	})
}
