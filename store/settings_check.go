package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"guanxi/model"
)

// ErrBadSetting is returned for a setting, arriving from a file, whose value makes no sense; it is
// not saved.
var ErrBadSetting = errors.New("a setting guanxi cannot use")

// CheckSetting holds a setting arriving from a file to the rules the commands that set it follow
// (classes --set, the visit plans, the holidays, the greeting lead), so a value no command would
// save never reaches the book, where it would break every reader of it. The error wraps
// ErrBadSetting.
func CheckSetting(key string, raw json.RawMessage) error {
	bad := func(err error) error {
		var fe *model.FieldError
		if errors.As(err, &fe) {
			return fmt.Errorf("setting %s: %s: %s: %w", key, fe.Field, fe.Msg.En, ErrBadSetting)
		}
		return fmt.Errorf("setting %s: %v: %w", key, err, ErrBadSetting)
	}
	decode := func(v any) error { return json.NewDecoder(bytes.NewReader(raw)).Decode(v) }
	switch key {
	case classSettingsKey:
		cs := model.DefaultClassSettings()
		if err := decode(&cs); err != nil {
			return bad(err)
		}
		if err := cs.Validate(); err != nil {
			return bad(err)
		}
	case plansKey:
		var all map[model.Level]model.VisitPlan
		if err := decode(&all); err != nil {
			return bad(err)
		}
		for level, p := range all {
			if code, err := model.ParseLevel(string(level)); err != nil || code != level {
				return bad(fmt.Errorf("no level has the code %q", string(level)))
			}
			if err := p.Validate(); err != nil {
				return bad(err)
			}
		}
	case holidaysKey:
		var hs []model.Holiday
		if err := decode(&hs); err != nil {
			return bad(err)
		}
		for i := range hs {
			if err := hs[i].Validate(); err != nil {
				return bad(err)
			}
		}
	case greetLeadKey:
		var n int
		if err := decode(&n); err != nil {
			return bad(err)
		}
		if n < 0 || n > model.MaxGreetingLeadDays {
			return bad(fmt.Errorf("greet 0 to %d days ahead, not %d", model.MaxGreetingLeadDays, n))
		}
	default:
		// A setting this guanxi does not read (a newer one's) is kept as it came, when it is JSON.
		if !json.Valid(raw) {
			return fmt.Errorf("setting %s is not valid JSON: %w", key, ErrBadSetting)
		}
	}
	return nil
}
