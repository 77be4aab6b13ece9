package store

import (
	"database/sql"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guanxi/model"
)

// TestAHalfCheckpointIsNotDamage: a process killed while it copies the write-ahead log into the
// book leaves the first page written, counting pages the file has not grown to yet; the log still
// holds them. That book is whole, and the check of its bytes must not call it cut short.
func TestAHalfCheckpointIsNotDamage(t *testing.T) {
	book := closedBook(t, model.Customer{Name: "张伟"})

	// Grow the book through the log alone: no checkpoint runs while this connection is open.
	db, err := sql.Open("sqlite", "file:"+book+"?_pragma=journal_mode(WAL)&_pragma=wal_autocheckpoint(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("CREATE TABLE filler(b BLOB)"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		if _, err := db.Exec("INSERT INTO filler VALUES (?)", []byte(strings.Repeat("x", 50_000))); err != nil {
			t.Fatal(err)
		}
	}
	// What a kill halfway through the checkpoint leaves: the log whole, and the book's first page
	// (its header) already the log's, while the book has not grown.
	dir := t.TempDir()
	copyBook := filepath.Join(dir, "guanxi.db")
	main, err := os.ReadFile(book)
	if err != nil {
		t.Fatal(err)
	}
	wal, err := os.ReadFile(book + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	header, ok := walFirstPage(book + "-wal")
	if !ok {
		t.Fatal("the log holds no committed first page")
	}
	copy(main, header)
	if err := os.WriteFile(copyBook, main, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copyBook+"-wal", wal, 0o600); err != nil {
		t.Fatal(err)
	}
	if id, _ := readIdentity(copyBook); !id.inWAL || int64(binary.BigEndian.Uint32(main[28:32]))*id.pageSize() <= id.size {
		t.Fatal("the case is not reached: the header should count more pages than the file has")
	}
	if err := checkIdentity(copyBook); err != nil {
		t.Fatalf("a book half checkpointed is refused: %v", err)
	}
	if d := Damage(copyBook); d != "" {
		t.Fatalf("a book half checkpointed is called damaged: %s", d)
	}
}
