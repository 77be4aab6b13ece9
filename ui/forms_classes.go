package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// onOff are the choices of a setting that is on or off.
var onOff = []model.Code{{Code: "off", Name: model.Text{Zh: "关", En: "off"}}, {Code: "on", Name: model.Text{Zh: "开", En: "on"}}}

// thresholdsForm changes the classification thresholds; a value that does not read, or makes no
// sense with the others, keeps the form open on its field.
func thresholdsForm(c *common, cs model.ClassSettings) *form {
	f := newForm(c, c.t("form.thresholds"), func(v map[string]string) (tea.Cmd, error) {
		out := cs
		for _, info := range model.ClassSettingInfo {
			if err := out.Set(info.Key, v[info.Key]); err != nil {
				return nil, &model.FieldError{Field: info.Key, Msg: model.Text{
					Zh: tr("err.threshold", model.Zh) + tr("hint.unit."+unitKey(info.Unit), model.Zh), En: err.Error()}}
			}
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		return saveThresholds(c.store, out), nil
	})
	for _, info := range model.ClassSettingInfo {
		label := info.Name.In(c.lang)
		if info.Unit == model.UnitBool {
			f.choose(info.Key, label, onOff, cs.Get(info.Key))
			continue
		}
		value := cs.Get(info.Key)
		if info.Unit == model.UnitMoney {
			value = strings.TrimPrefix(strings.ReplaceAll(value, ",", ""), "¥")
		}
		f.text(info.Key, label, value, c.t("hint.unit."+unitKey(info.Unit)))
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

// segmentForm saves the query typed in the list under a name.
func segmentForm(c *common, query string) *form {
	f := newForm(c, c.t("form.segment"), func(v map[string]string) (tea.Cmd, error) {
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
		return saveSegment(c.store, name, q), nil
	})
	f.text("name", c.t("f.segmentName"), "", c.t("hint.segmentName")).
		text("query", c.t("f.query"), query, c.t("hint.query"))
	return f
}
