package exchange

import (
	"fmt"
	"hash/maphash"
	"strings"

	"guanxi/model"
)

// Finding the customer a record duplicates, among the book's and those read earlier from the file.

// dupIndex finds the customer, of the book or read earlier from the file, a record looks like.
// Its keys are 64-bit hashes of the phone, email, name and the rest: maps without pointers, which
// the collector need not walk, and no copy of each string (at 100,000 customers, two different
// keys share a hash about once in four billion imports). It keeps copies of the names it shows,
// never a cell of the file, which would keep the whole line in memory. The names are kept end to
// end in a few long blocks rather than each in a string of its own: at 100,000 customers that is
// half the memory, and the import's peak is measured against 150 MB.
type dupIndex struct {
	seed                    maphash.Seed
	phone, email, name, uid map[uint64]int64
	fold                    map[uint64]int64 // the first customer of each folded name, for similar names
	who                     map[int64]dupWho
	texts                   [][]byte // the names and companies of who, in blocks of textBlock bytes
}

// textBlock is the size of a block of dupIndex.texts: a block is never grown (which would copy
// it), a new one begins when a name does not fit.
const textBlock = 64 << 10

// dupWho is what a message says of the customer a record looks like: where their name and
// company are in the index's texts, and where they were read.
type dupWho struct {
	block, at           uint32 // the name begins at texts[block][at]; the company follows it
	nameLen, companyLen uint32
	line                int32 // the line in the file of a customer read from it
	number              int32 // or its number, in a JSON book
}

func newDupIndex() *dupIndex {
	return &dupIndex{seed: maphash.MakeSeed(), phone: map[uint64]int64{}, email: map[uint64]int64{}, name: map[uint64]int64{},
		uid: map[uint64]int64{}, fold: map[uint64]int64{}, who: map[int64]dupWho{}}
}

// keep files the name and company (folded) shown of customer id, read at line or as number.
func (ix *dupIndex) keep(id int64, name, company string, line, number int) {
	n := len(name) + len(company)
	last := len(ix.texts) - 1
	if last < 0 || len(ix.texts[last])+n > cap(ix.texts[last]) {
		ix.texts = append(ix.texts, make([]byte, 0, max(textBlock, n)))
		last++
	}
	b := ix.texts[last]
	ix.who[id] = dupWho{block: uint32(last), at: uint32(len(b)), nameLen: uint32(len(name)), companyLen: uint32(len(company)),
		line: int32(line), number: int32(number)}
	ix.texts[last] = append(append(b, name...), company...)
}

// nameOf is the name kept of w, as bytes of the index's texts (compared with a string, they are
// not copied).
func (ix *dupIndex) nameOf(w dupWho) []byte {
	return ix.texts[w.block][w.at : w.at+w.nameLen]
}

// companyOf is the company (folded) kept of w.
func (ix *dupIndex) companyOf(w dupWho) []byte {
	end := w.at + w.nameLen
	return ix.texts[w.block][end : end+w.companyLen]
}

// key is the hash a key is kept under.
func (ix *dupIndex) key(s string) uint64 { return maphash.String(ix.seed, s) }

// setUID files customer id under a lasting identifier.
func (ix *dupIndex) setUID(uid string, id int64) { ix.uid[ix.key(uid)] = id }

// byUID returns the customer of a lasting identifier.
func (ix *dupIndex) byUID(uid string) (int64, bool) {
	id, ok := ix.uid[ix.key(uid)]
	return id, ok
}

func nameKey(k model.DupKeys) string { return k.Fold + "\x00" + k.Company }

func (ix *dupIndex) add(id int64, k model.DupKeys, uid string, line, number int) {
	put := func(m map[uint64]int64, key string) {
		if h := ix.key(key); key != "" {
			if _, ok := m[h]; !ok {
				m[h] = id
			}
		}
	}
	put(ix.phone, k.Phone)
	put(ix.email, k.Email)
	if k.Fold != "" && k.Company != "" {
		put(ix.name, nameKey(k))
	}
	put(ix.fold, k.Fold)
	put(ix.uid, uid)
	ix.keep(id, k.Name, k.Company, line, number)
}

// fromFile tells whether customer id was read earlier from the file being imported.
func (ix *dupIndex) fromFile(id int64) bool {
	w := ix.who[id]
	return w.line > 0 || w.number > 0
}

// sameRecord is the reason of a record whose lasting identifier is already in the book.
const sameRecord model.DupReason = "same_record"

func (ix *dupIndex) find(k model.DupKeys, uid, name string) (int64, model.DupReason, bool) {
	if id, ok := ix.uid[ix.key(uid)]; ok && uid != "" {
		return id, sameRecord, true
	}
	if id, ok := ix.phone[ix.key(k.Phone)]; ok && k.Phone != "" {
		return id, model.DupSamePhone, true
	}
	if id, ok := ix.email[ix.key(k.Email)]; ok && k.Email != "" {
		return id, model.DupSameEmail, true
	}
	if id, ok := ix.name[ix.key(nameKey(k))]; ok && k.Fold != "" && k.Company != "" {
		if string(ix.nameOf(ix.who[id])) == strings.TrimSpace(name) {
			return id, model.DupSameNameCompany, true
		}
		return id, model.DupSimilarName, true
	}
	// The rule of model.LikelyDuplicate for names written apart only by spaces, width or case.
	if id, ok := ix.fold[ix.key(k.Fold)]; ok && k.Fold != "" {
		w := ix.who[id]
		company := ix.companyOf(w)
		if string(ix.nameOf(w)) != strings.TrimSpace(name) && (string(company) == k.Company || len(company) == 0 || k.Company == "") {
			return id, model.DupSimilarName, true
		}
	}
	return 0, "", false
}

// describe says whom a record looks like and why: "和客户簿里的“王建国”电话相同".
func (ix *dupIndex) describe(id int64, why model.DupReason) model.Text {
	reason := model.Text{Zh: "是同一条记录", En: "same record"}
	for _, c := range model.DupReasons {
		if c.Code == string(why) {
			reason = model.Text{Zh: c.Name.Zh, En: strings.ToLower(c.Name.En)}
		}
	}
	w := ix.who[id]
	name := quote(string(ix.nameOf(w)))
	if n := int(w.number); n > 0 {
		return model.Text{Zh: fmt.Sprintf("和第 %d 位客户“%s”%s", n, name, reason.Zh),
			En: fmt.Sprintf("%s as %s, customer %d of the file", capitalise(reason.En), name, n)}
	}
	if line := int(w.line); line > 0 {
		return model.Text{Zh: fmt.Sprintf("和第 %d 行的“%s”%s", line, name, reason.Zh),
			En: fmt.Sprintf("%s as %s on line %d", capitalise(reason.En), name, line)}
	}
	return model.Text{Zh: fmt.Sprintf("和客户簿里的“%s”%s", name, reason.Zh),
		En: fmt.Sprintf("%s as %s in the book", capitalise(reason.En), name)}
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
