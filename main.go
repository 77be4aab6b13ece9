// Command guanxi is a terminal CRM for one salesperson's book of accounts: with no command it opens
// the book in the terminal UI; with a command it reads or writes the book for scripts.
// docs/ARCHITECTURE.md describes the packages behind it and how they depend on each other.
package main

import (
	"os"
	"runtime/debug"

	"github.com/mattn/go-runewidth"

	"guanxi/cli"
)

// commandMemoryLimit is the soft limit of the Go heap of a command.
const commandMemoryLimit = 80 << 20

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	// go-runewidth (used by bubbles) reads the locale at init and would make ambiguous-width
	// characters wide under zh_*, while lipgloss and x/ansi measure them narrow: agree on narrow.
	runewidth.DefaultCondition.EastAsianWidth = false
	cli.Version = version
	if os.Getenv("GOMEMLIMIT") == "" {
		// A command reads at most the whole book once: left alone, the collector would let the heap
		// grow to twice what is live, past 150 MB at 100,000 customers (docs/PERFORMANCE.md). The
		// TUI, an import and an export set limits of their own.
		debug.SetMemoryLimit(commandMemoryLimit)
	}
	os.Exit(cli.Run(os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
}
