package forms

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// onOff are the choices of a setting that is on or off.
var onOff = []model.Code{{Code: "off", Name: model.Text{Zh: "关", En: "off"}}, {Code: "on", Name: model.Text{Zh: "开", En: "on"}}}

// thresholdsForm changes the classification thresholds; a value that does not read, or makes no
// sense with the others, keeps the form open on its field.
func thresholdsForm(c *kit.Common, cs model.ClassSettings) *kit.Form {
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Thresholds), func(v map[string]string) (tea.Cmd, error) {
		out := cs
		for _, info := range model.ClassSettingInfo {
			if err := out.Set(info.Key, v[info.Key]); err != nil {
				return nil, &model.FieldError{Field: info.Key, Msg: model.Text{
					Zh: kit.Texts.Errors.Threshold.In(model.Zh) + unitHint(info.Unit).In(model.Zh), En: err.Error()}}
			}
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		return kit.SaveThresholds(c.Store, out), nil
	})
	for _, info := range model.ClassSettingInfo {
		label := info.Name.In(c.Lang)
		if info.Unit == model.UnitBool {
			f.Choose(info.Key, label, onOff, cs.Get(info.Key))
			continue
		}
		value := cs.Get(info.Key)
		if info.Unit == model.UnitMoney {
			value = strings.TrimPrefix(strings.ReplaceAll(value, ",", ""), "¥")
		}
		f.Text(info.Key, label, value, c.T(unitHint(info.Unit)))
	}
	return f
}

// unitHint is the hint under a threshold: what its unit is, with an example.
func unitHint(u model.SettingUnit) model.Text {
	switch u {
	case model.UnitPercent:
		return kit.Texts.Hints.UnitPercent
	case model.UnitMonths:
		return kit.Texts.Hints.UnitMonths
	case model.UnitDays:
		return kit.Texts.Hints.UnitDays
	case model.UnitMoney:
		return kit.Texts.Hints.UnitMoney
	}
	return kit.Texts.Hints.UnitCount
}

// Segment saves the query typed in the list under a name.
func Segment(c *kit.Common, query string) *kit.Form {
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Segment), func(v map[string]string) (tea.Cmd, error) {
		q := strings.TrimSpace(v["query"])
		if _, err := model.ParseQuery(q); err != nil {
			if qe, ok := err.(*model.QueryError); ok {
				return nil, &model.FieldError{Field: "query", Msg: qe.Msg}
			}
			return nil, err
		}
		name := strings.TrimSpace(v["name"])
		if name == "" {
			return nil, &model.FieldError{Field: "name", Msg: model.Text{Zh: "请给列表起个名字", En: "give the list a name"}}
		}
		return kit.SaveSegment(c.Store, name, q), nil
	})
	f.Text("name", c.T(kit.Texts.Fields.SegmentName), "", c.T(kit.Texts.Hints.SegmentName)).
		Text("query", c.T(kit.Texts.Fields.Query), query, c.T(kit.Texts.Hints.Query))
	return f
}
