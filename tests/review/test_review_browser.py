"""The review pages in real headless Chromium: the app runs under uvicorn on a local port with the project's
fake LLM; drafts are created through the JSON API like a CMS would, then reviewed in the browser.

Needs Debian's `chromium` (/usr/bin/chromium) and the `playwright` package (never `playwright install`).
Skipped without Chromium locally; under CI (env CI set) a missing browser is a failure."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from service.api.app import create_app
from service.api.review import CSP
from service.devtools.fake_llm import FakeLLM
from tests.conftest import llm_settings, seed
from tests.review.helpers import (
    EDITOR_KEY,
    HOSTILE_ARTICLE,
    IMG_TAG,
    KEYS,
    SCRIPT_TAG,
    create_summary,
    edit_via_api,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
# `BISUM_UPDATE_DOCS_SCREENSHOT=1 pytest tests/review` refreshes the README's screenshot too.
DOCS_SCREENSHOT = ROOT / "docs" / "review-detail.png"
DOCS_CLIP = {"x": 0, "y": 0, "width": 1366, "height": 900}
REVIEWED_ZH = "以上内容由 AI 生成，经编辑审阅修改。"
REVIEWED_EN = "reviewed and edited by an editor"


def _require_browser():
    """The playwright module, or a skip (a failure under CI) when Chromium or playwright is missing."""
    missing = None if CHROMIUM.exists() else f"{CHROMIUM} not found (apt-get install chromium)"
    if missing is None:
        try:
            from playwright import sync_api
        except ImportError:
            missing = "the playwright package is not installed (pip install -e '.[test]')"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the browser tests must run in CI: {missing}")
        pytest.skip(missing)
    return sync_api


@dataclass(frozen=True)
class Live:
    url: str
    fake: FakeLLM


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    """The real app under uvicorn on an ephemeral port, with the fake LLM server behind it."""
    with FakeLLM(seed=7) as fake:
        app = create_app(llm_settings(openai_base_url=fake.base_url, api_keys=KEYS))
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        uvicorn_server = uvicorn.Server(config)
        thread = threading.Thread(target=uvicorn_server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not uvicorn_server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        port = uvicorn_server.servers[0].sockets[0].getsockname()[1]
        try:
            yield Live(f"http://127.0.0.1:{port}", fake)
        finally:
            uvicorn_server.should_exit = True
            thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = _require_browser()
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, live):
    context = browser.new_context(base_url=live.url, viewport={"width": 1366, "height": 768}, locale="en-GB")
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def api(live) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as client:
        yield client


def sign_in(page, key: str = EDITOR_KEY) -> None:
    page.goto("/review")
    assert "/review/login" in page.url  # signed out: sent to the sign-in form
    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/review")


def test_edit_and_approve_a_draft_in_the_browser(page, api):
    from playwright.sync_api import expect

    draft = create_summary(api)
    sign_in(page)

    # The list links to the draft.
    row_link = page.locator(f'a[href="/review/drafts/{draft["id"]}"]')
    expect(row_link).to_be_visible()
    row_link.click()
    page.wait_for_url(f"**/review/drafts/{draft['id']}")
    expect(page.locator("#draft-revision")).to_have_text("1")
    expect(page.locator("#f-source")).to_contain_text("洛根")  # the source beside the summaries

    # Edit the Chinese summary with the keyboard alone: Enter opens the editor, Ctrl+Enter saves.
    new_summary = draft["summary"]["zh-Hans"]["summary"] + "编辑已核实日期。"
    page.locator("#f-summary-zh-Hans-summary-btn").focus()
    page.keyboard.press("Enter")
    editor = page.locator("#f-summary-zh-Hans-summary-value")
    expect(editor).to_be_focused()
    editor.fill(new_summary)
    page.keyboard.press("Tab")
    page.keyboard.type("checked the date")  # the note field comes next in tab order
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Control+Enter")
    page.wait_for_url("**?done=edited")
    expect(page.locator("#page-notice")).to_contain_text("Saved")
    expect(page.locator("#draft-revision")).to_have_text("2")
    expect(page.locator("#f-summary-zh-Hans-summary .field__text")).to_have_text(new_summary)
    expect(page.locator("#rev-2")).to_contain_text("checked the date")
    expect(page.locator("#rev-2")).to_contain_text("summary.zh-Hans.summary")

    page.get_by_role("button", name="Approve revision 2").click()
    page.wait_for_url("**?done=approved")
    expect(page.locator("#draft-status")).to_have_text("Approved")
    expect(page.locator("#disclaimer")).to_contain_text(REVIEWED_ZH)
    expect(page.locator("#disclaimer")).to_contain_text(REVIEWED_EN)
    expect(page.locator("#approved-by")).to_contain_text("mei")

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "review-detail.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000

    # The JSON API agrees.
    stored = api.get(f"/v1/drafts/{draft['id']}", headers={"X-API-Key": EDITOR_KEY}).json()
    assert stored["status"] == "approved" and stored["output"]["summary"]["zh-Hans"]["summary"] == new_summary


def test_hostile_article_and_model_text_run_no_script(page, api):
    from playwright.sync_api import expect

    draft = create_summary(api, text=HOSTILE_ARTICLE)
    # The fake model writes its own text; put the payloads into model-output fields as well.
    edit_via_api(
        api,
        draft["id"],
        {"summary.en.title": IMG_TAG, "summary.zh-Hans.key_points[0]": SCRIPT_TAG},
        note=IMG_TAG,
    )
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page)
    response = page.goto(f"/review/drafts/{draft['id']}")
    assert response is not None and response.status == 200
    assert response.headers["content-security-policy"] == CSP
    page.wait_for_load_state("load")

    expect(page.locator("#f-source").get_by_text(SCRIPT_TAG)).to_be_visible()
    expect(page.locator("#f-source").get_by_text(IMG_TAG)).to_be_visible()
    expect(page.locator("#f-summary-en-title .field__text")).to_have_text(IMG_TAG)
    expect(page.locator("#f-summary-zh-Hans-key_points-0 .field__text")).to_have_text(SCRIPT_TAG)
    assert dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0  # the payload never became an element
    assert page.evaluate("[...document.scripts].map(s => s.getAttribute('src'))") == [
        "/review/static/review.js"
    ]


def test_failing_checks_are_marked_at_their_fields(page, api, live):
    from playwright.sync_api import expect

    live.fake.script("invented_numbers")  # the model adds "37%" and "2031" to both summaries
    draft = create_summary(api, text=seed("003"))
    assert draft["status"] == "needs_review"
    sign_in(page)
    page.goto(f"/review/drafts/{draft['id']}")
    expect(page.locator("#checks-banner")).to_be_visible()
    en, zh = page.locator("#f-summary-en-summary"), page.locator("#f-summary-zh-Hans-summary")
    for field in (en, zh):
        expect(field).to_have_class(re.compile(r"\bfield--failing\b"))
        expect(field.locator(".problem[data-check=numbers_in_source]")).to_contain_text("2031")
    expect(page.locator("#f-summary-en-title")).not_to_have_class(re.compile(r"\bfield--failing\b"))
    expect(page.locator(".check--fail")).to_contain_text("numbers not in the source")

    # Fix the English summary; the checks run again and its marker goes, the Chinese one stays.
    en.get_by_role("button", name="Edit").click()
    editor = page.locator("#f-summary-en-summary-value")
    expect(editor).to_be_focused()
    fixed = editor.input_value().replace(" Officials expect growth of 37% by 2031.", "")
    editor.fill(fixed)
    page.evaluate("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review-needs-review.png"), full_page=True)
    if os.environ.get("BISUM_UPDATE_DOCS_SCREENSHOT"):  # the README's picture: the top of the page
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(DOCS_SCREENSHOT), full_page=True, clip=DOCS_CLIP)
    en.get_by_role("button", name="Save").click()
    page.wait_for_url("**?done=edited")
    expect(en).not_to_have_class(re.compile(r"\bfield--failing\b"))
    expect(en.locator(".field__text")).to_have_text(fixed)
    expect(zh).to_have_class(re.compile(r"\bfield--failing\b"))
    expect(page.locator("#draft-status")).to_have_text("Needs review")


def test_approving_over_failing_checks_takes_a_confirm_step(page, api, live):
    from playwright.sync_api import expect

    live.fake.script("invented_numbers")  # numbers_in_source fails (error severity)
    draft = create_summary(api, text=seed("003"), length="short")
    assert draft["status"] == "needs_review"
    sign_in(page)
    page.goto(f"/review/drafts/{draft['id']}")
    confirm = page.locator("#approve-form")
    expect(confirm).to_be_hidden()
    page.get_by_role("button", name="Approve revision 1…").click()
    expect(confirm).to_be_visible()
    expect(confirm).to_contain_text("numbers_in_source")
    expect(page.locator("#acknowledge-checks")).to_be_focused()  # the first thing to answer

    # Without the acknowledgement the browser does not submit (the checkbox is required).
    page.locator("#approve-confirm").click()
    expect(page.locator("#draft-status")).to_have_text("Needs review")
    assert "done=approved" not in page.url

    page.locator("#acknowledge-checks").check()
    page.locator("#approve-confirm").click()
    page.wait_for_url("**?done=approved")
    expect(page.locator("#draft-status")).to_have_text("Approved")
    expect(page.locator("#rev-2 .revision__ack")).to_contain_text("numbers_in_source")
    # Nothing was edited: the notice says reviewed, not edited.
    expect(page.locator("#disclaimer")).to_contain_text("was reviewed by an editor")
    stored = api.get(f"/v1/drafts/{draft['id']}/revisions", headers={"X-API-Key": EDITOR_KEY}).json()
    assert "numbers_in_source" in stored[-1]["output"]["provenance"]["acknowledged_failed_checks"]


def test_mojibake_is_highlighted_in_the_source_column(page, api):
    from playwright.sync_api import expect

    draft = create_summary(api, text=seed("004"))
    first = draft["source"]["mojibake"][0]
    sign_in(page)
    page.goto(f"/review/drafts/{draft['id']}")
    paragraph = page.locator(f"#src-p{first['paragraph'] + 1}")
    expect(paragraph.locator(".para-num")).to_have_text(f"¶{first['paragraph'] + 1}")
    mark = paragraph.locator("mark.mojibake").first
    expect(mark).to_be_visible()
    expect(mark).to_have_text(first["text"])
    background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background
    marks = page.locator("#f-source mark.mojibake")
    assert marks.count() == len(draft["source"]["mojibake"])
    expect(page.locator(".check--fail", has_text="source_mojibake")).to_contain_text(
        f"paragraph {first['paragraph'] + 1}, characters {first['start'] + 1}"
    )
