package sample

import "sync"

// lazy is a table of the generator built the first time it is needed. The tables are parsed
// from text; built when the program starts they would be paid for by every run, demo or not,
// before main.
type lazy[T any] struct {
	once  sync.Once
	build func() T
	value T
}

// lazily returns the table build makes, built on the first get.
func lazily[T any](build func() T) *lazy[T] { return &lazy[T]{build: build} }

// get returns the table, building it once.
func (l *lazy[T]) get() T {
	l.once.Do(func() { l.value = l.build() })
	return l.value
}
