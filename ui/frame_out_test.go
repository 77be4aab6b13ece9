package ui

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// written returns what was written to f since the last call, with the escape shown as ESC.
func written(t *testing.T, f *os.File, from *int64) string {
	t.Helper()
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	out := string(b[*from:])
	*from = int64(len(b))
	return strings.ReplaceAll(out, "\x1b", "ESC")
}

// TestFramesAreWrittenWhenDrawn: the first frame after a size is drawn whole; the next writes only
// the lines that changed, each in its place, a narrower line erasing the rest of its row, a wider
// one cut; fewer lines erase those below; the renderer's own frames are dropped and its other
// sequences pass.
func TestFramesAreWrittenWhenDrawn(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "terminal"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	o := newFrameOut(f)
	var at int64
	o.frame("before any size")
	if got := written(t, f, &at); got != "" {
		t.Errorf("a frame before the size is known should draw nothing, wrote %q", got)
	}
	o.resized(4, 3)
	o.frame("abcd\nefgh\nijkl\nmnop")
	if got, want := written(t, f, &at), "ESC[2JESC[HabcdESC[2;1HefghESC[3;1Hijkl"; got != want {
		t.Errorf("the first frame: %q, want %q", got, want)
	}
	o.frame("abcd\nxy\nijkl")
	if got, want := written(t, f, &at), "ESC[2;1HxyESC[K"; got != want {
		t.Errorf("one line changed: %q, want %q", got, want)
	}
	o.frame("abcd\nxy\nijkl")
	if got := written(t, f, &at); got != "" {
		t.Errorf("the same frame again should write nothing, wrote %q", got)
	}
	o.frame("张三丰x")
	if got, want := written(t, f, &at), "ESC[H张三ESC[2;1HESC[J"; got != want {
		t.Errorf("a wide line and fewer lines: %q, want %q", got, want)
	}
	for _, seq := range []string{"\x1b[H \x1b[K", "\x1b[H" + "abcd\r\nefgh"} {
		if n, err := io.WriteString(o, seq); n != len(seq) || err != nil {
			t.Errorf("the renderer's frame %q: %d, %v", seq, n, err)
		}
	}
	for _, seq := range []string{"\x1b[?1049h", "\x1b[H", "\x1b[?25l"} {
		if _, err := io.WriteString(o, seq); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := written(t, f, &at), "ESC[?1049hESC[HESC[?25l"; got != want {
		t.Errorf("the renderer's writes: %q passed, want %q", got, want)
	}
}

// TestFramedDrawsTheAppsFrames: run by Bubble Tea, the app's frame goes to the terminal from View
// and the renderer gets none; a new size draws the next frame whole.
func TestFramedDrawsTheAppsFrames(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	f, err := os.Create(filepath.Join(t.TempDir(), "terminal"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := framed{a, newFrameOut(f)}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := m.View(); v != "" {
		t.Errorf("the renderer should be handed no frame, got %d bytes", len(v))
	}
	var at int64
	got := written(t, f, &at)
	if !strings.HasPrefix(got, "ESC[2J") || !strings.Contains(got, "客户") {
		t.Errorf("the app's frame should be drawn whole:\n%q", got)
	}
}
