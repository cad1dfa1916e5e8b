"""Line breaking for mixed Chinese and Latin text: display width, 禁则, hanging indents."""

# Chinese has no spaces: a line may break between any two characters (and between a Chinese
# character and a Latin word), but not before closing punctuation (行首禁则) nor after opening
# punctuation (行尾禁则), and not inside ——/…… . Latin text breaks at spaces only. A bullet or
# list item keeps its text aligned under itself, and its marker never stands alone on a line.

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

# Never at the start of a line: Chinese pause and stop marks, closing brackets and quotes (and
# their half-width forms, which follow Chinese text in mixed strings).
NO_START = frozenset("，。、；：？！）》」』】〕〗〙〛〉”’…—～·%‰,.;:?!)]}>"
                     "ー々ゝゞぁぃぅぇぉっゃゅょァィゥェォッャュョ")
# Never at the end of a line: opening brackets and quotes.
NO_END = frozenset("（《「『【〔〖〘〚〈“‘([{<")
# Never split between two of these (——, ……).
NO_SPLIT = frozenset("—…")

# A bullet or list item: leading spaces, a marker, a space. Its text hangs under the text.
_ITEM = re.compile(r"\s*(?:[•·\-*→▪◦‣]|\d{1,3}[.)、]|[（(]\d{1,3}[）)]|[①-⑳])\s+")


def cell_width(char: str) -> int:
    """Columns a character takes in a terminal: East Asian wide and full-width ones take two,
    combining marks and format characters none."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


# Each character's width and wideness once per process: a report asks about the same few hundred
# characters tens of thousands of times. ASCII is one column a character and never wide.
_WIDTHS: dict[str, int] = {}
_WIDE: dict[str, bool] = {}


def text_width(text: str) -> int:
    if text.isascii():
        return len(text)
    widths = _WIDTHS
    try:
        return sum(map(widths.__getitem__, text))
    except KeyError:
        for c in text:
            if c not in widths:
                widths[c] = cell_width(c)
        return sum(map(widths.__getitem__, text))


def _width_past(line: str, start: int, end: int, limit: int, ascii_line: bool = False) -> int:
    """text_width(line[start:end]), or some number over `limit` as soon as it is past it: a run of
    a hundred thousand characters costs a line's worth of columns, not the whole run, per line."""
    if ascii_line:
        return end - start
    if end - start <= 2 * limit + 8:  # a run no longer than a line or two: measured whole
        return text_width(line[start:end])
    used = 0
    for i in range(start, end):
        used += text_width(line[i])
        if used > limit:
            break
    return used


def _wide(char: str) -> bool:
    wide = _WIDE.get(char)
    if wide is None:
        wide = _WIDE[char] = unicodedata.east_asian_width(char) in ("W", "F")
    return wide


def can_break(before: str, after: str) -> bool:
    """Whether a line may end after `before` and the next begin with `after` (two neighbours)."""
    if after.isspace() or after in NO_START or before in NO_END:
        return False
    if before.isspace():
        return True
    if before == after and before in NO_SPLIT:
        return False
    return _wide(before) or _wide(after)


def _breakable(line: str, j: int) -> bool:
    """Whether line[:j] may end a line and line[j:] begin the next (spaces at the break dropped)."""
    if line[j].isspace():
        return False  # (first: a run of spaces is looked back over once, at its end)
    if line[j - 1].isspace():
        k = j - 1  # where the text before the spaces ends (no copy of line[:j]: linear, not quadratic)
        while k > 0 and line[k - 1].isspace():
            k -= 1
        if k > 0 and line[k - 1] in NO_END:  # "（ x": the bracket would still end the line
            return False
    return can_break(line[j - 1], line[j])


def hanging(line: str) -> int:
    """Where a line's marker ends, in characters (0 when the line is no bullet or list item):
    what may never stand alone on a line, and how far continuation lines are indented."""
    item = _ITEM.match(line)
    if item is not None and item.end() < len(line):
        return item.end()
    return len(line) - len(line.lstrip(" "))


# A short [bracketed] note without spaces is kept on one line, e.g. a confidence tag:
# "[法律条文、官方文件]" (one with spaces, "[law, official]", breaks at them as any Latin text does).
_TAG_WIDTH = 30


def _tag_end(line: str, i: int, j: int) -> int:
    """Where the run line[i:j] must end instead when a short [note] opens in it and closes after it."""
    opened = line.rfind("[", i, j)
    if opened < 0 or "]" in line[opened:j]:
        return j
    closed = line.find("]", j)
    if closed < 0 or text_width(line[opened:closed + 1]) > _TAG_WIDTH:
        return j
    inside = line[opened + 1:closed]
    return j if "[" in inside or any(c.isspace() for c in inside) else closed + 1


# Where an ASCII line may break: after spaces, before a character that may start a line (ASCII
# is never wide, so nothing else breaks it); the character before the spaces is checked apart.
# (Matched only from a run's start and never given back: a run of spaces costs its length once.)
_ASCII_BREAK = re.compile("(?<!\\s)\\s++(?=[^\\s" + re.escape("".join(c for c in NO_START if c.isascii()))
                          + "])")


class _Classes(dict[int, str]):
    """Each character's class for _breaks, as one letter: " " a space; otherwise a letter whose
    bits say wide (1), never at the start of a line (2), never at its end (4). Worked out once a
    character, for str.translate."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isspace():
            letter = " "
        else:
            letter = chr(ord("a") + _wide(char) + 2 * (char in NO_START) + 4 * (char in NO_END))
        self[code] = letter
        return letter


_CLASSES = _Classes()
_LETTERS = [chr(ord("a") + n) for n in range(8)]
_MAY_START = "".join(c for n, c in enumerate(_LETTERS) if not n & 2)
_MAY_END = "".join(c for n, c in enumerate(_LETTERS) if not n & 4)
_WIDE_START = "".join(c for n, c in enumerate(_LETTERS) if not n & 2 and n & 1)
_WIDE_END = "".join(c for n, c in enumerate(_LETTERS) if not n & 4 and n & 1)
# In the class string: after a run of spaces that does not follow a character that may not end a
# line (matched from the run's start, never given back), or between two characters of which one
# is wide, the first may end a line and the second may start one.
_CLASS_BREAK = re.compile(f"(?:^|(?<=[{_MAY_END}])) ++(?=[{_MAY_START}])"
                          f"|(?<=[{_WIDE_END}])(?=[{_MAY_START}])|(?<=[{_MAY_END}])(?=[{_WIDE_START}])")


def _breaks(line: str, start: int) -> list[int]:
    """Every j past `start` where _breakable(line, j), in order: one pass over the line."""
    if line.isascii():
        return [m.end() for m in _ASCII_BREAK.finditer(line)
                if m.end() > start and (m.start() == 0 or line[m.start() - 1] not in NO_END)]
    classes = line.translate(_CLASSES)
    return [j for m in _CLASS_BREAK.finditer(classes) if (j := m.end()) > start and j < len(line)]


_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s+")


def _tags(line: str, start: int = 0) -> list[tuple[int, int]]:
    """The short [notes] kept whole, as (position of "[", position of "]"): a "]" with the last
    "[" before it (after the "]" before it), no space or "[" between, at most _TAG_WIDTH wide.
    Each stretch of the line is looked at once; a "[" before `start` (in a marker) opens none."""
    out = []
    after = 0
    closed = line.find("]")
    while closed >= 0:
        opened = line.rfind("[", after, closed)
        if (opened >= start and not _SPACE.search(line, opened + 1, closed)
                and text_width(line[opened:closed + 1]) <= _TAG_WIDTH):
            out.append((opened, closed))
        after = closed + 1
        closed = line.find("]", after)
    return out


def _units(line: str, start: int) -> list[tuple[int, int]]:
    """The unbreakable runs of line[start:] as (start, end) slices, without the spaces between."""
    breaks = _breaks(line, start)
    if "[" in line and "]" in line:  # no break inside a short [note] (_tag_end, for every note)
        kept, t = [], 0
        tags = _tags(line, start)
        for j in breaks:
            while t < len(tags) and tags[t][1] < j:
                t += 1
            if t == len(tags) or not tags[t][0] < j:
                kept.append(j)
        breaks = kept
    bounds = [start, *breaks, len(line)]
    # A run ends before the spaces that end at its break (a break is never inside spaces); spaces
    # alone (at the start of a line) are no run.
    trimmed = {m.end(): m.start() for m in _SPACES.finditer(line)}
    return [(i, end) for i, j in zip(bounds, bounds[1:], strict=False)
            if (end := trimmed.get(j, j)) > i]


def _units_by_pairs(line: str, start: int) -> list[tuple[int, int]]:
    """_units as the rule says it, a run at a time (the tests' oracle for _units)."""
    units: list[tuple[int, int]] = []
    i = start
    while i < len(line):
        j = i + 1
        while j < len(line):
            if not _breakable(line, j):
                j += 1
            elif (end := _tag_end(line, i, j)) > j:
                j = end
            else:
                break
        text_end = j
        while text_end > i and line[text_end - 1].isspace():
            text_end -= 1
        if text_end > i:
            units.append((i, text_end))
        i = j
    return units


def _fold(line: str, start: int, end: int, room: int) -> int:
    """Where to cut line[start:end], a run too wide for `room` columns: as late as fits, moved
    back where that keeps a closing mark from starting the next line or an opening one from
    ending this one; at least one character."""
    cut, used = start, 0
    while cut < end and used + cell_width(line[cut]) <= room:
        used += cell_width(line[cut])
        cut += 1
    if cut == start:
        return start + 1
    best = cut
    while best > start + 1 and (line[best] in NO_START or line[best - 1] in NO_END):
        best -= 1
    return best if line[best] not in NO_START and line[best - 1] not in NO_END else cut


def layout(line: str, width: int) -> tuple[int, list[tuple[int, int]]]:
    """How one line (no newline) wraps at `width` columns: the indent of continuation lines, in
    columns, and each output line as a (start, end) slice of `line`.

    Spaces at a break are dropped; a bullet's marker is never alone on its line; a line is wider
    than `width` only when `width` is less than 2 (a Chinese character does not fit).
    """
    if text_width(line) <= width:
        return 0, [(0, len(line))]
    head = hanging(line)
    indent = text_width(line[:head])
    ascii_line = line.isascii()
    if indent + 2 > width:
        # Too narrow to hang: no protected marker, no indent.
        head, indent = 0, 0
    spans: list[tuple[int, int]] = []
    start, end, used = 0, head, indent  # the line being filled is line[start:end], `used` wide
    empty = True  # nothing placed past the marker or indent yet
    units = _units(line, head)
    # Columns from the start of the line to each position: any stretch's width by a subtraction
    # (ASCII: the position itself), and each line filled with as many runs as fit by one bisection.
    if ascii_line:
        cols: Sequence[int] = range(len(line) + 1)
    else:
        text_width(line)  # every character's width known
        cols = list(accumulate(map(_WIDTHS.__getitem__, line), initial=0))
    ends = [cols[e] for _, e in units]
    k = 0
    while k < len(units):
        u_start, u_end = units[k]
        gap = cols[u_start] - cols[end]  # the spaces before this run, on the same line
        need = cols[u_end] - cols[u_start]
        if empty and used + gap + cell_width(line[u_start]) > width:
            start, end, used, gap = u_start, u_start, indent, 0  # leading spaces that cannot fit
        if used + gap + need <= width:
            # This run fits, and so does every following one whose end is within the width.
            last = bisect_right(ends, width - used + cols[end], k) - 1
            end, used, empty = units[last][1], used + cols[units[last][1]] - cols[end], False
            k = last + 1
        elif not empty:
            spans.append((start, end))
            start, end, used, empty = u_start, u_start, indent, True
        else:  # alone on its line and still too wide: cut it
            cut = _fold(line, u_start, u_end, width - used - gap)
            spans.append((start, cut))
            start, end, used = cut, cut, indent
            if cut < u_end:
                units[k] = (cut, u_end)
            else:  # one character wider than the whole line (width 1): it had a line to itself
                k += 1
    if not empty or not spans:
        spans.append((start, end))
    return indent, spans


def wrap(text: str, width: int) -> list[str]:
    """`text` as lines of at most `width` columns (each of its own lines wrapped on its own)."""
    out: list[str] = []
    for line in text.split("\n"):
        # Spaces after a bullet beyond the first say nothing and could push its text off the line.
        item = _ITEM.match(line)
        if item is not None and item.end() < len(line):
            line = line[:item.end()].rstrip() + " " + line[item.end():]
        indent, spans = layout(line, width)
        out += [line[s:e] if i == 0 else " " * indent + line[s:e] for i, (s, e) in enumerate(spans)]
    return out


def narrowest(text: str) -> int:
    """The width below which some unbreakable run of `text` (with its marker or indent) is cut."""
    widest = 0
    for line in text.split("\n"):
        head = hanging(line)
        indent = text_width(line[:head])
        for n, (s, e) in enumerate(_units(line, head)):
            widest = max(widest, text_width(line[:e]) if n == 0 else indent + text_width(line[s:e]))
    return widest
