"""Reads a workbook guanxi exported, as an independent reader sees it, and prints what the
export test checks as JSON: the sheet, the frozen cell, each column's header, width and the
type openpyxl gives each of its cells, and the cells of the rows asked for by name."""
import datetime
import json
import sys

from openpyxl import load_workbook

wb = load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = list(ws.iter_rows())
header = [c.value for c in rows[0]]
columns = []
for i, name in enumerate(header):
    letter = rows[0][i].column_letter
    kinds = sorted({type(r[i].value).__name__ for r in rows[1:] if i < len(r) and r[i].value is not None})
    columns.append({"header": name, "width": ws.column_dimensions[letter].width, "types": kinds})
named = {}
for r in rows[1:]:
    values = [c.value for c in r]
    if values and values[0] in sys.argv[2:]:
        named[values[0]] = {
            header[i]: (v.date().isoformat() if isinstance(v, datetime.datetime) else v)
            for i, v in enumerate(values) if v is not None and i < len(header)
        }
print(json.dumps({"sheet": ws.title, "sheets": wb.sheetnames, "freeze": ws.freeze_panes, "rows": len(rows) - 1,
                  "columns": columns, "named": named}, ensure_ascii=False))
