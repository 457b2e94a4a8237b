"""Memoisation scoped to one finalize (service/finalize.py): the checks ask the same questions of the same
texts many times (the numbers of the source for every field, the names of a summary for three checks),
and each answer is a pure function of its arguments. Inside `memo_scope()` a `@per_finalize` function
computes each distinct call once; outside a scope it simply runs. The scope ends with the finalize, so
nothing is kept between requests and a new article always pays for its own work."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_scope: ContextVar[dict[Any, Any] | None] = ContextVar("bisum_finalize_memo", default=None)


@contextlib.contextmanager
def memo_scope() -> Iterator[None]:
    if _scope.get() is not None:  # nested (check_given -> finish_summary): share the outer scope
        yield
        return
    token = _scope.set({})
    try:
        yield
    finally:
        _scope.reset(token)


def per_finalize(fn: F) -> F:
    """Results are handed out as shallow copies when they are lists, sets or dicts, so a caller that
    changes its copy changes nobody else's; their items must be immutable (frozen dataclasses, str)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        cache = _scope.get()
        if cache is None:
            return fn(*args, **kwargs)
        try:
            key = (fn, args, tuple(sorted(kwargs.items())))
            result = cache[key]
        except TypeError:  # an unhashable argument: not memoised
            return fn(*args, **kwargs)
        except KeyError:
            result = cache[key] = fn(*args, **kwargs)
        return type(result)(result) if isinstance(result, list | set | dict) else result

    return wrapper  # type: ignore[return-value]
