"""Error and warning messages in each output language: the English text as raised, and its zh form.

Messages are raised in English (the text tests and logs see); `localize` turns one into the output
language when it is shown. Each entry is an English template and its Chinese counterpart: `{name}`
stands for any text, `{opt_name}` for text that may be empty. A message no template matches is
shown in English, so a new message is never lost, only untranslated.
"""

from __future__ import annotations

import re
from functools import lru_cache

LABELS: dict[str, dict[str, str]] = {
    "error": {"en": "error", "zh": "错误"},
    "warning": {"en": "warning", "zh": "警告"},
    "hint": {"en": "hint", "zh": "提示"},
    "interrupted": {"en": "interrupted", "zh": "已中断"},
}

# Whole messages and hints: (English template, Chinese template).
MESSAGES: tuple[tuple[str, str], ...] = (
    # -- answers (exit 3) ----------------------------------------------------------------------
    ("{where}: '{q}' is a yes/no question; {value} is not yes or no",
     "{where}：'{q}' 是一个是/否问题；{value} 既不是“是”也不是“否”"),
    ("use yes/no (also y/n, true/false, 1/0, 是/否)", "请用 yes/no（也可用 y/n、true/false、1/0、是/否）"),
    ("{where}: {value} is not a choice of '{q}'{opt_suggest}",
     "{where}：{value} 不是 '{q}' 的选项{opt_suggest}"),
    ("choose one of: {values}", "请选择其一：{values}"),
    ("choose from: {values}", "可选：{values}"),
    ("{where}: '{q}' takes a list of choices, not {value}", "{where}：'{q}' 需要一组选项，而不是 {value}"),
    ("e.g. {example}", "例如 {example}"),
    ("{where}: '{q}' needs at least one choice", "{where}：'{q}' 至少需要选择一项"),
    ("{where}: unknown question {q}{opt_suggest}", "{where}：未知的问题 {q}{opt_suggest}"),
    ("`icpcheck questions` lists every question id", "`icpcheck questions` 会列出所有问题 id"),
    ("--answer {pair}: expected ID=VALUE", "--answer {pair}：格式应为 ID=VALUE"),
    ("--model: unknown model {model}{opt_suggest}", "--model：未知的业务模式 {model}{opt_suggest}"),
    ("--model: models disagree on '{q}' ({a} vs {b})", "--model：这些业务模式对 '{q}' 的回答不一致（{a} 与 {b}）"),
    ("say which with -a {q}=VALUE", "请用 -a {q}=VALUE 指明"),
    ("{name}: answers must be an object/mapping of question id to value, not {kind}",
     "{name}：回答文件应是“问题 id → 回答”的对象/映射，而不是 {kind}"),
    ("{name}: 'answers' must be an object/mapping of question id to value, not {kind}",
     "{name}：'answers' 应是“问题 id → 回答”的对象/映射，而不是 {kind}"),
    ("{name}: 'answers' must be a mapping of question id to value",
     "{name}：'answers' 应是“问题 id → 回答”的映射"),
    ("{name}: unknown key(s) {keys} beside 'answers'", "{name}：'answers' 旁有未知的键 {keys}"),
    ("allowed: {keys}", "允许的键：{keys}"),
    ("missing answers and no terminal to ask: {flags}", "缺少回答，且没有终端可以提问：{flags}"),
    ("or pass --answers FILE, or --model {models}", "或者使用 --answers FILE，或 --model {models}"),
    ("or pass --answers FILE", "或者使用 --answers FILE"),
    ("ignored answer '{q}' ({source}): the question does not apply given the other answers",
     "已忽略回答 '{q}'（{source}）：根据其他回答，这个问题不适用"),
    ("{name}: with {keys} in the file, put the answers {extra} under 'answers:'",
     "{name}：文件中有 {keys}，请把回答 {extra} 放在 'answers:' 下"),
    ("answers: {{question_id: value, ...}} beside held: [...] / waivers: [...]",
     "answers: {{问题id: 回答, ...}}，与 held: [...] / waivers: [...] 并列"),
    ("{name} was saved against rulebook {saved}; now using {now}",
     "{name} 保存时使用的是规则库 {saved}；现在使用的是 {now}"),
    ("dropped {n} answer(s) from {name} that no longer validate; they will be asked again: {items}",
     "已丢弃 {name} 中 {n} 个不再有效的回答，稍后会重新提问：{items}"),
    # -- usage (exit 2) ------------------------------------------------------------------------
    ("--as-of {value} is not a date", "--as-of {value} 不是日期"),
    ("no command {name} (did you mean {suggest}?)", "没有命令 {name}（是不是 {suggest}？）"),
    ("no command {name}", "没有命令 {name}"),
    ("use YYYY-MM-DD", "请用 YYYY-MM-DD 格式"),
    ("`{command} --help` lists the options", "`{command} --help` 会列出所有选项"),
    ("No such option {option}. Did you mean {suggest}?", "没有这个选项 {option}。是不是 {suggest}？"),
    ("No such option {option}. (Possible options: {options})", "没有这个选项 {option}。（可能是：{options}）"),
    ("No such option {option}.", "没有这个选项 {option}。"),
    ("No such option: {option}", "没有这个选项：{option}"),
    ("Missing command.", "缺少命令。"),
    ("a command-line argument contains a NUL byte", "命令行参数中含有 NUL 字节"),
    ("Argument {argument} takes {n} values.", "参数 {argument} 需要 {n} 个值。"),
    ("No such command {command}.", "没有这个命令：{command}"),
    ("Option {option} requires an argument.", "选项 {option} 需要一个值。"),
    ("Option {option} requires {n} arguments.", "选项 {option} 需要 {n} 个值。"),
    ("Option {option} does not take a value.", "选项 {option} 不接受值。"),
    ("Missing option {option}.", "缺少选项 {option}。"),
    ("Missing argument {argument}.", "缺少参数 {argument}。"),
    ("Got unexpected extra argument ({args})", "多余的参数（{args}）"),
    ("Got unexpected extra arguments ({args})", "多余的参数（{args}）"),
    ("Invalid value for {option}: {problem}", "{option} 的值无效：{problem}"),
    ("--batch takes each line's answers from its file; it cannot be combined with {options}",
     "--batch 从文件的每一行读取回答，不能与 {options} 同时使用"),
    ("batch output is always JSON Lines", "批量模式的输出总是 JSON Lines"),
    ("cannot write {file}: {reason}", "无法写入 {file}：{reason}"),
    ("check the directory exists and is writable", "请确认目录存在且可写"),
    ("no such filing {f}{opt_suggest}", "没有这项备案/许可 {f}{opt_suggest}"),
    ("no schema named {name}", "没有名为 {name} 的 schema"),
    ("available: {names}", "可选：{names}"),
    ("no case files given, and none beside the rulebook", "没有指定测试用例文件，规则库旁也没有"),
    ("pass case files: icpcheck rules test CASES.yaml", "请指定用例文件：icpcheck rules test CASES.yaml"),
    ("give the rulebook once: PATH or --rules PATH, not both",
     "规则库只能指定一次：PATH 或 --rules PATH，不能同时使用"),
    ("{command} is a command: its options go after it", "{command} 是一个命令：它的选项要放在它后面"),
    # -- rulebook (exit 4) ---------------------------------------------------------------------
    ("the built-in rulebook {name} is missing from this installation", "本次安装缺少内置规则库 {name}"),
    ("reinstall icpcheck, or pass --rules PATH", "请重新安装 icpcheck，或用 --rules PATH 指定规则库"),
    ("the rulebook gives filing '{f}' no status for these answers",
     "对这些回答，规则库没有给出 '{f}' 的状态"),
    ("run `icpcheck rules lint` to find the gap", "运行 `icpcheck rules lint` 找出遗漏"),
    ("{path}: should be a mapping, not {kind}", "{path}：应是映射，而不是 {kind}"),
    ("{path}: missing required key '{key}'", "{path}：缺少必填键 '{key}'"),
    # (the date form before the general one, which would match it too)
    ("{path}: should be a date YYYY-MM-DD, not {value}", "{path}：应是 YYYY-MM-DD 格式的日期，而不是 {value}"),
    ("{path}: should be {expected}, not {kind}", "{path}：应是{expected}，而不是 {kind}"),
    ("{path}: {what} id is empty", "{path}：{what} id 为空"),
    ("{path}: duplicate {what} id '{id}'", "{path}：{what} id '{id}' 重复"),
    ("{path}: text is missing its '{lang}' version", "{path}：文本缺少 '{lang}' 版本"),
    ("{path}: unknown language key(s) {keys}; use {langs}", "{path}：未知的语言键 {keys}；请用 {langs}"),
    ("{path}: unknown top-level key '{key}'", "{path}：未知的顶层键 '{key}'"),
    ("{path}: unknown key '{key}'; expected one of {keys}", "{path}：未知的键 '{key}'；应为 {keys} 之一"),
    ("{path}: unknown key '{key}' in a layer", "{path}：层（layer）中有未知的键 '{key}'"),
    ("{path}: unknown layer '{layer}'{opt_suggest}; declare it under `layers`",
     "{path}：未知的层 '{layer}'{opt_suggest}；请在 `layers` 下声明"),
    ("{path}: a blocker needs status required or review", "{path}：障碍（blocker）的状态必须是 required 或 review"),
    ("{path}: needs at least one citation", "{path}：至少需要一条出处"),
    ("{path}: unknown source '{id}'{opt_suggest}", "{path}：未知的来源 '{id}'{opt_suggest}"),
    ("{path}: articles should be numbers or strings", "{path}：条款号应是数字或字符串"),
    ("{path}: should be a string", "{path}：应是字符串"),
    ("{path}: unknown confidence '{value}'; use one of {values}",
     "{path}：未知的可信度 '{value}'；请用 {values} 之一"),
    ("{path}: unknown type '{value}'; use one of {values}", "{path}：未知的类型 '{value}'；请用 {values} 之一"),
    ("{path}: question '{q}' is relevant only on its own answer", "{path}：问题 '{q}' 的适用条件依赖它自己的回答"),
    ("{path}: a yes_no question has no choices", "{path}：是/否问题不能有选项"),
    ("{path}: needs at least two choices", "{path}：至少需要两个选项"),
    ("{path}: duplicate choice '{value}'", "{path}：选项 '{value}' 重复"),
    ("{path}: '{q}' is yes/no: use yes or no, not {value}",
     "{path}：'{q}' 是是/否问题：请用 yes 或 no，而不是 {value}"),
    ("{path}: {values} not among the choices of '{q}': {choices}", "{path}：{values} 不在 '{q}' 的选项 {choices} 中"),
    ("{path}: condition nested too deeply", "{path}：条件嵌套太深"),
    ("{path}: '{op}' must stand alone in its mapping", "{path}：'{op}' 必须单独成为一个映射"),
    ("{path}: '{op}' needs a non-empty list of conditions", "{path}：'{op}' 需要一个非空的条件列表"),
    ("{path}: a condition is {{all: [...]}}, {{any: [...]}}, {{not: ...}} or {{q: QUESTION, OP: VALUE}} "
     "with OP one of {ops}",
     "{path}：条件应是 {{all: [...]}}、{{any: [...]}}、{{not: ...}} 或 {{q: QUESTION, OP: VALUE}}，"
     "OP 为 {ops} 之一"),
    ("{path}: unknown question '{q}'{opt_suggest} (or it is defined later: a question's `when` may "
     "only read earlier ones)",
     "{path}：未知的问题 '{q}'{opt_suggest}（或它定义在后面：问题的 `when` 只能读取之前的问题）"),
    ("{path}: '{op}' does not fit {type} question '{q}'; use {ops}",
     "{path}：'{op}' 不适用于 {type} 类型的问题 '{q}'；请用 {ops}"),
    ("{path}: 'is' takes yes or no, not {value}", "{path}：'is' 只接受 yes 或 no，而不是 {value}"),
    ("{path}: '{op}' takes a non-empty list of choices", "{path}：'{op}' 需要一个非空的选项列表"),
    ("{path}: overrides unknown rule '{id}'", "{path}：覆盖了未知的规则 '{id}'"),
    ("{path}: valid_to is before valid_from", "{path}：valid_to 早于 valid_from"),
    ("{path}: a rule must set at least one filing's status", "{path}：规则至少要设定一项备案/许可的状态"),
    ("{path}: unknown filing '{id}'{opt_suggest}", "{path}：未知的备案/许可 '{id}'{opt_suggest}"),
    ("{path}: rule sets filing '{id}' twice", "{path}：规则两次设定了 '{id}'"),
    ("{path}: unknown status '{value}'; use one of {values}", "{path}：未知的状态 '{value}'；请用 {values} 之一"),
    ("{path}: unknown kind '{value}'; use one of {values}", "{path}：未知的类别 '{value}'；请用 {values} 之一"),
    ("{path}: unknown question '{q}'", "{path}：未知的问题 '{q}'"),
    ("{path}: should list rule ids, not {kind}", "{path}：应列出规则 id，而不是 {kind}"),
    ("{path}: should list filing ids, not {kind}", "{path}：应列出备案/许可 id，而不是 {kind}"),
    ("{path}: '{key}' is empty", "{path}：'{key}' 为空"),
    ("is not a valid rulebook", "不是有效的规则库"),
    # -- case files (`rules test`, exit 2) -------------------------------------------------------
    ("{file}: a case file is a mapping with a list `cases:`", "{file}：用例文件应是含有列表 `cases:` 的映射"),
    ("see README, 'Writing and testing a rulebook'", "请参阅 README 的“Writing and testing a rulebook”一节"),
    ("{file}: these cases are for rulebook '{wanted}', not '{id}'",
     "{file}：这些用例针对的是规则库 '{wanted}'，而不是 '{id}'"),
    ("pass the matching rulebook with --rules PATH", "请用 --rules PATH 指定对应的规则库"),
    ("{place}: a case is a mapping (name, answers, expect)", "{place}：用例应是映射（name、answers、expect）"),
    ("{place}: a case needs name, answers and expect: {{filing: status}}; unknown key(s) {keys}",
     "{place}：用例需要 name、answers 和 expect: {{filing: status}}；未知的键 {keys}"),
    ("{place}: a case needs name, answers and expect: {{filing: status}}",
     "{place}：用例需要 name、answers 和 expect: {{filing: status}}"),
    ("keys: {keys}", "可用的键：{keys}"),
    ("{place}: expect_layers is a mapping {{filing: {{layer: status}}}}",
     "{place}：expect_layers 应是映射 {{filing: {{layer: status}}}}"),
    ("{place}: expect_blockers is a list of filing ids", "{place}：expect_blockers 应是备案/许可 id 的列表"),
    ("{place}: expect_plan is a list of filing ids, in the order to do them",
     "{place}：expect_plan 应是按办理顺序排列的备案/许可 id 列表"),
    ("{path}: plan order has a cycle: {cycle}", "{path}：办理顺序（after）形成了循环：{cycle}"),
    ("{path}: filing '{id}' cannot come after itself", "{path}：备案/许可 '{id}' 不能排在它自己之后"),
    ("{place}: as_of {value} is not a date YYYY-MM-DD", "{place}：as_of {value} 不是 YYYY-MM-DD 格式的日期"),
    ("{place}: as_of should be a date YYYY-MM-DD", "{place}：as_of 应是 YYYY-MM-DD 格式的日期"),
    ("{place}: models is a list of model ids, expect_reasons a mapping {{filing: [rule ids]}}",
     "{place}：models 应是业务模式 id 的列表，expect_reasons 应是映射 {{filing: [规则 id]}}"),
    # -- reading files (exit 3 for answers, 4 for rulebooks) -------------------------------------
    ("no such file", "文件不存在"),
    ("check the path and spelling", "请检查路径和拼写"),
    ("is a directory, not a file", "是目录，不是文件"),
    ("name a file in it", "请指定其中的一个文件"),
    ("permission denied", "没有读取权限"),
    ("check that you may read this file", "请确认你有权限读取这个文件"),
    ("cannot be read: {reason}", "无法读取：{reason}"),
    ("cannot read {path}: {reason}", "无法读取 {path}：{reason}"),
    ("is larger than {n} bytes", "超过 {n} 字节"),
    ("check that this is the right file; rulebooks and answers are small",
     "请确认文件是否正确；规则库和回答文件都很小（如确需更大，用 --max-input-bytes）"),
    ("is empty (nothing but whitespace or comments)", "是空的（只有空白或注释）"),
    ("check that this is the right file", "请确认文件是否正确"),
    ("is saved as {encoding}; save as UTF-8", "以 {encoding} 编码保存；请另存为 UTF-8"),
    ("save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)",
     "请另存为 UTF-8（多数编辑器：另存为 → 编码 → UTF-8）"),
    ("save it as UTF-8 (in most editors: Save As → Encoding → UTF-8); it may have been saved as "
     "GBK/GB18030 or Windows-1252",
     "请另存为 UTF-8（多数编辑器：另存为 → 编码 → UTF-8）；它可能是以 GBK/GB18030 或 Windows-1252 保存的"),
    ("contains a NUL byte (at byte {n}): this looks like a binary file",
     "含有 NUL 字节（第 {n} 字节）：看起来是二进制文件"),
    ("if it is UTF-16 text, save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)",
     "如果是 UTF-16 文本，请另存为 UTF-8（多数编辑器：另存为 → 编码 → UTF-8）"),
    ("is not valid UTF-8: byte {byte} at offset {n}", "不是有效的 UTF-8：偏移 {n} 处的字节 {byte}"),
    ("duplicate key {key} (first on line {line})", "重复的键 {key}（第一次出现在第 {line} 行）"),
    ("duplicate key {key}", "重复的键 {key}"),
    ("each key may appear once per object; remove or merge the repeats",
     "同一对象中每个键只能出现一次；请删除或合并重复项"),
    ("each key may appear once per mapping; remove or merge the repeats",
     "同一映射中每个键只能出现一次；请删除或合并重复项"),
    ("{word} is not allowed: numbers must be finite", "不允许 {word}：数字必须是有限值"),
    ("write a plain number, or quote it to keep it as text", "请写普通数字，或加引号作为文本"),
    ("the number {n} is too large", "数字 {n} 太大"),
    ("the number {n} has too many digits", "数字 {n} 位数太多"),
    ("invalid JSON: {problem}", "JSON 格式错误：{problem}"),
    ("cannot be read as JSON: {reason}", "无法按 JSON 读取：{reason}"),
    ("cannot be read as YAML: {reason}", "无法按 YAML 读取：{reason}"),
    ("JSON needs double quotes around keys and text, and no trailing commas",
     "JSON 的键和文本需要双引号，且不能有多余的逗号"),
    ("it starts with '{{' or '[', so it was read as JSON; JSON needs double quotes around keys and "
     "text, and no trailing commas",
     "它以 '{{' 或 '[' 开头，所以按 JSON 读取；JSON 的键和文本需要双引号，且不能有多余的逗号"),
    ("nested more than {n} levels deep", "嵌套超过 {n} 层"),
    ("flatten the structure", "请减少嵌套层数"),
    ("invalid YAML: {problem}", "YAML 格式错误：{problem}"),
    ("indent with spaces, not tabs", "请用空格缩进，不要用制表符"),
    ("write `key: value` with a space after the colon", "请写成 `key: value`，冒号后加空格"),
    ("quote a value that contains ': ', or fix the indentation", "含有 ': ' 的值请加引号，或检查缩进"),
    ("check the indentation of this line against the lines above", "请对照上面几行检查这一行的缩进"),
    ("check the indentation, quotes and brackets near here", "请检查这附近的缩进、引号和括号"),
    ("contains a character YAML does not allow ({char})", "含有 YAML 不允许的字符（{char}）"),
    ("remove it; control characters cannot appear in YAML, not even quoted",
     "请删除它；YAML 中不能出现控制字符，加引号也不行"),
    ("holds more than one YAML document (a second '---')", "包含多个 YAML 文档（出现了第二个 '---'）"),
    ("keep one document per file", "每个文件只放一个文档"),
    ("unsupported tag {tag}", "不支持的标签 {tag}"),
    ("remove the tag: only text, numbers, true/false, null, dates, lists and mappings are read",
     "请删除标签：只读取文本、数字、true/false、null、日期、列表和映射"),
    ("merge keys (<<) are not supported", "不支持合并键（<<）"),
    ("write the keys out, or quote '<<' if it is meant as a key", "请把键逐个写出；如果 '<<' 本身是键，请加引号"),
    ("a mapping key must be text, not a list or mapping", "映射的键必须是文本，不能是列表或映射"),
    ("quote the key if the brackets are part of its text", "如果括号是键的一部分，请给键加引号"),
    ("{value} is not a valid {kind}{opt_detail}", "{value} 不是有效的{kind}{opt_detail}"),
    ("quote it to keep it as text", "加引号可作为文本保留"),
    ("anchor &{name} is defined twice", "锚点 &{name} 定义了两次"),
    ("rename one of them", "请重命名其中一个"),
    ("too many aliases (more than {n}) — billion-laughs style expansion refused",
     "别名太多（超过 {n} 个）——拒绝“十亿笑声”式展开"),
    ("write the values out instead of using so many *aliases", "请直接写出这些值，不要用这么多 *别名"),
    ("aliases expand to more than {n} values — billion-laughs style expansion refused",
     "别名展开后超过 {n} 个值——拒绝“十亿笑声”式展开"),
    ("write the values out instead of nesting *aliases", "请直接写出这些值，不要嵌套 *别名"),
    ("holds more than {n} values, too many to check", "包含超过 {n} 个值，太多无法检查"),
    ("alias *{name} is inside the very &{name2} it refers to", "别名 *{name} 位于它所引用的 &{name2} 之内"),
    ("an alias cannot refer to a mapping or list that contains it", "别名不能引用包含它自己的映射或列表"),
    ("alias *{name} has no anchor &{name2} before it", "别名 *{name} 之前没有锚点 &{name2}"),
    ("mark the value to reuse with &{name} before any *{name2}", "请先用 &{name} 标记要复用的值，再使用 *{name2}"),
    ("contains \\u{code}, half of a UTF-16 surrogate pair, which is not a character",
     "含有 \\u{code}，这是 UTF-16 代理对的一半，不是字符"),
    ("unexpected {event} in YAML", "YAML 中出现了意外的 {event}"),
    ("unknown format {fmt}: use json, yaml or auto", "未知的格式 {fmt}：请用 json、yaml 或 auto"),
    ("system error: {reason}", "系统错误：{reason}"),
    ("system error {file}: {reason}", "系统错误 {file}：{reason}"),
    ("check the disk, permissions and where the output goes", "请检查磁盘空间、权限和输出位置"),
    # -- held filings and waivers (exit 3 in a file, 2 as flags); last, as their blanks are wide ---
    ("{name}: 'held' must be a list of filing ids", "{name}：'held' 应是备案/许可 id 的列表"),
    ("{name}: 'waivers' must be a list", "{name}：'waivers' 应是列表"),
    ("{place}: {value} is not a filing id", "{place}：{value} 不是备案/许可 id"),
    ("{place}: a waiver is a mapping with filing, reason and expires",
     "{place}：豁免应是包含 filing、reason 和 expires 的映射"),
    ("a waiver has exactly: filing, reason, expires (YYYY-MM-DD)",
     "豁免只包含这三项：filing、reason、expires（YYYY-MM-DD）"),
    ("{place}: unknown key(s) {keys}; missing {missing}", "{place}：未知的键 {keys}；缺少 {missing}"),
    ("{place}: unknown key(s) {keys}", "{place}：未知的键 {keys}"),
    ("{place}: missing {missing}", "{place}：缺少 {missing}"),
    ("{place}: 'reason' must be a non-empty text", "{place}：'reason' 必须是非空文本"),
    ("say why the filing is not held yet", "请说明为什么尚未取得这项备案/许可"),
    ("{place}: {value} is not a date", "{place}：{value} 不是日期"),
    ("the waiver for '{f}' expired on {date} (as of {as_of}); it counts as missing",
     "'{f}' 的豁免已于 {date} 过期（评估日期 {as_of}），按缺少计"),
    ("the waiver for '{f}' expired on {date} (as of {as_of})",
     "'{f}' 的豁免已于 {date} 过期（评估日期 {as_of}）"),
    ("--held {f}: no such filing", "--held {f}：没有这项备案/许可"),
    # -- internal (exit 5) ---------------------------------------------------------------------
    ("internal error: {detail}", "内部错误：{detail}"),
    ("this is a bug in icpcheck; rerun with --debug and report the traceback",
     "这是 icpcheck 的缺陷；请加 --debug 重新运行，并报告输出的 traceback"),
)

# Words that fill a template's blanks (a value's kind, where in the document): translated when
# a whole blank is exactly one of these.
PHRASES: tuple[tuple[str, str], ...] = (
    ("top level", "顶层"),
    ("empty", "空值"),
    ("a mapping", "映射"),
    ("a list", "列表"),
    ("yes/no", "是/否"),
    ("a string", "字符串"),
    ("a number", "数字"),
    ("yes or no", "yes 或 no"),
    ("the string {value}", "字符串 {value}"),
    ("a string or a number", "字符串或数字"),
    ("list", "列表"),
    ("dict", "映射"),
    ("str", "字符串"),
    ("int", "整数"),
    ("float", "数字"),
    ("bool", "是/否"),
    ("NoneType", "空值"),
    ("text", "文本"),
    ("whole number", "整数"),
    ("number", "数字"),
    ("true/false value", "true/false 值"),
    ("date", "日期"),
    ("question", "问题"),
    ("filing", "备案/许可"),
    ("rule", "规则"),
    ("advice", "建议"),
    ("model", "业务模式"),
    ("answer", "回答"),
    (" (did you mean {word}?)", "（是不是 {word}？）"),
    (" (did you mean '{word}'?)", "（是不是 '{word}'？）"),
    ("The choice {value} is not one of {choices}.", "{value} 不在可选值 {choices} 中。"),
    ("{value} is not one of {choices}.", "{value} 不在可选值 {choices} 中。"),
    ("{value} is not a valid integer.", "{value} 不是有效的整数。"),
    ("{value} is not in the range {range}.", "{value} 不在范围 {range} 内。"),
    ("{value} is not a valid integer range.", "{value} 不是有效的整数范围。"),
)

# The blanks that hold the tool's own words (never user text such as an id): PHRASES translate them.
_WORDS = frozenset({"path", "where", "kind", "expected", "what", "problem", "opt_suggest"})

# Pieces that may follow any message: replaced wherever they appear.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (r" \(and (\d+) more; run `icpcheck rules lint`\)", r"（另有 \1 处问题；运行 `icpcheck rules lint` 查看）"),
    (r" \(did you mean '([^']*)'\?\)", r"（是不是 '\1'？）"),
    (r", if it applies\)", r"，如适用)"),
)


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang, LABELS[key]["en"])


def localize(message: str, lang: str) -> str:
    """The message in lang: unchanged for en, or the first matching template's zh form."""
    if lang == "en" or not message:
        return message
    text = None
    for ending in _endings():
        # A suffix at the end ("... (and 3 more; ...)") is left out of the template match.
        tail = ending.search(message)
        if tail is not None:
            head = _template(message[:tail.start()], MESSAGES)
            text = None if head is None else head + message[tail.start():]
            break
    if text is None:
        text = _template(message, MESSAGES) or message
    for pattern, replacement in _suffixes():
        text = pattern.sub(replacement, text)
    return text


def _template(message: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for regex, zh in _compiled(table):
        match = regex.fullmatch(message)
        if match is None:
            continue
        parts = match.groupdict()
        for name in _WORDS.intersection(parts) if table is MESSAGES else ():
            parts[name] = _template(parts[name], PHRASES) or parts[name]
        if "source" in parts:  # where an answer came from, in the report's words for it
            from icpcheck.i18n import source_text

            parts["source"] = source_text(parts["source"], "zh")
        return zh.format(**parts)
    return None


@lru_cache(maxsize=2)
def _compiled(table: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    return [(_regex(en), zh) for en, zh in table]


_FIELD = re.compile(r"\{\{|\}\}|\{(\w+)\}")


def _regex(template: str) -> re.Pattern[str]:
    out, last = [], 0
    for m in _FIELD.finditer(template):
        out.append(re.escape(template[last:m.start()]))
        if m.group(1) is None:
            out.append(re.escape(m.group()[0]))
        else:
            name = m.group(1)
            out.append(f"(?P<{name}>.*?)" if name.startswith("opt_") else f"(?P<{name}>.+?)")
        last = m.end()
    out.append(re.escape(template[last:]))
    return re.compile("".join(out), re.DOTALL)


@lru_cache(maxsize=1)
def _suffixes() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p), r) for p, r in SUFFIXES]


@lru_cache(maxsize=1)
def _endings() -> list[re.Pattern[str]]:
    return [re.compile(f"(?:{p})\\Z") for p, _ in SUFFIXES]
