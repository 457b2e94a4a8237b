"""How real OpenAI-compatible servers refuse a `response_format` they do not take, for the fake.

Each flavor answers exactly as the real server does (status and body), from their own error handlers
and from users' reports of them:

- ``openai``: takes json_schema, json_object and none.
- ``llama_cpp`` (llama-cpp-python's server): its request model allows ``type`` "text" or "json_object"
  (plus an optional ``schema`` it compiles into a grammar); anything else fails request validation, which
  its route error handler turns into a **500** ``internal_server_error`` whose message is the validation
  error text.
- ``deepseek``: json_schema -> 400 "This response_format type is unavailable now"; json_object needs the
  word "json" in the prompt, else 400.
- ``lm_studio``: json_object -> 400 with a bare string error ``'response_format.type' must be
  'json_schema' or 'text'``.
"""

from __future__ import annotations

from typing import Any, Literal

Flavor = Literal["openai", "llama_cpp", "deepseek", "lm_studio"]
FLAVORS: tuple[str, ...] = ("openai", "llama_cpp", "deepseek", "lm_studio")

DEEPSEEK_UNAVAILABLE = "This response_format type is unavailable now"
DEEPSEEK_JSON_WORD = (
    "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'."
)
LM_STUDIO_TYPES = "'response_format.type' must be 'json_schema' or 'text'"


def format_rejection(flavor: str, body: dict[str, Any]) -> tuple[int, Any] | None:
    """(status, JSON body) when this flavor refuses the request's response_format, else None."""
    response_format = body.get("response_format")
    if not isinstance(response_format, dict):
        return None
    kind = response_format.get("type")
    if flavor == "llama_cpp" and kind not in ("text", "json_object"):
        return 500, _openai_error(_llama_cpp_validation_message(kind), "internal_server_error", None)
    if flavor == "deepseek":
        if kind == "json_schema":
            return 400, _openai_error(DEEPSEEK_UNAVAILABLE, "invalid_request_error", "invalid_request_error")
        if kind == "json_object" and "json" not in _prompt_text(body).lower():
            return 400, _openai_error(DEEPSEEK_JSON_WORD, "invalid_request_error", "invalid_request_error")
    if flavor == "lm_studio" and kind not in ("json_schema", "text"):
        return 400, {"error": LM_STUDIO_TYPES}
    return None


def _llama_cpp_validation_message(kind: object) -> str:
    """str(RequestValidationError), as llama-cpp-python 0.3.36's server sends it in the 500 (captured from
    the real server in tests/integration/test_llama_cpp.py)."""
    return (
        "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
        f"'msg': \"Input should be 'text' or 'json_object'\", 'input': {kind!r}, "
        "'ctx': {'expected': \"'text' or 'json_object'\"}}\n\n"
        '  File "llama_cpp/server/app.py", line 376, in create_chat_completion\n    POST /v1/chat/completions'
    )


def _prompt_text(body: dict[str, Any]) -> str:
    parts: list[str] = []
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "\n".join(parts)


def _openai_error(message: str, type_: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}
