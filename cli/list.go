package cli

import (
	"guanxi/model"
	"guanxi/search"
	"guanxi/store"
	"strings"

	"github.com/spf13/cobra"
)

// listOptions is what `guanxi list` was asked for.
type listOptions struct {
	Query   string
	Level   string
	Stage   string
	Typ     string
	SortKey string
	JSON    bool
	Segment string
	Where   string
}

// newListCmd is `guanxi list [--query Q] [--level L] [--stage S] [--type T] [--sort KEY] [--json]`.
func (c *cli) newListCmd() *cobra.Command {
	opts := &listOptions{}
	cmd := c.command("list", "", "list [--query Q] [--level L] [--stage S] [--type T] [--sort KEY] [--json]",
		texts.List.Short, func([]string) error { return c.runList(opts) })
	cmd.Flags().StringVar(&opts.Query, "query", "", c.t(texts.List.SearchAsList))
	cmd.Flags().StringVar(&opts.Level, "level", "", c.t(texts.List.OnlyLevelCode))
	cmd.Flags().StringVar(&opts.Stage, "stage", "", c.t(texts.List.OnlyStage))
	cmd.Flags().StringVar(&opts.Typ, "type", "", c.t(texts.List.OnlyPersonalityType))
	cmd.Flags().StringVar(&opts.SortKey, "sort", "", c.tf(texts.List.OrderBy, sortKeyList()))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.t(texts.Shared.PrintJSONArray))
	cmd.Flags().StringVar(&opts.Segment, "segment", "", c.t(texts.List.OnlySavedList))
	cmd.Flags().StringVar(&opts.Where, "where", "", c.t(texts.List.OnlyCustomersMatching))
	return cmd
}

// runList runs `guanxi list` as opts asks.
func (c *cli) runList(opts *listOptions) error {
	q := store.ListQuery{Text: opts.Query}
	if opts.Level != "" {
		code, err := c.parseCode(model.LevelCodes(), texts.Args.WhatLevel, "level", opts.Level)
		if err != nil {
			return err
		}
		q.Level = model.Level(code)
	}
	if opts.Stage != "" {
		code, err := c.parseCode(model.Stages, texts.Args.WhatStage, "stage", opts.Stage)
		if err != nil {
			return err
		}
		q.Stage = model.Stage(code)
	}
	if opts.SortKey != "" {
		k, ok := findSortKey(opts.SortKey)
		if !ok {
			return c.usagef(texts.List.SortUnknownOrder, opts.SortKey, sortKeyList())
		}
		q.Sort = k
	}
	s, err := c.open()
	if err != nil {
		return err
	}
	defer s.Close()
	types, catalog, err := c.catalog(s)
	if err != nil {
		return err
	}
	if opts.Typ != "" {
		t, err := model.FindType(types, opts.Typ)
		if err != nil {
			return err
		}
		q.Type = t.Code
	}
	if q.Segment, err = c.segmentFilter(s, opts.Segment, opts.Where); err != nil {
		return err
	}
	// JSON promises every field, read in one query. The rows are written as they are read: a list
	// of the whole book is never held; a search's rows are few.
	each := func(full bool, fn func(*model.Customer) error) error {
		if strings.TrimSpace(q.Text) == "" {
			return s.EachListed(c.ctx, q, full, fn)
		}
		rows, err := search.Customers(c.ctx, s, q, full)
		if err != nil {
			return err
		}
		return store.EachCustomerOf(rows, fn)
	}
	if opts.JSON {
		classes, err := s.ABCClasses(c.ctx)
		if err != nil {
			return err
		}
		a := c.newJSONArray()
		err = each(true, func(cu *model.Customer) error {
			j := toCustomerJSON(*cu)
			abc := store.ABCOf(classes, j.ID)
			j.ABC = &abc
			return a.add(j)
		})
		if err != nil {
			return err
		}
		return a.end()
	}
	t := c.newCustomerTable(catalog)
	if err := t.addAll(func(fn func(*model.Customer) error) error { return each(false, fn) }); err != nil {
		return err
	}
	t.print()
	return nil
}

func findSortKey(s string) (store.SortKey, bool) {
	t := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "_")
	for _, k := range store.SortKeys {
		if string(k) == t {
			return k, true
		}
	}
	return "", false
}

func sortKeyList() string {
	names := make([]string, len(store.SortKeys))
	for i, k := range store.SortKeys {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
