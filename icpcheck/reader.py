"""TEMPORARY stand-in until the reader branch lands."""
from __future__ import annotations
import json, sys
from dataclasses import dataclass
import yaml
MAX_BYTES_DEFAULT = 1_048_576
@dataclass(frozen=True)
class Document:
    data: object
    positions: dict
    name: str
def read_source(path, *, error, max_bytes=MAX_BYTES_DEFAULT):
    try:
        if path == "-":
            return sys.stdin.buffer.read(max_bytes + 1)
        with open(path, "rb") as f:
            return f.read(max_bytes + 1)
    except OSError as e:
        raise error(f"cannot read {path}: {e.strerror}") from None
def parse_document(raw, *, name, error, fmt="auto", max_depth=64, max_aliases=100):
    try:
        text = raw.decode("utf-8-sig")
        if fmt == "json" or (fmt == "auto" and text.lstrip()[:1] in "{["):
            return Document(json.loads(text), {}, name)
        return Document(yaml.safe_load(text), {}, name)
    except Exception as e:
        raise error(f"{name}: {e}") from None
