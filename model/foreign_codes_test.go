package model

import "testing"

func TestReadForeignLevel(t *testing.T) {
	for _, tt := range []struct {
		in      string
		mine    map[string]Level
		want    ForeignCode
		foreign bool
		ok      bool
	}{
		{"key", nil, ForeignCode{Level: LevelKey}, false, true},
		{"重点客户", nil, ForeignCode{Level: LevelKey}, false, true},
		{"重点", nil, ForeignCode{Level: LevelKey}, false, true},
		{"VIP客户", nil, ForeignCode{Level: LevelVIP}, false, true},
		{"普通客户", nil, ForeignCode{Level: LevelFree}, true, true},
		{"一般客户", nil, ForeignCode{Level: LevelFree}, true, true},
		{"重要客户", nil, ForeignCode{Level: LevelKey}, true, true},
		{"潜在客户", nil, ForeignCode{Stage: StageProspect}, true, true},
		{"意向客户", nil, ForeignCode{Stage: StageTarget}, true, true},
		{"Ａ类客户", nil, ForeignCode{Level: LevelKey}, true, true},
		{" 普通 客户 ", nil, ForeignCode{Level: LevelFree}, true, true},
		{"普通客户", map[string]Level{"普通客户": LevelNew}, ForeignCode{Level: LevelNew}, true, true},
		{"金牌客户", nil, ForeignCode{}, false, false},
		{"", nil, ForeignCode{}, false, false},
	} {
		got, foreign, ok := ReadForeignLevel(tt.in, tt.mine)
		if got != tt.want || foreign != tt.foreign || ok != tt.ok {
			t.Errorf("ReadForeignLevel(%q) = %+v %v %v, want %+v %v %v", tt.in, got, foreign, ok, tt.want, tt.foreign, tt.ok)
		}
	}
}

func TestReadForeignStage(t *testing.T) {
	for _, tt := range []struct {
		in      string
		want    Stage
		foreign bool
		ok      bool
	}{
		{"prospect", StageProspect, false, true},
		{"成交客户", StageCustomer, false, true},
		{"准客户", StageQualified, false, true},
		{"流失", StageLost, false, true},
		{"跟进中", StageTarget, true, true},
		{"已成交", StageCustomer, true, true},
		{"赢单", StageCustomer, true, true},
		{"输单", StageLost, true, true},
		{"商务谈判", StageQualified, true, true},
		{"初访", StageProspect, true, true},
		{"搁置中", "", false, false},
	} {
		got, foreign, ok := ReadForeignStage(tt.in)
		if got != tt.want || foreign != tt.foreign || ok != tt.ok {
			t.Errorf("ReadForeignStage(%q) = %q %v %v, want %q %v %v", tt.in, got, foreign, ok, tt.want, tt.foreign, tt.ok)
		}
	}
}
