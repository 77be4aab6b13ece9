package exchange

import (
	"fmt"
	"hash/maphash"
)

// recordUIDs are the lasting identifiers of the records (contacts, logged contacts, deals,
// payments, reminders, complaints) a whole-book import has written so far: SQLite keeps each
// identifier once, so a record whose identifier repeats in the file, or names another record of
// the book, is reported as a bad record before anything of it is written, instead of failing the
// whole import with a broken constraint.
type recordUIDs struct {
	seed maphash.Seed
	seen map[uint64]struct{}
}

func newRecordUIDs() *recordUIDs {
	return &recordUIDs{seed: maphash.MakeSeed(), seen: map[uint64]struct{}{}}
}

func (u *recordUIDs) key(table, uid string) uint64 { return maphash.String(u.seed, table+"\x00"+uid) }

// uidsOf lists the identifiers of a whole-book record's records, each with its table.
func uidsOf(br *bookRecords) [][2]string {
	var out [][2]string
	add := func(table, uid string) {
		if uid != "" {
			out = append(out, [2]string{table, uid})
		}
	}
	for _, ct := range br.contacts {
		add("contacts", ct.UID)
	}
	for _, i := range br.interactions {
		add("interactions", i.UID)
	}
	for k, d := range br.deals {
		add("deals", d.UID)
		for _, p := range br.payments[k] {
			add("payments", p.UID)
		}
	}
	for _, r := range br.reminders {
		add("reminders", r.UID)
	}
	for _, p := range br.complaints {
		add("complaints", p.UID)
	}
	return out
}

// uidClash finds the first identifier of a new whole-book record that repeats one written before
// (in the file, or, for a book that held customers, in the book); nil when there is none.
func (im *importer) uidClash(rec *record) (*Problem, error) {
	mine := map[uint64]bool{}
	for _, tu := range uidsOf(rec.book) {
		table, uid := tu[0], tu[1]
		k := im.uids.key(table, uid)
		_, seen := im.uids.seen[k]
		if !seen && mine[k] {
			seen = true
		}
		if !seen && !im.empty && im.b != nil {
			var err error
			if _, seen, err = im.b.RecordID(table, uid); err != nil {
				return nil, err
			}
		}
		if seen {
			p := rec.problem(fmt.Sprintf("记录的唯一编号“%s”（%s）已被另一条记录使用，这位客户没有导入", quote(uid), table),
				fmt.Sprintf("the uid %q of a record (%s) is already another record's; the customer was not imported", quote(uid), table))
			return &p, nil
		}
		mine[k] = true
	}
	return nil, nil
}

// keepUIDs remembers the identifiers of a whole-book record that was written.
func (im *importer) keepUIDs(rec *record) {
	for _, tu := range uidsOf(rec.book) {
		im.uids.seen[im.uids.key(tu[0], tu[1])] = struct{}{}
	}
}
