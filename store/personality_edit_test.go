package store

import (
	"context"
	"errors"
	"testing"

	"guanxi/model"
)

// typedBook is a book with one organisation, 恒达机械, whose buyer 周丽 is tagged hesitant with a
// note, and a person customer, 李娜.
func typedBook(t *testing.T) (*Store, model.Customer, model.Contact, model.Customer) {
	t.Helper()
	s, ctx, org := bookWith(t, model.Customer{Name: "恒达机械", Company: "苏州恒达精密机械有限公司", Kind: model.KindOrganisation,
		Notes: "每年三月续签。"})
	buyer := model.Contact{CustomerID: org.ID, Name: "周丽", Title: "采购经理"}
	if err := s.AddContact(ctx, &buyer); err != nil {
		t.Fatal(err)
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: org.ID, ContactID: buyer.ID, Type: "hesitant", Note: "春季招标时一直拿不定主意"}); err != nil {
		t.Fatal(err)
	}
	li := addCustomer(t, s, model.Customer{Name: "李娜", Company: "杭州云帆科技"})
	return s, org, buyer, li
}

func findType(t *testing.T, s *Store, code string) (model.PersonalityType, bool) {
	t.Helper()
	types, err := s.PersonalityTypes(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return model.TypeOf(types, code)
}

func fieldOf(err error) string {
	var fe *model.FieldError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

func TestTaggingRoundTrips(t *testing.T) {
	s, org, buyer, li := typedBook(t)
	ctx := context.Background()
	if err := s.TagPerson(ctx, PersonTag{CustomerID: li.ID, Type: "analytical", Note: "要看检测报告"}); err != nil {
		t.Fatal(err)
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: org.ID, Type: "shrewd"}); err != nil {
		t.Fatal(err)
	}
	// Tagging again with the same type replaces the note instead of adding a second tag.
	if err := s.TagPerson(ctx, PersonTag{CustomerID: li.ID, Type: "analytical", Note: "要看第三方检测报告"}); err != nil {
		t.Fatal(err)
	}
	tags, err := s.TagsOf(ctx, []int64{org.ID, li.ID})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64][]PersonTag{
		org.ID: {{CustomerID: org.ID, Type: "shrewd"},
			{CustomerID: org.ID, ContactID: buyer.ID, Type: "hesitant", Note: "春季招标时一直拿不定主意", ContactName: "周丽"}},
		li.ID: {{CustomerID: li.ID, Type: "analytical", Note: "要看第三方检测报告"}},
	}
	for id, w := range want {
		if len(tags[id]) != len(w) {
			t.Fatalf("customer %d tags = %+v, want %+v", id, tags[id], w)
		}
		for i := range w {
			if tags[id][i] != w[i] {
				t.Errorf("customer %d tag %d = %+v, want %+v", id, i, tags[id][i], w[i])
			}
		}
	}
	one, _ := s.PersonTags(ctx, org.ID)
	if len(one) != 2 || one[1].ContactName != "周丽" {
		t.Errorf("PersonTags = %+v", one)
	}
	cu, _ := s.Customer(ctx, li.ID)
	if len(cu.Types) != 1 || cu.Types[0] != "analytical" {
		t.Errorf("customer types = %v", cu.Types)
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: li.ID, ContactID: buyer.ID, Type: "silent"}); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("tagging another customer's contact: %v, want not found", err)
	}
}

func TestUntagKeepsTheNote(t *testing.T) {
	s, org, buyer, li := typedBook(t)
	ctx := context.Background()
	if err := s.TagPerson(ctx, PersonTag{CustomerID: li.ID, Type: "silent"}); err != nil {
		t.Fatal(err)
	}
	if err := s.UntagPerson(ctx, org.ID, buyer.ID, "hesitant"); err != nil {
		t.Fatal(err)
	}
	contacts, _ := s.Contacts(ctx, org.ID)
	if len(contacts[0].Types) != 0 {
		t.Errorf("the tag is still there: %v", contacts[0].Types)
	}
	if want := "[犹豫型 / Hesitant] 春季招标时一直拿不定主意"; contacts[0].Notes != want {
		t.Errorf("contact notes = %q, want %q", contacts[0].Notes, want)
	}
	// A tag without a note leaves the notes as they were.
	if err := s.UntagPerson(ctx, li.ID, 0, "silent"); err != nil {
		t.Fatal(err)
	}
	if cu, _ := s.Customer(ctx, li.ID); cu.Notes != "" || len(cu.Types) != 0 {
		t.Errorf("李娜 after untag: notes %q types %v", cu.Notes, cu.Types)
	}
	if err := s.UntagPerson(ctx, li.ID, 0, "silent"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("untagging twice: %v, want not found", err)
	}
}

func TestEditAndRestoreBuiltinType(t *testing.T) {
	s, _, _, _ := typedBook(t)
	ctx := context.Background()
	pt, _ := findType(t, s, "hesitant")
	pt.Approach.Zh = "先请他看老客户的使用报告，再约试用。"
	pt.Name.En = "Wavering"
	pt.Typology = model.TypologyPersonality
	if err := s.UpdateType(ctx, pt); err != nil {
		t.Fatal(err)
	}
	got, _ := findType(t, s, "hesitant")
	if got != pt || !got.BuiltIn || !got.Customized() {
		t.Errorf("after edit = %+v, want %+v (built in, customized)", got, pt)
	}
	// Editing the texts keeps the tags: 周丽 is still hesitant.
	if carriers, n, _ := s.TypeCarriers(ctx, "hesitant", 10); n != 1 || len(carriers) != 1 {
		t.Errorf("carriers after edit = %d %+v", n, carriers)
	}
	restored, err := s.RestoreType(ctx, "hesitant")
	if err != nil {
		t.Fatal(err)
	}
	def, _ := model.BuiltinType("hesitant")
	got, _ = findType(t, s, "hesitant")
	if got != def || restored != def || got.Customized() {
		t.Errorf("after restore = %+v, want %+v", got, def)
	}
	if _, n, _ := s.TypeCarriers(ctx, "hesitant", 10); n != 1 {
		t.Errorf("restoring dropped the tag")
	}
	if _, err := s.RestoreType(ctx, "nobody"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("restoring a type that is not built in: %v", err)
	}
}

func TestUpdateTypeRefusesBadInput(t *testing.T) {
	s, _, _, _ := typedBook(t)
	ctx := context.Background()
	pt, _ := findType(t, s, "hesitant")
	tests := []struct {
		name  string
		edit  func(*model.PersonalityType)
		field string
	}{
		{"no name", func(p *model.PersonalityType) { p.Name = model.Text{} }, "name"},
		{"no such typology", func(p *model.PersonalityType) { p.Typology = "nowhere" }, "typology"},
		{"a sibling's chinese name", func(p *model.PersonalityType) { p.Name.Zh = "冲动型" }, "name_zh"},
		{"a sibling's english name, other case", func(p *model.PersonalityType) { p.Name.En = "IMPULSIVE" }, "name_en"},
	}
	for _, tt := range tests {
		p := pt
		tt.edit(&p)
		if err := s.UpdateType(ctx, p); fieldOf(err) != tt.field {
			t.Errorf("%s: error %v, want a field error on %s", tt.name, err, tt.field)
		}
	}
	if got, _ := findType(t, s, "hesitant"); got != pt {
		t.Errorf("a refused edit changed the type: %+v", got)
	}
	missing := pt
	missing.Code = "nobody"
	if err := s.UpdateType(ctx, missing); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("updating a missing type: %v", err)
	}
}

func TestAddTypologyAndType(t *testing.T) {
	s, _, _, li := typedBook(t)
	ctx := context.Background()
	ty := model.Typology{Name: model.Text{Zh: "工程项目", En: "Project buyers"}, About: model.Text{Zh: "工地和项目部的采购"}}
	if err := s.AddTypology(ctx, &ty); err != nil {
		t.Fatal(err)
	}
	if ty.Code != "project_buyers" {
		t.Errorf("typology code = %q", ty.Code)
	}
	typologies, _ := s.Typologies(ctx)
	if last := typologies[len(typologies)-1]; last != ty {
		t.Errorf("the new typology should come last: %+v", last)
	}
	zhOnly := model.Typology{Name: model.Text{Zh: "老乡"}}
	if err := s.AddTypology(ctx, &zhOnly); err != nil || zhOnly.Code != "typology" {
		t.Errorf("a Chinese-only typology: code %q, %v", zhOnly.Code, err)
	}
	if err := s.AddTypology(ctx, &model.Typology{Name: model.Text{Zh: "工程项目"}}); fieldOf(err) != "name_zh" {
		t.Errorf("a second 工程项目: %v", err)
	}
	if err := s.AddTypology(ctx, &model.Typology{Code: "general", Name: model.Text{Zh: "又一个"}}); fieldOf(err) != "code" {
		t.Errorf("a taken typology code: %v", err)
	}

	pt := model.PersonalityType{Typology: ty.Code, Name: model.Text{Zh: "拖款型", En: "Slow payer"},
		Traits: model.Text{Zh: "货到了才开始走付款流程。"}, Approach: model.Text{Zh: "合同里写清付款节点，到期前一周提醒。"}}
	if err := s.AddType(ctx, &pt); err != nil {
		t.Fatal(err)
	}
	got, ok := findType(t, s, "slow_payer")
	if !ok || got.BuiltIn || got.Typology != ty.Code || got.Approach.Zh != pt.Approach.Zh {
		t.Errorf("added type = %+v (%v)", got, ok)
	}
	types, _ := s.PersonalityTypes(ctx)
	if types[len(types)-1].Code != "slow_payer" {
		t.Errorf("the new type of the newest typology should come last, got %s", types[len(types)-1].Code)
	}
	again := model.PersonalityType{Typology: ty.Code, Name: model.Text{En: "Slow payer 2"}}
	if err := s.AddType(ctx, &again); err != nil || again.Code != "slow_payer_2" {
		t.Errorf("second type: code %q, %v", again.Code, err)
	}
	bad := []struct {
		name  string
		t     model.PersonalityType
		field string
	}{
		{"taken code", model.PersonalityType{Code: "hesitant", Typology: ty.Code, Name: model.Text{Zh: "甲"}}, "code"},
		{"no typology", model.PersonalityType{Typology: "nowhere", Name: model.Text{Zh: "乙"}}, "typology"},
		{"same name in the typology", model.PersonalityType{Typology: ty.Code, Name: model.Text{Zh: "拖款型"}}, "name_zh"},
		{"bad code", model.PersonalityType{Code: "Bad Code", Typology: ty.Code, Name: model.Text{Zh: "丙"}}, "code"},
	}
	for _, tt := range bad {
		p := tt.t
		if err := s.AddType(ctx, &p); fieldOf(err) != tt.field {
			t.Errorf("%s: %v, want a field error on %s", tt.name, err, tt.field)
		}
	}
	// The same name in another typology is fine: 沉默型 is in two built-in typologies too.
	other := model.PersonalityType{Typology: model.TypologyGeneral, Name: model.Text{Zh: "拖款型"}}
	if err := s.AddType(ctx, &other); err != nil {
		t.Errorf("拖款型 in another typology: %v", err)
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: li.ID, Type: "slow_payer"}); err != nil {
		t.Errorf("tagging with a type of the user's own: %v", err)
	}
	edit := model.Typology{Code: model.TypologyGeneral, Name: model.Text{Zh: "常见类型", En: "Common"}}
	if err := s.UpdateTypology(ctx, edit); err != nil {
		t.Fatal(err)
	}
	typologies, _ = s.Typologies(ctx)
	if typologies[0] != edit {
		t.Errorf("edited typology = %+v", typologies[0])
	}
}

func TestRemoveTypeKeepsEveryNote(t *testing.T) {
	s, org, buyer, li := typedBook(t)
	ctx := context.Background()
	pt := model.PersonalityType{Typology: model.TypologyGeneral, Name: model.Text{Zh: "拖款型", En: "Slow payer"}}
	if err := s.AddType(ctx, &pt); err != nil {
		t.Fatal(err)
	}
	for _, tag := range []PersonTag{
		{CustomerID: org.ID, ContactID: buyer.ID, Type: pt.Code, Note: "月底才走付款流程"},
		{CustomerID: org.ID, Type: pt.Code, Note: "财务换了人"},
		{CustomerID: li.ID, Type: pt.Code},
	} {
		if err := s.TagPerson(ctx, tag); err != nil {
			t.Fatal(err)
		}
	}
	carriers, total, err := s.TypeCarriers(ctx, pt.Code, 2)
	if err != nil || total != 3 || len(carriers) != 2 {
		t.Fatalf("carriers = %d %+v %v, want 3 in all, 2 shown", total, carriers, err)
	}
	if _, err := s.RemoveType(ctx, "hesitant"); !errors.Is(err, ErrBuiltIn) {
		t.Errorf("removing a built-in type: %v, want ErrBuiltIn", err)
	}
	n, err := s.RemoveType(ctx, pt.Code)
	if err != nil || n != 3 {
		t.Fatalf("RemoveType = %d, %v", n, err)
	}
	if _, ok := findType(t, s, pt.Code); ok {
		t.Errorf("the type is still in the catalog")
	}
	cu, _ := s.Customer(ctx, org.ID)
	if want := "每年三月续签。\n[拖款型 / Slow payer] 财务换了人"; cu.Notes != want {
		t.Errorf("customer notes = %q, want %q", cu.Notes, want)
	}
	contacts, _ := s.Contacts(ctx, org.ID)
	if want := "[拖款型 / Slow payer] 月底才走付款流程"; contacts[0].Notes != want {
		t.Errorf("contact notes = %q, want %q", contacts[0].Notes, want)
	}
	if len(contacts[0].Types) != 1 || contacts[0].Types[0] != "hesitant" {
		t.Errorf("other tags must stay: %v", contacts[0].Types)
	}
	if cu, _ := s.Customer(ctx, li.ID); cu.Notes != "" || len(cu.Types) != 0 {
		t.Errorf("李娜: notes %q, types %v", cu.Notes, cu.Types)
	}
	if _, err := s.RemoveType(ctx, pt.Code); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("removing twice: %v", err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Errorf("check after removal = %v, %v", problems, err)
	}
}
