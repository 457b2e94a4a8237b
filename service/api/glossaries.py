"""Glossaries, shaped like DeepL's v3 API (multilingual glossaries): editors create, merge into and delete
them; clients list, read and use them (`glossary_id` on summaries, translations, checks, jobs and the
LibreTranslate routes). Validation and matching live in service/glossary.py, storage in
service/store/glossaries.py."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from anyio import to_thread
from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field

from service.api.auth import ClientDep, EditorDep
from service.api.deps import DraftsDep, SettingsDep
from service.errors import NotFoundError
from service.glossary import (
    Dictionary,
    GlossaryError,
    build_glossary,
    merge,
    parse_entries,
    source_lang,
    target_lang,
    to_tsv,
    validate_dictionary,
)
from service.schemas import ErrorResponse, RequestModel
from service.store.glossaries import GlossaryRecord

router = APIRouter(
    prefix="/v1",
    tags=["glossaries"],
    responses={
        401: {"model": ErrorResponse, "description": "Missing or invalid API key"},
        403: {"model": ErrorResponse, "description": "The key's role may not do this"},
        404: {"model": ErrorResponse, "description": "No such glossary"},
        422: {"model": ErrorResponse, "description": "Invalid glossary: empty or duplicate terms, etc."},
    },
)


class DictionaryIn(RequestModel):
    source_lang: str = Field(description="en or zh")
    target_lang: str = Field(description="en, zh (zh-Hans and derived zh-Hant), zh-Hans or zh-Hant")
    entries: str = Field(description="TSV (source<TAB>target per line) or CSV (source,target)")
    entries_format: Literal["tsv", "csv"] = "tsv"


class GlossaryIn(RequestModel):
    name: str = Field(max_length=200)
    dictionaries: list[DictionaryIn] = Field(min_length=1)


class GlossaryPatch(RequestModel):
    name: str | None = Field(default=None, max_length=200)
    dictionaries: list[DictionaryIn] = Field(default_factory=list)


class DictionaryInfo(BaseModel):
    source_lang: str
    target_lang: str
    entry_count: int


class GlossaryInfo(BaseModel):
    glossary_id: str
    name: str
    dictionaries: list[DictionaryInfo]
    creation_time: datetime
    sha256: str = Field(description="Content hash: part of the content key and provenance of outputs")


class GlossaryList(BaseModel):
    glossaries: list[GlossaryInfo]


def _info(record: GlossaryRecord) -> GlossaryInfo:
    glossary = record.glossary
    assert glossary.id is not None
    return GlossaryInfo(
        glossary_id=glossary.id,
        name=glossary.name,
        dictionaries=[
            DictionaryInfo(source_lang=d.source_lang, target_lang=d.target_lang, entry_count=len(d.entries))
            for d in glossary.dictionaries
        ],
        creation_time=record.created_at,
        sha256=glossary.sha256,
    )


def _dictionaries(body: list[DictionaryIn]) -> list[Dictionary]:
    result = []
    for index, item in enumerate(body):
        where = f"dictionaries[{index}]"
        entries = parse_entries(item.entries, item.entries_format, where=f"{where}.entries")
        result.append(validate_dictionary(item.source_lang, item.target_lang, entries, where=where))
    return result


async def _record(drafts: DraftsDep, glossary_id: str) -> GlossaryRecord:
    record = await to_thread.run_sync(drafts.glossaries.get, glossary_id)
    if record is None:
        raise NotFoundError(f"no glossary {glossary_id}", detail={"glossary_id": glossary_id})
    return record


@router.post("/glossaries", response_model=GlossaryInfo, status_code=201)
async def create_glossary(
    body: GlossaryIn, drafts: DraftsDep, settings: SettingsDep, principal: EditorDep
) -> GlossaryInfo:
    """`{name, dictionaries: [{source_lang, target_lang, entries, entries_format}]}` as in DeepL's v3
    API. 422 for an empty or over-long term, a control character, a duplicate source term, a repeated
    language pair or more entries than BISUM_GLOSSARY_MAX_ENTRIES."""
    glossary = build_glossary(
        body.name, _dictionaries(body.dictionaries), max_entries=settings.glossary_max_entries
    )
    record = await to_thread.run_sync(lambda: drafts.glossaries.create(glossary, author=principal.name))
    return _info(record)


@router.get("/glossaries", response_model=GlossaryList)
async def list_glossaries(drafts: DraftsDep, _: ClientDep) -> GlossaryList:
    records = await to_thread.run_sync(drafts.glossaries.list)
    return GlossaryList(glossaries=[_info(r) for r in records])


@router.get("/glossaries/{glossary_id}", response_model=GlossaryInfo)
async def get_glossary(glossary_id: str, drafts: DraftsDep, _: ClientDep) -> GlossaryInfo:
    return _info(await _record(drafts, glossary_id))


@router.get(
    "/glossaries/{glossary_id}/entries",
    response_class=Response,
    responses={200: {"content": {"text/tab-separated-values": {}}, "description": "source<TAB>target"}},
)
async def glossary_entries(
    glossary_id: str,
    drafts: DraftsDep,
    _: ClientDep,
    source_lang_: str = Query(alias="source_lang"),
    target_lang_: str = Query(alias="target_lang"),
) -> Response:
    """One dictionary's entries as TSV (`text/tab-separated-values`)."""
    record = await _record(drafts, glossary_id)
    pair = (source_lang(source_lang_), target_lang(target_lang_))
    for dictionary in record.glossary.dictionaries:
        if (dictionary.source_lang, dictionary.target_lang) == pair:
            return Response(to_tsv(dictionary.entries), media_type="text/tab-separated-values; charset=utf-8")
    raise NotFoundError(f"glossary {glossary_id} has no {pair[0]} -> {pair[1]} dictionary")


@router.patch("/glossaries/{glossary_id}", response_model=GlossaryInfo)
async def patch_glossary(
    glossary_id: str, body: GlossaryPatch, drafts: DraftsDep, settings: SettingsDep, _: EditorDep
) -> GlossaryInfo:
    """Merge: each given dictionary's entries replace those with the same source term (case-insensitive)
    and add the others; a new language pair adds a dictionary; `name` renames."""
    if body.name is None and not body.dictionaries:
        raise GlossaryError("nothing to change: give a name or dictionaries")
    record = await _record(drafts, glossary_id)
    merged = merge(
        record.glossary,
        _dictionaries(body.dictionaries),
        max_entries=settings.glossary_max_entries,
        name=body.name,
    )
    updated = await to_thread.run_sync(
        lambda: drafts.glossaries.replace(merged, expected_version=record.version)
    )
    return _info(updated)


@router.delete("/glossaries/{glossary_id}", status_code=204, response_class=Response)
async def delete_glossary(glossary_id: str, drafts: DraftsDep, _: EditorDep) -> Response:
    """Drafts made with it keep the entries that applied (provenance), so their checks still run."""
    if not await to_thread.run_sync(drafts.glossaries.delete, glossary_id):
        raise NotFoundError(f"no glossary {glossary_id}", detail={"glossary_id": glossary_id})
    return Response(status_code=204)
