package model

import "strings"

// Other CRMs (DingTalk, WeCom, Wukong, Excel templates) write a customer's level and state in
// words of their own. These tables say what each means in guanxi, so a sheet from them imports
// without a row lost; a word that names a stage where a level is expected (潜在客户) sets the
// stage. The user may map a level word otherwise (see ReadForeignLevel).

// ForeignCode is what a level or state written by another program means here: a level, a stage,
// or both; the zero value for a word that means nothing here.
type ForeignCode struct {
	Level Level
	Stage Stage
}

// IsZero tells whether the word meant nothing here.
func (f ForeignCode) IsZero() bool { return f.Level == "" && f.Stage == "" }

// foreignLevels are level words of other programs, folded (see foldForeign).
var foreignLevels = map[string]ForeignCode{
	"普通客户": {Level: LevelFree}, "一般客户": {Level: LevelFree}, "普通": {Level: LevelFree}, "一般": {Level: LevelFree},
	"c类客户": {Level: LevelFree}, "c类": {Level: LevelFree}, "c级": {Level: LevelFree}, "小客户": {Level: LevelFree},
	"重要客户": {Level: LevelKey}, "重要": {Level: LevelKey}, "大客户": {Level: LevelKey}, "核心客户": {Level: LevelKey},
	"a类客户": {Level: LevelKey}, "a类": {Level: LevelKey}, "a级": {Level: LevelKey},
	"b类客户": {Level: LevelNew}, "b类": {Level: LevelNew}, "b级": {Level: LevelNew},
	"战略合作": {Level: LevelStrategic}, "战略合作客户": {Level: LevelStrategic}, "战略": {Level: LevelStrategic},
	"vip": {Level: LevelVIP}, "vip客户": {Level: LevelVIP}, "贵宾": {Level: LevelHonored},
	"新客": {Level: LevelNew}, "新客户": {Level: LevelNew},
	"沉睡客户": {Level: LevelDormant}, "睡眠客户": {Level: LevelDormant}, "休眠": {Level: LevelDormant}, "沉默客户": {Level: LevelDormant},
	"无效客户": {Level: LevelLow}, "低价值": {Level: LevelLow},
	"潜在客户": {Stage: StageProspect}, "潜在": {Stage: StageProspect}, "线索": {Stage: StageProspect},
	"意向客户": {Stage: StageTarget}, "意向": {Stage: StageTarget},
	"成交客户": {Stage: StageCustomer}, "已成交": {Stage: StageCustomer}, "签约客户": {Stage: StageCustomer},
	"流失客户": {Stage: StageLost}, "已流失": {Stage: StageLost},
	"忠诚客户": {Stage: StageLoyal}, "老客户": {Stage: StageLoyal},
}

// foreignStages are the states (客户状态, 跟进状态) of other programs, folded.
var foreignStages = map[string]Stage{
	"新建": StageProspect, "未跟进": StageProspect, "待跟进": StageProspect, "初访": StageProspect, "初步接触": StageProspect,
	"潜在": StageProspect, "潜在客户": StageProspect, "线索": StageProspect,
	"跟进中": StageTarget, "意向": StageTarget, "意向客户": StageTarget, "需求确认": StageTarget, "有意向": StageTarget,
	"报价": StageQualified, "已报价": StageQualified, "方案": StageQualified, "谈判": StageQualified, "商务谈判": StageQualified,
	"准客户": StageQualified, "试用": StageQualified, "试用中": StageQualified,
	"成交": StageCustomer, "已成交": StageCustomer, "赢单": StageCustomer, "签约": StageCustomer, "已签约": StageCustomer,
	"成交客户": StageCustomer, "合作中": StageCustomer,
	"复购": StageLoyal, "长期合作": StageLoyal, "忠诚客户": StageLoyal,
	"流失": StageLost, "已流失": StageLost, "输单": StageLost, "丢单": StageLost, "无效": StageLost, "流失客户": StageLost,
}

// foldForeign is a word as the tables hold it: half-width, lower case, without spaces.
func foldForeign(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(FoldWidth(s)), ""))
}

// ReadForeignLevel reads a level as any program writes it: guanxi's code or name (with or without
// its trailing 客户), or a word of another CRM from the table above. mine maps words to levels as
// the user chose, and is asked first; foreign tells whether the word was another program's, so
// the import can say how it read it.
func ReadForeignLevel(s string, mine map[string]Level) (code ForeignCode, foreign bool, ok bool) {
	if len(mine) > 0 {
		if l, found := mine[foldForeign(s)]; found {
			return ForeignCode{Level: l}, true, true
		}
	}
	folded := FoldWidth(strings.TrimSpace(s))
	for _, try := range []string{folded, folded + "客户"} {
		if c, err := LookupCode(LevelCodes(), "level", try); err == nil {
			return ForeignCode{Level: Level(c)}, false, true
		}
	}
	if f, found := foreignLevels[foldForeign(s)]; found {
		return f, true, true
	}
	return ForeignCode{}, false, false
}

// ReadForeignStage reads a stage as any program writes it: guanxi's code or name (with or
// without 客户), or a state of another CRM (跟进中, 已成交, 输单 …).
func ReadForeignStage(s string) (stage Stage, foreign bool, ok bool) {
	folded := FoldWidth(strings.TrimSpace(s))
	for _, try := range []string{folded, folded + "客户"} {
		if c, err := LookupCode(Stages, "stage", try); err == nil {
			return Stage(c), false, true
		}
	}
	if st, found := foreignStages[foldForeign(s)]; found {
		return st, true, true
	}
	return "", false, false
}

// FoldLevelWord is a level word as a user's own mapping (see ReadForeignLevel) is keyed.
func FoldLevelWord(s string) string { return foldForeign(s) }
