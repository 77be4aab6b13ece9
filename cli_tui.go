package main

import (
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui"
)

// startTUI runs the terminal UI on an open book until the user quits.
func (c *cli) startTUI(s *store.Store, lang model.Lang) error {
	return ui.Run(s, ui.Options{Lang: lang, NoColor: c.env("NO_COLOR") != "", Now: c.now})
}
