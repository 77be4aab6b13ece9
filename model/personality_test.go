package model

import (
	"errors"
	"strings"
	"testing"
)

func TestBuiltinTypesCountPerTypology(t *testing.T) {
	want := map[string]int{
		TypologyGeneral:          13,
		TypologySalesFloor:       13,
		TypologyPhoneB2B:         9,
		TypologyBuyerTemperament: 12,
		TypologyPersonality:      6,
		TypologySpendingPower:    3,
	}
	got := map[string]int{}
	for _, pt := range BuiltinTypes() {
		got[pt.Typology]++
	}
	for _, ty := range BuiltinTypologies() {
		if got[ty.Code] != want[ty.Code] {
			t.Errorf("typology %s has %d types, want %d", ty.Code, got[ty.Code], want[ty.Code])
		}
	}
	if len(BuiltinTypologies()) != len(want) {
		t.Errorf("%d typologies, want %d", len(BuiltinTypologies()), len(want))
	}
}

func TestBuiltinTypesNamesFromTheNotes(t *testing.T) {
	// Every Chinese name the domain notes list, by typology; a name may be stored with a trailing 型.
	tests := []struct {
		typology string
		names    []string
	}{
		{TypologyGeneral, []string{"犹豫型", "自尊自大型", "问题型", "冲动型", "沉默型", "不同意型", "精明型",
			"牢骚型", "条理型", "挑剔型", "分析型", "感情型", "固执型"}},
		{TypologySalesFloor, []string{"沉默型", "唠叨型", "和气型", "骄傲型", "刁酸型", "吹毛求疵型", "暴躁型",
			"完全拒绝型", "杀价型", "经济困难型", "虚情假意型", "权威傲慢型", "情感冲动型"}},
		{TypologyPhoneB2B, []string{"理智型", "任务型", "贪婪型", "主人翁型", "抢功型", "吝啬型", "刁蛮型",
			"关系型", "综合型"}},
		{TypologyBuyerTemperament, []string{"从容不迫型", "优柔寡断型", "自我吹嘘型", "豪爽干脆型"}},
		{TypologyPersonality, []string{"冷淡傲慢", "刚强谨慎", "犹豫不决怀疑", "少言内向", "自夸自大虚荣", "神经质"}},
		{TypologySpendingPower, []string{"经济实惠", "大众", "有实力"}},
	}
	types := BuiltinTypes()
	for _, tt := range tests {
		for _, name := range tt.names {
			found := false
			for _, pt := range types {
				if pt.Typology == tt.typology && (pt.Name.Zh == name || pt.Name.Zh == name+"型") {
					found = true
				}
			}
			if !found {
				t.Errorf("typology %s lacks %s", tt.typology, name)
			}
		}
	}
}

func TestBuiltinTypesComplete(t *testing.T) {
	typologies := map[string]bool{}
	for _, ty := range BuiltinTypologies() {
		if ty.Code == "" || ty.Name.Zh == "" || ty.Name.En == "" || ty.About.Zh == "" || ty.About.En == "" {
			t.Errorf("typology %+v lacks a code, name or description", ty)
		}
		if typologies[ty.Code] {
			t.Errorf("typology code %s used twice", ty.Code)
		}
		typologies[ty.Code] = true
	}
	codes := map[string]bool{}
	enNames := map[string]string{}
	for _, pt := range BuiltinTypes() {
		if err := pt.Validate(); err != nil {
			t.Errorf("%s: %v", pt.Code, err)
		}
		if codes[pt.Code] {
			t.Errorf("code %s used twice", pt.Code)
		}
		codes[pt.Code] = true
		if !typologies[pt.Typology] {
			t.Errorf("%s: typology %q does not exist", pt.Code, pt.Typology)
		}
		if !pt.BuiltIn {
			t.Errorf("%s: not marked built-in", pt.Code)
		}
		for field, text := range map[string]Text{"name": pt.Name, "traits": pt.Traits, "approach": pt.Approach, "avoid": pt.Avoid} {
			if strings.TrimSpace(text.Zh) == "" || strings.TrimSpace(text.En) == "" {
				t.Errorf("%s: %s lacks a language: %+v", pt.Code, field, text)
			}
		}
		en := strings.ToLower(pt.Name.En)
		if other, ok := enNames[en]; ok {
			t.Errorf("%s and %s share the English name %q", other, pt.Code, pt.Name.En)
		}
		enNames[en] = pt.Code
	}
}

func TestBuiltinTypesGiveNoImproperAdvice(t *testing.T) {
	banned := []string{"回扣", "红包", "送礼", "贿赂", "kickback", "bribe", "gift"}
	for _, pt := range BuiltinTypes() {
		// Avoid may name these, to say never; everything else must not.
		for field, text := range map[string]Text{"name": pt.Name, "traits": pt.Traits, "approach": pt.Approach} {
			for _, s := range []string{text.Zh, text.En} {
				for _, word := range banned {
					if strings.Contains(strings.ToLower(s), word) {
						t.Errorf("%s: %s mentions %q: %s", pt.Code, field, word, s)
					}
				}
			}
		}
	}
	greedy, err := FindType(BuiltinTypes(), "贪婪型")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(greedy.Avoid.Zh, "绝不") || !strings.Contains(greedy.Avoid.Zh, "回扣") ||
		!strings.Contains(greedy.Avoid.En, "Never") || !strings.Contains(greedy.Avoid.En, "kickbacks") {
		t.Errorf("贪婪型 should say never to kickbacks: %+v", greedy.Avoid)
	}
}

func TestBuiltinTypesFreshCopy(t *testing.T) {
	a := BuiltinTypes()
	a[0].Name.Zh = "changed"
	a[0].Code = "changed"
	b := BuiltinTypes()
	if b[0].Code == "changed" || b[0].Name.Zh == "changed" {
		t.Errorf("BuiltinTypes shares its slice between calls")
	}
}

func TestFindType(t *testing.T) {
	types := BuiltinTypes()
	tests := []struct {
		query string
		want  string
	}{
		{"hesitant", "hesitant"},
		{"  floor_silent ", "floor_silent"},
		{"HOT_TEMPERED", "hot_tempered"},
		{"hot tempered", "hot_tempered"},
		{"犹豫型", "hesitant"},
		{"犹豫", "hesitant"},
		{" 吹毛求疵 ", "nitpicking"},
		{"沉默型", "silent"}, // shared with the sales floor: the first in order wins
		{"沉默", "silent"},
		{"冷淡傲慢", "cold_arrogant"},
		{"冷淡傲慢型", "cold_arrogant"},
		{"有实力", "affluent"},
		{"NIT-PICKER", "nitpicking"},
		{"silent shopper", "floor_silent"},
		{"Frank And Decisive", "frank"},
		{"self-interested", "self_interested"},
	}
	for _, tt := range tests {
		got, err := FindType(types, tt.query)
		if err != nil {
			t.Errorf("FindType(%q): %v", tt.query, err)
			continue
		}
		if got.Code != tt.want {
			t.Errorf("FindType(%q) = %s, want %s", tt.query, got.Code, tt.want)
		}
	}
}

func TestFindTypeUnknown(t *testing.T) {
	types := BuiltinTypes()
	tests := []struct {
		query   string
		first   string   // the closest type, "" when none should be offered
		mention []string // what the message must name
	}{
		{"hesitent", "hesitant", []string{`"hesitent"`, "hesitant (犹豫型)"}},
		{"analitycal", "analytical", []string{"analytical (分析型)"}},
		{"tempered", "hot_tempered", []string{"hot_tempered (暴躁型)"}},
		{"犹豫不", "", []string{"hesitant (犹豫型)", "doubtful (犹豫不决怀疑型)"}},
		{"吹毛", "nitpicking", []string{"nitpicking (吹毛求疵型)"}},
		{"型", "", []string{`"型"`}},
		{"", "", []string{`""`}},
		{"qqqqqqqqqq", "", []string{`"qqqqqqqqqq"`}},
	}
	for _, tt := range tests {
		_, err := FindType(types, tt.query)
		var ute *UnknownTypeError
		if !errors.As(err, &ute) {
			t.Errorf("FindType(%q) error = %v, want *UnknownTypeError", tt.query, err)
			continue
		}
		if len(ute.Closest) > 3 {
			t.Errorf("FindType(%q) offers %d types, want at most 3", tt.query, len(ute.Closest))
		}
		if tt.first != "" && (len(ute.Closest) == 0 || ute.Closest[0].Code != tt.first) {
			t.Errorf("FindType(%q) closest = %v, want %s first", tt.query, ute.Closest, tt.first)
		}
		for _, m := range tt.mention {
			if !strings.Contains(err.Error(), m) {
				t.Errorf("FindType(%q) error %q does not mention %s", tt.query, err, m)
			}
		}
	}
	if _, err := FindType(nil, "hesitant"); err == nil {
		t.Errorf("FindType in an empty list found something")
	}
}

func TestPersonalityTypeValidate(t *testing.T) {
	ok := PersonalityType{Code: "my_type2", Typology: "custom", Name: Text{Zh: "自定义型"}}
	checkEdits(t, ok, PersonalityType.Validate, edits[PersonalityType]{
		{"valid", func(*PersonalityType) {}, ""},
		{"english name only", func(p *PersonalityType) { p.Name = Text{En: "Mine"} }, ""},
		{"longest code", func(p *PersonalityType) { p.Code = strings.Repeat("a", 40) }, ""},
		{"empty code", func(p *PersonalityType) { p.Code = "" }, "code"},
		{"code too long", func(p *PersonalityType) { p.Code = strings.Repeat("a", 41) }, "code"},
		{"upper case", func(p *PersonalityType) { p.Code = "Hesitant" }, "code"},
		{"hyphen", func(p *PersonalityType) { p.Code = "hot-tempered" }, "code"},
		{"space", func(p *PersonalityType) { p.Code = "hot tempered" }, "code"},
		{"chinese code", func(p *PersonalityType) { p.Code = "犹豫" }, "code"},
		{"no name", func(p *PersonalityType) { p.Name = Text{} }, "name"},
		{"blank name", func(p *PersonalityType) { p.Name = Text{Zh: " ", En: "  "} }, "name"},
		{"no typology", func(p *PersonalityType) { p.Typology = "" }, "typology"},
		{"blank typology", func(p *PersonalityType) { p.Typology = " " }, "typology"},
	})
}
