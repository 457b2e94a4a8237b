"""A realistic, faithful bilingual summary of seed 001 (Logan Kilpatrick leaves OpenAI): every number
and Latin-script name in it appears in the article. Tests mutate copies of it.

`good_summary()` is the grounded answer of summarize@v3 (the default prompt): the v1 fields plus compact
entity rows and the paragraphs each key point rests on. `good_summary_v2()` is the same grounding in v2's
shape (an entity table of objects) and `good_summary_v1()` the ungrounded v1 answer."""

from __future__ import annotations

import copy

GOOD_SUMMARY_001 = {
    "en": {
        "title": "OpenAI's developer relations lead Logan Kilpatrick leaves",
        "one_line": "Logan Kilpatrick, who explained OpenAI to developers, has left the company.",
        "summary": (
            "Logan Kilpatrick, head of developer relations at OpenAI, announced on X on March 1 that he had "
            "left the company, after Allie K. Miller left in February. Many people saw his X account as a "
            "window into an increasingly closed OpenAI. After leaving, he wrote that open-source AI would be "
            "a pure win for developers, businesses and all of humanity; some read this as criticism of "
            "OpenAI, but he said it was not a dig at companies that keep their models closed. His last day, "
            "February 29, was the same day a lawsuit accused OpenAI of becoming a closed-source subsidiary. "
            "Before OpenAI he led machine learning and open-source projects at Path AI."
        ),
        "key_points": [
            (
                "Logan Kilpatrick, OpenAI's head of developer relations, announced his departure on X "
                "on March 1."
            ),
            "Allie K. Miller had left OpenAI in February, before him.",
            "He wrote that open-source AI would be a pure win for developers, businesses and humanity.",
            "His last day, February 29, coincided with a lawsuit accusing OpenAI of becoming closed-source.",
        ],
    },
    "zh_hans": {
        "title": "OpenAI开发者关系负责人洛根·基尔帕特里克离职",
        "one_line": "向开发者解释OpenAI的洛根·基尔帕特里克离开了公司。",
        "summary": (
            "OpenAI开发者关系负责人洛根·基尔帕特里克（Logan Kilpatrick）于3月1日在X上宣布离开公司，"
            "此前Allie K. Miller已在2月离开。很多人把他的X账号视为了解日益封闭的OpenAI的窗口。"
            "离职后他表示，开源AI对开发者、商业和全人类都是纯粹的胜利，一些人认为这是在批评OpenAI，"
            "但他解释这不是在挖苦不开源模型的公司。他在OpenAI的最后一天是2月29日，同一天有诉讼指控"
            "OpenAI已成为闭源子公司。加入OpenAI之前，他在Path AI领导机器学习和开源项目。"
        ),
        "key_points": [
            "OpenAI开发者关系负责人洛根·基尔帕特里克于3月1日在X上宣布离职。",
            "在他之前，Allie K. Miller已于2月离开OpenAI。",
            "他写道，开源AI对开发者、商业和全人类都是纯粹的胜利。",
            "他的最后一天2月29日，恰逢一场指控OpenAI走向闭源的诉讼。",
        ],
    },
    "keywords_en": ["OpenAI", "Logan Kilpatrick", "developer relations", "open source"],
    "keywords_zh_hans": ["OpenAI", "洛根", "开发者关系", "开源"],
}
# Seed 001's paragraphs (normalised, from 1): 5-6 the departure and its date, 9 AK leaving in February,
# 11-12 the post on open-source AI, 17 the last day and the lawsuit.
KEY_POINT_SOURCES_001 = [[5, 6], [5, 9], [11, 12], [17]]
ENTITIES_001 = [
    {"en": "OpenAI", "zh": "OpenAI", "source": "OpenAI", "type": "organization"},
    {"en": "Logan Kilpatrick", "zh": "洛根·基尔帕特里克", "source": "Logan Kilpatrick", "type": "person"},
    {"en": "Allie K. Miller", "zh": "Allie K. Miller", "source": "Allie K. Miller", "type": "person"},
    {"en": "X", "zh": "X", "source": "X", "type": "product"},
    {"en": "Path AI", "zh": "Path AI", "source": "Path AI", "type": "organization"},
]


def good_summary_v1() -> dict:
    return copy.deepcopy(GOOD_SUMMARY_001)


# The same table as summarize@v3 rows: every English or Chinese form here is in the article.
ENTITY_ROWS_001 = [
    "OpenAI|OpenAI|org",
    "Logan Kilpatrick|洛根·基尔帕特里克|person",
    "Allie K. Miller|Allie K. Miller|person",
    "X|X|product",
    "Path AI|Path AI|org",
]


def good_summary() -> dict:
    summary = copy.deepcopy(GOOD_SUMMARY_001)
    for side in ("en", "zh_hans"):
        summary[side]["kp_src"] = copy.deepcopy(KEY_POINT_SOURCES_001)
    summary["ents"] = list(ENTITY_ROWS_001)
    return summary


def good_summary_v2() -> dict:
    summary = copy.deepcopy(GOOD_SUMMARY_001)
    for side in ("en", "zh_hans"):
        summary[side]["key_point_sources"] = copy.deepcopy(KEY_POINT_SOURCES_001)
    summary["entities"] = copy.deepcopy(ENTITIES_001)
    return summary
