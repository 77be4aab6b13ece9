package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// applicationID marks an SQLite file as a guanxi book ("GXI1"), so another program's database is
// never taken for one and migrated.
const applicationID = 0x47584931

// migration is one numbered step of the schema: its SQL, then an optional Go step in the same
// transaction (for seeding data that lives in model).
type migration struct {
	version int
	name    string
	sql     string
	after   func(context.Context, *sql.Tx) error
}

// afterSteps are the Go steps that follow some migrations' SQL.
var afterSteps = map[int]func(context.Context, *sql.Tx) error{
	2:  seedCatalog,
	16: lunarHolidaysEveryYear,
	34: idsNeverReused,
}

// migrations returns every embedded step in order.
func migrations() ([]migration, error) {
	entries, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration file %s has no number", e.Name())
		}
		body, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{v, e.Name(), string(body), afterSteps[v]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	ms, _ := migrations()
	return ms[len(ms)-1].version
}

// migrate brings the book to the current schema, all its steps in one transaction. It refuses a
// book from a newer version or another program's database, and copies an existing book aside
// first.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	return s.migrateWith(ctx, ms)
}

// migrateWith is migrate with the steps given, so a test can add a step that fails.
func (s *Store) migrateWith(ctx context.Context, ms []migration) error {
	// One statement for both marks: every command opens the book, and each statement is parsed.
	var version, appID int
	if err := s.db.QueryRowContext(ctx, "SELECT user_version, application_id FROM pragma_user_version, pragma_application_id").
		Scan(&version, &appID); err != nil {
		return fmt.Errorf("%s: %w (%v)", s.path, ErrNotBook, err)
	}
	if appID != applicationID {
		// Not marked as a book: only a new, empty database may become one.
		var tables int
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
			return fmt.Errorf("%s: %w (%v)", s.path, ErrNotBook, err)
		}
		if appID != 0 || tables > 0 || version != 0 {
			return fmt.Errorf("%s: %w (it is another program's database)", s.path, ErrNotBook)
		}
	}
	latest := ms[len(ms)-1].version
	if version > latest {
		return fmt.Errorf("%s: %w (book schema %d, this guanxi knows up to %d): update guanxi", s.path, ErrTooNew, version, latest)
	}
	if version == latest {
		return nil
	}
	if version > 0 {
		if err := s.copyTo(ctx, freeAsideName(s.path, latest), false); err != nil {
			return fmt.Errorf("copy the book aside before upgrading it: %w", err)
		}
	}
	// Every pending step runs in one transaction, so a step that fails leaves the book exactly as
	// it was, not half upgraded. The version is read again inside it: another process may have
	// upgraded the book meanwhile.
	return s.tx(ctx, func(tx *sql.Tx) error {
		var now int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
			return fmt.Errorf("upgrade the book: %w", err)
		}
		for _, m := range ms {
			if m.version <= now {
				continue
			}
			if err := applyStep(ctx, tx, m); err != nil {
				return err
			}
		}
		return nil
	})
}

// freeAsideName names the copy kept before an upgrade: BOOK.before-vN, or BOOK.before-vN.2 and so
// on when an earlier attempt left one there, which is kept too.
func freeAsideName(book string, version int) string {
	name := fmt.Sprintf("%s.before-v%d", book, version)
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s.before-v%d.%d", book, version, i)
	}
}

// applyStep runs one step of the schema inside the upgrade's transaction.
func applyStep(ctx context.Context, tx *sql.Tx, m migration) error {
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("upgrade the book (%s): %w", m.name, err)
	}
	if m.after != nil {
		if err := m.after(ctx, tx); err != nil {
			return fmt.Errorf("upgrade the book (%s): %w", m.name, err)
		}
	}
	// PRAGMA takes no parameters; both values are integers of ours.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d; PRAGMA application_id = %d", m.version, applicationID)); err != nil {
		return fmt.Errorf("upgrade the book (%s): %w", m.name, err)
	}
	return nil
}
