"""Write icpcheck/render/html_page.py, the HTML report's template compiled: `python -m icpcheck.render.html_compile`.

Run it after every edit of icpcheck/render/templates/report.html.j2; tests/render/test_html_compile.py
fails until the checked-in module is what this writes. `--check` writes nothing and exits 1 when
the module is out of date.

Jinja2 compiles the template to Python, with the settings the report has always had (autoescape,
StrictUndefined, `finalize` dropping control characters, trim_blocks, lstrip_blocks, the `linked`
filter); the module runs that code against icpcheck.render.html_runtime instead of jinja2.runtime,
so a report neither parses the template nor imports Jinja2 (which this module needs, to build).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "templates", "report.html.j2")
TARGET = os.path.join(HERE, "html_page.py")
COMMAND = "python -m icpcheck.render.html_compile"
_RUNTIME_IMPORT = "from jinja2.runtime import "


def module_source() -> str:
    import jinja2

    from icpcheck.render.html_runtime import ENVIRONMENT, clean

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, finalize=clean,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["linked"] = ENVIRONMENT.filters["linked"]
    with open(TEMPLATE, encoding="utf-8") as f:
        source = f.read()
    code = env.compile(source, name="report.html.j2", filename="report.html.j2", raw=True)
    assert isinstance(code, str)
    first, _, rest = code.partition("\n")
    if not first.startswith(_RUNTIME_IMPORT):
        raise RuntimeError(f"Jinja2 {jinja2.__version__} compiled the template to code this does not know")
    header = (
        f'"""report.html.j2 compiled by Jinja2 {jinja2.__version__}: written by `{COMMAND}`; do not edit."""\n\n'
        "# mypy: ignore-errors\n"
        "# ruff: noqa\n"
        "# Regenerate after editing the template: tests/render/test_html_compile.py fails until this file\n"
        "# is what the command writes. It runs against icpcheck.render.html_runtime, not jinja2.runtime.\n"
        "from icpcheck.render.html_runtime import ENVIRONMENT as environment\n"
        "from icpcheck.render.html_runtime import " + first[len(_RUNTIME_IMPORT):] + "\n")
    return header + rest + ("" if rest.endswith("\n") else "\n")


def main(argv: list[str] | None = None) -> int:
    from icpcheck.generated import write_or_check

    return write_or_check(TARGET, COMMAND, module_source, argv)


if __name__ == "__main__":
    sys.exit(main())
