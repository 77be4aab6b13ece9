package exchange

// A sheet exported by guanxi carries a customer's first deal, order total and amount owed, which
// the book works out from their deals and payments. A sheet holds no deals, and a made-up deal
// would be read as a real one (by the A/B/C classes, the year's orders, the money owed), so an
// import keeps none of these figures and says so once for the file, with how many rows gave
// them: nothing is dropped without a word. The JSON book carries the records themselves.

// dealFigureRows counts the rows of a sheet that gave deal figures, and the first of them.
type dealFigureRows struct {
	rows, line int
}

// note counts a row, at line, that gave deal figures.
func (d *dealFigureRows) note(line int) {
	if d.rows == 0 {
		d.line = line
	}
	d.rows++
}

// problem is what the summary says of the rows counted; false when there were none.
func (d dealFigureRows) problem() (Problem, bool) {
	if d.rows == 0 {
		return Problem{}, false
	}
	rows := "rows give"
	if d.rows == 1 {
		rows = "row gives"
	}
	return problemf(d.line, "%[1]d 行写有首单日期、累计成交额或欠款：这些数由交易和收款记录算出，表格里没有这些记录，所以没有导入；要连记录一起搬，请导出整本客户簿（JSON）",
		"%[1]d %[2]s a first deal, order total or amount owed: these are worked out from deals and payments, which a sheet does not hold, so they were not imported; to move the records too, export the whole book (JSON)",
		d.rows, rows), true
}
