"""The JUnit XML report: one test case per filing, a failure for each that trips the gate, so CI
systems (GitHub, GitLab, Jenkins) show missing filings as failed tests; filings that are not
required are skipped tests (they do not apply), not passing ones."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render import escape
from icpcheck.render.view import FilingView, ReportView, build, escaped


def render(report: Report, lang: str) -> str:
    # Characters XML 1.0 cannot hold (controls, lone surrogates) leave every string of the view;
    # ElementTree escapes <, > and & itself.
    return lay_out(escaped(build(report, lang), escape.xml))


def lay_out(view: ReportView) -> str:
    rb = view.rulebook
    failures = str(len(view.gate.failing))
    tests = str(len(view.filings))
    skipped = str(sum(1 for f in view.filings if f.status == "not_required"))
    suites = ET.Element("testsuites", name="icpcheck", tests=tests, failures=failures, errors="0")
    suite = ET.SubElement(suites, "testsuite", name=f"icpcheck {rb.id} {rb.version}", tests=tests,
                          failures=failures, errors="0", skipped=skipped, timestamp=view.as_of)
    props = ET.SubElement(suite, "properties")
    for name, value in (("rulebook.id", rb.id), ("rulebook.version", rb.version),
                        ("rulebook.sha256", rb.sha256), ("as_of", view.as_of),
                        ("fail_on", view.gate.fail_on or "none")):
        ET.SubElement(props, "property", name=name, value=value)
    for f in sorted(view.filings, key=lambda f: f.id):
        case = ET.SubElement(suite, "testcase", classname=f"icpcheck.{rb.id}", name=f.id, time="0")
        detail = "\n".join(_detail(f, view.lang))
        if f.gate.fails:
            expired = f.gate.waiver_expires
            message = t("junit.failure", view.lang, name=f.name, id=f.id, status=f.status_word,
                        status_id=f.status)
            if expired:
                message += t("junit.expired", view.lang, date=expired)
            failure = ET.SubElement(case, "failure", type=f"missing_{f.status}", message=message)
            failure.text = detail
        elif f.status == "not_required":
            ET.SubElement(case, "skipped", message=f"{f.id}: {f.status_word}")
            ET.SubElement(case, "system-out").text = detail
        else:
            ET.SubElement(case, "system-out").text = detail
    ET.SubElement(suite, "system-out").text = view.gate.line
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _detail(f: FilingView, lang: str) -> list[str]:
    """The filing's status, its gate cell when it has one, and its reasons with their sources."""
    colon = t("colon", lang)
    held = ("" if f.gate.state == "not_needed" and f.gate.waiver_expires is None
            else t("summary.sep", lang) + f.gate.text)
    out = [f"{f.name}{colon}{f.status_word}{held}"]
    for r in f.reasons:
        out += [f"- {r.rule}{colon}{r.text}"] + [f"  {c}" for c in r.citations]
    return out
