package store

import "time"

// Option sets how Open opens a book.
type Option func(*options)

// options are what the Options given to Open set.
type options struct {
	clock func() time.Time
}

// WithClock gives the book the clock of the invocation that opens it: every time stamp the store
// writes and every "today" it reads comes from it, read when needed and never set again. The
// command line passes the moment it began, the terminal UI the running clock, tests a fixed day
// (a function over a variable of their own when the day must move). Without it the clock is
// time.Now.
func WithClock(now func() time.Time) Option {
	return func(o *options) {
		if now != nil {
			o.clock = now
		}
	}
}

// openOptions applies opts over the defaults.
func openOptions(opts []Option) options {
	o := options{clock: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// Now returns the time by the book's clock (see WithClock).
func (s *Store) Now() time.Time { return s.clock() }
