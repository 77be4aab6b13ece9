package store

import (
	"context"

	"guanxi/model"
)

// Levels the rules set by themselves. When the user has turned this on (ClassSettings.AutoApply),
// every front end applies the level rules before it shows levels, through these functions alone,
// so the terminal UI and the command line show the same levels: the TUI when it starts, before
// its analysis and before one customer's classes; `guanxi report` before the report and
// `guanxi show` before the customer's archive.

// AutoLevels tells whether the user has the level rules run by themselves.
func (s *Store) AutoLevels(ctx context.Context) (bool, error) {
	cs, err := classSettings(ctx, s.db)
	if err != nil {
		return false, err
	}
	return cs.AutoApply, nil
}

// ApplyAutoLevels applies the level rules to every customer, as the rules' own change
// (LevelByAuto), when the user has them run by themselves, and returns how many customers moved;
// otherwise it changes nothing and returns 0.
func (s *Store) ApplyAutoLevels(ctx context.Context) (int, error) {
	on, err := s.AutoLevels(ctx)
	if err != nil || !on {
		return 0, err
	}
	return s.ApplyLevelRules(ctx, model.LevelByAuto)
}

// ApplyAutoLevel is ApplyAutoLevels for one customer, before their archive or classes are shown:
// it tells whether their level changed.
func (s *Store) ApplyAutoLevel(ctx context.Context, id int64) (bool, error) {
	on, err := s.AutoLevels(ctx)
	if err != nil || !on {
		return false, err
	}
	_, changed, err := s.ApplySuggestedLevel(ctx, id, model.LevelByAuto)
	return changed, err
}
