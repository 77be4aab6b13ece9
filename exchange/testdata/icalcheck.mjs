// Reads calendar files with ical.js, an independent parser, and prints each event of each file as
// JSON: uid, status, sequence, start, rrule, summary, description. The folder holding ical.js's
// node_modules is given by GUANXI_ICALJS.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.GUANXI_ICALJS, "node_modules", "noop.js"));
const ICAL = require("ical.js");

const out = [];
for (const file of process.argv.slice(2)) {
  const comp = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  out.push(comp.getAllSubcomponents("vevent").map((v) => {
    const rrule = v.getFirstPropertyValue("rrule");
    return {
      uid: v.getFirstPropertyValue("uid"),
      status: v.getFirstPropertyValue("status") || "",
      sequence: v.getFirstPropertyValue("sequence") || 0,
      start: v.getFirstPropertyValue("dtstart").toString(),
      rrule: rrule ? rrule.toString() : "",
      summary: v.getFirstPropertyValue("summary") || "",
      description: v.getFirstPropertyValue("description") || "",
    };
  }));
}
console.log(JSON.stringify(out));
