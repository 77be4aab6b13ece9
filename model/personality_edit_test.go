package model

import (
	"strings"
	"testing"
)

func TestTypologyValidate(t *testing.T) {
	ok := Typology{Code: "my_market", Name: Text{Zh: "菜市场"}}
	checkEdits(t, ok, Typology.Validate, edits[Typology]{
		{"valid", func(*Typology) {}, ""},
		{"english only", func(t *Typology) { t.Name = Text{En: "Market"} }, ""},
		{"with about", func(t *Typology) { t.About = Text{Zh: "早市的摊主", En: "stall keepers"} }, ""},
		{"empty code", func(t *Typology) { t.Code = "" }, "code"},
		{"upper-case code", func(t *Typology) { t.Code = "Market" }, "code"},
		{"no name", func(t *Typology) { t.Name = Text{Zh: " "} }, "name"},
		{"name too long", func(t *Typology) { t.Name.En = strings.Repeat("x", MaxNameLen+1) }, "name_en"},
		{"about too long", func(t *Typology) { t.About.Zh = strings.Repeat("长", MaxFieldLen+1) }, "about_zh"},
		{"control nul", func(t *Typology) { t.About.En = "a\x00b" }, "about_en"},
	})
}

func TestPersonalityTypeValidateTexts(t *testing.T) {
	ok := PersonalityType{Code: "slow_payer", Typology: "general", Name: Text{Zh: "拖款型"}}
	checkEdits(t, ok, PersonalityType.Validate, edits[PersonalityType]{
		{"longest traits", func(p *PersonalityType) { p.Traits.Zh = strings.Repeat("慢", MaxFieldLen) }, ""},
		{"traits too long", func(p *PersonalityType) { p.Traits.Zh = strings.Repeat("慢", MaxFieldLen+1) }, "traits_zh"},
		{"approach too long", func(p *PersonalityType) { p.Approach.En = strings.Repeat("a", MaxFieldLen+1) }, "approach_en"},
		{"avoid invalid", func(p *PersonalityType) { p.Avoid.Zh = "\xff" }, "avoid_zh"},
		{"name too long", func(p *PersonalityType) { p.Name.Zh = strings.Repeat("名", MaxNameLen+1) }, "name_zh"},
	})
}

func TestNormalizeTrims(t *testing.T) {
	p := PersonalityType{Code: " slow ", Typology: " general ", Name: Text{" 拖款型 ", " Slow payer "},
		Traits: Text{"\n付款慢 ", " pays late\n"}, Approach: Text{" 先 ", " first "}, Avoid: Text{" 别 ", " don't "}}
	p.Normalize()
	want := PersonalityType{Code: "slow", Typology: "general", Name: Text{"拖款型", "Slow payer"},
		Traits: Text{"付款慢", "pays late"}, Approach: Text{"先", "first"}, Avoid: Text{"别", "don't"}}
	if p != want {
		t.Errorf("Normalize = %+v, want %+v", p, want)
	}
	ty := Typology{Code: " market ", Name: Text{" 菜市场 ", " Market "}, About: Text{" 早市 ", " morning "}}
	ty.Normalize()
	if ty != (Typology{Code: "market", Name: Text{"菜市场", "Market"}, About: Text{"早市", "morning"}}) {
		t.Errorf("Typology.Normalize = %+v", ty)
	}
}

func TestBuiltinTypeAndCustomized(t *testing.T) {
	def, ok := BuiltinType("hesitant")
	if !ok || def.Name.Zh != "犹豫型" || !def.BuiltIn {
		t.Fatalf("BuiltinType(hesitant) = %+v, %v", def, ok)
	}
	if _, ok := BuiltinType("slow_payer"); ok {
		t.Errorf("BuiltinType found a type that is not built in")
	}
	tests := []struct {
		name string
		edit func(*PersonalityType)
		want bool
	}{
		{"as shipped", func(*PersonalityType) {}, false},
		{"approach edited", func(p *PersonalityType) { p.Approach.Zh += "多带样品。" }, true},
		{"english name edited", func(p *PersonalityType) { p.Name.En = "Wavering" }, true},
		{"avoid edited", func(p *PersonalityType) { p.Avoid.En = "" }, true},
		{"moved to another typology", func(p *PersonalityType) { p.Typology = TypologyPersonality }, true},
		{"not built in", func(p *PersonalityType) { p.BuiltIn = false; p.Traits.Zh = "x" }, false},
		{"unknown code marked built in", func(p *PersonalityType) { p.Code = "nobody" }, false},
	}
	for _, tt := range tests {
		p := def
		tt.edit(&p)
		if got := p.Customized(); got != tt.want {
			t.Errorf("%s: Customized = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNewCode(t *testing.T) {
	taken := map[string]bool{"hesitant": true, "custom": true, "custom_2": true, "slow_payer": true}
	isTaken := func(c string) bool { return taken[c] }
	tests := []struct {
		name, fallback, want string
	}{
		{"Slow payer", "custom", "slow_payer_2"},
		{"Early bird", "custom", "early_bird"},
		{"  Hot-headed buyer!! ", "custom", "hot_headed_buyer"},
		{"Hesitant", "custom", "hesitant_2"},
		{"拖款型", "custom", "custom_3"},
		{"", "typology", "typology"},
		{"B2B 2026", "custom", "b2b_2026"},
		{"Über käufer", "custom", "ber_k_ufer"},
		{strings.Repeat("abc ", 20), "custom", "abc_abc_abc_abc_abc_abc_abc_abc_abc"},
	}
	for _, tt := range tests {
		got := NewCode(tt.name, tt.fallback, isTaken)
		if got != tt.want {
			t.Errorf("NewCode(%q) = %q, want %q", tt.name, got, tt.want)
		}
		if !validTypeCode(got) {
			t.Errorf("NewCode(%q) = %q is not a valid code", tt.name, got)
		}
	}
}

func TestTagNoteLineAndAppendNote(t *testing.T) {
	hesitant, _ := BuiltinType("hesitant")
	tests := []struct {
		name string
		t    PersonalityType
		note string
		want string
	}{
		{"both names", hesitant, " 春季招标时一直拿不定主意 ", "[犹豫型 / Hesitant] 春季招标时一直拿不定主意"},
		{"empty note", hesitant, "  ", ""},
		{"chinese name only", PersonalityType{Code: "x", Name: Text{Zh: "拖款型"}}, "月底才付", "[拖款型] 月底才付"},
		{"same name twice", PersonalityType{Code: "x", Name: Text{Zh: "VIP", En: "VIP"}}, "n", "[VIP] n"},
		{"no name", PersonalityType{Code: "odd"}, "n", "[odd] n"},
	}
	for _, tt := range tests {
		if got := TagNoteLine(tt.t, tt.note); got != tt.want {
			t.Errorf("%s: TagNoteLine = %q, want %q", tt.name, got, tt.want)
		}
	}
	appends := []struct{ notes, line, want string }{
		{"", "[犹豫型] a", "[犹豫型] a"},
		{"看重交期。", "[犹豫型] a", "看重交期。\n[犹豫型] a"},
		{"看重交期。\n\n", "[犹豫型] a", "看重交期。\n[犹豫型] a"},
		{"看重交期。", "", "看重交期。"},
		{"看重交期。", "  ", "看重交期。"},
	}
	for _, tt := range appends {
		if got := AppendNote(tt.notes, tt.line); got != tt.want {
			t.Errorf("AppendNote(%q, %q) = %q, want %q", tt.notes, tt.line, got, tt.want)
		}
	}
}
