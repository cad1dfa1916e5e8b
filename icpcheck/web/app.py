"""The web app: the questionnaire (server-rendered, one question a page) and the JSON API (api.py).

`app` is an ASGI application for any ASGI server (`uvicorn icpcheck.web.app:app`); `icpcheck serve`
runs it with uvicorn. Stateless: every page's state is its URL (flow.py); nothing is stored.
Which question comes next is the engine's (`engine.open_questions`); the report comes from
`checking.run` over the built-in rulebook and is the HTML report `icpcheck check` writes.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from icpcheck import checking
from icpcheck.engine import plan
from icpcheck.errors import IcpcheckError
from icpcheck.i18n import t
from icpcheck.rulebook.model import Rulebook
from icpcheck.version import __version__
from icpcheck.web import api, flow
from icpcheck.web.words import word

HERE = Path(__file__).resolve().parent
MAX_URL = 8192  # bytes of path and query: a whole interview's answers take well under 2 KB
MAX_BODY = api.MAX_BODY

# Every page: no script but our own file, no style but our own file (the report's inline style is
# allowed by its hash), no frames, forms only to us, no referrer (answers live in the URL).
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'{styles}; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)
_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)

_env = jinja2.Environment(loader=jinja2.PackageLoader("icpcheck.web", "templates"), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def rulebook() -> Rulebook:
    return checking.builtin_rulebook()


# --- helpers -------------------------------------------------------------------------------------

def _root(request: Request) -> str:
    return str(request.scope.get("root_path", "")) + "/"


def _url(request: Request, page: str, pairs: Sequence[tuple[str, str]]) -> str:
    return f"{_root(request)}{page}?{urlencode(list(pairs))}"


def _pairs(request: Request) -> list[tuple[str, str]]:
    return list(request.query_params.multi_items())


def _other_lang_url(request: Request, lang: str) -> str:
    other = "en" if lang == "zh" else "zh"
    pairs = [(k, v) for k, v in _pairs(request) if k != "lang"] + [("lang", other)]
    return f"{request.url.path}?{urlencode(pairs)}"


def csp(html: str) -> str:
    """The page's Content-Security-Policy: its inline <style> blocks allowed by their hashes."""
    hashes = "".join(f" 'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                     for s in _STYLE.findall(html))
    return CSP.format(styles=hashes)


def page(request: Request, template: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _env.get_template(template).render(
        lang=lang, root=_root(request), version=__version__, other_lang_url=_other_lang_url(request, lang),
        w=lambda key, **kw: word(key, lang, **kw), colon=t("colon", lang), **context)
    return html_response(html, status)


def html_response(html: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status, headers={"content-security-policy": csp(html),
                                               "cache-control": "private, max-age=0"})


def _redirect(request: Request, page_: str, pairs: Sequence[tuple[str, str]]) -> RedirectResponse:
    return RedirectResponse(_url(request, page_, pairs), status_code=303)


def _moot(state: flow.State) -> str | None:
    return word("moot", state.lang, n=len(state.moot)) if state.moot else None


# --- the questionnaire ---------------------------------------------------------------------------

async def start(request: Request) -> Response:
    state = flow.read(rulebook(), _pairs(request))
    return page(request, "start.html.j2", state.lang)


async def question(request: Request) -> Response:
    """One question: the one being changed (`edit`), else the first the engine says is open; none
    open: the review."""
    rb = rulebook()
    state = flow.read(rb, _pairs(request))
    lang = state.lang
    items = list(state.answers.values())
    if state.edit is not None:
        q = rb.question(state.edit)
        assert q is not None
        at = [a.id for a in items].index(q.id)
        before = flow.base_pairs(state) + flow.answer_pairs(items[:at])
        after = flow.answer_pairs(items[at + 1:]) + [("held", h) for h in state.held]
        back_url, back_word = _url(request, "review", flow.state_pairs(state, held=True)), word("cancel", lang)
        progress = word("change", lang)
        error = None
    else:
        open_ = flow.pending(rb, state)
        if not open_:
            return _redirect(request, "review", flow.state_pairs(state, held=True))
        q = open_[0]
        before = flow.state_pairs(state)
        after = [("held", h) for h in state.held]
        back_pairs, last = flow.without_last(state)
        if last is None:
            back_url = f"{_root(request)}?lang={lang}"
        else:
            back_url = _url(request, "q", back_pairs + [("was", v) for v in flow.encode(last.value)])
        back_word = word("back", lang)
        progress = word("progress", lang, k=len(items) + 1, n=len(items) + len(open_))
        problem = state.problems.get(q.id)
        error = (word("not_taken", lang, why=problem.text(lang)) if problem is not None
                 else word("nothing_chosen", lang) if state.asked == q.id else None)
    chosen = flow.preselected(q, state)
    picked = set(chosen) if isinstance(chosen, tuple) else {chosen}
    if q.type == "yes_no":
        choices = [{"value": "yes", "label": word("yes", lang), "checked": chosen is True},
                   {"value": "no", "label": word("no", lang), "checked": chosen is False}]
    else:
        choices = [{"value": c.value, "label": c.label.get(lang), "checked": c.value in picked}
                   for c in q.choices]
    return page(request, "question.html.j2", lang, q=q, choices=choices, before=before, after=after,
                back_url=back_url, back_word=back_word, progress=progress, error=error, moot=_moot(state),
                why=_why(rb, state, q, lang))


def _why(rb: Any, state: flow.State, q: Any, lang: str) -> tuple[str, list[str]]:
    """"Why is this asked?": the filings this answer can still change given the answers before it,
    from the engine (icpcheck.why, as `?` in the interview); the authored help is shown apart."""
    from icpcheck.i18n import t
    from icpcheck.why import why

    said = why(rb, {k: a.value for k, a in state.answers.items() if k != q.id}, q, state.date)
    lines = said.text(lang).split("\n")[1:]
    if said.help is not None:
        lines = lines[:-1]
    return t("why.head", lang).rstrip("：:"), lines


async def review(request: Request) -> Response:
    """The answers in words, each with a link to change it; then the "already hold" step."""
    from icpcheck.cli.prompt import words  # the terminal's review says answers in the same words

    rb = rulebook()
    state = flow.read(rb, _pairs(request))
    if flow.pending(rb, state):
        return _redirect(request, "q", flow.state_pairs(state, held=True))
    rows = [{"id": q.id, "question": q.text.get(state.lang),
             "answer": words(q, state.answers[q.id].value, state.lang),
             "change_url": _url(request, "q", flow.state_pairs(state, held=True) + [("edit", q.id)])}
            for q in rb.questions if q.id in state.answers]
    back_pairs, last = flow.without_last(state)
    back = back_pairs + ([("was", v) for v in flow.encode(last.value)] if last is not None else [])
    return page(request, "review.html.j2", state.lang, rows=rows, pairs=flow.state_pairs(state, held=True),
                back_url=_url(request, "q", back), moot=_moot(state))


async def held(request: Request) -> Response:
    """Which of the needed filings are already held (the terminal interview's last question)."""
    rb = rulebook()
    state = flow.read(rb, _pairs(request))
    if flow.pending(rb, state):
        return _redirect(request, "q", flow.state_pairs(state, held=True))
    unheld = flow.State(state.lang, state.as_of, state.answers)
    outcome = checking.run(checking.Request(rb, state.date, document=flow.document(rb, unheld), name="web"))
    filings = [{"id": f.filing.id, "name": f.filing.name.get(state.lang), "checked": f.filing.id in state.held}
               for f in plan(outcome.report)]
    return page(request, "held.html.j2", state.lang, filings=filings, pairs=flow.state_pairs(state),
                back_url=_url(request, "review", flow.state_pairs(state, held=True)))


async def report(request: Request) -> Response:
    """The HTML report `icpcheck check --format html` writes for these answers, with a bar above
    it: change answers, download them, print, the other language."""
    from icpcheck.render import render

    rb = rulebook()
    state = flow.read(rb, _pairs(request))
    if flow.pending(rb, state):
        return _redirect(request, "q", flow.state_pairs(state, held=True))
    try:
        outcome = checking.run(checking.Request(rb, state.date, document=flow.document(rb, state), name="web"))
    except IcpcheckError as err:
        return page(request, "error.html.j2", state.lang, 400, message=err.text(state.lang))
    html = render(outcome.report, "html", state.lang)
    bar = _env.get_template("toolbar.html.j2").render(
        lang=state.lang, root=_root(request), w=lambda key, **kw: word(key, state.lang, **kw),
        review_url=_url(request, "review", flow.state_pairs(state, held=True)),
        yaml_url=_url(request, "answers.yaml", flow.state_pairs(state, held=True)),
        other_lang_url=_other_lang_url(request, state.lang))
    return html_response(with_bar(html, bar, _root(request)))


def with_bar(html: str, bar: str, root: str) -> str:
    """The report's page with our stylesheet and script in its head and the bar atop its body.
    The report is a whole page of its own (render/html.py); it is not edited otherwise."""
    head = (f'<link rel="stylesheet" href="{root}static/bar.css">\n'
            f'<script src="{root}static/web.js" defer></script>\n</head>')
    if html.count("</head>") != 1 or html.count("<body>") != 1:
        raise RuntimeError("the HTML report's page has no single <head> and <body> to add the bar to")
    return html.replace("</head>", head, 1).replace("<body>", "<body>\n" + bar.rstrip("\n"), 1)


async def answers_yaml(request: Request) -> Response:
    """The answers as a YAML answers file the command line replays (what it saves of a run)."""
    from icpcheck.answers import answers_file_text
    from icpcheck.gate import Holdings

    rb = rulebook()
    state = flow.read(rb, _pairs(request))
    text = answers_file_text(rb, state.answers.values(), Holdings(frozenset(state.held)), state.lang)
    return Response(text, media_type="application/yaml; charset=utf-8", headers={
        "content-disposition": 'attachment; filename="icpcheck-answers.yaml"'})


async def healthz(request: Request) -> Response:
    rulebook()
    return JSONResponse({"ok": True, "version": __version__})


# --- errors, limits, headers ---------------------------------------------------------------------

def _is_api(scope: Scope) -> bool:
    return str(scope.get("path", "")).startswith("/api/")


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if _is_api(request.scope):
        return api.error(exc.status_code, api.HTTP_CODES.get(exc.status_code, "http_error"), str(exc.detail))
    lang = request.query_params.get("lang", "zh")
    lang = lang if lang in flow.LANGS else "zh"
    message = word("not_found", lang) if exc.status_code == 404 else str(exc.detail)
    return page(request, "error.html.j2", lang, exc.status_code, message=message)


async def server_error(request: Request, exc: Exception) -> Response:
    if _is_api(request.scope):
        return api.error(500, "internal", "internal error: this is a bug in icpcheck; please report it")
    return page(request, "error.html.j2", "zh", 500, message="internal error / 内部错误")


class Guard:
    """Limits and security headers around the whole app (pure ASGI, so that they hold for every
    response, errors and static files too): a URL longer than MAX_URL is 414; a body announced
    larger than MAX_BODY is 413 before it is read (api.py caps the bytes it reads, too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        length = dict(scope.get("headers") or []).get(b"content-length")
        refused: Response | None = None
        if size > MAX_URL:
            refused = api.error(414, "uri_too_long", f"the address is longer than {MAX_URL} bytes")
        elif length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            refused = api.too_large() if length.isdigit() else api.error(400, "bad_request", "bad Content-Length")

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.format(styles="").encode()))
                message = {**message, "headers": headers}
            await send(message)

        if refused is not None:
            await refused(scope, receive, send_secured)
            return
        await self.app(scope, receive, send_secured)


def create_app() -> ASGIApp:
    flow.check_rulebook(rulebook())
    routes = [
        Route("/", start),
        Route("/q", question),
        Route("/review", review),
        Route("/held", held),
        Route("/report", report),
        Route("/answers.yaml", answers_yaml),
        Route("/healthz", healthz),
        *api.routes(),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    inner = Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: server_error})
    return Guard(inner)


app = create_app()
