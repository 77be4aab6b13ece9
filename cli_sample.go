package main

import (
	"context"

	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// fillSample writes a generated book of n customers; a large one gets the benchmark's proportions
// of logged contacts, deals and reminders.
func fillSample(ctx context.Context, s *store.Store, n int, today model.Date) error {
	return sample.Fill(ctx, s, sample.Options{Customers: n, Seed: 1, Today: today, Scale: n > 1000})
}

// demoSample fills an empty book with the demo customers.
func demoSample(ctx context.Context, s *store.Store, today model.Date) error {
	return sample.Demo(ctx, s, today)
}
