package store_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// TestWholeBookRowsStay holds every row of a book written whole (as `guanxi demo` writes one of
// more than 5,000 customers) to the rows the program wrote before its writing was split over two
// connections: a digest of each table the book fills, row by row in the order of their ids with
// every column and its type, and of the book's schema. The writer may change how it writes, never
// what: a change here must be made knowingly.
func TestWholeBookRowsStay(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a book of 6,000 customers")
	}
	at := time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)
	path := filepath.Join(t.TempDir(), "book.db")
	err := store.CreateFilled(path, func(s *store.Store) error {
		return sample.Fill(context.Background(), s, sample.Options{Customers: 6_000, Seed: 1,
			Today: model.DateOf(at), Scale: true})
	}, store.WithClock(func() time.Time { return at }))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"customers":       "28a1d1cd8f1c762d33386a0885e58bce4855fee668aa06f7ca7d3f314f21eb9b",
		"contacts":        "959ec9df9587056831e3a2ae07d64a01b32fab4010f606867c169a6abe574997",
		"person_types":    "e1fe77fece0231b82f7dba65a07d1e6ee4e92360142e14113989d6c1d6c2ff60",
		"interactions":    "1f97b11712ee711299d0bbc8781332ed21c517447268dbb9c5979e5e18faee9f",
		"deals":           "e570bda80d92b4c609f9eef9144e687c2adf110f6a4c63285de07c745d9ffa49",
		"reminders":       "9f5b322b1c3c334796169d8bb5df3d353df4a9b27fd548ac3096c0a80a1c8f7d",
		"complaints":      "6c404fa163107c400a1277233558973efde68b73a296bfb0d1e8f4aa9066fae3",
		"payments":        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"sqlite_sequence": "844bb3ee8da30068629fa062cf7f48d2e29501e90275180f2778be0eefe44be9",
		"sqlite_schema":   "a4ce7ccda82ae52f298c433be517f23fc2a4428f7f8ec9269492e9e98b963a91",
	}
	db, err := benchbook.OpenBare(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for table, digest := range want {
		// The schema's rows in the order of their names: how they were made (an index built after
		// the rows, a trigger put back) may change their order and their pages, not what they are.
		query := "SELECT * FROM " + table + " ORDER BY rowid"
		switch table {
		case "sqlite_schema":
			query = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"
		case "person_types":
			// Each type's lasting identifier is new and random, as the book gives it.
			query = "SELECT id, customer_id, contact_id, type_code, note, created_at, updated_at, length(uid) FROM person_types ORDER BY rowid"
		case "sqlite_sequence":
			query = "SELECT name, seq FROM sqlite_sequence ORDER BY name"
		}
		if got := rowsDigest(t, db, query); got != digest {
			t.Errorf("%s: digest %s, want %s", table, got, digest)
		}
	}
}

// rowsDigest is a digest of the rows query reads: each value with its type, row by row.
func rowsDigest(t *testing.T, db *sql.DB, query string) string {
	t.Helper()
	_, rows := benchbook.Rows(t, db, query)
	h := sha256.New()
	for _, values := range rows {
		for _, v := range values {
			fmt.Fprintf(h, "%T:%v\x1f", v, v)
		}
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}
