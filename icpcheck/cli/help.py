"""`--help` and click's own messages in the reader's language, from the one gettext catalogue.

A command's help is its docstring and its options' `help=`, in English: each is a msgid of the
catalogue (icpcheck/locale/extract.py finds them), looked up when help is written. Click marks its
own words ("Usage:", "Options", "No such option ...") with the stdlib's `gettext.gettext`, which
reads the process's text domain and the LANGUAGE variable: `click_speaks(lang)` binds icpcheck's
catalogue as that domain, so click says them in lang too, with no re-parsing of its English.
The help language is --lang on the command line (in any order with --help), else ICPCHECK_LANG,
else the locale. Chinese is wrapped with render/wrap.py: click's wrapping breaks at spaces only.
"""

from __future__ import annotations

import gettext
import inspect
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

import icpcheck.i18n as i18n
from icpcheck.i18n import N_

LANG_KEY = "icpcheck.lang"  # ctx.meta: the --lang found on the command line, for help

# Exit codes: each command's epilog lists its own.
EXIT_HEADING = N_("Exit codes:")
_EXIT: dict[int, str] = {
    0: N_("done"),
    1: N_("the CI gate failed: a needed filing is neither held nor waived"),
    2: N_("usage error (bad option or flag value)"),
    3: N_("answers invalid or missing"),
    4: N_("rulebook invalid"),
    5: N_("internal error (a bug: please report it; --debug shows the traceback)"),
    6: N_("system error: could not read or write a file or stream"),
    7: N_("verification gave up: the solver ran out of time (--time-limit)"),
    130: N_("interrupted (Ctrl-C; 129 on SIGHUP, 143 on SIGTERM)"),
}
_EPILOGS: dict[str, list[tuple[int, str]]] = {}  # an epilog exit_codes wrote -> its codes and meanings


def exit_codes(*codes: int, **words: str) -> str:
    """The epilog listing `codes`, in English (said in the help language when help is written).
    `words` (e.g. one="...") say what a code means for this command when it is not the usual."""
    names = {0: "zero", 1: "one"}
    listed = [(code, words.get(names.get(code, ""), _EXIT[code])) for code in codes]
    text = "\n".join(["\b", EXIT_HEADING, *(f"  {code:<4} {meaning}" for code, meaning in listed)])
    _EPILOGS[inspect.cleandoc(text)] = listed
    return text


def translate(text: str, lang: str) -> str:
    """A help text (a docstring, an option's help, an epilog) in lang."""
    if lang == "en":
        return text
    found = i18n.gettext(text, lang)
    if found is not text:
        return found
    listed = _EPILOGS.get(text)
    if listed is None:
        return text
    return "\n".join(["\b", i18n.gettext(EXIT_HEADING, lang),
                      *(f"  {code:<4} {i18n.gettext(meaning, lang)}" for code, meaning in listed)])


def help_lang(ctx: click.Context | None) -> str:
    """--lang as given on the command line (in any order with --help), else the default."""
    while ctx is not None:
        lang = ctx.meta.get(LANG_KEY) or getattr(ctx.obj, "lang", None)
        if lang in ("zh", "en"):
            return str(lang)
        ctx = ctx.parent
    return i18n.default_lang()


def lang_in(args: Sequence[str]) -> str | None:
    """The value of --lang among command-line words, before click has parsed them."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


# --- click's own words ---------------------------------------------------------------------------

_before: tuple[str, str | None] | None = None  # the text domain and LANGUAGE before click_speak


def click_speak(lang: str) -> None:
    """From now on click's own messages are in lang: icpcheck's catalogue is bound as the text
    domain that click's `gettext.gettext` reads, and LANGUAGE names lang (GNU gettext's own way to
    choose a language, before LC_ALL and LANG). English puts both back as they were."""
    global _before
    if lang == "en":
        if _before is not None:
            domain, language = _before
            _before = None
            gettext.textdomain(domain)
            if language is None:
                os.environ.pop("LANGUAGE", None)
            else:
                os.environ["LANGUAGE"] = language
        return
    if _before is None:
        _before = (gettext.textdomain(), os.environ.get("LANGUAGE"))
        gettext.bindtextdomain(i18n.DOMAIN, i18n.LOCALEDIR)
        gettext.textdomain(i18n.DOMAIN)
    os.environ["LANGUAGE"] = lang


def click_lang() -> str:
    """The language click speaks now."""
    return os.environ.get("LANGUAGE", "en") if _before is not None else "en"


@contextmanager
def click_speaks(lang: str) -> Iterator[None]:
    """click_speak(lang) while the block runs, then the language before."""
    before = click_lang()
    click_speak(lang)
    try:
        yield
    finally:
        click_speak(before)


# --- help ----------------------------------------------------------------------------------------

class HelpFormatter(click.HelpFormatter):
    """click's formatter, with every help text in the help language (and Chinese wrapped as such)."""

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            prefix = gettext.gettext("Usage:")  # click's msgid, in click's language
            prefix += "" if prefix.endswith("：") else " "  # a full-width colon has its own space
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        line = i18n.pgettext("heading", "{heading}:", self.lang).format(heading=heading)
        self.write(f"{' ' * self.current_indent}{line}\n")

    def write_text(self, text: str) -> None:
        text = translate(text, self.lang)
        if self.lang == "en":
            super().write_text(text)
            return
        from icpcheck.render.wrap import wrap

        indent = " " * self.current_indent
        for n, para in enumerate(re.split(r"\n\s*\n", text)):
            if n:
                self.write("\n")
            if para.startswith("\b"):  # kept as written: examples, exit codes
                lines = para.splitlines()[1:]
                self.write("".join(f"{indent}{line}\n" for line in lines))
            else:
                width = max(self.width - self.current_indent, 20)
                lines = wrap(" ".join(para.split("\n")), width)
                self.write("".join(f"{indent}{line}\n" for line in lines))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        rows = [(term, self._help(text)) for term, text in rows]
        if self.lang == "en":
            super().write_dl(rows, col_max, col_spacing)
            return
        from icpcheck.render.wrap import text_width, wrap

        first = min(max((text_width(t) for t, _ in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        room = max(self.width - self.current_indent - first, 20)
        for term, text in rows:
            lines = wrap(text, room) if text else []
            if text_width(term) + col_spacing <= first:
                head = f"{indent}{term}{' ' * (first - text_width(term))}"
                self.write(head + (lines[0] if lines else "").rstrip() + "\n")
                lines = lines[1:]
            else:
                self.write(f"{indent}{term}\n")
            self.write("".join(f"{indent}{' ' * first}{line}\n" for line in lines))

    def _help(self, text: str) -> str:
        """An option's help: its own words translated; click's [default: ...] is click's, already
        in the help language."""
        main, sep, extra = text.partition("  [")
        return translate(main, self.lang) + sep + extra


class HelpContext(click.Context):
    """A context whose help is written in the help language (see help_lang)."""

    def make_formatter(self) -> click.HelpFormatter:
        return HelpFormatter(help_lang(self), width=self.terminal_width,
                             max_width=self.max_content_width)

    def get_help(self) -> str:
        with click_speaks(help_lang(self)):
            return super().get_help()


class HelpInLanguage(click.Command):
    """A command whose help is in the help language (a base for icpcheck's commands and groups)."""

    context_class = HelpContext

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            # click caches the option with its help said in the language of that moment: keep the
            # msgid instead, said in the help language when help is written.
            option.help = "Show this message and exit."
        return option


class HelpGroup(HelpInLanguage, click.Group):
    """A group of commands whose help is in the help language."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command's first sentence, in the help language (click would shorten the English)."""
        lang = help_lang(ctx)
        if lang == "en":
            super().format_commands(ctx, formatter)
            return
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                text = inspect.cleandoc(command.help or "").partition("\f")[0]
                rows.append((name, i18n.gettext(short_help(text), lang)))
        if rows:
            with formatter.section(gettext.gettext("Commands")):
                formatter.write_dl(rows)


def short_help(text: str) -> str:
    """A command's first sentence (its first paragraph up to a word ending in "."): the msgid of
    its line in a group's command list."""
    words = text.split("\n\n", 1)[0].split()
    words = words[1:] if words[:1] == ["\b"] else words
    end = next((i + 1 for i, word in enumerate(words) if word.endswith(".")), len(words))
    return " ".join(words[:end])


def say(ctx: click.Context, template: str, **params: str) -> str:
    """A help sentence built at help time, in the help language."""
    return i18n.gettext(template, help_lang(ctx)).format(**params)
