"""Versioned prompt files: `service/prompts/<id>/<version>.md` (package data; BISUM_PROMPTS_DIR
overrides), YAML front matter + `# System` / `# User` sections written as `string.Template` ($name)
so JSON braces in prompts need no escaping.

A released file never changes: `service/prompts/CHECKSUMS` pins each file's sha256 and a test enforces it.
Changing a prompt means adding a version.

Fragments (`kind: fragment` in the front matter, e.g. glossary/v1.md, context/v1.md) are versioned the
same way but are no prompt of their own: one `$`-template, rendered by code and appended to the user
message of whichever prompt needs it (summarize, summarize_chunk, translate), so a glossary or a context
does not need a new version of every prompt. Their id@version goes into provenance."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

import frontmatter
from pydantic import BaseModel

from service.errors import UnsupportedOptionError
from service.hashing import sha256_text
from service.llm.schemas import OUTPUT_SCHEMAS, response_schema

_SECTION = re.compile(r"^# (System|User)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class PromptTemplate:
    id: str
    version: str
    description: str
    temperature: float
    max_output_tokens: int
    output_schema: type[BaseModel]
    system: Template
    user: Template
    sha256: str

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def render(self, *, embed_schema: bool, appendix: str = "", **values: str) -> list[dict[str, str]]:
        """Chat messages. With `embed_schema` (json_object and prompt modes) the JSON schema is spelled out
        in the system message, since the endpoint will not receive it as `response_format`. The block also
        carries the standalone word "json", which DashScope and DeepSeek require in the prompt of a
        json_object request; it lives here, in code, because released prompt files never change."""
        schema_block = ""
        if embed_schema:
            schema = json.dumps(
                response_schema(self.output_schema), ensure_ascii=False, separators=(",", ":")
            )
            schema_block = (
                "\n\nOutput format: json. Reply with one JSON object that matches this response schema:"
                f"\n<json_schema>\n{schema}\n</json_schema>"
            )
        return [
            {"role": "system", "content": self.system.substitute(values, schema_block=schema_block)},
            # `appendix`: rendered fragments (glossary, context), each fenced as data by its own file.
            {"role": "user", "content": self.user.substitute(values) + appendix},
        ]


@dataclass(frozen=True)
class PromptFragment:
    id: str
    version: str
    description: str
    template: Template
    sha256: str

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def render(self, **values: str) -> str:
        """Two blank lines, then the fragment: appended after the article's closing fence."""
        return "\n\n" + self.template.substitute(values).strip("\n")


def is_fragment(path: Path) -> bool:
    return frontmatter.loads(path.read_text(encoding="utf-8")).metadata.get("kind") == "fragment"


def _read_versioned(path: Path) -> tuple[str, frontmatter.Post]:
    """The file's text and front matter, whose id/version must match its place: <id>/<version>.md."""
    raw = path.read_text(encoding="utf-8")
    post = frontmatter.loads(raw)
    expected = (path.parent.name, path.stem)
    if (post.metadata.get("id"), post.metadata.get("version")) != expected:
        raise ValueError(f"{path}: front matter id/version must be {expected[0]}/{expected[1]}")
    return raw, post


def load_fragment(path: Path) -> PromptFragment:
    raw, post = _read_versioned(path)
    meta = post.metadata
    return PromptFragment(
        id=meta["id"],
        version=meta["version"],
        description=meta.get("description", ""),
        template=Template(post.content),
        sha256=sha256_text(raw),
    )


def load_prompt(path: Path) -> PromptTemplate:
    raw, post = _read_versioned(path)
    meta = post.metadata
    parts = _SECTION.split(post.content)
    # ['', 'System', text, 'User', text]
    sections = {parts[i]: parts[i + 1].strip("\n") for i in range(1, len(parts) - 1, 2)}
    if set(sections) != {"System", "User"}:
        raise ValueError(f"{path}: needs exactly one '# System' and one '# User' section")
    schema_name = meta["output_schema"]
    if schema_name not in OUTPUT_SCHEMAS:
        raise ValueError(f"{path}: unknown output_schema {schema_name!r}")
    return PromptTemplate(
        id=meta["id"],
        version=meta["version"],
        description=meta.get("description", ""),
        temperature=float(meta["temperature"]),
        max_output_tokens=int(meta["max_output_tokens"]),
        output_schema=OUTPUT_SCHEMAS[schema_name],
        system=Template(sections["System"]),
        user=Template(sections["User"]),
        sha256=sha256_text(raw),
    )


class PromptRegistry:
    """All prompt versions found under a directory, loaded once at startup."""

    def __init__(
        self,
        prompts: list[PromptTemplate],
        defaults: dict[str, str],
        directory: Path | None = None,
        fragments: list[PromptFragment] | None = None,
    ) -> None:
        self._prompts = {(p.id, p.version): p for p in prompts}
        self._fragments = {(f.id, f.version): f for f in fragments or []}
        self._defaults = defaults
        self._directory = directory

    @classmethod
    def load(cls, directory: Path, defaults: dict[str, str]) -> PromptRegistry:
        paths = sorted(directory.glob("*/*.md"))
        fragments = [load_fragment(path) for path in paths if is_fragment(path)]
        prompts = [load_prompt(path) for path in paths if not is_fragment(path)]
        registry = cls(prompts, defaults, directory, fragments)
        for prompt_id, version in defaults.items():
            registry.get(prompt_id, version)  # fail at startup, not on the first request
        return registry

    def get(self, prompt_id: str, version: str | None = None) -> PromptTemplate:
        version = version or self._defaults.get(prompt_id) or self.latest_version(prompt_id)
        try:
            return self._prompts[(prompt_id, version)]
        except KeyError:
            known = sorted(v for (pid, v) in self._prompts if pid == prompt_id)
            where = f" (searched {self._directory})" if self._directory is not None else ""
            raise UnsupportedOptionError(
                f"unknown prompt version {prompt_id}@{version}; available: {', '.join(known) or 'none'}"
                f"{where}"
            ) from None

    def fragment(self, fragment_id: str) -> PromptFragment | None:
        """The latest version of a fragment (None when the prompts directory has none: a custom
        BISUM_PROMPTS_DIR without fragments sends no glossary or context to the model)."""
        versions = [f for (fid, _), f in self._fragments.items() if fid == fragment_id]
        return max(versions, key=lambda f: _version_key(f.version)) if versions else None

    def latest_version(self, prompt_id: str) -> str | None:
        versions = [v for (pid, v) in self._prompts if pid == prompt_id]
        return max(versions, key=_version_key) if versions else None

    def all(self) -> list[PromptTemplate]:
        return sorted(self._prompts.values(), key=lambda p: (p.id, _version_key(p.version)))


def _version_key(version: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", version)
    return (int(digits) if digits else 0, version)


def appendix(
    registry: PromptRegistry,
    *,
    nonce: str,
    glossary_entries: str | None = None,
    context: str | None = None,
) -> tuple[str, list[str]]:
    """The fragments appended to one call's user message, and their refs for provenance. The glossary
    fragment only when some entry applies (`glossary_entries` is its rendered block)."""
    parts: list[str] = []
    refs: list[str] = []
    for fragment_id, values in (
        ("glossary", {"entries": glossary_entries} if glossary_entries else None),
        ("context", {"context": context} if context else None),
    ):
        if values is None:
            continue
        fragment = registry.fragment(fragment_id)
        if fragment is None:
            raise UnsupportedOptionError(
                f"the prompts directory has no {fragment_id} fragment ({fragment_id}/v1.md): cannot send a "
                f"{fragment_id} to the model"
            )
        parts.append(fragment.render(nonce=nonce, **values))
        refs.append(fragment.ref)
    return "".join(parts), refs
