/*
Package cli is guanxi's command line, on cobra. main.go hands it the arguments (Run); the rest lives
here, one file per command named as the user types it: today.go is `guanxi today`, a nested verb
is its parent's name and its own (segment_save.go is `guanxi segment save`).

# The invocation

One *cli value is one invocation, built by Run and shared by every command of the tree it builds
(the role cli/cli's cmdutil.Factory plays): the language (c.lang; messages read from the catalogue texts by c.t and c.tf), the clock of the
invocation (c.now, c.today), the book (c.open to read, c.openToWrite to change it: that one takes
the day's snapshot first), the standard streams and the global flags --db, --lang, --demo and
--version. Errors are sentences in the user's language: c.usagef for what the user typed wrong
(exit 2), c.errorf for anything else (exit 1); Run prints the one line on stderr.

# Adding a command

A command is a file named as it is typed, holding an options struct with one field per flag, a
constructor and a run function; its messages are a struct of the catalogue (text.go), one file per
area (text_holidays.go):

	type holidaysOptions struct {
		Year int
		JSON bool
	}

	func (c *cli) newHolidaysCmd() *cobra.Command {
		opts := &holidaysOptions{}
		cmd := c.command("holidays", "", "holidays [--year Y] [--json]", // path, positionals, usage line
			texts.Holidays.Short, // the summary, in both languages
			func([]string) error { return c.runHolidays(opts) })
		cmd.Flags().IntVar(&opts.Year, "year", 0, c.t(texts.Holidays.YearDefaultThis))
		cmd.Flags().BoolVar(&opts.JSON, "json", false, c.t(texts.Shared.PrintJSON))
		return cmd
	}

	func (c *cli) runHolidays(opts *holidaysOptions) error { … }

Every message is a model.Text of the catalogue, never an inline pair: TestNoInlineMessages refuses
one, TestEveryTextIsRead one that nothing reads. A phrase the TUI already says is read from
kit.Texts. A word in backquotes names the flag's value in help. Positional arguments ("REF",
"FILE", "[NAME]", "QUERY..." …) are checked by c.positionals, which c.command calls and which first
runs c.prepare (--lang, --version, --demo): write your own Args only through it. A command that
writes a record for one customer is made by c.recordCommand (REF and --json); a noun whose actions
are its subcommands by c.parentCommand. A run function opens the book through c.onBook,
c.onBookToWrite or c.onCustomer, which close it. A record's edit changes only the fields whose
flags were given, through editRecord and the edit type (record_edit.go). The commands that add a
record (deal, pay, log, remind, complain) take no options struct: addCommand (record_add.go) reads
their flags through the same kinds of field as the edit, into a new record holding the command's
defaults, after the flags it requires, and addFor prints what was written as --json or a sentence.

Then one line in commands() (commands.go), where help lists it. A nested verb is added to its
parent's constructor with AddCommand; the parent's file is the noun (segment.go). A noun may keep
a run of its own beside its verbs (trash lists, trash purge empties): cobra runs the verb when the
first argument names one and the noun otherwise, so `deal REF --amount A` and `deal edit ID` can
live side by side (deal.go with deal_edit.go).

Output: c.stdout and c.stderr are the screen (screen.go), the one writer every byte goes through.
It sanitizes whatever is written to it, so user text is safe however a line was put together; it
buffers, and is written out when the invocation ends or a question is asked (c.confirmed). Colour
comes only from c.stdout.style with the styles of screen.go; an export's raw bytes only from
c.stdout.data, which refuses a terminal. Tables (format.go) measure each cell once, in terminal
cells, on the sanitized text. JSON goes through c.writeJSON (keys are a contract: English
snake_case). Never keep or write to the process's own os.Stdout or os.Stderr.

Completion and the manual page come from the same tree: addCompletions (completion.go) gives a
REF argument the book's customer names, NAME the saved lists, SNAPSHOT the snapshots, and the
flags --level, --stage, --relation, --channel, --type and --segment their values, by reading the
usage line and the flags, so a new command completes without more work; a command that sets its
own ValidArgsFunction keeps it. guanxi man (man.go) writes the page from Use, Short, Long and the
flags.

Tests go beside the command (holidays_test.go): newBook(t) makes a real book in a temporary
folder, and b.run / b.ok run a whole command line in-process, so flags, help and exit codes are
covered; b.invocation() gives the shared state to call a run function directly with an options
struct (today_test.go does both).

Help (--help, `guanxi help CMD`) is ours, not cobra's: it prints Use, Short and the command's
flags in the user's language. Every command is also run on a book full of hostile text by
TestEveryCommandIsSafeOnAHostileBook (hostile_test.go), which walks this tree: a new command is
covered without more work, and its usage line tells the test which arguments to give.
*/
package cli
