package cli

import (
	"errors"
	"guanxi/wording"
)

// troubleMessage says in words what is wrong with the book, the disk or the folder when err is
// such a trouble, in the sentence the TUI shows too (wording.Trouble); ok is false for any other
// error.
func (c *cli) troubleMessage(err error) (msg string, ok bool) {
	path, perr := c.dbPath()
	if perr != nil {
		path = "guanxi.db"
	}
	return wording.Trouble(err, path, c.lang)
}

// troubleError is troubleMessage as an error, or nil for any other error.
func (c *cli) troubleError(err error) error {
	if msg, ok := c.troubleMessage(err); ok {
		return errors.New(msg)
	}
	return nil
}

// rawToTerminal refuses to print an export on a terminal: an export is the data exactly as it is,
// control characters and all, which a terminal would act on.
func (c *cli) rawToTerminal() error {
	return c.usagef(texts.Book.ExportDataExactly)
}
