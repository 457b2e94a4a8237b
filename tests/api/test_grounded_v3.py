"""The grounding checks keep their power on summarize@v3's compact answer (respx-mocked endpoint): a name
swapped on one side, an invented entity, and key points citing different paragraphs per side each fail the
same grounding check, with the same detail, as the same answer written in v2's shape."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import reply, seed
from tests.fixtures import good_summary, good_summary_v2

ARTICLE_001 = seed("001")


def _add_entity(answer: dict, en: str, zh: str, kind: str) -> None:
    """The row a model answering each shape writes for a name whose article form is its Chinese one."""
    if "ents" in answer:
        answer["ents"].append(f"{en}|{zh}|{'org' if kind == 'organization' else kind}")
    else:
        answer["entities"].append({"en": en, "zh": zh, "source": zh, "type": kind})


def _swap_zh_name(answer: dict) -> None:
    # en still names Logan Kilpatrick; zh-Hans names Musk (a real article name, in the table) instead.
    point = answer["zh_hans"]["key_points"][0]
    answer["zh_hans"]["key_points"][0] = point.replace("洛根·基尔帕特里克", "马斯克")
    _add_entity(answer, "Elon Musk", "马斯克", "person")


def _swap_en_name(answer: dict) -> None:
    point = answer["en"]["key_points"][1]
    answer["en"]["key_points"][1] = point.replace("OpenAI", "Microsoft")
    _add_entity(answer, "Microsoft", "微软", "organization")


def _invent_entity(answer: dict) -> None:
    # Named on both sides and listed in the table, but in no form in the article.
    answer["en"]["key_points"][3] = answer["en"]["key_points"][3].replace(".", ", Google Cloud said.")
    answer["zh_hans"]["key_points"][3] = answer["zh_hans"]["key_points"][3].replace("。", "，谷歌云称。")
    if "ents" in answer:  # v3 falls back to the English form as the "article form": not in the article
        answer["ents"].append("Google Cloud|谷歌云|org")
    else:
        answer["entities"].append(
            {"en": "Google Cloud", "zh": "谷歌云", "source": "Google Cloud", "type": "organization"}
        )


def _cite_apart(answer: dict) -> None:
    key = "kp_src" if "ents" in answer else "key_point_sources"
    answer["en"][key][1] = [9]  # zh-Hans still cites [5, 9]


FAULTS: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "name_swapped_zh": (
        _swap_zh_name,
        "entities_grounded",
        "zh-Hans names 马斯克 instead of 洛根·基尔帕特里克",
    ),
    "name_swapped_en": (_swap_en_name, "entities_grounded", "en names Microsoft instead of OpenAI"),
    "entity_invented": (_invent_entity, "entities_grounded", "is not in the article"),
    "key_points_cite_apart": (_cite_apart, "key_points_grounded", "en cites paragraphs [9], zh-Hans [5, 9]"),
}


def _failed(draft: dict) -> dict[str, str]:
    return {c["name"]: c["detail"] for c in draft["checks"] if not c["passed"] and c["severity"] == "error"}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_v3_grounding_catches_what_v2_catches(llm_app, llm_mock, fault):
    edit, check, detail = FAULTS[fault]
    route = llm_mock.post("/chat/completions")
    drafts = {}
    for version, answer in (("v3", good_summary()), ("v2", good_summary_v2())):
        edit(answer)
        route.mock(return_value=reply(answer))
        response = llm_app.post("/v1/summaries", json={"text": ARTICLE_001, "prompt_version": version})
        assert response.status_code == 200, response.text
        drafts[version] = response.json()
        assert drafts[version]["provenance"]["prompt"] == f"summarize@{version}"
    v3, v2 = drafts["v3"], drafts["v2"]
    assert v3["status"] == "needs_review"
    assert detail in _failed(v3).get(check, ""), _failed(v3)
    assert v3["grounding"] == v2["grounding"]
    assert v3["checks"] == v2["checks"]


def test_v3_grounding_posted_to_checks_gets_the_generation_verdict(llm_app, llm_mock):
    """A client sending back v3's compact grounding (as the model wrote it) gets the draft's checks."""
    answer = good_summary()
    _swap_zh_name(answer)
    llm_mock.post("/chat/completions").mock(return_value=reply(answer))
    draft = llm_app.post("/v1/summaries", json={"text": ARTICLE_001}).json()
    body = {
        "text": ARTICLE_001,
        "summary": {k: v for k, v in draft["summary"].items() if v is not None},
        "keywords": draft["keywords"],
        "targets": list(draft["summary"]),
        "grounding": {
            "ents": answer["ents"],
            "kp_src": {"en": answer["en"]["kp_src"], "zh-Hans": answer["zh_hans"]["kp_src"]},
        },
    }
    checked = llm_app.post("/v1/checks", json=body)
    assert checked.status_code == 200, checked.text
    assert checked.json()["checks"] == draft["checks"] and checked.json()["status"] == "needs_review"
    body["grounding"]["ents"].append("Elon Musk|person")
    rejected = llm_app.post("/v1/checks", json=body)
    assert rejected.status_code == 422 and "English|Chinese|type" in rejected.text
