package exchange

import (
	"context"
	"strings"
	"testing"

	"guanxi/model"
)

// TestImportedSettingsFollowTheRules: a setting of a JSON book that classes --set (or the plan,
// holiday and greeting commands) would refuse is not stored, and says so; the good ones are.
func TestImportedSettingsFollowTheRules(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name, settings, warn string
	}{
		{"a percent that is text", `"classification": {"a_percent": "abc"}`, "classification"},
		{"a percent out of range", `"classification": {"a_percent": 150}`, "classification"},
		{"a plan of an unknown level", `"visit_plans": {"gold": {"visit_every_days": 7}}`, "visit_plans"},
		{"a plan of negative days", `"visit_plans": {"vip": {"visit_every_days": -3}}`, "visit_plans"},
		{"a lead of a year", `"greeting_lead_days": 400`, "greeting_lead_days"},
		{"a sound percent", `"classification": {"a_percent": 30, "b_percent": 30}`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := `{"format": "guanxi-book", "version": 1, "settings": {` + tc.settings + `},
				"customers": [{"uid": "a1", "name": "王建国", "level": "new", "stage": "prospect"}]}`
			s := openBook(t)
			sum, err := ImportFrom(ctx, s, strings.NewReader(doc), 0, Options{Format: JSON, Lang: model.En})
			if err != nil || sum.Added != 1 {
				t.Fatalf("the import: added %d, %v", sum.Added, err)
			}
			warnings := problems(sum.Warnings, model.En)
			cs, err := s.ClassSettings(ctx)
			if err != nil {
				t.Fatalf("the settings the import left cannot be read: %v", err)
			}
			if err := cs.Validate(); err != nil {
				t.Errorf("the classification settings break their rules: %v", err)
			}
			if _, err := s.Plans(ctx); err != nil {
				t.Errorf("the visit plans cannot be read: %v", err)
			}
			if tc.warn == "" {
				if cs.APercent != 30 || warnings != "" {
					t.Errorf("a sound setting: a_percent %v, warnings %s", cs.APercent, warnings)
				}
				return
			}
			if !strings.Contains(warnings, tc.warn) || !strings.Contains(warnings, "not applied") {
				t.Errorf("the warnings should name %s:\n%s", tc.warn, warnings)
			}
		})
	}
}
