# ruff: noqa: E501  (data: whole translated paragraphs and one defect per call)
"""Paragraph-aligned translations for two dev articles and their single-defect variants.

`build_cases.py` pairs each target paragraph with the cleaned source paragraph (`bisum normalize`), so the
sources are exactly what the service sees. Variants use the ops of `variants.py` on `pairs[i].target`.
"""

from __future__ import annotations

# article id -> (target locale, one translated paragraph per cleaned source paragraph)
TRANSLATIONS: dict[str, tuple[str, list[str]]] = {
    "kr_chip_support_won": (
        "en",
        [
            "South Korea unveils 26 trillion won chip support package; Samsung and SK Hynix set to benefit",
            "South Korea's government on May 23 announced a comprehensive support package for the semiconductor industry worth a total of 26 trillion won (about $19 billion), in response to increasingly fierce competition over chip subsidies from the United States, Japan and Taiwan. President Yoon Suk Yeol told an economic ministers' meeting he chaired that day that semiconductors were an \"all-out national war\".",
            "Under the plan, the Korea Development Bank will set up a 17 trillion won low-interest loan programme to finance chipmakers' investment in equipment, at interest rates up to 1.5 percentage points lower than those on ordinary corporate loans. The government will also put 5 trillion won into a semiconductor ecosystem fund to support small and medium-sized companies in materials, components and design.",
            "One focus of the plan is the Yongin semiconductor cluster in Gyeonggi Province. The government has promised that the state will bear the cost of building the roads, power grid and water supply inside the cluster. Samsung Electronics and SK Hynix plan to invest a combined 622 trillion won in Yongin by 2047, building 16 new fabs and creating an estimated 3.46 million jobs.",
            "Finance Minister Choi Sang-mok said the government would also extend tax credits for chipmakers' investment in facilities by three years, at up to 25% for large companies and up to 35% for small and medium-sized ones. He expects the related tax relief to reach about 2 trillion won next year.",
            "Data show that South Korea's semiconductor exports rose 56% year on year in April to $9.96 billion, the sixth consecutive month of growth. Industry insiders note, however, that compared with the $52.7 billion of subsidies in the US CHIPS and Science Act, Korea's support still relies mainly on loans and tax incentives and lacks direct subsidies.",
            "The Korea Semiconductor Industry Association welcomed the plan but urged the National Assembly to pass the Semiconductor Special Act quickly and exempt chip researchers from the 52-hour working week. The opposition Democratic Party criticised the plan as favouring large companies and called for more support for smaller firms.",
        ],
    ),
    "en_health_heat_kidney": (
        "zh-Hans",
        [
            "澳大利亚研究发现，热浪与肾病住院人数急剧上升有关",
            "根据周四发表在《柳叶刀-星球健康》上的一项涉及逾120万名患者的研究，热浪期间气温每升高1摄氏度，肾病住院人数增加约7%。",
            "墨尔本莫纳什大学的研究人员分析了澳大利亚、巴西、加拿大和泰国2152家医院2000年至2019年的住院记录。他们发现，在极端高温天气里，急性肾损伤和肾结石的住院人数上升速度快于心脏或肺部疾病，而后两者长期以来一直是高温与健康研究的重点。",
            "该研究的资深作者郭玉明教授说：“人在脱水时，肾脏是默默承受冲击的器官。其中许多住院本可以通过简单的措施避免，比如喝足够的水、调整用药。”",
            "研究发现，75岁以上人群和五岁以下儿童的风险最高。在巴西，极端高温天数自20世纪90年代以来大约翻了一番，研究人员估计，当地夏季每12例肾病住院中就有1例可归因于高温。",
            "研究团队预测，在高排放情景下，如果不采取适应措施，到2050年与高温相关的肾病住院人数可能增加30%至50%。若全球升温控制在2摄氏度以内，增幅约为前者的一半。",
            "未参与该研究的外部专家表示，这些发现与此前规模较小的研究结果一致。美国科罗拉多大学的肾病专家詹妮弗·格拉泽博士说，农场工人和建筑工人等户外劳动者同样面临高风险，但由于许多人没有医疗保险，他们在医院数据中的占比偏低。",
            "作者指出了这项研究的若干局限：研究无法测量患者的饮水量或家中是否有空调，而且四个国家医院的病案编码方式也不尽相同。",
            "世界卫生组织估计，全球每年至少有48.9万人死于高温。郭玉明表示，卫生服务机构应在夏季来临前向慢性肾病患者发出高温预警，并复核利尿剂的剂量，因为利尿剂会增加体液流失。",
        ],
    ),
}

TR_VARIANTS: list[dict] = []


def t(article, slug, kind, index, op, note):
    TR_VARIANTS.append(
        dict(article=article, slug=slug, kind=kind, field=f"pairs[{index}].target", op=op, note=note)
    )


def rep(old, new):
    return ("rep", old, new)


A = "kr_chip_support_won"
t(
    A,
    "tr-number-investment",
    "number_changed",
    3,
    rep("622 trillion won", "662 trillion won"),
    "622万亿 became 662 trillion",
)
t(
    A,
    "tr-scale-exports",
    "unit_or_scale",
    5,
    rep("to $9.96 billion", "to $99.6 billion"),
    "99.6亿美元 ($9.96 billion) read as 99.6 billion",
)
t(A, "tr-date-day", "date_changed", 1, rep("on May 23", "on May 13"), "5月23日 became May 13")
t(
    A,
    "tr-points-rate",
    "percent_vs_points",
    2,
    rep("up to 1.5 percentage points lower", "up to 1.5% lower"),
    "1.5个百分点 became 1.5%",
)
t(
    A,
    "tr-name-minister",
    "name_swapped_one_side",
    4,
    rep("Finance Minister Choi Sang-mok", "Finance Minister Choo Kyung-ho"),
    "崔相穆 (Choi Sang-mok) replaced by his predecessor Choo Kyung-ho",
)
t(
    A,
    "tr-negation-welcomed",
    "negation_flipped",
    6,
    rep("welcomed the plan", "rejected the plan"),
    "表示欢迎 became rejected",
)
t(
    A,
    "tr-region-taiwan-china",
    "nationality_region_changed",
    1,
    rep("the United States, Japan and Taiwan", "the United States, Japan and China"),
    "中国台湾地区 (Taiwan) became China",
)
t(
    A,
    "tr-lang-untranslated",
    "wrong_language",
    4,
    ("copy", "pairs[4].source"),
    "paragraph 5 left untranslated in Chinese",
)

A = "en_health_heat_kidney"
t(
    A,
    "tr-number-rate",
    "number_changed",
    1,
    rep("肾病住院人数增加约7%", "肾病住院人数增加约17%"),
    "7% became 17%",
)
t(A, "tr-count-age", "count_word_changed", 4, rep("五岁以下儿童", "三岁以下儿童"), "under five became 三岁")
t(
    A,
    "tr-script-mixed",
    "script_mixed",
    2,
    rep(
        "墨尔本莫纳什大学的研究人员分析了澳大利亚、巴西、加拿大和泰国2152家医院",
        "墨尔本莫纳什大学的研究人員分析了澳大利亞、巴西、加拿大和泰國2152家醫院",
    ),
    "Traditional 員/亞/國/醫 in a zh-Hans paragraph",
)
t(
    A,
    "tr-link-who",
    "link_added",
    8,
    ("append", "（详见 https://www.who.int/health-topics/heatwaves）"),
    "a URL appended to the last paragraph",
)
t(
    A,
    "tr-mismatch-deaths",
    "number_unit_mismatch",
    8,
    rep("至少有48.9万人死于高温", "至少有48.9万人因高温住院"),
    "489,000 deaths attached to hospital admissions",
)
t(A, "tr-date-years", "date_changed", 2, rep("2000年至2019年", "2000年至2009年"), "2019 became 2009")
t(A, "tr-lang-untranslated", "wrong_language", 3, ("copy", "pairs[3].source"), "paragraph 4 left in English")
t(
    A,
    "tr-negation-consistent",
    "negation_flipped",
    6,
    rep("这些发现与此前规模较小的研究结果一致", "这些发现与此前规模较小的研究结果相矛盾"),
    "consistent with earlier studies became contradicting them",
)
