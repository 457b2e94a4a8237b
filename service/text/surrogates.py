"""Lone surrogates (U+D800-DFFF not forming a pair) arrive through JSON `\\ud800` escapes: Python keeps
them in `str`, but they cannot be encoded as UTF-8, so a request carrying one fails wherever it is
stored, hashed or echoed. Request models refuse them up front (422); error bodies replace them."""

from __future__ import annotations

import re
from typing import Any

LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def find_lone_surrogate(value: Any, *, skip: frozenset[str] = frozenset()) -> str | None:
    """The JSON path of the first string (or key) holding a lone surrogate, else None. Iterative, so a
    deeply nested value cannot exhaust the stack. `skip`: top-level keys validated elsewhere."""
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k not in skip}
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, str):
            if LONE_SURROGATE.search(item):
                return path or "body"
        elif isinstance(item, dict):
            for key, child in item.items():
                if isinstance(key, str) and LONE_SURROGATE.search(key):
                    return f"{path}.(a key)" if path else "(a key)"
                stack.append((f"{path}.{key}" if path else str(key), child))
        elif isinstance(item, list | tuple):
            stack.extend((f"{path}[{i}]", child) for i, child in enumerate(item))
    return None


def replace_lone_surrogates(value: Any) -> Any:
    """A copy with every lone surrogate replaced by U+FFFD (for error bodies that echo input)."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {replace_lone_surrogates(k): replace_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [replace_lone_surrogates(v) for v in value]
    return value
