package exchange

import (
	"context"
	"strings"
	"testing"

	"guanxi/model"
)

// uidBook is a JSON book of customers given as JSON objects.
func uidBook(customers ...string) string {
	return `{"format": "guanxi-book", "version": 1, "customers": [` + strings.Join(customers, ",") + `]}`
}

// TestUIDsDecideWhatIsOneRecord: in a guanxi book, customers with different lasting identifiers are
// different customers however alike they look (the likeness is said, for merge); an identifier
// that repeats, of a customer or of any record, makes that customer a reported bad record, never a
// broken constraint that stops the import.
func TestUIDsDecideWhatIsOneRecord(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name        string
		doc         string
		added, bad  int
		warn, error string
	}{
		{"alike, two uids", uidBook(
			`{"uid": "a1", "name": "王建国", "phone": "13800000001", "level": "new", "stage": "prospect"}`,
			`{"uid": "a2", "name": "王建国", "phone": "13800000001", "level": "new", "stage": "prospect"}`),
			2, 0, "guanxi merge", ""},
		{"one uid twice", uidBook(
			`{"uid": "a1", "name": "王建国", "level": "new", "stage": "prospect"}`,
			`{"uid": "a1", "name": "李娜", "level": "new", "stage": "prospect"}`),
			1, 1, "", `the uid "a1" appears twice`},
		{"a deal's uid twice", uidBook(
			`{"uid": "a1", "name": "王建国", "level": "new", "stage": "prospect", "deals": [{"uid": "d1", "on": "2026-01-02", "amount": 100}]}`,
			`{"uid": "a2", "name": "李娜", "level": "new", "stage": "prospect", "deals": [{"uid": "d1", "on": "2026-01-03", "amount": 200}]}`),
			1, 1, "", `the uid "d1" of a record (deals)`},
		{"a contact's uid twice in one customer", uidBook(
			`{"uid": "a1", "name": "王建国", "level": "new", "stage": "prospect", "contacts": [{"uid": "c1", "name": "张三"}, {"uid": "c1", "name": "李四"}]}`),
			0, 1, "", `the uid "c1" of a record (contacts)`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, dry := range []bool{false, true} {
				s := openBook(t)
				sum, err := ImportFrom(ctx, s, strings.NewReader(tc.doc), 0, Options{Format: JSON, Lang: model.En, DryRun: dry})
				if err != nil {
					t.Fatalf("dry run %v: the import failed: %v", dry, err)
				}
				if sum.Added != tc.added || len(sum.Errors) != tc.bad || sum.Skipped != 0 {
					t.Errorf("dry run %v: added %d, skipped %d, errors:\n%s", dry, sum.Added, sum.Skipped, problems(sum.Errors, model.En))
				}
				if tc.error != "" && !strings.Contains(problems(sum.Errors, model.En), tc.error) {
					t.Errorf("dry run %v: the errors should say %q:\n%s", dry, tc.error, problems(sum.Errors, model.En))
				}
				if tc.warn != "" && !strings.Contains(problems(sum.Warnings, model.En), tc.warn) {
					t.Errorf("dry run %v: the warnings should say %q:\n%s", dry, tc.warn, problems(sum.Warnings, model.En))
				}
				if n, _ := s.CountCustomers(ctx); !dry && n != tc.added {
					t.Errorf("the book holds %d customers, want %d", n, tc.added)
				}
			}
		})
	}
	// A record of the file whose identifier is a record of the book already (under another customer).
	s := openBook(t)
	first := uidBook(`{"uid": "a1", "name": "王建国", "level": "new", "stage": "prospect", "deals": [{"uid": "d1", "on": "2026-01-02", "amount": 100}]}`)
	if _, err := ImportFrom(ctx, s, strings.NewReader(first), 0, Options{Format: JSON}); err != nil {
		t.Fatal(err)
	}
	second := uidBook(`{"uid": "b1", "name": "李娜", "level": "new", "stage": "prospect", "deals": [{"uid": "d1", "on": "2026-01-03", "amount": 200}]}`)
	sum, err := ImportFrom(ctx, s, strings.NewReader(second), 0, Options{Format: JSON, Lang: model.En})
	if err != nil || len(sum.Errors) != 1 || !strings.Contains(problems(sum.Errors, model.En), `"d1"`) {
		t.Errorf("a record's uid that is the book's: %v\n%s", err, problems(sum.Errors, model.En))
	}
}
