"""OpenCC converters, built once per process (building one loads dictionaries: ~ms each)."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert(text: str, config: str) -> str:
    """`config` is an OpenCC config name: t2s, s2t, s2twp (Taiwan phrases), s2hk..."""
    return converter(config).convert(text)


def to_simplified(text: str) -> str:
    return convert(text, "t2s")
