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
	f := kit.NewForm(c, c.T("form.thresholds"), func(v map[string]string) (tea.Cmd, error) {
		out := cs
		for _, info := range model.ClassSettingInfo {
			if err := out.Set(info.Key, v[info.Key]); err != nil {
				return nil, &model.FieldError{Field: info.Key, Msg: model.Text{
					Zh: kit.Tr("err.threshold", model.Zh) + kit.Tr("hint.unit."+unitKey(info.Unit), model.Zh), En: err.Error()}}
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
		f.Text(info.Key, label, value, c.T("hint.unit."+unitKey(info.Unit)))
	}
	return f
}

func unitKey(u model.SettingUnit) string {
	switch u {
	case model.UnitPercent:
		return "percent"
	case model.UnitMonths:
		return "months"
	case model.UnitDays:
		return "days"
	case model.UnitMoney:
		return "money"
	}
	return "count"
}

// Segment saves the query typed in the list under a name.
func Segment(c *kit.Common, query string) *kit.Form {
	f := kit.NewForm(c, c.T("form.segment"), func(v map[string]string) (tea.Cmd, error) {
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
	f.Text("name", c.T("f.segmentName"), "", c.T("hint.segmentName")).
		Text("query", c.T("f.query"), query, c.T("hint.query"))
	return f
}
