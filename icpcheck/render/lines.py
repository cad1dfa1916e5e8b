"""Styled lines written as rich's console writes them, without importing its console.

The text report is a list of lines, each a string with styled spans (bold, dim, a colour), and
section rules. rich draws them in ~50 ms of import and layout per process; this module writes the
same bytes directly: a `Styled` holds text and spans as rich's `Text` does (a base style and spans
in the order added), `Writer` turns them into text, with ANSI codes when there is colour, segment by
segment as rich does. What it does not do itself (a tab to expand, a line wider than the terminal to
crop, a rule too narrow for its title) it hands to rich's console, imported only then, so the output
is rich's in every case. `RichSink` draws through a rich console: the oracle the tests compare with.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Protocol

from icpcheck.render.wrap import text_width

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

# rich drops these from any text it is given (rich.control.STRIP_CONTROL_CODES).
_STRIP = {7: None, 8: None, 11: None, 12: None, 13: None}

# Each style word the report uses: an SGR attribute (bold, dim) or a foreground colour.
_ATTRIBUTES = {"bold": 1, "dim": 2}
_COLOURS = {"red": "31", "green": "32", "yellow": "33", "bright_green": "92"}
_NAMED = {"rule.line": "bright_green"}  # rich's default theme, for the rules' lines

RULE = "─"

# Characters whose width rich counts as render/wrap.py does, one by one and in any string of them
# (no combining mark, joiner or emoji among them; tests/render/test_lines.py checks each against
# rich.cells): printable Latin-1, general punctuation, arrows, enclosed numbers, shapes, CJK
# punctuation, kana, ideographs, full-width forms. A text of these is measured without rich (a
# regular expression of these ranges took 1 ms to compile: a check a character, cached, instead).
_SAME_WIDTH_RANGES = ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0xFF), (0x2010, 0x2027), (0x2030, 0x205E),
                      (0x2190, 0x21FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x3000, 0x3029),
                      (0x302E, 0x303E), (0x3041, 0x3096), (0x309B, 0x30FF), (0x4E00, 0x9FFF),
                      (0xFF01, 0xFF60))
_SAME: dict[str, bool] = {}


def same_width(char: str) -> bool:
    """Whether `char` is in _SAME_WIDTH_RANGES (worked out once a character)."""
    same = _SAME.get(char)
    if same is None:
        code = ord(char)
        same = _SAME[char] = any(low <= code <= high for low, high in _SAME_WIDTH_RANGES)
    return same


def cells(text: str) -> int:
    """rich.cells.cell_len(text), which decides what rich's console crops; rich is imported only
    for a text with a character outside _SAME_WIDTH_RANGES."""
    if (text.isascii() and text.isprintable()) or all(map(same_width, text)):
        return text_width(text)
    from rich.cells import cell_len

    return cell_len(text)


class Styled:
    """Text with styles, as rich's Text: a base style over all of it, then spans in the order
    added (a later span's colour wins, attributes add up)."""

    __slots__ = ("plain", "spans", "style")

    def __init__(self, plain: str = "", style: str = "",
                 spans: list[tuple[int, int, str]] | None = None) -> None:
        self.plain = plain.translate(_STRIP)
        self.style = style
        self.spans: list[tuple[int, int, str]] = spans if spans is not None else []

    def append(self, text: str | Styled, style: str = "") -> Styled:
        if isinstance(text, Styled):
            if text.plain:
                at = len(self.plain)
                if text.style:
                    self.spans.append((at, at + len(text.plain), text.style))
                self.spans.extend((at + s, at + e, st) for s, e, st in text.spans)
                self.plain += text.plain
        elif text:
            text = text.translate(_STRIP)
            at = len(self.plain)
            if style:
                self.spans.append((at, at + len(text), style))
            self.plain += text
        return self

    def slice(self, start: int, end: int) -> Styled:
        """plain[start:end] with the spans that reach into it, cut to it (rich's Text.divide)."""
        spans = [(max(s, start) - start, min(e, end) - start, st) for s, e, st in self.spans
                 if min(e, end) > max(s, start)]
        out = Styled.__new__(Styled)
        out.plain, out.style, out.spans = self.plain[start:end], self.style, spans
        return out

    def lines(self) -> list[Styled]:
        """Split at each newline (rich's Text.split("\\n", allow_blank=True))."""
        if "\n" not in self.plain:
            return [self.slice(0, len(self.plain))]
        out, at = [], 0
        for part in self.plain.split("\n"):
            out.append(self.slice(at, at + len(part)))
            at += len(part) + 1
        return out

    def to_rich(self) -> Text:
        from rich.text import Span, Text

        return Text(self.plain, style=self.style, spans=[Span(s, e, st) for s, e, st in self.spans])


class Sink(Protocol):
    """Where the report's lines go: a line (wrapped by rich's rules unless no_wrap), a blank
    line, a rule with or without a title."""

    width: int

    def print(self, text: Styled | None = None, *, no_wrap: bool = False) -> None: ...

    def rule(self, title: Styled | None = None) -> None: ...


_SGR: dict[tuple[str, ...], str] = {}


def _sgr(styles: tuple[str, ...]) -> str:
    """The SGR parameters of styles combined in order, as rich renders them ('' for none)."""
    codes = _SGR.get(styles)
    if codes is None:
        attributes, colour = 0, None
        for style in styles:
            for word in style.split():
                word = _NAMED.get(word, word)
                if word in _ATTRIBUTES:
                    attributes |= 1 << (_ATTRIBUTES[word] - 1)
                else:
                    colour = _COLOURS[word]  # a KeyError for a style this module does not know
        sgr = [str(n) for n in sorted(_ATTRIBUTES.values()) if attributes & (1 << (n - 1))]
        if colour:
            sgr.append(colour)
        codes = _SGR[styles] = ";".join(sgr)
    return codes


def ansi(text: Styled) -> str:
    """The line with ANSI codes, one per segment between span boundaries (rich's Text.render)."""
    plain = text.plain
    styles = (text.style, *(st for _, _, st in text.spans))
    events = [(0, False, 0), *((s, False, i) for i, (s, _, _) in enumerate(text.spans, 1)),
              *((e, True, i) for i, (_, e, _) in enumerate(text.spans, 1)), (len(plain), True, 0)]
    events.sort(key=lambda ev: (ev[0], ev[1]))
    stack: list[int] = []
    out = []
    for (at, leaving, i), (upto, _, _) in zip(events, events[1:], strict=False):
        if leaving:
            stack.remove(i)
        else:
            stack.append(i)
        if upto > at:
            piece = plain[at:upto]
            codes = _sgr(tuple(styles[n] for n in sorted(stack) if styles[n]))
            out.append(f"\x1b[{codes}m{piece}\x1b[0m" if codes else piece)
    return "".join(out)


def fits(plain: str, width: int) -> bool:
    """cell_len(plain) <= width, rich's measure asked only when the bound of two columns a
    character (one for ASCII) does not settle it: rich's own count is the slow part of a line."""
    return 2 * len(plain) - len(plain.encode("ascii", "ignore")) <= width or cells(plain) <= width


class Writer:
    """Lines to text, as rich's Console(width=width, force_terminal=colour, no_color=not colour)
    writes them to a file."""

    def __init__(self, width: int, colour: bool) -> None:
        self.width = width
        self.colour = colour
        self.out: list[str] = []
        self._rich: RichSink | None = None

    def getvalue(self) -> str:
        return "".join(self.out)

    def print(self, text: Styled | None = None, *, no_wrap: bool = False) -> None:
        if text is None:
            self.out.append("\n")
            return
        plain = text.plain
        # rich expands tabs, wraps (or crops, with no_wrap) what is wider than the terminal and
        # drops trailing spaces from a line longer in characters than the width: its console's.
        if "\t" in plain or "\n" in plain or not fits(plain, self.width) or (
                not no_wrap and len(plain) > self.width):
            self._by_rich(lambda sink: sink.print(text, no_wrap=no_wrap))
            return
        self.out.append(ansi(text) if self.colour else plain)
        self.out.append("\n")

    def rule(self, title: Styled | None = None) -> None:
        width = self.width
        if title is None or not title.plain:  # rich draws an empty title as no title
            line = Styled(RULE * width, "rule.line")
        else:
            cells_ = cells(title.plain)
            side = (width - cells_) // 2
            # rich: no room for a title (width 4 or less) draws none, even one of no width
            if "\t" in title.plain or "\n" in title.plain or cells_ + 4 > width or side < 2 or width <= 4:
                self._by_rich(lambda sink: sink.rule(title))
                return
            # rich's centred rule: the left side a character short of half, the right the rest.
            line = Styled().append(RULE * (side - 1) + " ", "rule.line").append(title).append(
                " " + RULE * (width - side - cells_ - 1), "rule.line")
        self.out.append(ansi(line) if self.colour else line.plain)
        self.out.append("\n")

    def _by_rich(self, draw: object) -> None:
        if self._rich is None:
            from rich.console import Console

            self._rich = RichSink(Console(file=io.StringIO(), width=self.width, height=24,
                                          force_terminal=self.colour, no_color=not self.colour,
                                          highlight=False, emoji=False))
        draw(self._rich)  # type: ignore[operator]
        buf = self._rich.console.file
        self.out.append(buf.getvalue())  # type: ignore[attr-defined]
        buf.seek(0)
        buf.truncate()


class RichSink:
    """The same lines drawn by a rich console."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = console.width

    def print(self, text: Styled | None = None, *, no_wrap: bool = False) -> None:
        if text is None:
            self.console.print()
        elif no_wrap:
            self.console.print(text.to_rich(), no_wrap=True, crop=False)
        else:
            self.console.print(text.to_rich())

    def rule(self, title: Styled | None = None) -> None:
        if title is None:
            self.console.rule()
        else:
            self.console.rule(title.to_rich())


def sink(con: Sink | Console) -> Sink:
    """A Writer or RichSink as it is; a rich console drawn through."""
    if isinstance(con, (Writer, RichSink)):
        return con
    return RichSink(con)  # type: ignore[arg-type]
