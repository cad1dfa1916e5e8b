"""`icpcheck serve` (the web questionnaire and the JSON API, extra `web`) and `icpcheck mcp` (a
Model Context Protocol server over stdio, extra `mcp`). Both import their framework only here."""

from __future__ import annotations

import click

from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import Command, debug_option
from icpcheck.errors import EXIT_OK, CommandLineError


def _missing_extra(extra: str, module: str) -> CommandLineError:
    return CommandLineError("this command needs the {extra} extra ({module} is not installed)",
                            hint="pip install 'icpcheck[{extra}]'", extra=extra, module=module)


@click.command(cls=Command,
               epilog=exit_codes(0, 2, 5))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (default: this computer only; 0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (each answers requests on its own; default 1).")
@debug_option
def serve(host: str, port: int, workers: int, debug: bool) -> int:
    """Serve the web questionnaire and the JSON API (needs the extra: pip install 'icpcheck[web]').

    \b
    Examples:
      icpcheck serve                            http://127.0.0.1:8000/
      icpcheck serve --host 0.0.0.0 --port 80   on every interface (a container, behind a proxy)

    Nothing is stored: every page's answers are in its address. The API is under /api/v1/ (its
    OpenAPI description: /api/v1/openapi.json)."""
    try:
        import uvicorn

        import icpcheck.web.app  # noqa: F401 - fails here, not in a worker, when starlette is missing
    except ImportError as err:
        raise _missing_extra("web", err.name or "starlette") from None
    # Limits: keep-alive connections idle 5 s at most; a request's head at most 16 KiB (h11);
    # at most 256 connections at once (more are answered 503); the body is capped by the app.
    uvicorn.run("icpcheck.web.app:app", host=host, port=port, workers=workers, timeout_keep_alive=5,
                limit_concurrency=256, h11_max_incomplete_event_size=16384, server_header=False,
                proxy_headers=False, log_level="info")
    return EXIT_OK


@click.command(cls=Command,
               epilog=exit_codes(0, 2, 5))
@debug_option
def mcp(debug: bool) -> int:
    """Serve the tools check, questions and explain to an AI assistant over stdio (Model Context
    Protocol; needs the extra: pip install 'icpcheck[mcp]').

    \b
    Examples:
      icpcheck mcp        started by an MCP client, which talks to it on stdin/stdout"""
    try:
        from icpcheck import mcp_server
    except ImportError as err:
        raise _missing_extra("mcp", err.name or "mcp") from None
    mcp_server.main()
    return EXIT_OK
