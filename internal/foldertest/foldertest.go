// Package foldertest reads what a folder holds, for the tests that check what an operation left
// beside a book: a listing to compare before and after, and the names of the files there. It
// imports nothing of ours, so the tests of every package, the store's own among them, can use it.
// Only tests import it.
package foldertest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Listing names the files of a folder in order of name, each with its size and mode, so that two
// listings are equal only when nothing was added, removed, grown or shrunk, or had its
// permissions changed. A file removed between reading the folder and reading its size is left
// out.
func Listing(tb testing.TB, dir string) string {
	tb.Helper()
	var parts []string
	for _, name := range Names(tb, dir, nil) {
		info, err := os.Lstat(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s:%d:%v", name, info.Size(), info.Mode()))
	}
	return strings.Join(parts, " ")
}

// Names returns, in order, the names of the files of a folder that keep accepts; every name when
// keep is nil.
func Names(tb testing.TB, dir string, keep func(name string) bool) []string {
	tb.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if keep == nil || keep(e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out
}
