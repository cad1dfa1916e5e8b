"""Messages in each output language, gettext's way: a message is its English template and its parameters.

An error or a warning carries `Msg(TEMPLATE, **params)`; the template is the message id. It is turned
into text only when shown: looked up in the language's catalogue (`ZH` maps each English template to
its Chinese one), then formatted. A parameter that is itself a Msg (a kind of value such as "a list",
a "did you mean" suffix) is shown in the same language; any other value is shown as it is.
tests/test_errors.py reads every message icpcheck constructs and checks it against `ZH`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

LANGS = ("en", "zh")

LABELS: dict[str, dict[str, str]] = {
    "error": {"en": "error", "zh": "错误"},
    "warning": {"en": "warning", "zh": "警告"},
    "hint": {"en": "hint", "zh": "提示"},
    "interrupted": {"en": "interrupted", "zh": "已中断"},
    "note": {"en": "note", "zh": "注意"},
}


class Words(Protocol):
    """Anything that can say itself in a language (a Msg, an answer's source)."""

    def text(self, lang: str) -> str: ...


class Msg:
    """A message: its English template (the id in every catalogue) and the values of its blanks."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params

    def text(self, lang: str = "en") -> str:
        """Look the template up in lang's catalogue first, then fill its blanks (each Msg in lang)."""
        template = ZH.get(self.template, self.template) if lang == "zh" else self.template
        if not self.params:
            return template.format() if "{" in template else template
        return template.format(**{k: _shown(v, lang) for k, v in self.params.items()})

    def json_params(self, lang: str) -> dict[str, object]:
        """The parameters as JSON values: words in lang, lists as lists, anything else as text."""
        return {k: _json(v, lang) for k, v in self.params.items()}

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Msg({self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.template, dict(self.params)) == (other.template,
                                                                               dict(other.params))

    def __hash__(self) -> int:
        return hash(self.template)


class Warning(Msg):  # noqa: A001 - a report's warning; the builtin is never used in icpcheck
    """A warning in a report: a stable `code` (for JSON readers) and its message."""

    __slots__ = ("code",)

    def __init__(self, code: str, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.code = code

    def detail(self, lang: str) -> dict[str, object]:
        """The JSON report's `warnings_detail` entry."""
        return {"code": self.code, "text": self.text(lang), "params": self.json_params(lang)}

    def __repr__(self) -> str:
        return f"Warning({self.code!r}, {self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Warning) and self.code == other.code and super().__eq__(other)

    __hash__ = Msg.__hash__


# In Chinese a list of items is separated by 、 and a list of clauses by ；.
_ZH_SEPARATORS = {", ": "、", "; ": "；"}


class Joined:
    """Several messages (or values) shown as one blank, each in the language, with a separator
    (", " or "; " become 、 or ； in Chinese)."""

    __slots__ = ("items", "sep")

    def __init__(self, items: Iterable[object], sep: str = "; ") -> None:
        self.items = tuple(items)
        self.sep = sep

    def text(self, lang: str) -> str:
        sep = _ZH_SEPARATORS.get(self.sep, self.sep) if lang == "zh" else self.sep
        return sep.join(str(_shown(item, lang)) for item in self.items)


def warning_texts(warnings: Iterable[Msg], lang: str) -> list[str]:
    """A report's warnings as lines of text in lang (what every format shows)."""
    return [w.text(lang) for w in warnings]


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang, LABELS[key]["en"])


def labelled(key: str, lang: str) -> str:
    """A label and its colon, e.g. "error: " or "错误：" (full-width after Chinese)."""
    return label(key, lang) + ("：" if lang == "zh" else ": ")


def _shown(value: object, lang: str) -> object:
    return value.text(lang) if hasattr(value, "text") and callable(value.text) else value


def _json(value: object, lang: str) -> object:
    if hasattr(value, "text") and callable(value.text):
        return value.text(lang)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [_json(v, lang) for v in items]
    return str(value)


# The zh catalogue: English template -> Chinese template, each with the same {blanks}.
ZH: dict[str, str] = {
    # The application layer's errors (icpcheck.checking), which name questions, not flags.
    "missing answers: {ids}": "缺少回答：{ids}",
    "{q} (if it applies)": "{q}（如适用）",
    "answer them, then check again": "请回答这些问题后再检查",
    "add them to the line: {example}": "请在该行加上这些键：{example}",
    "answers assumed, not given: {ids}": "以下回答是按默认值假定的，并非给出的：{ids}",
    "answer them, or allow defaults": "请回答这些问题，或允许使用默认值",
    "models disagree on '{q}' ({a} vs {b})": "这些业务模式对 '{q}' 的回答不一致（{a} 与 {b}）",
    "answer '{q}' yourself": "请自己回答 '{q}'",
    "--model: {problem}": "--model：{problem}",
    "unknown model {model}{suggest}": "未知的业务模式 {model}{suggest}",
    "{value} is not a filing id{suggest}": "{value} 不是备案/许可 id{suggest}",
    "{name}: answers must be a mapping of question id to value, not {kind}":
        "{name}：回答必须是“问题 id → 值”的映射，而不是 {kind}",
    "{name}: answers hold a value that is not JSON/YAML data: {problem}":
        "{name}：回答中有不是 JSON/YAML 数据的值：{problem}",
    "check these cases against the rulebook they were written for": "请用这些用例所针对的规则库来检查",
    # -- answers (exit 3) ----------------------------------------------------------------------
    "{where}: '{q}' is a yes/no question; {value} is not yes or no":
        "{where}：'{q}' 是一个是/否问题；{value} 既不是“是”也不是“否”",
    'use yes/no (also y/n, true/false, 1/0, 是/否)': '请用 yes/no（也可用 y/n、true/false、1/0、是/否）',
    "{where}: {value} is not a choice of '{q}'{suggest}": "{where}：{value} 不是 '{q}' 的选项{suggest}",
    'choose one of: {values}': '请选择其一：{values}',
    'choose from: {values}': '可选：{values}',
    "{where}: '{q}' takes a list of choices, not {value}": "{where}：'{q}' 需要一组选项，而不是 {value}",
    'e.g. {example}': '例如 {example}',
    "{where}: '{q}' needs at least one choice": "{where}：'{q}' 至少需要选择一项",
    '{where}: unknown question {q}{suggest}': '{where}：未知的问题 {q}{suggest}',
    '`icpcheck questions` lists every question id': '`icpcheck questions` 会列出所有问题 id',
    '--answer {pair}: expected ID=VALUE': '--answer {pair}：格式应为 ID=VALUE',
    'say which with -a {q}=VALUE': '请用 -a {q}=VALUE 指明',
    '{name}: answers must be an object/mapping of question id to value, not {kind}':
        '{name}：回答文件应是“问题 id → 回答”的对象/映射，而不是 {kind}',
    "{name}: 'answers' must be an object/mapping of question id to value, not {kind}":
        "{name}：'answers' 应是“问题 id → 回答”的对象/映射，而不是 {kind}",
    "{name}: 'answers' must be a mapping of question id to value": "{name}：'answers' 应是“问题 id → 回答”的映射",
    "{name}: unknown key(s) {keys} beside 'answers'": "{name}：'answers' 旁有未知的键 {keys}",
    'missing answers and no terminal to ask: {flags}': '缺少回答，且没有终端可以提问：{flags}',
    'or pass --answers FILE, or --model {models}': '或者使用 --answers FILE，或 --model {models}',
    'or pass --answers FILE': '或者使用 --answers FILE',
    "ignored answer '{q}' ({source}): the question does not apply given the other answers":
        "已忽略回答 '{q}'（{source}）：根据其他回答，这个问题不适用",
    "{name}: with {keys} in the file, put the answers {extra} under 'answers:'":
        "{name}：文件中有 {keys}，请把回答 {extra} 放在 'answers:' 下",
    'answers: {{question_id: value, ...}} beside held: [...] / waivers: [...]':
        'answers: {{问题id: 回答, ...}}，与 held: [...] / waivers: [...] 并列',
    '{name} was saved against rulebook {saved}; now using {now}':
        '{name} 保存时使用的是规则库 {saved}；现在使用的是 {now}',
    'dropped {n} answer(s) from {name} that no longer validate; they will be asked again: {items}':
        '已丢弃 {name} 中 {n} 个不再有效的回答，稍后会重新提问：{items}',
    # -- usage (exit 2) ------------------------------------------------------------------------
    '--as-of {value} is not a date': '--as-of {value} 不是日期',
    'no command {name} (did you mean {suggest}?)': '没有命令 {name}（是不是 {suggest}？）',
    'no command {name}': '没有命令 {name}',
    'use YYYY-MM-DD': '请用 YYYY-MM-DD 格式',
    '`{command} --help` lists the options': '`{command} --help` 会列出所有选项',
    'No such option {option}.': '没有这个选项 {option}。',
    'a command-line argument contains a NUL byte': '命令行参数中含有 NUL 字节',
    'Option {option} requires an argument.': '选项 {option} 需要一个值。',
    'Option {option} does not take a value.': '选项 {option} 不接受值。',
    'Missing option {option}.': '缺少选项 {option}。',
    'Missing argument {argument}.': '缺少参数 {argument}。',
    'Got unexpected extra argument ({args})': '多余的参数（{args}）',
    'Got unexpected extra arguments ({args})': '多余的参数（{args}）',
    'Invalid value for {option}: {problem}': '{option} 的值无效：{problem}',
    "--batch takes each line's answers from its file; it cannot be combined with {options}":
        '--batch 从文件的每一行读取回答，不能与 {options} 同时使用',
    'batch output is always JSON Lines': '批量模式的输出总是 JSON Lines',
    'cannot write {target}: {reason}': '无法写入 {target}：{reason}',
    'check the directory exists and is writable': '请确认目录存在且可写',
    'write the report to a regular file, or leave out --output for standard output':
        '请把报告写到普通文件，或去掉 --output 输出到标准输出',
    'cannot write the report: standard output is closed': '无法写出报告：标准输出已关闭',
    'redirect it to a file (> report.txt) or use --output FILE':
        '请把它重定向到文件（> report.txt），或使用 --output FILE',
    '{first} and {second} name the same file {target}': '{first} 和 {second} 指向同一个文件 {target}',
    'give each its own file': '请为它们各指定一个文件',
    'no such filing {f}{suggest}': '没有这项备案/许可 {f}{suggest}',
    'no schema named {name}': '没有名为 {name} 的 schema',
    'available: {names}': '可选：{names}',
    'no case files given, and none beside the rulebook': '没有指定测试用例文件，规则库旁也没有',
    'pass case files: icpcheck rules test CASES.yaml': '请指定用例文件：icpcheck rules test CASES.yaml',
    'give the rulebook once: PATH or --rules PATH, not both': '规则库只能指定一次：PATH 或 --rules PATH，不能同时使用',
    '{command} is a command: its options go after it': '{command} 是一个命令：它的选项要放在它后面',
    # -- rulebook (exit 4) ---------------------------------------------------------------------
    'the built-in rulebook {name} is missing from this installation': '本次安装缺少内置规则库 {name}',
    'reinstall icpcheck, or pass --rules PATH': '请重新安装 icpcheck，或用 --rules PATH 指定规则库',
    "the rulebook gives filing '{f}' no status for these answers": "对这些回答，规则库没有给出 '{f}' 的状态",
    'run `icpcheck rules lint` to find the gap': '运行 `icpcheck rules lint` 找出遗漏',
    # (the date form before the general one, which would match it too)
    'is not a valid rulebook': '不是有效的规则库',
    # -- case files (`rules test`, exit 2) -------------------------------------------------------
    "see docs/rulebooks.md, 'Case files'": '请参阅 docs/rulebooks.md 的“Case files”一节',
    '{place}: a case is a mapping (name, answers, expect)': '{place}：用例应是映射（name、answers、expect）',
    '{place}: a case needs name, answers and expect: {{filing: status}}; unknown key(s) {keys}':
        '{place}：用例需要 name、answers 和 expect: {{filing: status}}；未知的键 {keys}',
    '{place}: a case needs name, answers and expect: {{filing: status}}':
        '{place}：用例需要 name、answers 和 expect: {{filing: status}}',
    '{place}: expect_layers is a mapping {{filing: {{layer: status}}}}':
        '{place}：expect_layers 应是映射 {{filing: {{layer: status}}}}',
    '{place}: expect_blockers is a list of filing ids': '{place}：expect_blockers 应是备案/许可 id 的列表',
    '{place}: expect_plan is a list of filing ids, in the order to do them':
        '{place}：expect_plan 应是按办理顺序排列的备案/许可 id 列表',
    '{place}: as_of {value} is not a date YYYY-MM-DD': '{place}：as_of {value} 不是 YYYY-MM-DD 格式的日期',
    '{place}: as_of should be a date YYYY-MM-DD': '{place}：as_of 应是 YYYY-MM-DD 格式的日期',
    '{place}: models is a list of model ids, expect_reasons a mapping {{filing: [rule ids]}}':
        '{place}：models 应是业务模式 id 的列表，expect_reasons 应是映射 {{filing: [规则 id]}}',
    # -- reading files (exit 3 for answers, 4 for rulebooks) -------------------------------------
    'no such file': '文件不存在',
    'check the path and spelling': '请检查路径和拼写',
    'is a directory, not a file': '是目录，不是文件',
    'name a file in it': '请指定其中的一个文件',
    'permission denied': '没有读取权限',
    'check that you may read this file': '请确认你有权限读取这个文件',
    'cannot be read: {reason}': '无法读取：{reason}',
    'cannot read {path}: {reason}': '无法读取 {path}：{reason}',
    'is larger than {n} bytes': '超过 {n} 字节',
    'check that this is the right file; rulebooks and answers are small':
        '请确认文件是否正确；规则库和回答文件都很小（如确需更大，用 --max-input-bytes）',
    'is empty (nothing but whitespace or comments)': '是空的（只有空白或注释）',
    'check that this is the right file': '请确认文件是否正确',
    'is saved as {encoding}; save as UTF-8': '以 {encoding} 编码保存；请另存为 UTF-8',
    'save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)':
        '请另存为 UTF-8（多数编辑器：另存为 → 编码 → UTF-8）',
    ('save it as UTF-8 (in most editors: Save As → Encoding → UTF-8); it may have been saved as GBK/GB18030 '
     'or Windows-1252'):
        '请另存为 UTF-8（多数编辑器：另存为 → 编码 → UTF-8）；它可能是以 GBK/GB18030 或 Windows-1252 保存的',
    'contains a NUL byte (at byte {n}): this looks like a binary file':
        '含有 NUL 字节（第 {n} 字节）：看起来是二进制文件',
    'if it is UTF-16 text, save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)':
        '如果是 UTF-16 文本，请另存为 UTF-8（多数编辑器：另存为 → 编码 → UTF-8）',
    'is not valid UTF-8: byte {byte} at offset {n}': '不是有效的 UTF-8：偏移 {n} 处的字节 {byte}',
    'duplicate key {key}': '重复的键 {key}',
    'each key may appear once per object; remove or merge the repeats':
        '同一对象中每个键只能出现一次；请删除或合并重复项',
    'each key may appear once per mapping; remove or merge the repeats':
        '同一映射中每个键只能出现一次；请删除或合并重复项',
    '{word} is not allowed: numbers must be finite': '不允许 {word}：数字必须是有限值',
    'write a plain number, or quote it to keep it as text': '请写普通数字，或加引号作为文本',
    'the number {n} is too large': '数字 {n} 太大',
    'the number {n} has too many digits': '数字 {n} 位数太多',
    'invalid JSON: {problem}': 'JSON 格式错误：{problem}',
    'cannot be read as JSON: {reason}': '无法按 JSON 读取：{reason}',
    'cannot be read as YAML: {reason}': '无法按 YAML 读取：{reason}',
    'JSON needs double quotes around keys and text, and no trailing commas':
        'JSON 的键和文本需要双引号，且不能有多余的逗号',
    ("it starts with '{{' or '[', so it was read as JSON; JSON needs double quotes around keys and text, "
     "and no trailing commas"):
        "它以 '{{' 或 '[' 开头，所以按 JSON 读取；JSON 的键和文本需要双引号，且不能有多余的逗号",
    'nested more than {n} levels deep': '嵌套超过 {n} 层',
    'flatten the structure': '请减少嵌套层数',
    'invalid YAML: {problem}': 'YAML 格式错误：{problem}',
    'indent with spaces, not tabs': '请用空格缩进，不要用制表符',
    'write `key: value` with a space after the colon': '请写成 `key: value`，冒号后加空格',
    "quote a value that contains ': ', or fix the indentation": "含有 ': ' 的值请加引号，或检查缩进",
    'check the indentation of this line against the lines above': '请对照上面几行检查这一行的缩进',
    'check the indentation, quotes and brackets near here': '请检查这附近的缩进、引号和括号',
    'contains a character YAML does not allow ({char})': '含有 YAML 不允许的字符（{char}）',
    'remove it; control characters cannot appear in YAML, not even quoted':
        '请删除它；YAML 中不能出现控制字符，加引号也不行',
    "holds more than one YAML document (a second '---')": "包含多个 YAML 文档（出现了第二个 '---'）",
    'keep one document per file': '每个文件只放一个文档',
    'unsupported tag {tag}': '不支持的标签 {tag}',
    'remove the tag: only text, numbers, true/false, null, dates, lists and mappings are read':
        '请删除标签：只读取文本、数字、true/false、null、日期、列表和映射',
    'merge keys (<<) are not supported': '不支持合并键（<<）',
    "write the keys out, or quote '<<' if it is meant as a key": "请把键逐个写出；如果 '<<' 本身是键，请加引号",
    'a mapping key must be text, not a list or mapping': '映射的键必须是文本，不能是列表或映射',
    'quote the key if the brackets are part of its text': '如果括号是键的一部分，请给键加引号',
    '{value} is not a valid {kind}{detail}': '{value} 不是有效的{kind}{detail}',
    'quote it to keep it as text': '加引号可作为文本保留',
    'write a day that exists, as YYYY-MM-DD': '请写一个实际存在的日期，格式为 YYYY-MM-DD',
    'anchor &{name} is defined twice': '锚点 &{name} 定义了两次',
    'rename one of them': '请重命名其中一个',
    'too many aliases (more than {n}) — billion-laughs style expansion refused':
        '别名太多（超过 {n} 个）——拒绝“十亿笑声”式展开',
    'write the values out instead of using so many *aliases': '请直接写出这些值，不要用这么多 *别名',
    'aliases expand to more than {n} values — billion-laughs style expansion refused':
        '别名展开后超过 {n} 个值——拒绝“十亿笑声”式展开',
    'write the values out instead of nesting *aliases': '请直接写出这些值，不要嵌套 *别名',
    'holds more than {n} values, too many to check': '包含超过 {n} 个值，太多无法检查',
    'alias *{name} is inside the very &{name} it refers to': '别名 *{name} 位于它所引用的 &{name} 之内',
    'an alias cannot refer to a mapping or list that contains it': '别名不能引用包含它自己的映射或列表',
    'alias *{name} has no anchor &{name} before it': '别名 *{name} 之前没有锚点 &{name}',
    'mark the value to reuse with &{name} before any *{name}': '请先用 &{name} 标记要复用的值，再使用 *{name}',
    'contains \\u{code}, half of a UTF-16 surrogate pair, which is not a character':
        '含有 \\u{code}，这是 UTF-16 代理对的一半，不是字符',
    'unknown format {fmt}: use json, yaml or auto': '未知的格式 {fmt}：请用 json、yaml 或 auto',
    'system error: {reason}': '系统错误：{reason}',
    'system error {target}: {reason}': '系统错误 {target}：{reason}',
    'check the disk, permissions and where the output goes': '请检查磁盘空间、权限和输出位置',
    # -- held filings and waivers (exit 3 in a file, 2 as flags); last, as their blanks are wide ---
    "{name}: 'held' must be a list of filing ids": "{name}：'held' 应是备案/许可 id 的列表",
    "{name}: 'waivers' must be a list": "{name}：'waivers' 应是列表",
    '{place}: {value} is not a filing id{suggest}': '{place}：{value} 不是备案/许可 id{suggest}',
    "{first} and {second} both read standard input ('-')": "{first} 和 {second} 都要读取标准输入（'-'）",
    'there is no choice {number}: type a number from 1 to {n}': '没有第 {number} 项：请输入 1 到 {n} 之间的编号',
    '{word} is not a choice number: type a number from 1 to {n}': '{word} 不是选项编号：请输入 1 到 {n} 之间的编号',
    '“{choice}” is chosen alone: answer {number} by itself': '“{choice}”只能单独选择：请只输入 {number}',
    'give one of them a file': '请给其中一个指定文件',
    '--save-answers needs a file: standard output carries the report':
        '--save-answers 需要一个文件：标准输出用于输出报告',
    'e.g. --save-answers mall.yaml': '例如 --save-answers mall.yaml',
    '{place}: a waiver is a mapping with filing, reason and expires':
        '{place}：豁免应是包含 filing、reason 和 expires 的映射',
    'a waiver has exactly: filing, reason, expires (YYYY-MM-DD)':
        '豁免只包含这三项：filing、reason、expires（YYYY-MM-DD）',
    '{place}: unknown key(s) {keys}; missing {missing}': '{place}：未知的键 {keys}；缺少 {missing}',
    '{place}: unknown key(s) {keys}': '{place}：未知的键 {keys}',
    '{place}: missing {missing}': '{place}：缺少 {missing}',
    "{place}: 'reason' must be a non-empty text": "{place}：'reason' 必须是非空文本",
    'say why the filing is not held yet': '请说明为什么尚未取得这项备案/许可',
    '{place}: {value} is not a date': '{place}：{value} 不是日期',
    "the waiver for '{f}' expired on {date} (as of {as_of}); it counts as missing":
        "'{f}' 的豁免已于 {date} 过期（评估日期 {as_of}），按缺少计",
    "the waiver for '{f}' expired on {date} (as of {as_of})": "'{f}' 的豁免已于 {date} 过期（评估日期 {as_of}）",
    '--held {f}: no such filing{suggest}': '--held {f}：没有这项备案/许可{suggest}',
    # -- internal (exit 5) ---------------------------------------------------------------------
    'internal error: {detail}': '内部错误：{detail}',
    'this is a bug in icpcheck; rerun with --debug and report the traceback':
        '这是 icpcheck 的缺陷；请加 --debug 重新运行，并报告输出的 traceback',
    "'is' takes yes or no, not {value}": "'is' 只接受 yes 或 no，而不是 {value}",
    "'{key}' is empty": "'{key}' 为空",
    "'{key}' needs a non-empty list of conditions": "'{key}' 需要一个非空的条件列表",
    "'{op}' does not fit {type} question '{qid}'; use {ops}": "'{op}' 不适用于 {type} 类型的问题 '{qid}'；请用 {ops}",
    "'{op}' must stand alone in its mapping": "'{op}' 必须单独成为一个映射",
    "'{op}' takes a non-empty list of choices": "'{op}' 需要一个非空的选项列表",
    "'{q}' is yes/no: use yes or no, not {value}": "'{q}' 是是/否问题：请用 yes 或 no，而不是 {value}",
    "a rule must set at least one filing's status": '规则至少要设定一项备案/许可的状态',
    "duplicate choice '{value}'": "选项 '{value}' 重复",
    "'exclusive' is only for the choices of a many_of question": "'exclusive' 只能用于多选（many_of）问题的选项",
    "'{choice}' of '{q}' is chosen alone or not at all": "'{q}' 的选项 '{choice}' 只能单独选择",
    "duplicate {what} id '{value}'": "{what} id '{value}' 重复",
    "missing required key '{key}'": "缺少必填键 '{key}'",
    "overrides unknown rule '{o}'": "覆盖了未知的规则 '{o}'",
    "question '{qid}' is relevant only on its own answer": "问题 '{qid}' 的适用条件依赖它自己的回答",
    "rule sets filing '{fid}' twice": "规则两次设定了 '{fid}'",
    "text is missing its '{lang}' version": "文本缺少 '{lang}' 版本",
    "unknown confidence '{confidence}'; use one of {values}": "未知的可信度 '{confidence}'；请用 {values} 之一",
    "unknown filing '{fid}'{suggest}": "未知的备案/许可 '{fid}'{suggest}",
    "unknown key '{key}' in a layer": "层（layer）中有未知的键 '{key}'",
    "unknown key '{key}'; expected one of {keys}": "未知的键 '{key}'；应为 {keys} 之一",
    "unknown kind '{kind}'; use one of {values}": "未知的类别 '{kind}'；请用 {values} 之一",
    "unknown layer '{layer}'{suggest}; declare it under `layers`": "未知的层 '{layer}'{suggest}；请在 `layers` 下声明",
    "unknown question '{qid}'": "未知的问题 '{qid}'",
    "unknown source '{sid}'{suggest}": "未知的来源 '{sid}'{suggest}",
    "unknown status '{status}'; use one of {values}": "未知的状态 '{status}'；请用 {values} 之一",
    "unknown top-level key '{key}'": "未知的顶层键 '{key}'",
    "unknown type '{qtype}'; use one of {values}": "未知的类型 '{qtype}'；请用 {values} 之一",
    "{name}: these cases are for rulebook '{wanted}', not '{id}'":
        "{name}：这些用例针对的是规则库 '{wanted}'，而不是 '{id}'",
    "{value} not among the choices of '{qid}': {values}": "{value} 不在 '{qid}' 的选项 {values} 中",
    "{value} not among the choices of '{q}': {values}": "{value} 不在 '{q}' 的选项 {values} 中",
    'a blocker needs status required or review': '障碍（blocker）的状态必须是 required 或 review',
    'a condition is {{all: [...]}}, {{any: [...]}}, {{not: ...}} or {{q: QUESTION, OP: VALUE}} with OP one of {ops}':
        '条件应是 {{all: [...]}}、{{any: [...]}}、{{not: ...}} 或 {{q: QUESTION, OP: VALUE}}，OP 为 {ops} 之一',
    'a yes_no question has no choices': '是/否问题不能有选项',
    'allowed: {allowed}': '允许的键：{allowed}',
    'articles should be numbers or strings': '条款号应是数字或字符串',
    'condition nested too deeply': '条件嵌套太深',
    'duplicate key {key} (first on line {first})': '重复的键 {key}（第一次出现在第 {first} 行）',
    'keys: {allowed}': '可用的键：{allowed}',
    'needs at least one citation': '至少需要一条出处',
    'needs at least two choices': '至少需要两个选项',
    'should be a date YYYY-MM-DD, not {value}': '应是 YYYY-MM-DD 格式的日期，而不是 {value}',
    'should be a mapping, not {kind}': '应是映射，而不是 {kind}',
    'should be a filing id, not {kind}': '应是备案/许可 id，而不是 {kind}',
    'should be a string or a text with zh and en': '应是字符串，或含 zh 和 en 的文本',
    'should be {expected}, not {kind}': '应是{expected}，而不是 {kind}',
    'should list filing ids, not {kind}': '应列出备案/许可 id，而不是 {kind}',
    'should list rule ids, not {kind}': '应列出规则 id，而不是 {kind}',
    'unexpected {what} in YAML': 'YAML 中出现了意外的 {what}',
    'unknown language key(s) {extra}; use {values}': '未知的语言键 {extra}；请用 {values}',
    'valid_to is before valid_from': 'valid_to 早于 valid_from',
    '{name}: a case file is a mapping with a list `cases:`': '{name}：用例文件应是含有列表 `cases:` 的映射',
    '{what} id is empty': '{what} id 为空',
    # -- added with the move to templates ---------------------------------------------------------
    "filing '{f}' was evaluated before it was settled": "备案/许可 '{f}' 在确定之前就被评估了",
    "question '{qid}' is relevant only on its own answer: a question's `when` may only read earlier questions":
        "问题 '{qid}' 是否适用只取决于它自己的回答：问题的 `when` 只能读取之前的问题",
    "reads question '{qid}', which is asked later: a question's `when` may only read earlier questions":
        "读取了问题 '{qid}'，但它在后面才提问：问题的 `when` 只能读取之前的问题",
    "rule sets filing '{fid}' twice in layer '{layer}'": "规则在层面 '{layer}' 中两次设定了 '{fid}'",
    "unknown filing '{f}'": "未知的备案/许可 '{f}'",
    "filing '{fid}' cannot come after itself": "备案/许可 '{fid}' 不能排在它自己之后",
    "plan order has a cycle: {cycle}": "办理顺序（after）形成了循环：{cycle}",
    "unknown question '{qid}'{suggest}": "未知的问题 '{qid}'{suggest}",
    "a line must hold a JSON object, not {kind}": "每一行应是一个 JSON 对象，而不是 {kind}",
    "each line holds one JSON object of answers": "每一行放一个包含回答的 JSON 对象",
    "empty line": "空行",
    "line longer than {n} bytes": "行长度超过 {n} 字节",
    "not valid JSON: {problem}": "不是有效的 JSON：{problem}",
    "not valid JSON: {problem} (column {at})": "不是有效的 JSON：{problem}（第 {at} 列）",
    "one answers object per line": "每行一个回答对象",
    "this is a bug in icpcheck; please report it": "这是 icpcheck 的缺陷；请报告它",
    "write the character itself, or escape it whole (\\U0001F600 in YAML)":
        "请直接写出这个字符，或完整转义它（YAML 中写作 \\U0001F600）",
    "{path}: {problem}": "{path}：{problem}",
    "{problem} Did you mean {suggest}?": "{problem}是不是 {suggest}？",
    "{problem} (Did you mean one of: {options}?)": "{problem}（是不是以下之一：{options}？）",
    "{problem} (and {n} more; run `icpcheck rules lint`)":
        "{problem}（另有 {n} 处问题；运行 `icpcheck rules lint` 查看）",
    # Click's message when nothing more is known about it: shown as click wrote it.
    "{problem}": "{problem}",
    "{q} (-a {q}={value})": "{q}（-a {q}={value}）",
    "{q} (-a {q}={value}, if it applies)": "{q}（-a {q}={value}，如适用）",
    # -- answers you can trust (issue 14) --------------------------------------------------------
    "{where}: '{choice}' of '{q}' is chosen alone, not together with {others}":
        "{where}：'{q}' 的选项 '{choice}' 只能单独选择，不能与 {others} 同时选",
    "answer {q}={choice} alone, or leave '{choice}' out": "只回答 {q}={choice}，或者去掉 '{choice}'",
    "--answer {a} and --answer {b} give '{q}' two different answers":
        "--answer {a} 和 --answer {b} 给了 '{q}' 两个不同的回答",
    "give each question one answer": "每个问题只给一个回答",
    "{name}: {n} problems: {problems}": "{name}：共 {n} 处问题：{problems}",
    "`icpcheck questions` lists every question, its choices and how to answer it":
        "`icpcheck questions` 列出每个问题、它的选项和回答方式",
    "answers that contradict each other ({id}): {text}": "回答互相矛盾（{id}）：{text}",
    "assumed, as nobody answered: {items}; give other values the same way, or use --strict to refuse assumptions":
        "以下问题没有回答，按默认假设：{items}；要改请用同样方式给出其他值，或用 --strict 拒绝任何假设",
    "--strict: answers assumed, not given: {flags}": "--strict：以下回答是默认假设，并未给出：{flags}",
    "answer each with -a ID=VALUE or in --answers FILE": "请逐一用 -a ID=VALUE 或在 --answers 文件中回答",
    # the interview (icpcheck/cli/prompt.py)
    "no answer given: type one, or < to go back": "还没有回答：请输入回答，或输入 < 返回上一题",
    "Your answers:": "你的回答：",
    "Enter to see the report, or the number of an answer to change": "按回车查看报告，或输入要修改的回答的编号",
    "type a number from 1 to {n}, or press Enter": "请输入 1 到 {n} 之间的编号，或直接按回车",
    "Which of these do you already hold?": "以下哪些你已经取得？",
    "numbers, comma-separated; Enter for none": "输入编号，多个用逗号分隔；都没有请直接按回车",
    "type numbers from 1 to {n}, or press Enter": "请输入 1 到 {n} 之间的编号，或直接按回车",
    "type a number": "输入编号",
    "type numbers, comma-separated": "输入编号，多个用逗号分隔",
    "saved the answers so far to {path}; resume with --answers {path}":
        "已把目前的回答保存到 {path}；用 --answers {path} 可以接着回答",
    "null (an empty document)": "null（空文档）",
    "true/false": "true/false 值",
    "layer": "层面",
    # -- words that fill other messages' blanks (a value's kind, a place) -------------------------
    "text": "文本",
    "whole number": "整数",
    "number": "数字",
    "true/false value": "true/false 值",
    "null": "null",
    "date": "日期",
    ": too many digits": "：位数太多",
    'top level': '顶层',
    'empty': '空值',
    'a mapping': '映射',
    'a list': '列表',
    'yes/no': '是/否',
    'a string': '字符串',
    'a number': '数字',
    'yes or no': 'yes 或 no',
    'the string {value}': '字符串 {value}',
    'a string or a number': '字符串或数字',
    'question': '问题',
    'filing': '备案/许可',
    'rule': '规则',
    'conflict': '矛盾',
    'advice': '建议',
    'model': '业务模式',
    'answer': '回答',
    " (did you mean '{word}'?)": "（是不是 '{word}'？）",
    # -- issue 18: batch ids and compact lines, the Python API, the CLI's conventions ------------
    "standard input is closed": "标准输入已关闭",
    "pass the lines on standard input, or name a file": "请通过标准输入传入各行，或指定一个文件",
    "'id' must be a JSON scalar (text, number, true/false or null), not {kind}":
        "'id' 必须是 JSON 标量（文本、数字、true/false 或 null），而不是 {kind}",
    "'id' must be a finite number": "'id' 必须是有限的数字",
    "the id is echoed in the line's output": "id 会原样写入该行的输出",
    "batch: {lines} lines read, {reports} reports written, {errors} errors, {failures} gate failures; "
    "filings: {required} required, {review} review, {not_required} not required; exit code {code}":
        "批量：读取 {lines} 行，写出 {reports} 份报告，{errors} 个错误，{failures} 次门禁未通过；"
        "备案/许可：{required} 项必需，{review} 项待核实，{not_required} 项不需要；退出码 {code}",
    "wrote {target}: {problem}": "已写入 {target}：{problem}",
    "--compact is for --batch output": "--compact 只用于 --batch 的输出",
    "{n} filing(s) required or under review and no gate in force: list what you hold under `held:` in the "
    "answers file (or --held), or pass --fail-on required, for CI to fail on them":
        "有 {n} 项备案/许可为必需或待核实，但没有启用门禁：请在回答文件的 `held:` 中（或用 --held）列出已持有的，"
        "或传入 --fail-on required，让 CI 在缺少时失败",
    "Rules in force on {date}": "{date} 有效的规则",
    # comes-due: dated holdings, the calendar, the time gate
    "--format ics needs the icalendar package, which is not installed": "--format ics 需要 icalendar 包，但它没有安装",
    "pip install 'icpcheck[calendar]'": "pip install 'icpcheck[calendar]'",
    "--held {spec}: {value} is not a date": "--held {spec}：{value} 不是日期",
    "e.g. --held {f}:2024-05-10": "例如 --held {f}:2024-05-10",
    "type a date such as 2024-05-10, no later than {date}, or press Enter":
        "请输入日期，如 2024-05-10，不晚于 {date}；或按 Enter 跳过",
    "{value} is not one of {values}": "{value} 不是 {values} 之一",
    "{name}: granted on (YYYY-MM-DD; Enter to skip)": "{name}：取得日期（YYYY-MM-DD；按 Enter 跳过）",
    "{place}: should be a mapping (granted, number, expires, events, done) or empty":
        "{place}：应为映射（granted、number、expires、events、done）或留空",
    "a held filing has: granted, number, expires (YYYY-MM-DD), events, done":
        "已持有项目可写：granted、number、expires（YYYY-MM-DD）、events、done",
    "{place}: 'number' must be a text": "{place}：'number' 必须是文本",
    "e.g. 粤B2-20240001": "例如 粤B2-20240001",
    "{place}: expires {expires} is not after granted {granted}": "{place}：到期日 {expires} 不晚于取得日期 {granted}",
    "{place}: should be a mapping of ids to a date or a list of dates": "{place}：应为 id 到日期（或日期列表）的映射",
    "{place}: {value} is not an id": "{place}：{value} 不是 id",
    "unknown unit '{unit}'; use one of {values}": "未知的单位 '{unit}'；请用 {values} 之一",
    "should be a month and day MM-DD, not {value}": "应为月和日 MM-DD，而不是 {value}",
    "obligation": "义务",
    "unknown trigger '{trigger}'; use one of {values}": "未知的触发条件 '{trigger}'；请用 {values} 之一",

}
