package exchange

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"guanxi/model"
	"guanxi/store"
)

// bookRecords is everything of a customer from a whole-book file besides the profile, checked and
// ready to write. Contacts are referred to by their position: ContactID k means contacts[k-1].
type bookRecords struct {
	tags         []jsonTag
	contacts     []model.Contact
	contactTags  [][]jsonTag
	interactions []model.Interaction
	deals        []model.Deal
	payments     [][]model.Payment // of each deal
	reminders    []model.Reminder
	complaints   []model.Complaint
	levelChanges []model.LevelChange
	putOff       map[model.ItemKind]model.PlanSnooze
	greetings    []store.GreetingSent // ContactID k means contacts[k-1], as above
	// nextDue is the next follow-up day a sheet's row gave, kept for a new customer (see
	// importer.keepNextDue); zero in a whole book, whose records make the day.
	nextDue model.Date
}

// onlyNextDue tells whether a row's records are none but its next due day (nil is none at all):
// its customer can be prepared ahead and written as one with no records, the day kept after.
func (br *bookRecords) onlyNextDue() bool {
	return br == nil || br.interactions == nil && br.onlySheetDays()
}

// onlySheetDays tells whether a row's records are none but a sheet's days: the one contact last
// logged and the next due day (nil is none at all). Its customer too can be prepared ahead, and
// written with them as one of few records (store.Bulk.AddPreparedWithDays).
func (br *bookRecords) onlySheetDays() bool {
	return br == nil || len(br.interactions) <= 1 && br.contacts == nil && br.tags == nil && br.deals == nil &&
		br.reminders == nil && br.complaints == nil && br.levelChanges == nil && br.putOff == nil && br.greetings == nil
}

// jsonSource streams the customers of a whole-book JSON document, one at a time.
type jsonSource struct {
	dec    *json.Decoder
	meta   *jsonBook
	inList bool // inside the customers array
	done   bool
	n      int
}

func newJSONSource(br *bufio.Reader) (*jsonSource, error) {
	dec := json.NewDecoder(br)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fileErrorf("不是 guanxi 导出的 JSON 客户簿", "not a guanxi JSON book: it does not start with {")
	}
	return &jsonSource{dec: dec, meta: &jsonBook{}}, nil
}

func (src *jsonSource) encoding() string    { return "UTF-8" }
func (src *jsonSource) warnings() []Problem { return nil }

func (src *jsonSource) next() (*record, error) {
	for {
		if src.done {
			return nil, io.EOF
		}
		if src.inList {
			if !src.dec.More() {
				src.dec.Token() // ]
				src.inList = false
				continue
			}
			var jc jsonCustomer
			src.n++
			if err := src.dec.Decode(&jc); err != nil {
				return nil, fmt.Errorf("customer %d of the file: %w", src.n, err)
			}
			return customerFromJSON(src.n, &jc), nil
		}
		tok, err := src.dec.Token()
		if err != nil {
			return nil, fmt.Errorf("read the JSON book: %w", err)
		}
		if tok == json.Delim('}') {
			src.done = true
			continue
		}
		key, _ := tok.(string)
		switch key {
		case "format":
			if err := src.dec.Decode(&src.meta.Format); err != nil || src.meta.Format != bookFormat {
				return nil, fileErrorf("不是 guanxi 导出的 JSON 客户簿（format 是 %q）", "not a guanxi JSON book (format %q)", src.meta.Format)
			}
		case "version":
			if err := src.dec.Decode(&src.meta.Version); err != nil || src.meta.Version < 1 || src.meta.Version > bookVersion {
				return nil, fileErrorf("这个 guanxi 只读得懂第 %d 版的 JSON 客户簿，文件是第 %d 版：请升级 guanxi", "this guanxi reads JSON books of version %d, not %d: update guanxi", bookVersion, src.meta.Version)
			}
		case "customers":
			if src.meta.Format != bookFormat {
				return nil, fileErrorf("不是 guanxi 导出的 JSON 客户簿", "not a guanxi JSON book: the format comes before the customers")
			}
			if tok, err := src.dec.Token(); err != nil || tok != json.Delim('[') {
				return nil, errors.New("read the customers: not a list")
			}
			src.inList = true
			meta := src.meta
			src.meta = &jsonBook{Format: meta.Format, Version: meta.Version}
			return &record{meta: meta}, nil
		default:
			dst, what := src.metaPart(key)
			if err := src.dec.Decode(dst); err != nil {
				return nil, fmt.Errorf("read %s: %w", what, err)
			}
		}
	}
}

// metaPart is where the part of the book beside its customers under key is read whole, and what
// an error calls it; a key this version does not know is read and dropped.
func (src *jsonSource) metaPart(key string) (dst any, what string) {
	switch key {
	case "settings":
		return &src.meta.Settings, "the settings"
	case "typologies":
		return &src.meta.Typologies, "the typologies"
	case "types":
		return &src.meta.Types, "the personality types"
	case "holiday_greetings_sent":
		return &src.meta.HolidayGreetings, "the greetings sent"
	case "segments":
		return &src.meta.Segments, "the saved lists"
	}
	return new(json.RawMessage), "the JSON book"
}
