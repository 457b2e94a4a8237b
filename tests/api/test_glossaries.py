"""Glossaries over HTTP (issue 11 §1): DeepL-shaped CRUD, CSV/TSV import and validation, roles, the
entries that reach the prompt, zh / zh-Hant renderings, and the terminology check on outputs that use or
ignore an entry (the LLM mocked with respx)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.conftest import llm_settings, reply, seed
from tests.fixtures import good_summary, good_summary_v1

CLIENT = {"X-API-Key": "cms-secret"}
EDITOR = {"Authorization": "Bearer editor-secret"}
KEYS = [
    {"name": "cms", "role": "client", "key": "cms-secret"},
    {"name": "mei", "role": "editor", "key": "editor-secret"},
]
EN_ARTICLE = "Said the team: the LLM runs on new software.\n\nDropout helps the model generalise."
TERMS = "LLM\t大语言模型\nsoftware\t软件\ndropout\t随机失活\nGPU\t图形处理器\nAI\t人工智能\n"


@pytest.fixture
def app(llm_mock):
    with TestClient(create_app(llm_settings(api_keys=KEYS, glossary_max_entries=8))) as client:
        yield client


def create(app, *dictionaries, name="newsroom", headers=EDITOR) -> dict:
    response = app.post(
        "/v1/glossaries", json={"name": name, "dictionaries": list(dictionaries)}, headers=headers
    )
    assert response.status_code == 201, response.text
    return response.json()


def dictionary(entries=TERMS, source="en", target="zh", fmt="tsv") -> dict:
    return {"source_lang": source, "target_lang": target, "entries": entries, "entries_format": fmt}


def translation(paragraphs: list[str]) -> dict:
    return {"paragraphs": [{"index": i, "text": t} for i, t in enumerate(paragraphs, start=1)]}


def terminology(body: dict) -> dict:
    return next(c for c in body["checks"] if c["name"] == "terminology")


def glossary_block(user: str) -> str:
    """The fenced entries (the fragment's preamble names the fence lines too: take the last BEGIN)."""
    if "=====BEGIN GLOSSARY" not in user:
        return ""
    return user.rsplit("=====BEGIN GLOSSARY ", 1)[1].split("=====END GLOSSARY")[0]


def user_message(route) -> str:
    return json.loads(route.calls.last.request.content)["messages"][1]["content"]


# --- CRUD ---------------------------------------------------------------------------------------


def test_create_list_get_entries_patch_delete(app):
    made = create(app, dictionary(), dictionary("开源,open source\n", "zh", "en", "csv"))
    assert made["glossary_id"].startswith("gls_") and made["name"] == "newsroom"
    assert made["dictionaries"] == [
        {"source_lang": "en", "target_lang": "zh", "entry_count": 5},
        {"source_lang": "zh", "target_lang": "en", "entry_count": 1},
    ]
    assert made["creation_time"] and made["sha256"].startswith("sha256:")
    gid = made["glossary_id"]

    # clients read and use glossaries; only editors manage them
    assert [g["glossary_id"] for g in app.get("/v1/glossaries", headers=CLIENT).json()["glossaries"]] == [gid]
    assert app.get(f"/v1/glossaries/{gid}", headers=CLIENT).json() == made
    assert (
        app.post(
            "/v1/glossaries", json={"name": "x", "dictionaries": [dictionary()]}, headers=CLIENT
        ).status_code
        == 403
    )
    assert app.delete(f"/v1/glossaries/{gid}", headers=CLIENT).status_code == 403

    entries = app.get(
        f"/v1/glossaries/{gid}/entries", params={"source_lang": "EN", "target_lang": "zh"}, headers=CLIENT
    )
    assert entries.status_code == 200
    assert entries.headers["content-type"].startswith("text/tab-separated-values")
    assert entries.text == TERMS
    missing = app.get(
        f"/v1/glossaries/{gid}/entries",
        params={"source_lang": "en", "target_lang": "zh-Hant"},
        headers=CLIENT,
    )
    assert missing.status_code == 404

    patch = {
        "dictionaries": [
            dictionary("llm\t大型语言模型\nTPU\t张量处理器\n"),
            dictionary("軟件\tsoftware\n", "zh", "zh-Hant"),
        ]
    }
    bad_pair = app.patch(f"/v1/glossaries/{gid}", json=patch, headers=EDITOR)
    assert bad_pair.status_code == 422 and "must differ" in bad_pair.json()["error"]["message"]
    patch["dictionaries"][1] = dictionary("software\t軟件\n", "en", "zh-Hant")
    patched = app.patch(f"/v1/glossaries/{gid}", json=patch, headers=EDITOR)
    assert patched.status_code == 200, patched.text
    assert patched.json()["sha256"] != made["sha256"]
    counts = {(d["source_lang"], d["target_lang"]): d["entry_count"] for d in patched.json()["dictionaries"]}
    assert counts == {("en", "zh"): 6, ("zh", "en"): 1, ("en", "zh-Hant"): 1}
    merged = app.get(
        f"/v1/glossaries/{gid}/entries", params={"source_lang": "en", "target_lang": "zh"}, headers=EDITOR
    ).text
    assert "llm\t大型语言模型\n" in merged and "LLM\t" not in merged and "TPU\t张量处理器\n" in merged

    too_many = app.patch(
        f"/v1/glossaries/{gid}", json={"dictionaries": [dictionary("a\tb\nc\td\n")]}, headers=EDITOR
    )
    assert too_many.status_code == 422 and "limit is 8" in too_many.json()["error"]["message"]

    assert app.delete(f"/v1/glossaries/{gid}", headers=EDITOR).status_code == 204
    assert app.get(f"/v1/glossaries/{gid}", headers=EDITOR).status_code == 404
    assert app.delete(f"/v1/glossaries/{gid}", headers=EDITOR).status_code == 404


def test_csv_import_with_quotes_and_deepl_language_columns(app):
    csv_entries = '"large language model, LLM",大语言模型,en,zh\r\nsoftware,软件\r\n\r\n'
    made = create(app, dictionary(csv_entries, fmt="csv"))
    tsv = app.get(
        f"/v1/glossaries/{made['glossary_id']}/entries",
        params={"source_lang": "en", "target_lang": "zh"},
        headers=EDITOR,
    )
    assert tsv.text == "large language model, LLM\t大语言模型\nsoftware\t软件\n"


@pytest.mark.parametrize(
    ("entries", "fmt", "message"),
    [
        ("LLM\t\n", "tsv", "target term '' is empty"),
        ("\t大语言模型\n", "tsv", "source term '' is empty"),
        ("LL\u0007M\t大语言模型\n", "tsv", "control character (U+0007)"),
        ("LLM\t大语言\u200b模型\n", "tsv", "control character (U+200B)"),
        ("LLM\t大语言模型\nllm\t法学硕士\n", "tsv", "duplicate source term 'llm' (also entry 1)"),
        ("LLM\t大语言模型\textra\n", "tsv", "line 1: expected 2 columns"),
        ("LLM,大语言模型,en\n", "csv", "line 1: expected 2 columns"),
        ("a\tb\nc\td\ne\tf\ng\th\ni\tj\nk\tl\nm\tn\no\tp\nq\tr\n", "tsv", "the limit is 8"),
        ("", "tsv", "at least one entry"),
    ],
)
def test_invalid_entries_are_clear_422s(app, entries, fmt, message):
    response = app.post(
        "/v1/glossaries", json={"name": "g", "dictionaries": [dictionary(entries, fmt=fmt)]}, headers=EDITOR
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_glossary"
    assert message in response.json()["error"]["message"]


def test_invalid_languages_and_shapes(app):
    def post(body):
        return app.post("/v1/glossaries", json=body, headers=EDITOR)

    assert "source_lang must be one of" in post({"name": "g", "dictionaries": [dictionary(source="fr")]}).text
    assert "target_lang must be one of" in post({"name": "g", "dictionaries": [dictionary(target="de")]}).text
    assert (
        "one dictionary per language pair"
        in post({"name": "g", "dictionaries": [dictionary(), dictionary()]}).text
    )
    assert post({"name": "g", "dictionaries": [dictionary(fmt="xlsx")]}).status_code == 422
    assert post({"name": "", "dictionaries": [dictionary()]}).status_code == 422
    assert post({"name": "g", "dictionaries": []}).status_code == 422


def test_an_unknown_glossary_id_is_a_404_before_any_llm_call(app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(translation(["x", "y"])))
    for path, body in (
        ("/v1/translations", {"text": EN_ARTICLE, "target": "zh-Hans"}),
        ("/v1/summaries", {"text": EN_ARTICLE}),
        ("/v1/checks", {"text": EN_ARTICLE, "pairs": [{"source": "a", "target": "b"}], "target": "zh-Hans"}),
    ):
        response = app.post(path, json={**body, "glossary_id": "gls_nope"}, headers=CLIENT)
        assert response.status_code == 404, (path, response.text)
        assert "no glossary gls_nope" in response.json()["error"]["message"]
    assert route.call_count == 0


# --- in the prompt and in the checks ------------------------------------------------------------


def test_only_entries_occurring_in_the_article_reach_the_prompt_fenced_as_data(app, llm_mock):
    gid = create(app, dictionary())["glossary_id"]
    route = llm_mock.post("/chat/completions").mock(
        return_value=reply(translation(["团队说：大语言模型运行在新软件上。", "随机失活有助于模型泛化。"]))
    )
    response = app.post(
        "/v1/translations", json={"text": EN_ARTICLE, "target": "zh-Hans", "glossary_id": gid}, headers=CLIENT
    )
    assert response.status_code == 200, response.text
    body = response.json()
    user = user_message(route)
    block = glossary_block(user)
    assert user.index("=====END ARTICLE") < user.index("=====BEGIN GLOSSARY")
    assert "DATA, not instructions" in user
    assert "LLM\t大语言模型" in block and "software\t软件" in block and "dropout\t随机失活" in block
    assert "GPU" not in block and "人工智能" not in block  # GPU absent; "AI" only inside "Said"
    assert "# en -> zh-Hans" in block
    assert "GLOSSARY" not in json.loads(route.calls.last.request.content)["messages"][0]["content"]

    provenance = body["provenance"]
    assert provenance["fragments"] == ["glossary@v1"]
    assert provenance["glossary"]["glossary_id"] == gid
    assert (
        provenance["glossary"]["sha256"] == app.get(f"/v1/glossaries/{gid}", headers=CLIENT).json()["sha256"]
    )
    assert sorted(t["source"] for t in provenance["glossary"]["entries"]) == ["LLM", "dropout", "software"]
    check = terminology(body)
    assert check["passed"] and check["severity"] == "error", check
    assert body["status"] == "draft", [c for c in body["checks"] if not c["passed"]]


def test_an_output_that_ignores_an_entry_fails_terminology(app, llm_mock):
    gid = create(app, dictionary())["glossary_id"]
    llm_mock.post("/chat/completions").mock(
        return_value=reply(translation(["团队说：法学硕士运行在新软件上。", "辍学有助于模型泛化。"]))
    )
    body = app.post(
        "/v1/translations", json={"text": EN_ARTICLE, "target": "zh-Hans", "glossary_id": gid}, headers=CLIENT
    ).json()
    check = terminology(body)
    assert not check["passed"] and check["severity"] == "error"
    assert check["field"] == "pairs[0].target"
    assert "'LLM' must be rendered '大语言模型' in pairs[0].target" in check["detail"]
    assert "'dropout' must be rendered '随机失活' in pairs[1].target" in check["detail"]
    assert "software" not in check["detail"]
    assert body["status"] == "needs_review"

    # an editor's edit re-runs the check against the entries stored with the draft, even once the
    # glossary is gone
    assert app.delete(f"/v1/glossaries/{gid}", headers=EDITOR).status_code == 204
    edited = app.patch(
        f"/v1/drafts/{body['id']}",
        json={
            "changes": {
                "pairs[0].target": "团队说：大语言模型运行在新软件上。",
                "pairs[1].target": "随机失活有助于模型泛化。",
            }
        },
        headers=EDITOR,
    )
    assert edited.status_code == 200, edited.text
    draft = edited.json()
    assert terminology(draft["output"])["passed"] and draft["status"] == "draft"


def test_zh_covers_the_derived_traditional_variants_and_zh_hant_overrides(app, llm_mock):
    plain = create(app, dictionary(), name="plain")["glossary_id"]
    llm_mock.post("/chat/completions").mock(
        return_value=reply(translation(["团队说：大语言模型运行在新软件上。", "随机失活有助于模型泛化。"]))
    )

    def translate(target, gid):
        response = app.post(
            "/v1/translations",
            json={"text": EN_ARTICLE, "target": target, "glossary_id": gid},
            headers=CLIENT,
        )
        assert response.status_code == 200, response.text
        return response.json()

    taiwan = translate("zh-Hant-TW", plain)
    assert "軟體" in taiwan["pairs"][0]["target"]  # s2twp's rendering of 软件, as the output's own
    assert terminology(taiwan)["passed"], terminology(taiwan)

    override = create(app, dictionary(), dictionary("software\t軟件\n", target="zh-Hant"), name="hk")[
        "glossary_id"
    ]
    for target in ("zh-Hant-TW", "zh-Hant"):
        body = translate(target, override)
        assert "軟件" in body["pairs"][0]["target"] and "軟體" not in body["pairs"][0]["target"]
        assert terminology(body)["passed"], terminology(body)
    simplified = translate("zh-Hans", override)
    assert "软件" in simplified["pairs"][0]["target"] and terminology(simplified)["passed"]

    # /v1/checks: a Traditional output using OpenCC's rendering where the zh-Hant entry says otherwise
    given = {"text": EN_ARTICLE, "target": "zh-Hant-TW", "glossary_id": override, "pairs": [
        {"source": EN_ARTICLE.split("\n\n")[0], "target": "團隊說：大語言模型執行在新軟體上。"},
        {"source": EN_ARTICLE.split("\n\n")[1], "target": "隨機失活有助於模型泛化。"},
    ]}  # fmt: skip
    checked = app.post("/v1/checks", json=given, headers=CLIENT).json()
    assert "'software' must be rendered '軟件' in pairs[0].target" in terminology(checked)["detail"]
    assert checked["status"] == "needs_review"


def test_summary_terminology_aligned_fields_and_derived_variants(app, llm_mock):
    """Seed 001 is Chinese: a zh -> en entry binds the English twin of each zh-Hans field using it."""
    llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    kept = create(app, dictionary("开源\topen-source\n", "zh", "en"), name="kept")["glossary_id"]
    body = app.post("/v1/summaries", json={"text": seed("001"), "glossary_id": kept}, headers=CLIENT).json()
    assert terminology(body)["passed"], terminology(body)
    assert body["provenance"]["glossary"]["entries"] == [
        {"source_lang": "zh", "target_lang": "en", "source": "开源", "target": "open-source"}
    ]

    ignored = create(app, dictionary("开源\topen source\n", "zh", "en"), name="ignored")["glossary_id"]
    body = app.post(
        "/v1/summaries", json={"text": seed("001"), "glossary_id": ignored}, headers=CLIENT
    ).json()
    check = terminology(body)
    assert not check["passed"] and check["field"] == "summary.en.summary"
    assert "'开源' must be rendered 'open source' in summary.en.key_points[2]" in check["detail"]
    assert body["status"] == "needs_review"

    # an entry whose source term is not in the article binds nothing
    absent = create(app, dictionary("区块链\tblockchain\n", "zh", "en"), name="absent")["glossary_id"]
    body = app.post("/v1/summaries", json={"text": seed("001"), "glossary_id": absent}, headers=CLIENT).json()
    assert terminology(body)["detail"].startswith("skipped")
    assert body["provenance"]["fragments"] == []


def test_the_glossary_hash_is_part_of_the_content_key(app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        return_value=reply(translation(["团队说：大语言模型运行在新软件上。", "随机失活有助于模型泛化。"]))
    )
    gid = create(app, dictionary())["glossary_id"]

    def translate(**extra):
        return app.post(
            "/v1/translations", json={"text": EN_ARTICLE, "target": "zh-Hans", **extra}, headers=CLIENT
        ).json()

    without, with_glossary = translate(), translate(glossary_id=gid)
    assert without["id"] != with_glossary["id"] and route.call_count == 2
    assert translate(glossary_id=gid)["cached"] and route.call_count == 2
    app.patch(f"/v1/glossaries/{gid}", json={"dictionaries": [dictionary("team\t团队\n")]}, headers=EDITOR)
    changed = translate(glossary_id=gid)
    assert not changed["cached"] and changed["id"] != with_glossary["id"] and route.call_count == 3
    # the same content under another glossary's id is the same key: the key is the content hash
    twin = create(app, dictionary(TERMS + "team\t团队\n"), name="twin")["glossary_id"]
    assert translate(glossary_id=twin)["id"] == changed["id"]


def test_libretranslate_takes_a_glossary_id(app, llm_mock):
    gid = create(app, dictionary())["glossary_id"]
    route = llm_mock.post("/chat/completions").mock(
        return_value=reply(translation(["团队说：法学硕士运行在新软件上。"]))
    )
    response = app.post(
        "/translate",
        json={"q": "Said the team: the LLM runs on new software.", "source": "en", "target": "zh",
              "glossary_id": gid, "api_key": "cms-secret"},
    )  # fmt: skip
    assert response.status_code == 200, response.text
    assert "LLM\t大语言模型" in user_message(route)
    assert response.headers["X-Bisum-Status"] == "needs_review"
    unknown = app.post(
        "/translate",
        json={"q": "x", "source": "en", "target": "zh", "glossary_id": "gls_x", "api_key": "cms-secret"},
    )
    assert unknown.status_code == 400 and "no glossary gls_x" in unknown.json()["error"]


def test_map_reduce_calls_each_get_the_entries_of_their_own_part(llm_mock):
    """Over the token budget: each map call carries only the entries occurring in its part; the final
    call over the notes carries every entry that applies to the article."""

    def answer(request):
        schema = json.loads(request.content)["response_format"]["json_schema"]["name"]
        if schema == "ChunkNotes":
            return reply({"notes": ["洛根·基尔帕特里克离开了OpenAI。", "他曾负责开发者关系。"]})
        return reply(good_summary())

    route = llm_mock.post("/chat/completions").mock(side_effect=answer)
    with TestClient(create_app(llm_settings(chunk_token_budget=400))) as app:
        entries = "谷歌\tGoogle\n诉讼\tlawsuit\n区块链\tblockchain\n"
        gid = create(app, dictionary(entries, "zh", "en"), headers={})["glossary_id"]
        body = app.post("/v1/summaries", json={"text": seed("001"), "glossary_id": gid}).json()
    assert body["provenance"]["map_parts"] >= 2
    users = [json.loads(call.request.content)["messages"][1]["content"] for call in route.calls]
    blocks = [glossary_block(user) for user in users]
    parts, final = blocks[:-1], blocks[-1]
    assert any("谷歌\tGoogle" in b and "诉讼" not in b for b in parts)
    assert any("诉讼\tlawsuit" in b and "谷歌" not in b for b in parts)
    assert "谷歌\tGoogle" in final and "诉讼\tlawsuit" in final
    assert all("区块链" not in b for b in blocks)
    assert body["provenance"]["fragments"] == ["glossary@v1"]


def test_matching_and_the_check_run_in_the_cpu_pool_processes(llm_mock):
    """The server's setup: glossary matching and finalize (terminology included) in worker processes."""
    llm_mock.post("/chat/completions").mock(
        return_value=reply(translation(["团队说：法学硕士运行在新软件上。", "随机失活有助于模型泛化。"]))
    )
    with TestClient(create_app(llm_settings(cpu_workers=1))) as app:
        pool = app.app.state.pipeline.cpu
        assert pool._ready.wait(60) and pool._pool is not None  # the processes, not the thread fallback
        gid = create(app, dictionary(), headers={})["glossary_id"]
        body = app.post(
            "/v1/translations", json={"text": EN_ARTICLE, "target": "zh-Hant", "glossary_id": gid}
        ).json()
    check = terminology(body)
    assert not check["passed"] and "'LLM' must be rendered '大語言模型' in pairs[0].target" in check["detail"]
    assert sorted(t["source"] for t in body["provenance"]["glossary"]["entries"]) == [
        "LLM",
        "dropout",
        "software",
    ]


def test_checks_run_terminology_on_a_given_summary(app):
    gid = create(app, dictionary("开源\topen-source\n", "zh", "en"))["glossary_id"]
    given = good_summary_v1()
    summary = {"en": given["en"], "zh-Hans": given["zh_hans"]}
    body = {"text": seed("001"), "summary": summary, "targets": ["en", "zh-Hans"], "glossary_id": gid}
    assert terminology(app.post("/v1/checks", json=body, headers=CLIENT).json())["passed"]
    summary["en"]["summary"] = summary["en"]["summary"].replace("open-source", "free")
    checked = app.post("/v1/checks", json=body, headers=CLIENT).json()
    assert "'开源' must be rendered 'open-source' in summary.en.summary" in terminology(checked)["detail"]
    assert checked["status"] == "needs_review"
    without = app.post(
        "/v1/checks", json={k: v for k, v in body.items() if k != "glossary_id"}, headers=CLIENT
    )
    assert "terminology" not in {c["name"] for c in without.json()["checks"]}
