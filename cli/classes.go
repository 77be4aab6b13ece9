package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/spf13/cobra"
)

// classesOptions is what `guanxi classes` was asked for.
type classesOptions struct {
	Ref   string // the REF argument
	Sets  stringList
	Apply bool
	JSON  bool
}

// newClassesCmd is `guanxi classes [REF] [--set KEY=VALUE]... [--apply] [--json]`.
func (c *cli) newClassesCmd() *cobra.Command {
	opts := &classesOptions{}
	cmd := c.command("classes", "[REF]", "classes [REF] [--set KEY=VALUE]... [--apply] [--json]",
		model.Text{Zh: "分类门槛与建议级别；给出 REF 时显示这位客户的各项分类和理由", En: "classification thresholds and suggested levels; with REF, that customer's classes and why"},
		func(pos []string) error {
			if len(pos) > 0 {
				opts.Ref = pos[0]
			}
			return c.runClasses(opts)
		})
	cmd.Flags().Var(&opts.Sets, "set", c.trf("改一项门槛 `KEY=VALUE`，可多次；KEY 为 %s", "change a threshold `KEY=VALUE`, repeatable; KEY is one of %s", strings.Join(model.SettingKeys(), ", ")))
	cmd.Flags().BoolVar(&opts.Apply, "apply", false, c.tr("采纳建议级别（给出 REF 时只改这位客户）", "take the suggested levels (only REF's when given)"))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出 JSON 对象", "print a JSON object"))
	return cmd
}

// runClasses runs `guanxi classes` as opts asks.
func (c *cli) runClasses(opts *classesOptions) error {
	open := c.open
	if len(opts.Sets) > 0 || opts.Apply {
		open = c.openToWrite // a change of thresholds or levels comes after the day's snapshot
	}
	s, err := open()
	if err != nil {
		return err
	}
	defer s.Close()
	if len(opts.Sets) > 0 {
		if err := c.setThresholds(s, opts.Sets); err != nil {
			return err
		}
	}
	if opts.Ref != "" {
		return c.classifyOne(s, opts.Ref, opts.Apply, opts.JSON)
	}
	if opts.Apply {
		n, err := s.ApplyLevelRules(c.ctx, model.LevelByRule)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已按规则调整 %d 位客户的级别，每次调整都记在其往来记录里", "moved %d customers to their suggested level; each change is on their timeline", n))
		return nil
	}
	cs, err := s.ClassSettings(c.ctx)
	if err != nil {
		return err
	}
	if opts.JSON {
		out := map[string]float64{}
		for _, info := range model.ClassSettingInfo {
			v, _ := settingNumber(cs, info)
			out[info.Key] = v
		}
		return c.writeJSON(out)
	}
	t := &table{}
	t.add(cell{text: c.tr("设置", "SETTING")}, cell{text: c.tr("值", "VALUE")}, cell{text: c.tr("说明", "MEANING")})
	for _, info := range model.ClassSettingInfo {
		t.add(cell{text: info.Key}, cell{text: cs.Get(info.Key)}, cell{text: info.Name.In(c.lang)})
	}
	writeTable(c.stdout, t, true)
	return nil
}

// setThresholds applies KEY=VALUE settings and saves them all at once, or none.
func (c *cli) setThresholds(s *store.Store, sets []string) error {
	cs, err := s.ClassSettings(c.ctx)
	if err != nil {
		return err
	}
	for _, kv := range sets {
		key, value, ok := strings.Cut(kv, "=")
		if !ok {
			return c.usagef("--set 要写成 KEY=VALUE，例如 --set vip_threshold=600万", "--set takes KEY=VALUE, e.g. --set vip_threshold=600万")
		}
		if err := cs.Set(key, value); err != nil {
			return c.usagef("--set %s：%v", "--set %s: %v", kv, err)
		}
	}
	if err := s.SetClassSettings(c.ctx, cs); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.tr("门槛已保存", "thresholds saved"))
	return nil
}

// classJSON is one class of `classes REF --json`.
type classJSON struct {
	Code string `json:"code"`
	Why  string `json:"why"`
}

func (c *cli) classifyOne(s *store.Store, ref string, apply, asJSON bool) error {
	cu, err := c.findCustomer(s, ref)
	if err != nil {
		return err
	}
	if apply {
		sug, changed, err := s.ApplySuggestedLevel(c.ctx, cu.ID, model.LevelByRule)
		if err != nil {
			return err
		}
		if changed {
			fmt.Fprintln(c.stdout, c.trf("%s：%s → %s（%s）", "%s: %s → %s (%s)", model.SanitizeLine(cu.Name),
				c.levelName(cu.Level), c.levelName(sug.Level), sug.Why.In(c.lang)))
		} else {
			fmt.Fprintln(c.stdout, c.trf("%s：级别不变（%s）", "%s: the level stays (%s)", model.SanitizeLine(cu.Name), sug.Why.In(c.lang)))
		}
		return nil
	}
	cl, err := s.Classify(c.ctx, cu.ID)
	if err != nil {
		return err
	}
	rows := []struct {
		key   string
		label model.Text
		list  []model.Code
		class model.Class
	}{
		{"abc", model.Text{Zh: "价值", En: "Value"}, model.ABCCodes, cl.ABC},
		{"tenure", model.Text{Zh: "新老", En: "Tenure"}, model.TenureCodes, cl.Tenure},
		{"lapse", model.Text{Zh: "往来", En: "Dealing"}, model.LapseCodes, cl.Lapse},
		{"activity", model.Text{Zh: "活跃度", En: "Activity"}, model.ActivityCodes, cl.Activity},
		{"quadrant", model.Text{Zh: "钱与忠诚", En: "Money × loyalty"}, model.QuadrantCodes, cl.Quadrant},
	}
	if asJSON {
		out := map[string]any{"id": cu.ID, "level": string(cu.Level)}
		for _, r := range rows {
			out[r.key] = classJSON{r.class.Code, r.class.Why.In(c.lang)}
		}
		out["suggested_level"] = classJSON{string(cl.Suggestion.Level), cl.Suggestion.Why.In(c.lang)}
		return c.writeJSON(out)
	}
	c.stdout.style(styleBold, cu.Name)
	fmt.Fprintln(c.stdout, "  #"+fmt.Sprint(cu.ID))
	var fields []field
	for _, r := range rows {
		fields = append(fields, field{label: r.label.In(c.lang), value: model.NameOf(r.list, r.class.Code, c.lang) + c.tr("：", ": ") + r.class.Why.In(c.lang)})
	}
	sug := c.tr("无", "none")
	if cl.Suggestion.Level != "" {
		sug = c.levelName(cl.Suggestion.Level)
	}
	fields = append(fields, field{label: c.tr("建议级别", "Suggested level"), value: sug + c.tr("：", ": ") + cl.Suggestion.Why.In(c.lang)})
	c.writeFields("  ", fields)
	if cl.Suggestion.Changes(cu.Level) {
		fmt.Fprintln(c.stdout, c.trf("现为%s；guanxi classes %d --apply 采纳建议", "now %s; guanxi classes %d --apply takes the suggestion", c.levelName(cu.Level), cu.ID))
	}
	return nil
}
