package kit

import "guanxi/wording"

// ErrSentence is what the user reads for an error: when the book, the disk or the folder is in
// trouble (full, read-only, damaged, busy), the sentence the command line says too
// (wording.Trouble), which says itself that nothing was saved; any other error as it is, after
// the text of prefix ("err.save": 保存失败：) when one is given.
func (c *Common) ErrSentence(err error, prefix string) string {
	if msg, ok := wording.Trouble(err, c.Store.Path(), c.Lang); ok {
		return msg
	}
	if prefix == "" {
		return err.Error()
	}
	return c.T(prefix) + err.Error()
}
