package cli

import (
	"guanxi/model"
	"guanxi/store"
)

// editLog corrects a logged contact (`guanxi log edit ID`): --channel, --at, --note, --next.
var editLog = fieldsEditor((*store.Store).Interaction, (*store.Store).UpdateInteraction,
	codeField("channel", texts.Log.How, model.Channels, texts.Args.WhatChannel,
		func(i *model.Interaction, code string) { i.Channel = model.Channel(code) }),
	readField("at", texts.Log.When, func(c *cli, v string, i *model.Interaction) (err error) { i.At, err = c.parseWhen(v); return err }),
	readField("note", texts.Log.WhatWasSaidReads, func(c *cli, v string, i *model.Interaction) (err error) { i.Summary, err = c.textArg(v); return err }),
	textField("next", texts.Log.NextStep, func(i *model.Interaction) *string { return &i.NextStep }))
