"""Who is asking: a key's name and role. Used by the API's auth and by the services that scope what a
caller sees (jobs, drafts), so it lives outside `service/api/`."""

from __future__ import annotations

from dataclasses import dataclass

ROLE_RANK = {"client": 1, "editor": 2}


@dataclass(frozen=True)
class Principal:
    name: str
    role: str


# With no API keys configured the service is open (loopback only) and every caller is this editor.
OPEN_PRINCIPAL = Principal(name="local", role="editor")
