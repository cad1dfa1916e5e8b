"""The JUnit XML report: one test case per filing, a failure for each that trips the gate, so CI
systems (GitHub, GitLab, Jenkins) show missing filings as failed tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from icpcheck.engine import Report
from icpcheck.gate import gate_of
from icpcheck.i18n import t
from icpcheck.render.common import citation_text, gate_cell, gate_line


def render(report: Report, lang: str) -> str:
    rb = report.rulebook
    gate = gate_of(report)
    suite_name = f"icpcheck {rb.id} {rb.version}"
    failures = len(gate.failing)
    suites = ET.Element("testsuites", name="icpcheck", tests=str(len(report.filings)),
                        failures=str(failures), errors="0")
    suite = ET.SubElement(suites, "testsuite", name=suite_name, tests=str(len(report.filings)),
                          failures=str(failures), errors="0", skipped="0",
                          timestamp=report.as_of.isoformat())
    props = ET.SubElement(suite, "properties")
    for name, value in (("rulebook.id", rb.id), ("rulebook.version", rb.version),
                        ("rulebook.sha256", rb.sha256), ("as_of", report.as_of.isoformat()),
                        ("fail_on", gate.fail_on or "none")):
        ET.SubElement(props, "property", name=name, value=value)
    for f in sorted(report.filings, key=lambda r: r.filing.id):
        g = gate.of(f.filing.id)
        case = ET.SubElement(suite, "testcase", classname=f"icpcheck.{rb.id}", name=f.filing.id,
                             time="0")
        status = t("status." + f.status, lang)
        held = "" if g.state == "not_needed" and g.waiver is None else f"; {gate_cell(g, lang)}"
        detail = [f"{f.filing.name.get(lang)}: {status}{held}"]
        for r in f.reasons:
            detail += [f"- {r.rule.id}: {r.effect.reason.get(lang)}"]
            detail += [f"  {citation_text(c, lang)}" for c in r.effect.citations]
        if g.fails:
            failure = ET.SubElement(
                case, "failure", type=f"missing_{f.status}",
                message=f"{f.filing.id} is {f.status} and neither held nor waived"
                        + (f" (waiver expired {g.waiver.expires.isoformat()})" if g.waiver else ""))
            failure.text = "\n".join(detail)
        else:
            ET.SubElement(case, "system-out").text = "\n".join(detail)
    ET.SubElement(suite, "system-out").text = gate_line(report, lang)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
