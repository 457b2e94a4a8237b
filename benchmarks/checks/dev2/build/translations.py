# ruff: noqa: E501  (data: translations and edits are kept whole so they can be grepped)
"""Faithful paragraph-by-paragraph translations of two dev2 articles, and their single-defect variants.

TARGETS[article] = (target locale, one translation per paragraph of `bisum normalize`, in order).
TRANSLATION_VARIANTS: the same edit specs as variants.py, on fields pairs[i].target."""

from __future__ import annotations

END = "$END"

TARGETS: dict[str, tuple[str, list[str]]] = {
    "tw_typhoon": (
        "en",
        [
            "Typhoon Bailu hits Taiwan: more than 180,000 households without power in Hualien and Taitung, one dead and 27 injured",
            "Moderate Typhoon Bailu made landfall near Chenggong Township in Taitung County at 8:40 pm on September 3 and moved out to sea from Changhua County early on September 4. The Central Weather Administration said that at landfall Bailu had maximum winds near its centre of 38 metres per second, equivalent to force 13, and a storm radius of about 200 kilometres. It is the second typhoon to make landfall in Taiwan this year.",
            "According to the Central Emergency Operation Center, as of 3 pm on September 4 the typhoon had left one person dead and 27 injured. The dead man, a 62-year-old from Pingtung County, fell while reinforcing the sheet-metal roof of his home on the evening of September 3 and died in hospital. Most of the injured were hit by signboards or trees brought down by the wind, among them 11 people in Hualien County and 9 in Taitung County.",
            "Sandimen Township in Pingtung County recorded Taiwan's highest accumulated rainfall, 1,120 millimetres, and Jinfeng Township in Taitung County received 870 millimetres. The Water Resources Agency of the Ministry of Economic Affairs said the main reservoirs in the south took in about 160 million tonnes of water, lifting Tsengwen Reservoir from 41% to 68% of capacity, so supply this winter should be secure.",
            "Taiwan Power Company said 470,000 households across Taiwan lost power at some point during the typhoon, more than 180,000 of them in Hualien and Taitung counties. By the afternoon of September 4, 92% had been reconnected. The company has mobilised more than 3,000 repair workers and expects to restore all supply by the evening of September 5. About 260 Chunghwa Telecom base stations were temporarily out of service.",
            "On the railways, the Taiwan Railway South-Link Line was suspended all day on September 4 because of mud and rocks on the tracks between Fangliao and Dawu, and is expected to reopen on September 6. Taiwan High Speed Rail suspended services until 10 am on September 4 and then ran to its normal timetable. A total of 142 domestic flights were cancelled on September 4, including all UNI Air and Mandarin Airlines flights to Hualien, Taitung and the outlying islands.",
            "Sixteen cities and counties across Taiwan closed offices and schools on September 4. The premier said the Ministry of Agriculture would provide cash relief. Farm losses are initially estimated at NT$480 million, with fruit such as bananas and sugar apples worst hit; Taitung County had the largest losses, about NT$190 million.",
            "A Central Weather Administration forecaster said Bailu weakened after moving out to sea, but its outer circulation would still bring torrential rain to southern and southeastern Taiwan, and people should watch for landslides and flooding until September 5. The administration is also monitoring a tropical depression near Guam that could develop into a typhoon next week, although its projected track is not expected to have much effect on Taiwan.",
        ],
    ),
    "en_election": (
        "zh-Hans",
        [
            "中右翼赢得丹麦大选但未获过半数 绿色政党异军突起",
            "丹麦中右翼政党自由党在周二举行的大选中得票最多，但由于绿色左翼党议席增加一倍多，党魁雅各布·埃勒曼-延森需要至少两个伙伴才能组建政府。",
            "全部选票统计完毕后，自由党得票率为24.8%，高于2022年上届选举时的13.3%，将在179席的议会中占有45席。即将卸任的首相梅特·弗雷泽里克森领导的社会民主党得票率跌至19.6%，为一个多世纪以来最差成绩，获得35席。",
            "绿色左翼党（丹麦语简称SF）得票率为15.2%，获得28席，高于三年前的13席，首次成为议会第三大党。该党领袖皮娅·奥尔森·迪尔在哥本哈根对支持者说，选民“要求一个认真对待气候问题的政府”。",
            "投票率为83.1%，略低于2022年的84.2%。外交大臣拉斯·勒克·拉斯穆森领导的温和党得票率降至6.4%，获11席；反移民的丹麦民主党得票率升至9.7%，获17席。",
            "去年重新出任自由党领袖的埃勒曼-延森表示，他将于周三开始与“所有尊重选举结果的政党”进行谈判。任何由自由党领导的联合政府都需要90个议席才能过半，分析人士称，由自由党、自由联盟和温和党组成的政府仍将差约20席。",
            "自2019年起执政的弗雷泽里克森在午夜过后不久承认败选。“丹麦人已经表态，结果很清楚，”她说，“我们将成为一个强大而负责任的反对党。”她没有说明是否会继续担任党主席。",
            "哥本哈根大学政治学家卡斯珀·莫勒·汉森说，社会民主党支持率暴跌反映了民众对生活成本上涨的不满，以及围绕取消一个公共假日的计划引发的争议。“中左翼的选票并没有消失，而是流向了绿党，”他说。",
            "根据丹麦规定，国王弗雷德里克十世将于周四与各党领袖磋商，随后任命一名王室调查员主持组阁谈判。2022年大选后的组阁谈判历时42天。",
        ],
    ),
}

TRANSLATION_VARIANTS: list[dict] = []


def t(article: str, slug: str, kind: str, field: str, old: object, new: object, note: str) -> None:
    TRANSLATION_VARIANTS.append(
        {
            "article": article,
            "slug": f"translation-{slug}",
            "kind": kind,
            "field": field,
            "old": old,
            "new": new,
            "note": note,
        }
    )


a = "tw_typhoon"
t(
    a,
    "rain-number",
    "number_changed",
    "pairs[3].target",
    "1,120 millimetres",
    "1,210 millimetres",
    "1,120 mm became 1,210",
)
t(
    a,
    "rail-day",
    "date_changed",
    "pairs[5].target",
    "reopen on September 6",
    "reopen on September 7",
    "6日 became September 7",
)
t(
    a,
    "inflow-scale",
    "unit_or_scale",
    "pairs[3].target",
    "about 160 million tonnes",
    "about 1.6 billion tonnes",
    "1.6億噸 (160 million) became 1.6 billion",
)
t(
    a,
    "sixteen-count",
    "count_word_changed",
    "pairs[6].target",
    "Sixteen cities and counties",
    "Fifteen cities and counties",
    "16 縣市 became fifteen",
)
t(
    a,
    "telecom-name",
    "name_swapped_one_side",
    "pairs[4].target",
    "About 260 Chunghwa Telecom base stations",
    "About 260 Taiwan Mobile base stations",
    "中華電信 became Taiwan Mobile",
)
t(
    a,
    "track-flip",
    "negation_flipped",
    "pairs[7].target",
    "is not expected to have much effect on Taiwan",
    "is expected to hit Taiwan directly",
    "little effect became a direct hit",
)
t(
    a,
    "untranslated",
    "wrong_language",
    "pairs[2].target",
    None,
    None,
    "paragraph 3 left untranslated (the Traditional Chinese source)",
)
t(a, "link", "link_added", "pairs[1].target", END, " (https://www.cwa.gov.tw)", "a URL appended")
t(
    a,
    "north-region",
    "nationality_region_changed",
    "pairs[7].target",
    "southern and southeastern Taiwan",
    "northern and northeastern Taiwan",
    "南部及東南部 became northern and northeastern",
)
t(
    a,
    "stations-swap",
    "number_swapped_in_article",
    "pairs[4].target",
    "About 260 Chunghwa",
    "About 142 Chunghwa",
    "260 base stations replaced by the 142 (flights) of the same article",
)

a = "en_election"
t(
    a,
    "share-number",
    "number_changed",
    "pairs[2].target",
    "自由党得票率为24.8%",
    "自由党得票率为28.4%",
    "24.8% became 28.4%",
)
t(
    a,
    "trad-chars",
    "script_mixed",
    "pairs[3].target",
    "首次成为议会第三大党",
    "首次成為議會第三大黨",
    "成為議會/黨 in Traditional",
)
t(
    a,
    "king-day",
    "date_changed",
    "pairs[8].target",
    "将于周四与各党领袖磋商",
    "将于周五与各党领袖磋商",
    "Thursday became 周五",
)
t(
    a,
    "thorning",
    "name_swapped_one_side",
    "pairs[6].target",
    "自2019年起执政的弗雷泽里克森",
    "自2019年起执政的赫勒·托宁-施密特",
    "Frederiksen became Helle Thorning-Schmidt",
)
t(
    a,
    "partners-count",
    "count_word_changed",
    "pairs[1].target",
    "需要至少两个伙伴",
    "需要至少三个伙伴",
    "two partners became 三个",
)
t(
    a,
    "concede-flip",
    "negation_flipped",
    "pairs[6].target",
    "在午夜过后不久承认败选",
    "在午夜过后拒绝承认败选",
    "conceded became refused to concede",
)
t(
    a,
    "norway",
    "nationality_region_changed",
    "pairs[0].target",
    "赢得丹麦大选",
    "赢得挪威大选",
    "Danish became 挪威",
)
t(
    a,
    "short-swap",
    "number_swapped_in_article",
    "pairs[5].target",
    "仍将差约20席",
    "仍将差约11席",
    "20 seats short replaced by the Moderates' 11 seats",
)
t(a, "link", "link_added", "pairs[7].target", END, "（详见https://www.ku.dk）", "a URL appended")
t(
    a,
    "untranslated",
    "wrong_language",
    "pairs[4].target",
    None,
    None,
    "paragraph 5 left in English (the source)",
)
