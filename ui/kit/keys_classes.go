package kit

import (
	"github.com/charmbracelet/bubbles/key"
)

// ClassKeys are the keys of classification and dynamic lists: the analysis tab, applying a
// suggested level in the detail view, the saved lists of the customer list, and the thresholds.
type ClassKeys struct {
	ToAnalysis, ApplyLevel, Segments, Thresholds key.Binding
	SaveSegment, DeleteSegment                   key.Binding
}

// ClassKeys returns the classification keys in the user's language, made once.
func (c *Common) ClassKeys() *ClassKeys {
	if c.cls == nil {
		b := Binder(c.Lang)
		c.cls = &ClassKeys{
			ToAnalysis:    b([]string{"f4", "alt+4"}, "F4/alt+4", "客户分析", "analysis"),
			ApplyLevel:    b([]string{"a"}, "a", "采纳建议级别", "take suggested level"),
			Segments:      b([]string{"ctrl+g"}, "ctrl+g", "动态列表", "saved lists"),
			Thresholds:    b([]string{"e"}, "e", "分类门槛", "thresholds"),
			SaveSegment:   b([]string{"ctrl+s"}, "ctrl+s", "保存为列表", "save as a list"),
			DeleteSegment: b([]string{"ctrl+x", "delete"}, "ctrl+x/del", "删除列表", "delete list"),
		}
	}
	return c.cls
}
