"""Configuration mistakes as one line that names the variable (`BISUM_API_KEYS[0].role: ...`), for the
CLI's exit 2. Settings are loaded, and the key file read, once up front so that no command starts with
a configuration it would only trip over later (a traceback, a server that dies at its first request)."""

from __future__ import annotations

import json
import logging
import re

from pydantic import ValidationError
from pydantic_settings import SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from service.config import Settings, get_settings
from service.errors import BisumError
from service.llm.prompts import PromptRegistry

# Values never echoed back: they may be a secret (a database URL can carry a password).
SECRET_NAMES = {"OPENAI_API_KEY", "BISUM_CALLBACK_SECRET", "BISUM_DATABASE_URL"}


class ConfigurationError(Exception):
    """One line, safe to print: names the variable, never a secret value."""


def env_name(field: str) -> str:
    info = Settings.model_fields.get(field)
    alias = info.validation_alias if info is not None else None
    return alias if isinstance(alias, str) else f"BISUM_{field.upper()}"


def _where(prefix: str, loc: tuple[int | str, ...]) -> str:
    return prefix + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)


def describe(exc: ValidationError, *, prefix: str | None = None) -> str:
    """The first problem (and how many more) as `NAME[0].field: message (got 'value')`."""
    problems = exc.errors(include_url=False)
    first = problems[0]
    loc = tuple(first.get("loc", ()))
    if prefix is None:  # a Settings field: loc starts with its name
        name, loc = (env_name(str(loc[0])), loc[1:]) if loc else ("configuration", ())
    else:
        name = prefix
    secret = name in SECRET_NAMES or "key" in loc
    shown = "" if secret else _got(first)
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{_where(name, loc)}: {first['msg']}{shown}{more}"


def _got(problem: dict) -> str:
    value = problem.get("input")
    if isinstance(value, str | int | float) and len(str(value)) <= 60:
        return f" (got {value!r})"
    return ""


def _settings_error(exc: SettingsError) -> str:
    """pydantic-settings could not even decode a value (e.g. BISUM_API_KEYS is not JSON)."""
    found = re.search(r'field "([^"]+)"', str(exc))
    name = env_name(found.group(1)) if found else "configuration"
    cause = exc.__cause__
    if isinstance(cause, json.JSONDecodeError):
        return f"{name}: not valid JSON ({cause.msg} at line {cause.lineno} column {cause.colno})"
    return f"{name}: {cause or exc}"


def checked_settings() -> Settings:
    """The settings, with the API key file read and validated; ConfigurationError otherwise."""
    try:
        settings = get_settings()
    except ValidationError as exc:
        raise ConfigurationError(describe(exc)) from None
    except SettingsError as exc:
        raise ConfigurationError(_settings_error(exc)) from None
    path = settings.api_keys_file
    try:
        settings.all_api_keys()
    except OSError as exc:
        raise ConfigurationError(f"BISUM_API_KEYS_FILE: cannot read {path}: {exc.strerror}") from None
    except ValidationError as exc:
        if exc.errors()[0]["type"] == "json_invalid":
            raise ConfigurationError(f"BISUM_API_KEYS_FILE: {path} is not valid JSON") from None
        raise ConfigurationError(describe(exc, prefix=f"BISUM_API_KEYS_FILE ({path})")) from None
    _check_values(settings)
    return settings


def _check_values(settings: Settings) -> None:
    """Values the types accept but the program cannot use."""
    for field in ("log_level", "cli_log_level"):
        level = getattr(settings, field)
        if not isinstance(logging.getLevelName(level.upper()), int):
            raise ConfigurationError(
                f"{env_name(field)}: unknown log level {level!r} (DEBUG, INFO, WARNING, ERROR)"
            )
    try:
        make_url(settings.database_url)
    except ArgumentError:
        raise ConfigurationError(
            "BISUM_DATABASE_URL: not a database URL (sqlite:///data/bisum.sqlite3, postgresql+psycopg://...)"
        ) from None
    if not settings.prompts_dir.is_dir():
        raise ConfigurationError(f"BISUM_PROMPTS_DIR: {settings.prompts_dir} is not a folder")
    defaults = {
        "summarize": settings.summarize_prompt_version,
        "translate": settings.translate_prompt_version,
    }
    try:
        PromptRegistry.load(settings.prompts_dir, defaults)
    except BisumError as exc:
        raise ConfigurationError(f"prompts: {exc.message}") from None
    except (ValueError, KeyError, OSError) as exc:
        raise ConfigurationError(f"prompts in {settings.prompts_dir}: {exc}") from None
