package cli

import "guanxi/store"

// openShowingLevels opens the book for a command that shows levels (report, show). With the level
// rules set to run by themselves, showing levels applies them first, as the TUI does, through the
// store's ApplyAutoLevels or ApplyAutoLevel: the book is then opened as for a write (the day's
// snapshot first, replicated). apply tells the command to apply them; it is false when the rules
// are off, or when another machine holds the book and so is the one to apply them.
func (c *cli) openShowingLevels() (s *store.Store, apply bool, err error) {
	if s, err = c.open(); err != nil {
		return nil, false, err
	}
	on, err := s.AutoLevels(c.ctx)
	if err != nil || !on {
		if err != nil {
			s.Close()
			return nil, false, err
		}
		return s, false, nil
	}
	if !c.writing {
		s.Close()
		if s, err = c.openToWrite(); err != nil {
			return nil, false, err
		}
	}
	return s, !c.readOnlyHere(), nil
}
