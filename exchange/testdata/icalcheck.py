# Reads calendar files with python-icalendar, an independent parser, and prints each event of each
# file as JSON: uid, status, sequence, start, rrule, summary, description.
import json
import sys

import icalendar

out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    events = []
    for ev in cal.walk("VEVENT"):
        rrule = ev.get("RRULE")
        events.append({
            "uid": str(ev.get("UID")),
            "status": str(ev.get("STATUS", "")),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "start": ev.decoded("DTSTART").isoformat(),
            "rrule": rrule.to_ical().decode() if rrule is not None else "",
            "summary": str(ev.get("SUMMARY", "")),
            "description": str(ev.get("DESCRIPTION", "")),
        })
    out.append(events)
print(json.dumps(out, ensure_ascii=False))
