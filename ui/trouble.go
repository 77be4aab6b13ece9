package ui

import "guanxi/wording"

// errSentence is what the user reads for an error: when the book, the disk or the folder is in
// trouble (full, read-only, damaged, busy), the sentence the command line says too
// (wording.Trouble), which says itself that nothing was saved; any other error as it is, after
// the text of prefix ("err.save": 保存失败：) when one is given.
func (c *common) errSentence(err error, prefix string) string {
	if msg, ok := wording.Trouble(err, c.store.Path(), c.lang); ok {
		return msg
	}
	if prefix == "" {
		return err.Error()
	}
	return c.t(prefix) + err.Error()
}
