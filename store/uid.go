package store

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"sync/atomic"
	"time"
)

// uidSequence tells apart the identifiers made within one millisecond, in the order they were made.
var uidSequence atomic.Uint32

// newUID returns an identifier that stays with a record through export and import: 32 hex digits,
// the millisecond it was made, a sequence number and 64 random bits. Identifiers made one after
// another sort one after another, so each new record's entry goes at the end of its table's
// index of identifiers: a random one would land anywhere in it, and an import of 100,000
// customers would split its pages all over instead of filling them in turn.
func newUID() string {
	var b [16]byte
	ms := uint64(time.Now().UnixMilli())
	binary.BigEndian.PutUint64(b[:8], ms<<16|uint64(uidSequence.Add(1)&0xffff))
	if _, err := rand.Read(b[8:]); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b[:])
}
