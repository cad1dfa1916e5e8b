"""The interactive flow: ask only what can still change a status, show progress, allow going back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import click

from icpcheck.answers import parse_value
from icpcheck.engine import Answer, open_questions
from icpcheck.errors import AnswersError
from icpcheck.i18n import t
from icpcheck.render.common import value_text
from icpcheck.render.escape import terminal, terminal_line
from icpcheck.rulebook.model import Question, Rulebook, Value

BACK = frozenset({"<", "back", "b", "返回"})
HELP = frozenset({"?", "？", "help", "h"})

Ask = Callable[[str], str]
Say = Callable[[str], None]


def _ask(text: str) -> str:
    value: str = click.prompt(text, default="", show_default=False, err=True, prompt_suffix=" › ")
    return value


def _say(text: str) -> None:
    click.echo(text, err=True)


def interview(
    rulebook: Rulebook,
    given: dict[str, Answer],
    as_of: dt.date,
    lang: str,
    ask: Ask = _ask,
    say: Say = _say,
) -> dict[str, Answer]:
    """Ask, in order, each open question until every filing's status is settled.

    Every text from the rulebook (questions, choices, help) is shown escaped: it cannot clear the
    screen, set the window title or hide a link.

    Answers given by flags or file are kept and never asked; `<` undoes this session's last answer.
    """
    answers = dict(given)
    asked: list[str] = []
    say(t("prompt.intro", lang) + " (" + t("prompt.keys", lang) + ")")
    while True:
        pending = open_questions(rulebook, {k: a.value for k, a in answers.items()}, as_of)
        if not pending:
            return answers
        q = pending[0]
        say("")
        say(click.style(t("prompt.progress", lang, k=len(asked) + 1, n=len(asked) + len(pending)),
                        fg="cyan"))
        say(click.style(_wrapped(terminal(q.text.get(lang))), bold=True))
        for i, choice in enumerate(q.choices, 1):
            say(_wrapped(f"  {i}) {terminal_line(choice.value)} — {terminal_line(choice.label.get(lang))}"))
        raw = ask(terminal_line(_hint(q, lang))).strip()
        if raw.lower() in BACK:
            if asked:
                del answers[asked.pop()]
            else:
                say(t("prompt.first", lang))
            continue
        if raw.lower() in HELP:
            say(_wrapped(terminal(q.help.get(lang))) if q.help else t("prompt.keys", lang))
            continue
        try:
            value = _parse(q, raw)
        except AnswersError as err:
            say(click.style(terminal_line(err.text(lang)), fg="red")
                + (f"\n{terminal_line(err.hint_msg.text(lang))}" if err.hint_msg is not None else ""))
            continue
        answers[q.id] = Answer(q.id, value, "prompt")
        asked.append(q.id)


def _wrapped(text: str) -> str:
    """Text broken to the terminal's width as Chinese needs (the terminal itself would cut
    anywhere, even before a full stop); one column spare, as a full last column makes some
    terminals (Windows) add a blank line. Not a terminal: left whole."""
    import shutil
    import sys

    from icpcheck.render.wrap import wrap

    if not (sys.stderr is not None and sys.stderr.isatty()):
        return text
    return "\n".join(wrap(text, shutil.get_terminal_size((80, 24)).columns - 1))


def _hint(q: Question, lang: str) -> str:
    hint = t("prompt." + q.type, lang)
    if q.default is not None:
        shown = value_text(q, q.default, lang, labels=False)
        hint += f" [{t('prompt.default', lang)}{t('colon', lang)}{shown}]"
    return hint


def _parse(q: Question, raw: str) -> Value:
    if not raw and q.default is not None:
        return q.default
    if q.type != "yes_no":
        # Numbers pick choices by position: "1,3" → the first and third choices.
        words = [w.strip() for w in raw.replace("，", ",").split(",") if w.strip()]
        picked = [
            q.choices[int(w) - 1].value if w.isdigit() and 1 <= int(w) <= len(q.choices) else w
            for w in words
        ]
        raw = ",".join(picked)
    from icpcheck.messages import Msg

    return parse_value(q, raw, where=Msg("answer"))
