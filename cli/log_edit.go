package cli

import (
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi log edit ID` and how they change the record.

// editLog corrects a logged contact: --channel, --at, --note, --next.
func editLog(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	channel := fs.String("channel", "", c.t(texts.Log.How))
	at := fs.String("at", "", c.t(texts.Log.When))
	note := fs.String("note", "", c.t(texts.Log.WhatWasSaidReads))
	next := fs.String("next", "", c.t(texts.Log.NextStep))
	return func(s *store.Store, id int64, set map[string]bool) error {
		i, err := s.Interaction(c.ctx, id)
		if err != nil {
			return err
		}
		if set["channel"] {
			code, err := c.parseCode(model.Channels, "channel", "channel", *channel)
			if err != nil {
				return err
			}
			i.Channel = model.Channel(code)
		}
		if set["at"] {
			if i.At, err = c.parseWhen(*at); err != nil {
				return err
			}
		}
		if set["note"] {
			if i.Summary, err = c.textArg(*note); err != nil {
				return err
			}
		}
		if set["next"] {
			i.NextStep = *next
		}
		return s.UpdateInteraction(c.ctx, &i)
	}
}
