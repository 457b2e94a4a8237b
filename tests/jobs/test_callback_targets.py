"""Callback URLs are client input: loopback, private, link-local and multicast destinations are refused
(on the resolved address, at job creation and again when the callback is sent) unless
BISUM_CALLBACK_ALLOW_PRIVATE_NETWORKS is set; a delivery connects to the address that was checked."""

from __future__ import annotations

import ipaddress

import httpx
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.config import Settings
from service.jobs import targets
from service.jobs.callbacks import deliver
from service.jobs.repository import NewItem
from service.store.db import make_engine, migrate
from service.wiring import build_job_store
from tests.conftest import offline_settings
from tests.jobs.conftest import CALLBACK_SECRET, CallbackReceiver, article, wait_until

PUBLIC = "93.184.216.34"


def settings(**overrides) -> Settings:
    overrides.setdefault("job_poll_interval_s", 0.2)
    return offline_settings(callback_secret=CALLBACK_SECRET, **overrides)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",  # a name that resolves to loopback
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped loopback
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://[fd00::1]/hook",  # unique-local
        "http://169.254.169.254/latest/meta-data/",  # the cloud metadata service (link-local)
        "http://[fe80::1]/hook",
        "http://224.0.0.1/hook",  # multicast
        "http://0.0.0.0/hook",
        "http://2130706433/hook",  # 127.0.0.1 written as one integer
    ],
)
def test_non_public_callback_targets_are_refused_at_creation(url):
    with TestClient(create_app(settings())) as api:
        response = api.post("/v1/jobs", json={"articles": [article(0)], "callback_url": url})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "callback_target_refused"
    assert "BISUM_CALLBACK_ALLOW_PRIVATE_NETWORKS" in error["message"]


def test_other_schemes_and_credentials_are_refused():
    with TestClient(create_app(settings())) as api:
        for url in ("ftp://cms.example/hook", "http://user:pw@cms.example/hook"):
            response = api.post("/v1/jobs", json={"articles": [article(0)], "callback_url": url})
            assert response.status_code == 422, (url, response.text)


def test_private_targets_are_accepted_when_allowed_explicitly():
    with (
        CallbackReceiver() as receiver,
        TestClient(create_app(settings(callback_allow_private_networks=True))) as api,
    ):
        job_id = api.post("/v1/jobs", json={"articles": [article(0)], "callback_url": receiver.url}).json()[
            "job_id"
        ]
        wait_until(lambda: api.get(f"/v1/jobs/{job_id}").json()["callback"]["status"] == "delivered")
    assert len(receiver.received) == 1


def test_a_name_that_resolves_to_a_private_address_at_send_time_is_not_called(monkeypatch):
    """DNS rebinding: public when the job was created, loopback when the callback is due."""
    lookups: list[str] = []

    async def resolve(host: str, port: int):
        lookups.append(host)  # the first lookup is the creation check; later ones are deliveries
        return [ipaddress.ip_address(PUBLIC if len(lookups) == 1 else "127.0.0.1")]

    monkeypatch.setattr(targets, "resolve", resolve)
    with CallbackReceiver() as receiver, TestClient(create_app(settings())) as api:
        url = f"http://hooks.cms.example:{receiver.server.server_address[1]}/hook"
        created = api.post("/v1/jobs", json={"articles": [article(0)], "callback_url": url})
        assert created.status_code == 202, created.text
        job_id = created.json()["job_id"]
        job = wait_until(
            lambda: (j := api.get(f"/v1/jobs/{job_id}").json())["callback"]["status"] == "failed" and j
        )
    assert receiver.received == []
    assert "loopback" in job["callback"]["error"] and job["callback"]["attempts"] == 1


async def test_a_delivery_connects_to_the_checked_address_with_the_original_host(monkeypatch):
    async def resolve(host: str, port: int):
        return [ipaddress.ip_address(PUBLIC)]

    monkeypatch.setattr(targets, "resolve", resolve)
    configured = settings()
    store = build_job_store(configured)
    migrate(make_engine(configured.database_url))
    job = store.create(
        options={},
        items=[NewItem("a", {"text": "x"})],
        created_by="cms",
        callback_url="https://hooks.cms.example/h",
    )
    store.cancel(job.id)  # finished, so it has a callback to send
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as client:
        assert await deliver(store, configured, job.id, client=client)
    assert seen[0].url.host == PUBLIC and seen[0].url.path == "/h"
    assert seen[0].headers["host"] == "hooks.cms.example"
    assert seen[0].extensions["sni_hostname"] == "hooks.cms.example"
