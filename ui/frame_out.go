package ui

import (
	"bytes"
	"io"
	"os"
	"strings"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// frameOut is the terminal the TUI draws on. Each frame the app draws is written to it at once,
// only the lines that changed, as soon as View has made it: Bubble Tea's renderer would hold it
// until its next tick (up to 1/120 s later, later still while the processors are busy loading the
// index) and measure the changed lines again, which was half of a keystroke's time on screen. The
// renderer stays in charge of the terminal's modes (the alternate screen, the mouse, the cursor),
// which pass through; the frames it writes are dropped, since the app hands it none of its own
// (see framed) and every frame was written when drawn.
type frameOut struct {
	f  *os.File
	mu sync.Mutex // one write at a time: the renderer writes from a goroutine of its own
	// lines are those on the terminal, as last written; nil: the screen is to be drawn whole.
	lines         []string
	width, height int
	buf           []byte
}

func newFrameOut(f *os.File) *frameOut { return &frameOut{f: f} }

// Read and Fd make frameOut the terminal for Bubble Tea, which asks it for its size and its
// changes of size as it would ask the terminal itself.
func (o *frameOut) Read(p []byte) (int, error) { return o.f.Read(p) }
func (o *frameOut) Fd() uintptr                { return o.f.Fd() }

// Close leaves the terminal open: it is the program's standard output.
func (o *frameOut) Close() error { return nil }

// Write passes the renderer's sequences to the terminal, except its frames, which start at the top
// left corner of the alternate screen and hold more than the move there.
func (o *frameOut) Write(p []byte) (int, error) {
	if len(p) > len(ansi.CursorHomePosition) && bytes.HasPrefix(p, []byte(ansi.CursorHomePosition)) {
		return len(p), nil
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.f.Write(p)
}

// resized notes the terminal's new size: the next frame is drawn whole, as the terminal may have
// moved or cut what it showed.
func (o *frameOut) resized(width, height int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.width, o.height, o.lines = width, height, nil
}

// frame writes the lines of view that differ from those on the terminal, each in its place, in one
// write. Lines below the terminal's height are left off, a line wider than it is cut, and a
// line narrower is followed by an erase of the rest of its row, as the renderer does.
func (o *frameOut) frame(view string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.width <= 0 || o.height <= 0 {
		return // the size is not known yet: nothing is drawn
	}
	lines := strings.Split(view, "\n")
	if len(lines) > o.height {
		lines = lines[:o.height]
	}
	b := o.buf[:0]
	if o.lines == nil {
		b = append(b, ansi.EraseEntireScreen...)
	}
	for i, line := range lines {
		if i < len(o.lines) && o.lines[i] == line {
			continue
		}
		b = append(b, ansi.CursorPosition(1, i+1)...)
		w := ansi.StringWidth(line)
		if w > o.width {
			line, w = ansi.Truncate(line, o.width, ""), o.width
		}
		b = append(b, line...)
		if w < o.width {
			b = append(b, ansi.EraseLineRight...)
		}
	}
	if len(o.lines) > len(lines) {
		b = append(b, ansi.CursorPosition(1, len(lines)+1)...)
		b = append(b, ansi.EraseScreenBelow...)
	}
	o.buf = b
	if len(b) > 0 {
		_, _ = o.f.Write(b) // a terminal that cannot be written to shows nothing, as with the renderer
	}
	o.lines = lines
}

// framed is the app as Bubble Tea runs it on a frameOut: the frames the app draws go to the
// terminal from View, and the renderer is handed none (a frame it does not change is a frame it
// does not draw).
type framed struct {
	*App
	out *frameOut
}

func (f framed) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		f.out.resized(size.Width, size.Height)
	}
	_, cmd := f.App.Update(msg)
	return f, cmd
}

func (f framed) View() string {
	f.out.frame(f.App.View())
	return ""
}

var _ io.ReadWriteCloser = (*frameOut)(nil)
