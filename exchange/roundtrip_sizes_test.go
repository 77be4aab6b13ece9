package exchange

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"

	"guanxi/internal/samplebook"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// generatedBook writes a generated book of n customers: generated books hold customers who share
// a phone, an email or a name with another, as real books do.
func generatedBook(t *testing.T, n int) *store.Store {
	t.Helper()
	return samplebook.Open(t, testbook.At(testNow), sample.Options{Customers: n, Seed: sample.DemoSeed, Today: model.DateOf(testNow)})
}

// roundTripSizes are the generated books every format goes through; the largest only in the full run.
func roundTripSizes() []int {
	if testing.Short() {
		return []int{50, 300}
	}
	return []int{50, 300, 5000}
}

// peopleOf lists every customer and contact person of a book by name (sorted), with the count of each.
func peopleOf(t *testing.T, s *store.Store) (customers, contacts []string) {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	err := s.EachCustomer(ctx, store.Scope{}, func(c model.Customer) error {
		customers = append(customers, string(c.Kind)+":"+c.Name+"/"+c.Company)
		ids = append(ids, c.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		list, err := s.Contacts(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, ct := range list {
			contacts = append(contacts, ct.Name)
		}
	}
	slices.Sort(customers)
	slices.Sort(contacts)
	return customers, contacts
}

func TestRoundTripOfGeneratedBooks(t *testing.T) {
	for _, n := range roundTripSizes() {
		s := generatedBook(t, n)
		wantCustomers, wantContacts := peopleOf(t, s)
		t.Run(fmt.Sprintf("json/%d", n), func(t *testing.T) {
			first := export(t, s, ExportOptions{Format: JSON})
			back, sum := reimport(t, first, JSON)
			if sum.Added != n || sum.Skipped != 0 {
				t.Errorf("added %d and skipped %d of %d customers:\n%s", sum.Added, sum.Skipped, n, problems(sum.Skips, model.En))
			}
			if second := export(t, back, ExportOptions{Format: JSON}); !bytes.Equal(first, second) {
				t.Fatalf("export, import into an empty book and export again differ at %s", firstDiff(first, second))
			}
		})
		for _, f := range []Format{VCard, CSV} {
			t.Run(fmt.Sprintf("%s/%d", f, n), func(t *testing.T) {
				first := export(t, s, ExportOptions{Format: f, Lang: model.Zh})
				back, sum := reimport(t, first, f)
				if sum.Skipped != 0 {
					t.Errorf("skipped %d records:\n%s", sum.Skipped, problems(sum.Skips, model.En))
				}
				gotCustomers, gotContacts := peopleOf(t, back)
				if !slices.Equal(gotCustomers, wantCustomers) {
					t.Errorf("%d customers came back, want %d", len(gotCustomers), len(wantCustomers))
				}
				if f == VCard && !slices.Equal(gotContacts, wantContacts) {
					t.Errorf("%d contact persons came back, want %d", len(gotContacts), len(wantContacts))
				}
			})
		}
	}
}
