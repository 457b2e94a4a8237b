"""FastAPI dependencies, as `Annotated` aliases (the full-stack-fastapi-template pattern). Everything
is built once in the app's lifespan and read from `app.state`; handlers never construct services."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from service.config import Settings
from service.drafts import DraftService
from service.llm.prompts import PromptRegistry
from service.logs import request_id_var
from service.pipeline import Pipeline


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_pipeline(request: Request) -> Pipeline:
    return request.app.state.pipeline


def get_drafts(request: Request) -> DraftService:
    return request.app.state.drafts


def get_prompts(request: Request) -> PromptRegistry:
    return request.app.state.pipeline.prompts


def get_request_id() -> str | None:
    return request_id_var.get()


SettingsDep = Annotated[Settings, Depends(get_settings)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
DraftsDep = Annotated[DraftService, Depends(get_drafts)]
PromptsDep = Annotated[PromptRegistry, Depends(get_prompts)]
RequestIdDep = Annotated[str | None, Depends(get_request_id)]
