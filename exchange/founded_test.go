package exchange

import (
	"bytes"
	"context"
	"testing"

	"guanxi/internal/testbook"
	"guanxi/model"
)

// An organisation's date is its founding day: the vCard export carries it as such, never as a
// birthday a phone would list, and an import of the export gives it back; a person keeps BDAY.
func TestAnOrganisationIsFoundedNotBorn(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	org := model.Customer{Name: "星辰科技", Company: "星辰科技", Kind: model.KindOrganisation, Birthday: model.MustDate("2010-05-01")}
	person := model.Customer{Name: "张三", Birthday: model.MustDate("1980-02-03")}
	testbook.AddCustomers(t, s, &org, &person)
	for _, version := range []string{"3.0", "4.0"} {
		data := export(t, s, ExportOptions{Format: VCard, VCardVersion: version, Lang: model.Zh})
		if bytes.Count(data, []byte("BDAY")) != 1 || !bytes.Contains(data, []byte("X-GUANXI-FOUNDED")) {
			t.Errorf("vCard %s: want one BDAY (the person's) and the organisation's founding day:\n%s", version, data)
		}
		back, _ := reimport(t, data, VCard)
		got, err := back.FindCustomer(ctx, "星辰科技")
		if err != nil || got.Birthday != org.Birthday {
			t.Errorf("vCard %s: the founding day came back as %v (%v)", version, got.Birthday, err)
		}
	}
}
