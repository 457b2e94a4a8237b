# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout6 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_chile_rates": {
        "file": "en_chile_rates.txt",
        "en": {
            "title": "Chile cuts rates by half a point to 4.75% in split vote",
            "one_line": "The Central Bank of Chile lowered its key rate by 50 basis points to 4.75% as inflation fell "
            "to 3.4%, with two board members favouring a smaller cut.",
            "summary": "The Central Bank of Chile cut its benchmark rate by 50 basis points to 4.75% on Tuesday, its "
            "third cut this year, after annual inflation slowed to 3.4% in October from 4.1% in September. The "
            "five-member board split 3-2: Governor Andrea Valdivia and two colleagues backed the half-point move, "
            "while Tomás Ibarra and Claudia Reyes wanted 25 basis points, citing the weak peso and a roughly 9% "
            "rise in electricity tariffs due in January. Valdivia said it was not the moment to declare victory. "
            "The bank cut its forecast for growth next year to 1.8% from 2.2% and sees inflation at 3.1% by the "
            "end of 2027. The peso fell 0.8% to 962 per dollar.",
            "key_points": [
                "The benchmark rate was cut by 50 basis points to 4.75%, the third reduction this year.",
                "The board voted 3-2; Tomás Ibarra and Claudia Reyes wanted a 25-basis-point cut.",
                "Inflation eased to 3.4% in October from 4.1%, and core inflation to 3.9%, against a 3% target.",
                "The bank lowered its 2027 growth forecast to 1.8% from 2.2% and expects inflation of 3.1% at the end of next year.",
                "The peso weakened 0.8% to 962 per US dollar and two-year yields fell 12 basis points to 4.38%.",
            ],
        },
        "zh": {
            "title": "智利央行降息50个基点至4.75% 委员会意见分歧",
            "one_line": "智利央行将基准利率下调50个基点至4.75%，两名委员主张仅降25个基点。",
            "summary": "智利央行周二将基准利率下调50个基点至4.75%，为今年第三次降息。10月份年度通胀率从9月的4.1%降至3.4%，"
            "核心通胀降至3.9%，央行目标为3%。五人委员会以3比2通过决定：行长安德烈娅·瓦尔迪维亚等三人支持降息半个百分点，"
            "委员托马斯·伊瓦拉和克劳迪娅·雷耶斯则主张只降25个基点，担心比索走弱以及明年1月电价上涨约9%推高物价。"
            "瓦尔迪维亚表示，现在还不是宣布胜利的时候。央行将明年经济增长预测从2.2%下调至1.8%，预计明年底通胀为3.1%。"
            "消息公布后，比索对美元下跌0.8%，至1美元兑962比索。",
            "key_points": [
                "基准利率下调50个基点至4.75%，为今年第三次降息。",
                "委员会以3比2投票，伊瓦拉和雷耶斯主张降息25个基点。",
                "10月通胀率从4.1%降至3.4%，核心通胀为3.9%，目标为3%。",
                "央行将明年增长预测从2.2%下调至1.8%，预计明年底通胀为3.1%。",
                "比索对美元贬值0.8%至962比索兑1美元，两年期国债收益率下降12个基点至4.38%。",
            ],
        },
        "kw_en": ["Central Bank of Chile", "interest rates", "inflation", "peso", "monetary policy", "Andrea Valdivia"],
        "kw_zh": ["智利央行", "利率", "通胀", "比索", "货币政策", "安德烈娅·瓦尔迪维亚"],
        "entities": [
            ("Central Bank of Chile", "智利央行", "Central Bank of Chile", "organization"),
            ("Andrea Valdivia", "安德烈娅·瓦尔迪维亚", "Andrea Valdivia", "person"),
            ("Tomás Ibarra", "托马斯·伊瓦拉", "Tomás Ibarra", "person"),
            ("Claudia Reyes", "克劳迪娅·雷耶斯", "Claudia Reyes", "person"),
            ("Chile", "智利", "Chile", "place"),
        ],
        "kps": [[2], [3], [4], [6], [7]],
    },
}
