package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"time"
)

// fileIdentity is what the bytes of a file say it is, read as plain bytes, never through SQLite: SQLite
// writes as it opens (it switches a book to WAL, replays and removes a write-ahead log), and a
// file that is refused must stay exactly as it was.
type fileIdentity struct {
	size     int64  // of the file itself
	header   []byte // the first 100 bytes of the database as SQLite would see it
	fileHead []byte // the first 100 bytes of the file itself
	inWAL    bool   // header comes from the last commit in the write-ahead log beside the file
}

const headerSize = 100

// readIdentity reads the header of the database at path: the file's own, or, when a write-ahead log
// beside it holds a committed first page, that page's, which is what SQLite will read.
func readIdentity(path string) (fileIdentity, error) {
	var id fileIdentity
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		// A pipe would make the read wait for ever; a device or a folder holds no book.
		return id, fmt.Errorf("open the book %s: it is not a regular file: %w", path, ErrNotBook)
	}
	f, err := os.Open(path)
	if err != nil {
		return id, fmt.Errorf("open the book %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return id, fmt.Errorf("open the book %s: %w", path, err)
	}
	id.size = info.Size()
	head := make([]byte, headerSize)
	n, _ := io.ReadFull(f, head)
	id.fileHead = head[:n]
	id.header = id.fileHead
	if page1, ok := walFirstPage(path + "-wal"); ok {
		id.header, id.inWAL = page1, true
	}
	return id, nil
}

// sqliteFile tells whether the header is an SQLite database's.
func (id fileIdentity) sqliteFile() bool {
	return len(id.header) == headerSize && bytes.Equal(id.header[:len(sqliteHeader)], sqliteHeader)
}

func (id fileIdentity) u32(off int) uint32 { return binary.BigEndian.Uint32(id.header[off : off+4]) }

// applicationID and userVersion are the header's fields of those names (PRAGMA application_id, user_version).
func (id fileIdentity) applicationID() uint32 { return id.u32(68) }
func (id fileIdentity) userVersion() int      { return int(int32(id.u32(60))) }

// pageSize is the size of the file's pages, from its own header.
func (id fileIdentity) pageSize() int64 {
	if len(id.fileHead) < headerSize {
		return 0
	}
	size := int64(binary.BigEndian.Uint16(id.fileHead[16:18]))
	if size == 1 {
		size = 65536
	}
	return size
}

// cutShort says how a database file is shorter than its own header counts, or "" when it is not.
// SQLite trusts the count only when the header was written by a version that keeps it (the
// "version-valid-for" field matches the change counter), and so does this.
func (id fileIdentity) cutShort() string {
	if len(id.fileHead) < headerSize {
		return fmt.Sprintf("the file is cut short: %d bytes, less than a database's header", id.size)
	}
	page := id.pageSize()
	if page < 512 || page&(page-1) != 0 {
		return fmt.Sprintf("its header is damaged: a page size of %d bytes", page)
	}
	counter, validFor := binary.BigEndian.Uint32(id.fileHead[24:28]), binary.BigEndian.Uint32(id.fileHead[92:96])
	pages := int64(binary.BigEndian.Uint32(id.fileHead[28:32]))
	// A checkpoint killed halfway leaves the first page written and the file not yet grown to the
	// count it gives: the write-ahead log still holds those pages, and SQLite reads them from there.
	if counter == validFor && pages > 0 && id.size < pages*page && !id.inWAL {
		return fmt.Sprintf("the file is cut short: %d bytes of the %d its header counts (%d pages of %d bytes)", id.size, pages*page, pages, page)
	}
	if id.size%page != 0 {
		return fmt.Sprintf("the file is cut short: %d bytes, not a whole number of %d-byte pages", id.size, page)
	}
	return ""
}

// checkIdentity refuses, from its bytes alone, a file that is not a guanxi book this version may
// open: not an SQLite file, another program's database, a book of a newer version, a book cut
// short. Nothing has opened the file yet, so nothing of it has changed.
func checkIdentity(path string) error {
	id, err := readIdentity(path)
	if err != nil {
		return err
	}
	if len(id.fileHead) < len(sqliteHeader) || !bytes.Equal(id.fileHead[:len(sqliteHeader)], sqliteHeader) || !id.sqliteFile() {
		return fmt.Errorf("%s: %w (it is not an SQLite file)", path, ErrNotBook)
	}
	if id.applicationID() != applicationID {
		return fmt.Errorf("%s: %w (it is another program's database)", path, ErrNotBook)
	}
	if v, latest := id.userVersion(), SchemaVersion(); v > latest {
		return fmt.Errorf("%s: %w (book schema %d, this guanxi knows up to %d): update guanxi", path, ErrTooNew, v, latest)
	}
	if short := id.cutShort(); short != "" {
		// Another process may be between writing the first page and growing the file at this very
		// moment, and its log may be reset between our two reads: damage stays, that does not.
		time.Sleep(settleAfterShortRead)
		if again, err := readIdentity(path); err == nil && again.cutShort() == "" {
			return nil
		}
		return fmt.Errorf("%s: %w (%s)", path, ErrDamaged, short)
	}
	return nil
}

// settleAfterShortRead is how long a book that read as cut short is given before it is read again.
const settleAfterShortRead = 50 * time.Millisecond

// Damage says what is wrong with the book file at path that can be seen from its bytes alone (a
// file cut short, a damaged header), or "" when nothing is: for `check` to name the damage of a
// book it cannot open.
func Damage(path string) string {
	id, err := readIdentity(path)
	if err != nil || !id.sqliteFile() {
		return ""
	}
	return id.cutShort()
}

// walFirstPage returns the first page's header as of the last commit in the write-ahead log at
// path, checking the log's frames as SQLite does (salts and running checksums); ok is false when
// the log is not there, is not one, or commits no first page.
func walFirstPage(path string) ([]byte, bool) {
	data, err := os.ReadFile(path)
	if err != nil || len(data) < 32 {
		return nil, false
	}
	magic := binary.BigEndian.Uint32(data[0:4])
	if magic&^1 != 0x377f0682 {
		return nil, false
	}
	var order binary.ByteOrder = binary.LittleEndian
	if magic&1 == 1 {
		order = binary.BigEndian
	}
	page := int(binary.BigEndian.Uint32(data[8:12]))
	if page < 512 || page > 65536 || page&(page-1) != 0 {
		return nil, false
	}
	s0, s1 := walChecksum(order, data[0:24], 0, 0)
	if s0 != binary.BigEndian.Uint32(data[24:28]) || s1 != binary.BigEndian.Uint32(data[28:32]) {
		return nil, false
	}
	salt := data[16:24]
	var committed, pending []byte
	for off := 32; off+24+page <= len(data); off += 24 + page {
		frame := data[off : off+24]
		if !bytes.Equal(frame[8:16], salt) {
			break
		}
		s0, s1 = walChecksum(order, frame[0:8], s0, s1)
		s0, s1 = walChecksum(order, data[off+24:off+24+page], s0, s1)
		if s0 != binary.BigEndian.Uint32(frame[16:20]) || s1 != binary.BigEndian.Uint32(frame[20:24]) {
			break
		}
		if binary.BigEndian.Uint32(frame[0:4]) == 1 {
			pending = data[off+24 : off+24+headerSize]
		}
		if binary.BigEndian.Uint32(frame[4:8]) != 0 { // a commit
			committed = pending
		}
	}
	if committed == nil {
		return nil, false
	}
	return bytes.Clone(committed), true
}

// walChecksum is SQLite's running checksum of a write-ahead log over b, in the log's byte order.
func walChecksum(order binary.ByteOrder, b []byte, s0, s1 uint32) (uint32, uint32) {
	for i := 0; i+8 <= len(b); i += 8 {
		s0 += order.Uint32(b[i:]) + s1
		s1 += order.Uint32(b[i+4:]) + s0
	}
	return s0, s1
}
