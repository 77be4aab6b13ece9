package sample

import (
	"fmt"
	"testing"
)

// Each generated record's identifier is the book's prefix and its number in hexadecimal, 16 digits
// each, as they always were: a seed is a book.
func TestNextUIDIsPrefixAndNumber(t *testing.T) {
	for _, c := range []struct{ uid, seq uint64 }{{0, 0}, {0x6775616e7869, 41}, {^uint64(0), ^uint64(0) - 1}, {1 << 60, 0xabcdef}} {
		g := &generator{uid: c.uid, seq: c.seq}
		want := fmt.Sprintf("%016x%016x", c.uid, c.seq+1)
		if got := g.nextUID(); got != want {
			t.Errorf("nextUID after %x, %x = %s, want %s", c.uid, c.seq, got, want)
		}
	}
}
