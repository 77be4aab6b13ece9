package kit

// ScrollOffset is the first of n rows to show in a window of rows, so that the row at cursor is in
// view: offset, the first row shown so far, moves no further than it must, and the window is never
// left with room below the last row while rows above it are hidden.
func ScrollOffset(cursor, offset, rows, n int) int {
	if cursor < offset {
		offset = cursor
	}
	if cursor >= offset+rows {
		offset = cursor - rows + 1
	}
	return max(0, min(offset, n-rows))
}
