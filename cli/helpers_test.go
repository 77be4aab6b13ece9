package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// day0 is the clock of the command tests: 2026-03-10 09:00 local time.
var day0 = time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)

// result is what one invocation printed and returned.
type result struct {
	code   int
	stdout string
	stderr string
}

// book is a fresh book file in the test's temporary folder, and the environment commands see.
type book struct {
	t    *testing.T
	path string
	env  map[string]string
	now  time.Time
}

// newBook is a book in the test's own folder. Its settings folder is the test's too: without one
// the command line falls back to the user's, where a test that sets a replica (the hostile walk
// runs guanxi replica set) would make every other test running meanwhile, here or in another
// checkout, replicate to it.
func newBook(t *testing.T) *book {
	t.Helper()
	return &book{t: t, path: filepath.Join(t.TempDir(), "guanxi.db"), now: day0,
		env: map[string]string{"LANG": "en_US.UTF-8", "XDG_CONFIG_HOME": filepath.Join(t.TempDir(), "config")}}
}

// run runs one command on the book at the book's clock, in-process.
func (b *book) run(args ...string) result {
	b.t.Helper()
	return b.runIn("", args...)
}

// runIn is run with standard input.
func (b *book) runIn(stdin string, args ...string) result {
	b.t.Helper()
	var errb bytes.Buffer
	return b.invoke(context.Background(), stdin, &errb, &errb, args)
}

// invoke runs one command on the book with its context ctx and standard input stdin; its standard
// error goes to errw, and the result reads it back from errb.
func (b *book) invoke(ctx context.Context, stdin string, errw io.Writer, errb *bytes.Buffer, args []string) result {
	var out bytes.Buffer
	now := b.now
	c := newCLI(func(k string) string { return b.env[k] }, strings.NewReader(stdin), &out, errw, func() time.Time { return now })
	c.ctx = ctx
	code := c.main(append([]string{"--db", b.path}, args...))
	return result{code, out.String(), errb.String()}
}

// cancelWhenShown is a standard error that cancels the invocation as the first line holding shows
// comes (any line, when shows is empty), as a user presses ctrl+c when the progress shows.
type cancelWhenShown struct {
	bytes.Buffer
	shows  []byte
	cancel context.CancelFunc
}

func (w *cancelWhenShown) Write(p []byte) (int, error) {
	if bytes.Contains(p, w.shows) {
		w.cancel()
	}
	return w.Buffer.Write(p)
}

// runCancelledWhen runs one command, cancelled as its standard error first shows shows ("" for
// its first line).
func (b *book) runCancelledWhen(shows string, args ...string) result {
	b.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errb := &cancelWhenShown{shows: []byte(shows), cancel: cancel}
	return b.invoke(ctx, "", errb, &errb.Buffer, args)
}

// ok runs a command that must succeed and returns its output.
func (b *book) ok(args ...string) string {
	b.t.Helper()
	r := b.run(args...)
	if r.code != 0 {
		b.t.Fatalf("guanxi %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
	}
	if r.stderr != "" {
		b.t.Errorf("guanxi %s: unexpected stderr %q", strings.Join(args, " "), r.stderr)
	}
	return r.stdout
}

// add adds a customer and returns its id as printed.
func (b *book) add(args ...string) string {
	b.t.Helper()
	return strings.TrimSpace(b.ok(append([]string{"add"}, args...)...))
}

func decodeObject(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("not a JSON object: %v\n%s", err, s)
	}
	return m
}

func decodeArray(t *testing.T, s string) []map[string]any {
	t.Helper()
	var a []map[string]any
	if err := json.Unmarshal([]byte(s), &a); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, s)
	}
	return a
}

func keysOf(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func sortedCopy(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func assertKeys(t *testing.T, what string, m map[string]any, want []string) {
	t.Helper()
	if got, w := keysOf(m), sortedCopy(want); !slices.Equal(got, w) {
		t.Errorf("%s keys:\n got %v\nwant %v", what, got, w)
	}
}

var customerKeys = []string{"id", "name", "company", "kind", "level", "stage", "relation", "abc", "phone", "email",
	"wechat", "region", "industry", "tags", "types", "first_deal_on", "last_contact_on", "next_due_on", "order_total", "owed"}

var showKeys = append(slices.Clone(customerKeys), "contacts", "timeline", "reminders", "complaints", "payments", "next_visit_on", "next_call_on",
	"title", "short_name", "address", "size", "registered_capital", "source", "referred_by", "referrer_id", "referred", "birthday", "founded_on", "anniversary", "notes", "reminders_done",
	"uid", "level_info", "plan", "personality")

var itemKeys = []string{"customer_id", "customer_name", "kind", "due_on", "overdue_days", "note", "level", "types"}
