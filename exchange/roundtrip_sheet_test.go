package exchange

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"guanxi/internal/samplebook"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// Our own sheets come back: a CSV or workbook export imported into an empty book exports again the
// same, cell by cell, in either language's headers. What a sheet cannot carry are the figures of
// deals and payments (first deal, order total, owed): those come back empty and the import says so.

// sheetSizes are the generated books the sheets go through: 2,000 customers as a real book, with
// history, only in the full run.
func sheetSizes() []int {
	if testing.Short() {
		return []int{300}
	}
	return []int{300, 2000}
}

// historyBook writes a generated book of n customers with their logged contacts, deals,
// payments and reminders.
func historyBook(t *testing.T, n int) *store.Store {
	t.Helper()
	return samplebook.Open(t, testbook.At(testNow), sample.Options{Customers: n, Seed: sample.DemoSeed, Today: model.DateOf(testNow), Scale: true})
}

// sheetCells reads the cells of a CSV or workbook export, header first.
func sheetCells(t *testing.T, data []byte, f Format) [][]string {
	t.Helper()
	if f == CSV {
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	book, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	rows, err := book.GetRows(book.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		for len(rows[i]) < len(columns) { // a workbook's row ends at its last cell with a value
			rows[i] = append(rows[i], "")
		}
	}
	return rows
}

// dealColumn tells whether column i holds a figure of deals a sheet cannot carry.
func dealColumn(i int) bool { return columns[i].derived }

// sheetRoundTrip exports a book as f in lang, imports it into an empty book and exports that,
// returning both exports' cells and the import's summary.
func sheetRoundTrip(t *testing.T, s *store.Store, f Format, lang model.Lang) (first, second [][]string, sum Summary) {
	t.Helper()
	data := export(t, s, ExportOptions{Format: f, Lang: lang})
	back, sum := reimport(t, data, f)
	again := export(t, back, ExportOptions{Format: f, Lang: lang})
	return sheetCells(t, data, f), sheetCells(t, again, f), sum
}

func TestSheetRoundTripOfGeneratedBooks(t *testing.T) {
	for _, n := range sheetSizes() {
		s := historyBook(t, n)
		for _, f := range []Format{CSV, XLSX} {
			for _, lang := range []model.Lang{model.Zh, model.En} {
				t.Run(fmt.Sprintf("%s/%s/%d", f, lang, n), func(t *testing.T) {
					first, second, sum := sheetRoundTrip(t, s, f, lang)
					if sum.Added != n || len(first) != n+1 || len(second) != n+1 {
						t.Fatalf("added %d of %d; %d and %d rows", sum.Added, n, len(first)-1, len(second)-1)
					}
					differ := map[string]int{}
					dealRows := 0
					for r := range first {
						gave := false
						for i := range columns {
							a, b := first[r][i], second[r][i]
							if r > 0 && dealColumn(i) {
								gave = gave || a != ""
								a = "" // not kept, and said so (below)
							}
							if a != b {
								if differ[first[0][i]] == 0 {
									t.Errorf("row %d, %s: %q came back as %q", r, first[0][i], a, b)
								}
								differ[first[0][i]]++
							}
						}
						if gave {
							dealRows++
						}
					}
					if len(differ) > 0 {
						t.Errorf("rows that differ, by column: %v", differ)
					}
					if dealRows == 0 {
						t.Fatal("the generated book should have deals")
					}
					want, _ := dealFigureRows{rows: dealRows}.problem()
					said := false
					for _, w := range sum.Warnings {
						said = said || w.Msg == want.Msg
					}
					if !said {
						t.Errorf("the import should say the deal figures of %d rows were not kept; it said:\n%s", dealRows, problems(sum.Warnings, model.En))
					}
				})
			}
		}
	}
}

// TestSheetRoundTripExact: a book whose customers have logged contacts and reminders but no deals
// comes back from a CSV byte for byte, and from a workbook cell for cell. It is a book made the
// way a user makes one: a generated book's sheet imported (which keeps no deals), then contacts
// logged and reminders set.
func TestSheetRoundTripExact(t *testing.T) {
	s, _ := reimport(t, export(t, generatedBook(t, 300), ExportOptions{Format: CSV, Lang: model.Zh}), CSV)
	ctx := context.Background()
	ids := testbook.CustomerIDs(t, s)
	// Visits, calls and other contacts long ago and lately, and reminders before and after the
	// plan's next contact: every way the next due day is made.
	channels := []model.Channel{model.ChannelVisit, model.ChannelCall, model.ChannelWeChat, model.ChannelMeeting}
	for k, id := range ids {
		switch k % 5 {
		case 0, 1:
			i := model.Interaction{CustomerID: id, Channel: channels[k%len(channels)], At: testNow.AddDate(0, 0, -(k % 70)), Summary: "谈了报价"}
			if err := s.LogInteraction(ctx, &i); err != nil {
				t.Fatal(err)
			}
		case 2:
			r := model.Reminder{CustomerID: id, DueOn: model.DateOf(testNow).AddDays(k%40 - 20), Kind: model.ReminderCall, Note: "回电话"}
			if err := s.AddReminder(ctx, &r); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, lang := range []model.Lang{model.Zh, model.En} {
		data := export(t, s, ExportOptions{Format: CSV, Lang: lang})
		back, sum := reimport(t, data, CSV)
		if again := export(t, back, ExportOptions{Format: CSV, Lang: lang}); !bytes.Equal(data, again) {
			t.Errorf("%s: the CSV export differs once imported at %s", lang, firstDiff(data, again))
		}
		if len(sum.Warnings) != 0 {
			t.Errorf("%s: a book without deals imports without a word:\n%s", lang, problems(sum.Warnings, model.En))
		}
		first, second, _ := sheetRoundTrip(t, s, XLSX, lang)
		if !slices.EqualFunc(first, second, slices.Equal[[]string]) {
			for r := range min(len(first), len(second)) {
				if !slices.Equal(first[r], second[r]) {
					t.Fatalf("%s: the workbook differs once imported at row %d:\n%q\n%q", lang, r, first[r], second[r])
				}
			}
			t.Fatalf("%s: %d rows, then %d", lang, len(first), len(second))
		}
	}
}

// TestSheetMergedAgainLogsNoContactTwice: merging our own sheet into the book it came from logs no
// second contact for the last contact each row gives, and leaves the days as they were.
func TestSheetMergedAgainLogsNoContactTwice(t *testing.T) {
	s := generatedBook(t, 50)
	data := export(t, s, ExportOptions{Format: CSV, Lang: model.Zh})
	back, _ := reimport(t, data, CSV)
	logged := func() int {
		n := 0
		err := back.EachCustomer(context.Background(), store.Scope{}, func(c model.Customer) error {
			if !c.LastContactOn.IsZero() {
				n++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := logged()
	if before == 0 {
		t.Fatal("the generated book should have customers with a last contact")
	}
	archive := func() []byte { return export(t, back, ExportOptions{Format: JSON}) }
	first := archive()
	sum, err := ImportFrom(context.Background(), back, bytes.NewReader(data), int64(len(data)), Options{Format: CSV, Lang: model.Zh, Merge: true})
	if err != nil || sum.Merged != 50 {
		t.Fatalf("merged %d of 50: %v", sum.Merged, err)
	}
	if again := archive(); !bytes.Equal(first, again) {
		t.Errorf("merging the same sheet again changed the book at %s", firstDiff(first, again))
	}
}
