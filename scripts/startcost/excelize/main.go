// Command excelize links the workbook library guanxi reads and writes xlsx with, and nothing else
// of guanxi: what it costs over an empty program is that library's initialiser, which Go runs in
// every process that links it. startcost measures it.
package main

import _ "github.com/xuri/excelize/v2"

func main() {}
