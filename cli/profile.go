package cli

import (
	"slices"

	"guanxi/model"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// profileOptions are the profile fields add and edit share, and which of them were given.
type profileOptions struct {
	change func(*edit, *model.Customer) // applies the profile's flags given, read from profileFields
	set    map[string]bool              // the flags given on the command line, by name
}

// profileFields are the profile's fields, in the order they are applied: the name first (add
// checks it before anything else), the texts, the tags, the rest of the archive
// (profile_more.go), then the codes, read by code or name.
var profileFields = slices.Concat([]editField[model.Customer]{
	textField("name", texts.Profile.CustomerName, func(cu *model.Customer) *string { return &cu.Name }),
	textField("company", texts.Profile.Company, func(cu *model.Customer) *string { return &cu.Company }),
	textField("phone", texts.Shared.Phone, func(cu *model.Customer) *string { return &cu.Phone }),
	textField("email", texts.Shared.Email, func(cu *model.Customer) *string { return &cu.Email }),
	textField("wechat", texts.Shared.WechatID, func(cu *model.Customer) *string { return &cu.WeChat }),
	textField("region", texts.Profile.Region, func(cu *model.Customer) *string { return &cu.Region }),
	textField("industry", texts.Profile.Industry, func(cu *model.Customer) *string { return &cu.Industry }),
	readField("tags", texts.Profile.TagsSeparatedBy, func(_ *cli, v string, cu *model.Customer) error {
		cu.Tags = model.SplitTags(v)
		return nil
	}),
}, moreProfileFields, []editField[model.Customer]{
	// The levels are data read the first time they are asked for, so not at start-up.
	readField("level", texts.Profile.LevelStrategicVip, func(c *cli, v string, cu *model.Customer) error {
		code, err := c.parseCode(model.LevelCodes(), texts.Args.WhatLevel, "level", v)
		if err == nil {
			cu.Level = model.Level(code)
		}
		return err
	}),
	codeField("stage", texts.Profile.StageProspectTarget, model.Stages, texts.Args.WhatStage,
		func(cu *model.Customer, code string) { cu.Stage = model.Stage(code) }),
	codeField("relation", texts.Profile.RelationshipTransactionalPreferred, model.Relations, texts.Args.WhatRelation,
		func(cu *model.Customer, code string) { cu.Relation = model.Relation(code) }),
	codeField("kind", texts.Profile.PersonOrganisation, model.Kinds, texts.Args.WhatKind,
		func(cu *model.Customer, code string) { cu.Kind = model.Kind(code) }),
})

// profileFlags registers the profile's flags on fs, into p.
func (c *cli) profileFlags(fs *pflag.FlagSet, p *profileOptions) {
	p.change = defineFields(c, fs, profileFields)
}

// profileArgs are what the commands that write a customer's profile (add, edit) are asked for
// alike: the profile's fields and which of them were given, the notes and --json.
type profileArgs struct {
	profile profileOptions
	Notes   string
	JSON    bool
}

// profileCommand makes such a command (see command): the profile's flags, --notes and --json, whose
// help is notesHelp and jsonHelp, read into opts, which also holds the flags given by the time run
// is called.
func (c *cli) profileCommand(path, args, use string, short, notesHelp, jsonHelp model.Text, opts *profileArgs, run func(pos []string) error) *cobra.Command {
	var cmd *cobra.Command
	cmd = c.command(path, args, use, short, func(pos []string) error {
		opts.profile.set = setFlags(cmd)
		return run(pos)
	})
	c.profileFlags(cmd.Flags(), &opts.profile)
	cmd.Flags().StringVar(&opts.Notes, "notes", "", c.t(notesHelp))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.t(jsonHelp))
	return cmd
}

// applyProfile changes cu by the flags that were given, reading codes and names.
func (c *cli) applyProfile(p *profileOptions, cu *model.Customer) error {
	e := &edit{c: c, set: p.set}
	p.change(e, cu)
	return e.err
}
