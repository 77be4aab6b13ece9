package model

import "testing"

// answers is the table of a rule of one argument: each argument with the answer wanted.
type answers[In, Out comparable] []struct {
	in   In
	want Out
}

// checkAnswers gives rule each argument of the table and reports every answer that is not the one
// wanted, naming the rule.
func checkAnswers[In, Out comparable](t *testing.T, name string, rule func(In) Out, table answers[In, Out]) {
	t.Helper()
	for _, c := range table {
		if got := rule(c.in); got != c.want {
			t.Errorf("%s(%#v) = %#v, want %#v", name, c.in, got, c.want)
		}
	}
}
