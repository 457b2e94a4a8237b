# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout5 English and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_finland_election": {
        "file": "en_finland_election.txt",
        "en": {
            "title": "Finland's Social Democrats come first as the Finns Party drops to third",
            "one_line": "The SDP won 50 of 200 seats with 23.4% of the vote, putting Aino Lehtonen in line to "
            "become prime minister.",
            "summary": "Finland's Social Democrats won Sunday's parliamentary election with 23.4% of the vote, "
            "up 3.5 percentage points, and 50 of the Eduskunta's 200 seats, seven more than before. Prime "
            "Minister Mikko Rantanen's National Coalition came second with 19.8% and 42 seats, while the Finns "
            "Party fell 4.1 points to 16.0% and lost 10 seats; its leader Jussi Halme said he would not resign. "
            "Turnout slipped to 69.1% from 71.9%. SDP leader Aino Lehtonen wants a coalition with the Centre "
            "Party, the Greens and the Swedish People's Party, but that would hold only 96 seats, five short of "
            "a majority, and she has ruled out governing with the Finns Party. Talks start on Wednesday and "
            "could run until June.",
            "key_points": [
                "The SDP took 23.4% (+3.5 points) and 50 seats; the National Coalition 19.8% and 42 seats; the "
                "Finns Party 16.0% and 36 seats.",
                "The Left Alliance had its best result in three decades, 9.6% and 18 seats.",
                "Turnout fell to 69.1% from 71.9%, although a record 44% of votes were cast in advance.",
                "Lehtonen's preferred four-party coalition would have 96 seats, five short of a majority, and "
                "she will not govern with the Finns Party.",
                "Rantanen conceded; his government cut spending by €6 billion and raised the retirement age to "
                "66.",
            ],
        },
        "zh": {
            "title": "芬兰社民党赢得议会选举 正统芬兰人党跌至第三",
            "one_line": "社民党以23.4%的得票率赢得200席中的50席，党魁艾诺·莱赫托宁有望出任总理。",
            "summary": "芬兰社会民主党在周日举行的议会选举中获得23.4%的选票，比上届增加3.5个百分点，"
            "在200个议席中拿下50席，增加7席。总理米科·兰塔宁领导的民族联合党以19.8%的得票率和42席位居第二。"
            "正统芬兰人党得票率下降4.1个百分点至16.0%，失去10席，党主席尤西·哈尔梅表示不会辞职。投票率从"
            "四年前的71.9%降至69.1%。社民党党魁艾诺·莱赫托宁希望与中间党、绿党和瑞典人民党组阁，但这四党"
            "合计只有96席，距过半数还差5席；她已排除与正统芬兰人党合作。组阁谈判将于周三开始，可能持续到6月。",
            "key_points": [
                "社民党得票23.4%（增加3.5个百分点），获50席；民族联合党得票19.8%，获42席；正统芬兰人党得票16.0%，获36席。",
                "左翼联盟得票9.6%，获18席，为三十年来最佳成绩。",
                "投票率从71.9%降至69.1%，尽管提前投票比例创下44%的纪录。",
                "莱赫托宁属意的四党联合政府只有96席，距过半数差5席；她不会与正统芬兰人党联合执政。",
                "兰塔宁承认败选，其政府曾削减60亿欧元公共开支，并将退休年龄提高到66岁。",
            ],
        },
        "kw_en": ["Finland", "parliamentary election", "Social Democratic Party", "Aino Lehtonen", "Finns Party", "coalition talks"],
        "kw_zh": ["芬兰", "议会选举", "社会民主党", "艾诺·莱赫托宁", "正统芬兰人党", "组阁谈判"],
        "entities": [
            ("Finland", "芬兰", "Finland", "place"),
            ("Social Democratic Party", "社会民主党", "Social Democratic Party", "organization"),
            ("SDP", "社民党", "SDP", "organization"),
            ("Aino Lehtonen", "艾诺·莱赫托宁", "Aino Lehtonen", "person"),
            ("Mikko Rantanen", "米科·兰塔宁", "Mikko Rantanen", "person"),
            ("National Coalition", "民族联合党", "National Coalition", "organization"),
            ("Finns Party", "正统芬兰人党", "Finns Party", "organization"),
            ("Jussi Halme", "尤西·哈尔梅", "Jussi Halme", "person"),
            ("Centre Party", "中间党", "Centre Party", "organization"),
            ("Greens", "绿党", "Greens", "organization"),
            ("Swedish People's Party", "瑞典人民党", "Swedish People's Party", "organization"),
            ("Left Alliance", "左翼联盟", "Left Alliance", "organization"),
            ("Eduskunta", "议会", "Eduskunta", "organization"),
        ],
        "kps": [[3, 4], [5], [6], [7, 8], [9]],
    },
}
