package cli

import (
	"strings"
	"testing"
)

// Each adding command refuses in its own order, now that its flags are read through field tables:
// a required flag is asked for before any value is read, the values are read in the command's
// order, a flag given empty is as if not given, and a bad customer is said only after the values.
func TestAddingCommandsOrderOfErrors(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	for _, tc := range []struct {
		args []string
		want string // the start of the message after "guanxi: "
	}{
		{[]string{"deal", "张三", "--on", "bad"}, "give the amount"},
		{[]string{"deal", "张三", "--amount", "", "--on", "bad"}, "give the amount"},
		{[]string{"deal", "张三", "--amount", "x", "--on", "bad"}, "--amount"},
		{[]string{"deal", "张三", "--amount", "5000", "--on", "bad", "--credit-due", "bad"}, "--on"},
		{[]string{"deal", "nobody", "--amount", "5000", "--on", "bad"}, "--on"},
		{[]string{"pay", "张三", "--on", "bad"}, "give the amount"},
		{[]string{"pay", "张三", "--amount", "100", "--on", "bad"}, "--on"},
		{[]string{"log", "张三", "--at", "bad"}, "say how"},
		{[]string{"log", "张三", "--channel", "bad", "--at", "bad"}, "--channel"},
		{[]string{"log", "张三", "--channel", "call", "--at", "bad"}, "--at"},
		{[]string{"log", "张三", "--channel", "call", "--note", " "}, "say what was"},
		{[]string{"log", "nobody", "--channel", "call", "--note", "hi", "--next-on", "bad"}, "no customer"},
		{[]string{"remind", "张三", "--every", "bad"}, "give the day"},
		{[]string{"remind", "张三", "--every", "bad", "--on", "bad"}, "--every"},
		{[]string{"remind", "张三", "--on", "bad", "--kind", "bad"}, "--on"},
		{[]string{"complain", "张三", "--what", "", "--on", "bad"}, "say what the complaint"},
		{[]string{"complain", "张三", "--what", "x", "--on", "bad", "--reply-by", "bad"}, "--on"},
		{[]string{"complain", "张三", "--what", "x", "--reply-by", "bad"}, "--reply-by"},
	} {
		r := b.run(tc.args...)
		msg := strings.TrimPrefix(r.stderr, "guanxi: ")
		if r.code == 0 || !strings.HasPrefix(strings.ToLower(msg), tc.want) {
			t.Errorf("%v: code %d, %q; want it to start %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

// The defaults of the adding commands: a deal, a payment and a complaint of today, a reminder of
// the other kind, a complaint of moderate severity; a flag given empty keeps them. (The payment
// pays the deal sold on credit just before it.)
func TestAddingCommandsDefaults(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	today := b.now.Format("2006-01-02")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"deal", "张三", "--amount", "5000", "--on", "", "--credit-due", "2099-01-01", "--json"}, []string{`"on": "` + today}},
		{[]string{"pay", "张三", "--amount", "100", "--on", "", "--json"}, []string{today}},
		{[]string{"remind", "张三", "--on", "2099-01-01", "--kind", "", "--json"}, []string{`"kind": "other"`}},
		{[]string{"complain", "张三", "--what", "慢", "--json"}, []string{`"severity": 2`, today}},
	} {
		out := b.ok(tc.args...)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: %s lacks %q", tc.args, out, w)
			}
		}
	}
}
