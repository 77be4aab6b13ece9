package sample

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"testing"

	"guanxi/internal/testbook"
	"guanxi/store"
)

// bookDigest is a digest of everything a book holds about its customers, read back through the
// export's walk of the book: every customer with their ids, figures and records, in order.
func bookDigest(t testing.TB, s *store.Store) string {
	t.Helper()
	h := sha256.New()
	enc := json.NewEncoder(h)
	err := s.EachBookCustomer(context.Background(), store.Scope{}, func(bc *store.BookCustomer) error {
		return enc.Encode(bc)
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// The generator and the bulk writer may change how they work, never what they write: a seed is a
// book. These digests are of the books the code wrote before the writing was made faster; a
// change to what a generated book holds must change them knowingly.
func TestSameSeedWritesTheSameBook(t *testing.T) {
	cases := []struct {
		name string
		o    Options
		want string
		long bool
	}{
		{"demo", DemoOptions(testToday), "a2b77ad13d7b65d8d612aab3be6a6635794580d666e1a2725dcd780e142da355", false},
		// Above wholeAbove: written whole, with the indexes set aside, as `guanxi demo` writes a
		// large book.
		{"scale", Options{Customers: wholeAbove + 1000, Seed: 1, Today: testToday, Scale: true}, "4090ec5674dd756e33248cb8cc80fbccd11c9fdeecfdff70700d7fabc5842f1c", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.long && testing.Short() {
				t.Skip("writes a book of 6,000 customers")
			}
			path := filepath.Join(t.TempDir(), "book.db")
			clock := store.WithClock(testbook.At(testNow))
			err := store.CreateFilled(path, func(s *store.Store) error {
				return Fill(context.Background(), s, tc.o)
			}, clock)
			if err != nil {
				t.Fatal(err)
			}
			s, err := store.Open(path, clock)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := bookDigest(t, s); got != tc.want {
				t.Errorf("the %s book's digest is %s, want %s", tc.name, got, tc.want)
			}
			problems, err := s.Check(context.Background())
			if err != nil || len(problems) > 0 {
				t.Errorf("check: %v %v", problems, err)
			}
		})
	}
}
