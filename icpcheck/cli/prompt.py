"""The interactive flow: ask only what can still change a status, show progress, allow going back,
review the answers before the report, and ask which of the needed filings are already held."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, MutableMapping

import click

from icpcheck.answers import parse_value
from icpcheck.engine import Answer, open_questions, question_states
from icpcheck.errors import AnswersError
from icpcheck.i18n import t
from icpcheck.messages import Msg
from icpcheck.render.escape import terminal, terminal_line
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Filing, Question, Rulebook, Value

# `<` is also typed full-width (＜), or as 《 (Shift+, with a Chinese input method left on).
BACK = frozenset({"<", "＜", "《", "back", "b", "返回"})
HELP = frozenset({"?", "？", "help", "h"})
# Sources whose answers the person gave here or in a file: the review offers them for change
# (a flag or a model was typed on this very command line, and beats the prompt anyway).
REVIEWED = ("prompt", "file:", "default")

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
        pending = open_questions(rulebook, _values(answers), as_of)
        if not pending:
            change = review(rulebook, answers, lang, ask, say)
            if change is None:
                return answers
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
            if asked:
                previous = asked.pop()
                earlier[previous] = answers.pop(previous).value
            else:
                say(t("prompt.first", lang))
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


def ask_one(q: Question, default: Value | None, lang: str, ask: Ask, say: Say,
            shown_as: str = "prompt.default", why: Callable[[], str] | None = None) -> Value | None:
    """One question until it gets a valid answer (None: the person typed `<` to go back).
    Enter takes `default`, shown as the rulebook's default, the answer before `<`, or the
    answer being changed (`shown_as`)."""
    say(click.style(_wrapped(terminal(q.text.get(lang))), bold=True))
    for i, choice in enumerate(q.choices, 1):
        say(_wrapped(f"  {i}) {terminal_line(choice.label.get(lang))}"))
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


def review(rulebook: Rulebook, answers: dict[str, Answer], lang: str, ask: Ask, say: Say) -> Question | None:
    """The answers in words, numbered; the question whose answer the person wants to change, or
    None when Enter accepts them."""
    shown = [q for q in rulebook.questions
             if q.id in answers and answers[q.id].source.startswith(REVIEWED)]
    if not shown:
        return None
    say("")
    say(click.style(Msg("Your answers:").text(lang), fg="cyan"))
    for i, q in enumerate(shown, 1):
        say(_wrapped(f"  {i}) {terminal_line(q.text.get(lang))}"))
        say(_wrapped(f"     → {terminal_line(words(q, answers[q.id].value, lang))}"))
    while True:
        raw = ask(Msg("Enter to see the report, or the number of an answer to change").text(lang)).strip()
        if not raw:
            return None
        if raw.isdigit() and 1 <= int(raw) <= len(shown):
            return shown[int(raw) - 1]
        say(Msg("type a number from 1 to {n}, or press Enter", n=len(shown)).text(lang))


def ask_held(filings: Iterable[Filing], lang: str, ask: Ask = _ask, say: Say = _say) -> frozenset[str]:
    """Which of these (the filings that came out required or review) are already held."""
    listed = list(filings)
    if not listed:
        return frozenset()
    say("")
    say(click.style(Msg("Which of these do you already hold?").text(lang), bold=True))
    for i, f in enumerate(listed, 1):
        say(_wrapped(f"  {i}) {terminal_line(f.name.get(lang))}"))
    while True:
        raw = ask(Msg("numbers, comma-separated; Enter for none").text(lang)).strip()
        words_ = [w.strip() for w in raw.replace("，", ",").split(",") if w.strip()]
        if all(w.isdigit() and 1 <= int(w) <= len(listed) for w in words_):
            return frozenset(listed[int(w) - 1].id for w in words_)
        say(Msg("type numbers from 1 to {n}, or press Enter", n=len(listed)).text(lang))


def words(q: Question, value: Value, lang: str) -> str:
    """An answer as the interview shows it: yes/no as 是/否 (yes/no), choices by their labels."""
    if isinstance(value, bool):
        return t("value.yes" if value else "value.no", lang)
    picked = value if isinstance(value, tuple) else (value,)
    labels = [c.label.get(lang) if (c := q.choice(v)) is not None else v for v in picked]
    return ("；" if lang == "zh" else "; ").join(labels)  # labels hold commas and 、 themselves


def _hint(q: Question, default: Value | None, lang: str, shown_as: str = "prompt.default") -> str:
    hint = {"yes_no": t("prompt.yes_no", lang), "one_of": Msg("type a number").text(lang),
            "many_of": Msg("type numbers, comma-separated").text(lang)}[q.type]
    if default is not None:
        hint += f" [{t(shown_as, lang)}{t('colon', lang)}{terminal_line(words(q, default, lang))}]"
    return _wrapped(hint)


def _parse(q: Question, raw: str, lang: str = "en") -> Value:
    """A typed answer: numbers pick choices by position ("1,3": the first and third; ids work
    too). Problems are told in the interview's terms (numbers and labels), not the ids a flag or
    file uses."""
    if q.type == "yes_no":  # parse_value knows the words (是的, 没有 ...)
        return parse_value(q, raw, where=Msg("answer"))
    words_ = [w.strip() for w in raw.replace("，", ",").replace("、", ",").split(",") if w.strip()]
    n = len(q.choices)
    numbers = {w: int(w) for w in words_ if w.isdecimal() and len(w) <= 4}  # "2", "２"; not "²"
    wrong = next((w for w, k in numbers.items() if not 1 <= k <= n), None)
    if wrong is not None:
        raise AnswersError("there is no choice {number}: type a number from 1 to {n}", number=wrong, n=n)
    ids = {c.value for c in q.choices}  # choice ids are taken too, as flags and files write them
    stray = next((w for w in words_ if w not in numbers and w not in ids), None)
    if stray is not None:
        raise AnswersError("{word} is not a choice number: type a number from 1 to {n}", word=repr(stray), n=n)
    picked = [q.choices[numbers[w] - 1].value if w in numbers else w for w in words_]
    alone = next((c for c in q.choices if c.exclusive and c.value in picked), None)
    if alone is not None and len(set(picked)) > 1:
        raise AnswersError("“{choice}” is chosen alone: answer {number} by itself",
                           choice=alone.label.get(lang), number=q.choices.index(alone) + 1)
    return parse_value(q, ",".join(picked), where=Msg("answer"))


def _why(rulebook: Rulebook, answers: dict[str, Answer], q: Question, as_of: dt.date,
         lang: str) -> Callable[[], str]:
    """`?` at a prompt: why this question is asked (worked out only when asked)."""
    from icpcheck.why import why_text

    values = _values(answers)
    return lambda: why_text(rulebook, values, q, as_of, lang)


def _values(answers: dict[str, Answer]) -> dict[str, Value]:
    return {k: a.value for k, a in answers.items()}


def _without_moot(rulebook: Rulebook, answers: dict[str, Answer]) -> dict[str, Answer]:
    """After a change in the review, this interview's answers to questions that no longer apply
    go (without a warning: the person just changed what they hang on)."""
    states = question_states(rulebook, _values(answers))
    return {k: a for k, a in answers.items() if a.source != "prompt" or states[k] is not cond.ABSENT}
