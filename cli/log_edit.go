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
	return editRecord(c, (*store.Store).Interaction, func(e *edit, i *model.Interaction) {
		e.code(model.Channels, texts.Args.WhatChannel, "channel", channel, func(code string) { i.Channel = model.Channel(code) })
		e.apply("at", func() (err error) { i.At, err = c.parseWhen(*at); return err })
		e.apply("note", func() (err error) { i.Summary, err = c.textArg(*note); return err })
		e.text("next", next, &i.NextStep)
	}, (*store.Store).UpdateInteraction)
}
