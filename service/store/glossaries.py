"""GlossaryStore: glossaries in the draft database. Returns `service.glossary.Glossary` values (plus the
record's bookkeeping), never ORM objects. A PATCH is read-merge-write under a conditional UPDATE on
`version`, so two concurrent merges cannot lose each other's entries (the loser gets a 409)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from service.errors import ConflictError, NotFoundError
from service.glossary import Dictionary, Glossary
from service.store.models import GlossaryRow
from service.store.repository import now


@dataclass(frozen=True)
class GlossaryRecord:
    glossary: Glossary
    version: int
    created_by: str
    created_at: datetime
    updated_at: datetime


def new_glossary_id() -> str:
    return f"gls_{uuid.uuid4().hex}"


def _dictionaries(glossary: Glossary) -> list[dict[str, Any]]:
    return [
        {"source_lang": d.source_lang, "target_lang": d.target_lang, "entries": [list(e) for e in d.entries]}
        for d in glossary.dictionaries
    ]


def _record(row: GlossaryRow) -> GlossaryRecord:
    dictionaries = tuple(
        Dictionary(d["source_lang"], d["target_lang"], tuple((s, t) for s, t in d["entries"]))
        for d in row.dictionaries
    )
    return GlossaryRecord(
        glossary=Glossary(row.id, row.name, dictionaries),
        version=row.version,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class GlossaryStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create(self, glossary: Glossary, *, author: str) -> GlossaryRecord:
        stamp = now()
        row = GlossaryRow(
            id=glossary.id or new_glossary_id(),
            name=glossary.name,
            dictionaries=_dictionaries(glossary),
            sha256=glossary.sha256,
            entry_count=glossary.entry_count,
            version=1,
            created_by=author,
            created_at=stamp,
            updated_at=stamp,
        )
        with self._sessions() as session:
            session.add(row)
            session.commit()
            return _record(row)

    def get(self, glossary_id: str) -> GlossaryRecord | None:
        with self._sessions() as session:
            row = session.get(GlossaryRow, glossary_id)
            return _record(row) if row is not None else None

    def require(self, glossary_id: str) -> Glossary:
        record = self.get(glossary_id)
        if record is None:
            raise NotFoundError(f"no glossary {glossary_id}", detail={"glossary_id": glossary_id})
        return record.glossary

    def list(self) -> list[GlossaryRecord]:
        with self._sessions() as session:
            rows = session.scalars(select(GlossaryRow).order_by(GlossaryRow.created_at, GlossaryRow.id))
            return [_record(row) for row in rows]

    def replace(self, glossary: Glossary, *, expected_version: int) -> GlossaryRecord:
        """Write a merged glossary if nobody else did since `expected_version` was read."""
        assert glossary.id is not None
        with self._sessions() as session:
            result = session.execute(
                update(GlossaryRow)
                .where(GlossaryRow.id == glossary.id, GlossaryRow.version == expected_version)
                .values(
                    name=glossary.name,
                    dictionaries=_dictionaries(glossary),
                    sha256=glossary.sha256,
                    entry_count=glossary.entry_count,
                    version=expected_version + 1,
                    updated_at=now(),
                )
            )
            session.commit()
            if result.rowcount == 0:  # type: ignore[attr-defined]
                if session.get(GlossaryRow, glossary.id) is None:
                    raise NotFoundError(f"no glossary {glossary.id}")
                raise ConflictError(f"glossary {glossary.id} was changed meanwhile; read it and retry")
            row = session.get(GlossaryRow, glossary.id)
            assert row is not None
            session.refresh(row)
            return _record(row)

    def delete(self, glossary_id: str) -> bool:
        with self._sessions() as session:
            result = session.execute(delete(GlossaryRow).where(GlossaryRow.id == glossary_id))
            session.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]
