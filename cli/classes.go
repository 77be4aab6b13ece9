package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
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
		texts.Classes.Short,
		func(pos []string) error {
			if len(pos) > 0 {
				opts.Ref = pos[0]
			}
			return c.runClasses(opts)
		})
	cmd.Flags().Var(&opts.Sets, "set", c.tf(texts.Classes.ChangeThresholdRepeatable, strings.Join(model.SettingKeys(), ", ")))
	cmd.Flags().BoolVar(&opts.Apply, "apply", false, c.t(texts.Classes.TakeSuggestedLevels))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.t(texts.Shared.PrintJSONObject))
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
		fmt.Fprintln(c.stdout, c.tf(texts.Classes.MovedCustomersTheir, n))
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
	t.add(cell{text: c.t(texts.Classes.Setting)}, cell{text: c.t(texts.Classes.Value)}, cell{text: c.t(texts.Classes.Meaning)})
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
			return c.usagef(texts.Classes.SetTakesKey)
		}
		if err := cs.Set(key, value); err != nil {
			return c.usagef(texts.Classes.Set, kv, err)
		}
	}
	if err := s.SetClassSettings(c.ctx, cs); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.t(texts.Classes.ThresholdsSaved))
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
			fmt.Fprintln(c.stdout, c.tf(texts.Classes.Change, model.SanitizeLine(cu.Name),
				c.levelName(cu.Level), c.levelName(sug.Level), sug.Why.In(c.lang)))
		} else {
			fmt.Fprintln(c.stdout, c.tf(texts.Classes.LevelStays, model.SanitizeLine(cu.Name), sug.Why.In(c.lang)))
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
		{"abc", kit.Texts.Classes.Abc, model.ABCCodes, cl.ABC},
		{"tenure", kit.Texts.Classes.Tenure, model.TenureCodes, cl.Tenure},
		{"lapse", kit.Texts.Classes.Lapse, model.LapseCodes, cl.Lapse},
		{"activity", kit.Texts.Classes.Activity, model.ActivityCodes, cl.Activity},
		{"quadrant", texts.Classes.MoneyLoyalty, model.QuadrantCodes, cl.Quadrant},
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
		fields = append(fields, field{label: r.label.In(c.lang), value: model.NameOf(r.list, r.class.Code, c.lang) + c.t(texts.Shared.Colon) + r.class.Why.In(c.lang)})
	}
	sug := c.t(texts.Classes.None)
	if cl.Suggestion.Level != "" {
		sug = c.levelName(cl.Suggestion.Level)
	}
	fields = append(fields, field{label: c.t(texts.Classes.SuggestedLevel), value: sug + c.t(texts.Shared.Colon) + cl.Suggestion.Why.In(c.lang)})
	c.writeFields("  ", fields)
	if cl.Suggestion.Changes(cu.Level) {
		fmt.Fprintln(c.stdout, c.tf(texts.Classes.NowGuanxiClasses, c.levelName(cu.Level), cu.ID))
	}
	return nil
}
