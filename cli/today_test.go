package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// invocation is a command line's shared state on the book b, for calling a run function directly
// with its options, as a test of one command's logic without parsing a command line.
func (b *book) invocation() (c *cli, out, errOut *bytes.Buffer) {
	out, errOut = &bytes.Buffer{}, &bytes.Buffer{}
	now := b.now
	c = newCLI(func(k string) string { return b.env[k] }, strings.NewReader(""), out, errOut, func() time.Time { return now })
	c.lang = "en"
	c.dbFlag = b.path
	return c, out, errOut
}

// TestRunToday calls runToday with its options: the days are checked, the JSON is the checklist,
// and the table has the groups.
func TestRunToday(t *testing.T) {
	b := newBook(t)
	id := b.add("--name", "张三")
	b.ok("remind", id, "--on", "today", "--note", "回访")

	c, _, _ := b.invocation()
	if err := c.runToday(&todayOptions{Days: -1}); exitCode(err) != 2 {
		t.Errorf("--days -1: %v", err)
	}
	c, out, _ := b.invocation()
	if err := c.runToday(&todayOptions{Days: 3, JSON: true}); err != nil {
		t.Fatal(err)
	}
	c.flush()
	// The reminder is due today, and the new customer's first visit falls within the plan's first
	// interval (spread by id).
	items := decodeArray(t, out.String())
	if len(items) != 2 || items[0]["customer_name"] != "张三" || items[0]["note"] != "回访" || items[1]["kind"] != "visit" {
		t.Errorf("today --json: %v", items)
	}
	c, out, _ = b.invocation()
	if err := c.runToday(&todayOptions{Days: 3}); err != nil {
		t.Fatal(err)
	}
	c.flush()
	if s := out.String(); !strings.Contains(s, "Today 2026-03-10 (1)") || !strings.Contains(s, "1st visit") {
		t.Errorf("today:\n%s", s)
	}
}
