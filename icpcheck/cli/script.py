"""The installed `icpcheck` command ([project.scripts] in pyproject.toml).

It is `icpcheck.cli.main.main()` (which `python -m icpcheck` and callers in Python use) with two
things a process of its own can afford:

- The cycle collector is off from the first line, before click and yaml are imported: a run makes
  few reference cycles, and collecting would only scan the classes and functions that importing
  them creates (~3 ms). `check --batch`, which can run for hours, turns it back on.
- Once the output is out, the process ends without the interpreter's teardown (`_exit_now`).
"""

from __future__ import annotations

import gc


def run() -> None:
    gc.disable()
    from icpcheck.cli.main import main

    code = main()
    _exit_now(code)
    raise SystemExit(code)


def _exit_now(code: int) -> None:
    """End the process once its output is out, skipping the interpreter's teardown.

    Freeing every module and object one by one takes ~7 ms, as long as the rest of a whole
    `check`; nothing is left to do by then (icpcheck registers no atexit work, and files it writes
    are closed). Returns, for the usual exit, when a tool that needs that teardown is loaded
    (coverage writes its data at exit) or when the output cannot be flushed.
    """
    import os
    import sys

    from icpcheck.cli.options import quiet_stdout

    if "coverage" in sys.modules or sys.flags.dev_mode:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BrokenPipeError:
        quiet_stdout()  # `| head` closed it: end quietly, as main() does
    except (OSError, ValueError):
        return  # let Python's own exit report it
    os._exit(code)
