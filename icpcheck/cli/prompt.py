"""The interactive flow: ask only what can still change a status, show progress, allow going back,
review the answers before the report, and ask which of the needed filings are already held."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import signal
import unicodedata
from collections.abc import Callable, Iterable, MutableMapping
from typing import Literal

import click

from icpcheck.answers import answer_values, invalid_error, parse_value
from icpcheck.cli.options import Terminated
from icpcheck.engine import Answer, open_questions, question_states
from icpcheck.errors import AnswersError
from icpcheck.i18n import t
from icpcheck.messages import Msg
from icpcheck.render.common import value_text
from icpcheck.render.escape import terminal, terminal_line
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Filing, Invalid, Question, Rulebook, Value
from icpcheck.words import quoted

# `<` is also typed full-width (＜), or as 《 (Shift+, with a Chinese input method left on).
BACK = frozenset({"<", "＜", "《", "back", "b", "返回"})
HELP = frozenset({"?", "？", "help", "h"})
# Sources whose answers the person gave here or in a file: the review offers them for change
# (a flag or a model was typed on this very command line, and beats the prompt anyway).
REVIEWED = ("prompt", "file:", "default")

# The narrowest width the interview wraps to: a terminal 1 or 2 columns wide has no room for a
# Chinese character and an indent; past this, the terminal folds the lines itself.
MIN_WIDTH = 20
# A typed number has at most this many digits: int() of a huge one is slow, and no list is that long.
MAX_DIGITS = 4

Ask = Callable[[str], str]
Say = Callable[[str], None]
BACK_FROM_REVIEW: Literal["back"] = "back"


class TerminalClosed(Terminated, EOFError):
    """The terminal went away during the interview (its window closed: a read or write fails with
    EIO, because SIGHUP is ignored or not yet delivered). It is the end of input, as Ctrl-D is (so
    the answers so far are kept, as --save-answers asks), and a hang-up, as SIGHUP is (exit 129)."""

    def __init__(self) -> None:
        super().__init__(signal.SIGHUP)


def _ask(text: str) -> str:
    try:
        value: str = click.prompt(text, default="", show_default=False, err=True, prompt_suffix=" › ")
    except OSError as err:
        if err.errno != errno.EIO:
            raise
        raise _closed() from err
    except click.exceptions.Abort as stop:
        if isinstance(stop.__context__, Terminated) and stop.__context__.signum == signal.SIGHUP:
            _let_go_of_terminal()  # the window closed and SIGHUP came first: the same hang-up
        raise
    return value


def _say(text: str) -> None:
    try:
        # NO_COLOR (or --no-color, which sets it) takes the styles off, as it does for the report.
        click.echo(text, err=True, color=False if os.environ.get("NO_COLOR") else None)
    except OSError as err:
        if err.errno != errno.EIO:
            raise
        raise _closed() from err


def _closed() -> TerminalClosed:
    _let_go_of_terminal()
    return TerminalClosed()


def _let_go_of_terminal() -> None:
    """Point stdout and stderr, where they are the terminal that hung up, at the null device: what
    is said after (the answers kept, the interrupted line) would fail with EIO and turn the kept
    answers into a system error."""
    for fd in (1, 2):
        try:
            os.write(fd, b"")  # a hung-up terminal refuses even an empty write
        except OSError as err:
            if err.errno != errno.EIO:
                continue
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, fd)
            os.close(null)


def interview(
    rulebook: Rulebook,
    given: dict[str, Answer],
    as_of: dt.date,
    lang: str,
    ask: Ask = _ask,
    say: Say = _say,
    progress: MutableMapping[str, Answer] | None = None,
) -> dict[str, Answer]:
    """Ask, in order, each open question until every filing's status is settled; then review.

    Answers given by flags or file are kept and never asked; `<` goes back to this session's last
    answer, which is then the default (Enter keeps it). When nothing is open, the answers are
    listed by number and any can be changed before the report. `progress`, when given, always
    holds the answers so far (what Ctrl-C with --save-answers writes).
    """
    answers = dict(given)
    asked: list[str] = []
    earlier: dict[str, Value] = {}  # answers undone by `<`: offered again as the default
    keys = f"（{t('prompt.keys', lang)}）" if lang == "zh" else f" ({t('prompt.keys', lang)})"
    say(_wrapped(t("prompt.intro", lang) + keys))
    while True:
        if progress is not None:
            progress.clear()
            progress.update(answers)
        pending = open_questions(rulebook, answer_values(answers), as_of)
        if not pending:
            change = review(rulebook, answers, lang, ask, say, can_go_back=bool(_undoable(asked, answers)))
            if change is None:
                return answers
            if change == BACK_FROM_REVIEW:  # the last question asked is asked again
                previous = _undoable(asked, answers).pop()
                earlier[previous] = answers.pop(previous).value
                continue
            value = ask_one(change, answers[change.id].value, lang, ask, say, shown_as="prompt.now")
            if value is not None:
                answers[change.id] = Answer(change.id, value, "prompt")
                answers = _without_moot(rulebook, answers)
            continue
        q = pending[0]
        say("")
        say(click.style(t("prompt.progress", lang, k=len(asked) + 1, n=len(asked) + len(pending)),
                        fg="cyan"))
        value = ask_one(q, earlier.get(q.id, q.default), lang, ask, say,
                        shown_as="prompt.before" if q.id in earlier else "prompt.default",
                        why=_why(rulebook, answers, q, as_of, lang))
        if value is None:  # back
            if _undoable(asked, answers):
                previous = asked.pop()
                earlier[previous] = answers.pop(previous).value
            else:
                say(t("prompt.first", lang))
            continue
        answers[q.id] = Answer(q.id, value, "prompt")
        asked.append(q.id)


def _undoable(asked: list[str], answers: dict[str, Answer]) -> list[str]:
    """`asked`, less the questions at its end whose answers went (a change in the review made
    them moot): what `<` can go back to, last first."""
    while asked and (asked[-1] not in answers or answers[asked[-1]].source != "prompt"):
        asked.pop()
    return asked


def _wrapped(text: str) -> str:
    """Text broken to the terminal's width as Chinese needs (the terminal itself would cut
    anywhere, even before a full stop); one column spare, as a full last column makes some
    terminals (Windows) add a blank line. Not a terminal: left whole."""
    import shutil
    import sys

    from icpcheck.render.wrap import wrap

    if not (sys.stderr is not None and sys.stderr.isatty()):
        return text
    return "\n".join(wrap(text, max(shutil.get_terminal_size((80, 24)).columns - 1, MIN_WIDTH)))


def _numbered(i: int, n: int, text: str) -> str:
    """Item i of n, its number right-aligned so that the texts of items 9 and 10 start together."""
    return f"  {i:>{len(str(n))}}) {text}"


def _number(word: str, n: int) -> int | None:
    """A typed number from 1 to n ("2", full-width "２"), else None ("²", "①" and "99999" are none)."""
    if word.isdecimal() and len(word) <= MAX_DIGITS and 1 <= int(word) <= n:
        return int(word)
    return None


def ask_one(q: Question, default: Value | None, lang: str, ask: Ask, say: Say,
            shown_as: str = "prompt.default", why: Callable[[], str] | None = None) -> Value | None:
    """One question until it gets a valid answer (None: the person typed `<` to go back).
    Enter takes `default`, shown as the rulebook's default, the answer before `<`, or the
    answer being changed (`shown_as`)."""
    say(click.style(_wrapped(terminal(q.text.get(lang))), bold=True))
    for i, choice in enumerate(q.choices, 1):
        say(_wrapped(_numbered(i, len(q.choices), terminal_line(choice.label.get(lang)))))
    while True:
        raw = ask(_hint(q, default, lang, shown_as)).strip()
        if raw.lower() in BACK:
            return None
        if raw.lower() in HELP:
            if why is not None:  # which filings this answer can change, then the help (icpcheck.why)
                say(_wrapped(terminal(why())))
                if q.help is None:
                    say(t("prompt.keys", lang))
                continue
            say(_wrapped(terminal(q.help.get(lang))) if q.help else t("prompt.keys", lang))
            continue
        if not raw and default is not None:
            return default
        if not raw:
            say(Msg("no answer given: type one, or < to go back").text(lang))
            continue
        try:
            return _parse(q, raw, lang)
        except AnswersError as err:
            say(click.style(terminal_line(err.text(lang)), fg="red")
                + (f"\n{err.hint_msg.text(lang)}" if err.hint_msg is not None else ""))


def review(rulebook: Rulebook, answers: dict[str, Answer], lang: str, ask: Ask, say: Say,
           can_go_back: bool = False) -> Question | Literal["back"] | None:
    """The answers in words, numbered; the question whose answer the person wants to change, None
    when Enter accepts them, or "back" for `<` (when `can_go_back`: this session asked something)."""
    shown = [q for q in rulebook.questions
             if q.id in answers and answers[q.id].source.startswith(REVIEWED)]
    if not shown:
        return None
    say("")
    say(click.style(Msg("Your answers:").text(lang), fg="cyan"))
    n = len(shown)
    for i, q in enumerate(shown, 1):
        say(_wrapped(_numbered(i, n, terminal_line(q.text.get(lang)))))
        say(_wrapped(f"  {' ' * len(str(n))}  → {terminal_line(words(q, answers[q.id].value, lang))}"))
    while True:
        raw = ask(Msg("Enter to see the report, or the number of an answer to change").text(lang)).strip()
        if not raw:
            return None
        if raw.lower() in BACK and can_go_back:
            return BACK_FROM_REVIEW
        if (k := _number(raw, n)) is not None:
            return shown[k - 1]
        say(Msg("type a number from 1 to {n}, or press Enter", n=len(shown)).text(lang))


def ask_held(filings: Iterable[Filing], lang: str, ask: Ask = _ask, say: Say = _say) -> frozenset[str]:
    """Which of these (the filings that came out required or review) are already held."""
    listed = list(filings)
    if not listed:
        return frozenset()
    say("")
    say(click.style(Msg("Which of these do you already hold?").text(lang), bold=True))
    for i, f in enumerate(listed, 1):
        say(_wrapped(_numbered(i, len(listed), terminal_line(f.name.get(lang)))))
    while True:
        raw = ask(Msg("numbers, comma-separated; Enter for none").text(lang)).strip()
        words_ = [w.strip() for w in re.split(SEPARATORS, raw) if w.strip()]
        numbers = [_number(w, len(listed)) for w in words_]
        if all(k is not None for k in numbers):
            return frozenset(listed[k - 1].id for k in numbers if k is not None)
        say(Msg("type numbers from 1 to {n}, or press Enter", n=len(listed)).text(lang))


def words(q: Question, value: Value, lang: str) -> str:
    """An answer as the interview shows it: the report's words (render.common.value_text), choices
    by their labels alone (the person never saw their ids)."""
    return value_text(q, value, lang, ids=False)


def _hint(q: Question, default: Value | None, lang: str, shown_as: str = "prompt.default") -> str:
    hint = {"yes_no": t("prompt.yes_no", lang), "one_of": Msg("type a number").text(lang),
            "many_of": Msg("type numbers, comma-separated").text(lang)}[q.type]
    if default is not None:
        hint += f" [{t(shown_as, lang)}{t('colon', lang)}{terminal_line(words(q, default, lang))}]"
    return _wrapped(hint)


def _parse(q: Question, raw: str, lang: str = "en") -> Value:
    """A typed answer: numbers pick choices by position ("1,3": the first and third); a choice's
    label in either language ("上海", "Shanghai", or the label's words before its parenthesis) and
    its id work too. Problems are told in the interview's terms (numbers and labels), not the ids a
    flag or file uses."""
    if q.type == "yes_no":  # parse_value knows the words (是的, 没有 ...)
        return parse_value(q, raw, where=Msg("answer"))
    names = _names(q)
    words_ = _split(raw, names)
    n = len(q.choices)
    numbers = {w: int(w) for w in words_ if w.isdecimal() and len(w) <= MAX_DIGITS}  # "2", "２"; not "²"
    wrong = next((w for w, k in numbers.items() if not 1 <= k <= n), None)
    if wrong is not None:
        raise AnswersError("there is no choice {number}: type a number from 1 to {n}", number=wrong, n=n)
    ids = {c.value for c in q.choices}  # choice ids are taken too, as flags and files write them
    stray = next((w for w in words_ if w not in numbers and w not in ids and _key(w) not in names), None)
    if stray is not None:
        raise AnswersError("{word} is not a choice number: type a number from 1 to {n}", word=quoted(stray), n=n)
    picked = [q.choices[numbers[w] - 1].value if w in numbers else w if w in ids else names[_key(w)]
              for w in words_]
    if q.type == "one_of" and len(set(picked)) > 1:
        raise AnswersError("{word} is not a choice number: type a number from 1 to {n}", word=quoted(raw), n=n)
    value = q.parse(",".join(dict.fromkeys(picked)))
    if isinstance(value, Invalid) and value.problem == "alone":
        alone = next(c for c in q.choices if c.value == value.item)
        raise AnswersError("“{choice}” cannot be combined with other choices: to choose it, answer {number} "
                           "by itself", choice=alone.label.get(lang), number=q.choices.index(alone) + 1)
    if isinstance(value, Invalid):
        raise invalid_error(value, where=Msg("answer"))
    return value


# What separates the words of an answer: commas (half- and full-width), 、 and semicolons.
SEPARATORS = r"\s*[,，、;；]\s*"


def _key(word: str) -> str:
    """A name as compared: full-width forms folded (NFKC), any case, spaces collapsed, no closing
    full stop."""
    return " ".join(unicodedata.normalize("NFKC", word).casefold().split()).rstrip("。.")


def _names(q: Question) -> dict[str, str]:
    """The names a person may type for each choice, as `_key`s: its label in each language, the
    label's words before its parenthesis or colon ("个体工商户", "None of these"), and a province
    with 省 or 市 ("广东省"). A name two choices share is no one's."""
    found: dict[str, set[str]] = {}
    for c in q.choices:
        for label in (c.label.zh, c.label.en):
            full = _key(label)
            heads = {full, full.split("(")[0].strip(), full.split(":")[0].strip()}
            if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", full):
                heads |= {full + "省", full + "市"}
            for name in heads - {""}:
                found.setdefault(name, set()).add(c.value)
    return {name: next(iter(values)) for name, values in found.items() if len(values) == 1}


def _split(raw: str, names: dict[str, str]) -> list[str]:
    """The typed words, split at separators, except where separated words together are a choice's
    name (labels hold commas and 、 themselves: "网站、公众号H5页面..."): the longest such run is one
    word."""
    pieces = re.split(f"({SEPARATORS})", raw.strip())
    words_, seps = pieces[0::2], pieces[1::2]
    out: list[str] = []
    i = 0
    while i < len(words_):
        for j in range(len(words_), i + 1, -1):  # runs of two words or more, longest first
            run = "".join(words_[k] + (seps[k] if k < j - 1 else "") for k in range(i, j))
            if _key(run) in names:
                out.append(run)
                i = j
                break
        else:
            if words_[i].strip():
                out.append(words_[i].strip())
            i += 1
    return out


def _why(rulebook: Rulebook, answers: dict[str, Answer], q: Question, as_of: dt.date,
         lang: str) -> Callable[[], str]:
    """`?` at a prompt: why this question is asked (worked out only when asked)."""
    from icpcheck.why import why_text

    values = answer_values(answers)
    return lambda: why_text(rulebook, values, q, as_of, lang)



def _without_moot(rulebook: Rulebook, answers: dict[str, Answer]) -> dict[str, Answer]:
    """After a change in the review, this interview's answers to questions that no longer apply
    go (without a warning: the person just changed what they hang on)."""
    states = question_states(rulebook, answer_values(answers))
    return {k: a for k, a in answers.items() if a.source != "prompt" or states[k] is not cond.ABSENT}
