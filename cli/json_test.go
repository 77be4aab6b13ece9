package cli

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestWriteJSONStreamsArraysAsTheWhole: an array written element by element is byte for byte what
// one encoding of the whole gives, empty and nil lists included, with HTML characters left as
// they are and terminal characters escaped.
func TestWriteJSONStreamsArraysAsTheWhole(t *testing.T) {
	type item struct {
		Name string            `json:"name"`
		Tags []string          `json:"tags"`
		More map[string]string `json:"more"`
	}
	whole := func(v any) string {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		return string(escapeTerminalRunes(buf.Bytes()))
	}
	for _, v := range []any{
		[]item{{Name: "张三 <a&b>", Tags: []string{"x"}, More: map[string]string{"k": "v"}}, {Name: "\u202e\u0085"}, {}},
		[]item{},
		[]string{"one"},
		item{Name: "one object"},
	} {
		b := newBook(t)
		c, out, _ := b.invocation()
		if err := c.writeJSON(v); err != nil {
			t.Fatal(err)
		}
		c.flush()
		if want := whole(v); out.String() != want {
			t.Errorf("%T:\n got %q\nwant %q", v, out.String(), want)
		}
	}
	var none []item
	b := newBook(t)
	c, out, _ := b.invocation()
	c.writeJSON(none)
	c.flush()
	if out.String() != "[]\n" {
		t.Errorf("a nil list: %q, want []", out.String())
	}
}
