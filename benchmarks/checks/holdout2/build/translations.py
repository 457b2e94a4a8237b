# ruff: noqa: E501  (data: translations and edits are kept whole so they can be grepped)
"""Faithful paragraph-by-paragraph translations of two holdout2 articles, and their single-defect variants.

TARGETS[article] = (target locale, one translation per paragraph of `bisum normalize`, in order).
TRANSLATION_VARIANTS: the same edit specs as variants.py, on fields pairs[i].target (new=None: the
paragraph left untranslated)."""

from __future__ import annotations

TARGETS: dict[str, tuple[str, list[str]]] = {
    "zh_korea_wage": (
        "en",
        [
            "South Korea sets 2027 minimum hourly wage at 10,650 won, up 2.9%",
            "South Korea's Minimum Wage Commission held a plenary meeting in the early hours of Friday and, after several rounds of negotiation between labour and management, decided to set the minimum hourly wage for 2027 at 10,650 won (about 55 yuan), 2.9% higher than this year's 10,350 won. It is the second year in a row that the commission has reached its decision by consensus.",
            "Based on a 40-hour week, or 209 hours a month, next year's minimum monthly wage will be 2.226 million won, about 63,000 won more than this year. South Korea's Ministry of Employment and Labor estimates that about 2.9 million workers, around 13% of all wage earners, will benefit directly from the increase.",
            "Labour had initially demanded that the hourly wage be raised to 11,500 won, an increase of about 11.1%, while employers argued for a freeze at 10,350 won. Park Sung-hoon, chairman of the Minimum Wage Commission, said the commission had weighed rising prices, slowing economic growth and the ability of small business owners to pay. Consumer prices in South Korea rose 2.4% year on year in the first three quarters of this year.",
            "The Korea Enterprises Federation expressed regret at the outcome, saying about 40% of small business owners could already barely afford current labour costs, while the Federation of Korean Trade Unions said the increase fell short of the actual rise in the cost of living. The government announced the same day that it would spend 1.2 trillion won next year on social insurance subsidies for businesses with fewer than 30 employees.",
            "By comparison, Japan's national average minimum hourly wage this year is 1,121 yen, an increase of about 6%. South Korea's new rate must be formally announced by the Minister of Employment and Labor by August 5 and will take effect on January 1 next year.",
        ],
    ),
    "en_sydney_strike": (
        "zh-Hans",
        [
            "薪资谈判破裂 悉尼火车司机下周二罢工",
            "铁路、电车和巴士工会周三表示，由于该工会与新南威尔士州政府的谈判破裂，悉尼的火车司机和列车员将从下周二（10月20日）凌晨4时起停工24小时。",
            "罢工将使悉尼火车网络的大部分服务停运，该网络平日约承载110万人次的乘客出行；前往纽卡斯尔、蓝山和卧龙岗的新州城际列车服务也将停运。新州交通部表示将安排约400辆替代巴士，不到其所称所需1300辆的三分之一。",
            "工会要求在四年内加薪32%，理由是司机的实际工资自2021年以来已经下降。政府提出的方案是三年内每年加薪3%，另加一次性补贴3000澳元。双方在公平工作委员会的谈判已于上周四（10月8日）无果而终。",
            "“我们已经给了政府一切机会，”铁路、电车和巴士工会新州分会秘书马克·塔尔博特说，“我们的会员以94%的支持率投票赞成采取劳资行动，他们不会接受别人在公平问题上对他们说教。”",
            "交通部长雷切尔·邓恩称这次罢工没有必要，并表示政府将于周五请求委员会暂停罢工。“如果条件允许，通勤者应计划下周二在家办公，”她说。悉尼商会估计，全天停工将使悉尼经济损失约6000万澳元。",
            "这将是今年第二次停工。6月8日（周一）的一次四小时罢工影响了约30万名通勤者的出行。工会表示，如果仍未达成协议，将于11月3日和4日（周二和周三）再举行48小时罢工。",
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


a = "zh_korea_wage"
t(
    a,
    "monthly-number",
    "number_changed",
    "pairs[2].target",
    "2.226 million won",
    "2.262 million won",
    "222.6万韩元 became 2.262 million",
)
t(
    a,
    "subsidy-scale",
    "unit_or_scale",
    "pairs[4].target",
    "1.2 trillion won",
    "1.2 billion won",
    "1.2万亿韩元 became 1.2 billion",
)
t(
    a,
    "notice-day",
    "date_changed",
    "pairs[5].target",
    "by August 5",
    "by August 15",
    "8月5日 became August 15",
)
t(
    a,
    "workers-swap",
    "number_swapped_in_article",
    "pairs[2].target",
    "about 2.9 million workers",
    "about 2.4 million workers",
    "2.9 million (290万) replaced by the article's 2.4",
)
t(
    a,
    "regret-flip",
    "negation_flipped",
    "pairs[4].target",
    "expressed regret at the outcome",
    "welcomed the outcome",
    "表示遗憾 became welcomed",
)
t(
    a,
    "taiwan",
    "nationality_region_changed",
    "pairs[5].target",
    "Japan's national average",
    "Taiwan's national average",
    "日本 became Taiwan",
)
t(a, "untranslated", "wrong_language", "pairs[3].target", None, None, "paragraph 4 left in Chinese")
a = "en_sydney_strike"
t(
    a,
    "journeys-number",
    "number_changed",
    "pairs[2].target",
    "约承载110万人次",
    "约承载100万人次",
    "1.1 million journeys became 100万",
)
t(
    a,
    "talks-day",
    "date_changed",
    "pairs[3].target",
    "上周四（10月8日）",
    "上周四（10月9日）",
    "October 8 became 10月9日",
)
t(
    a,
    "june-weekday",
    "date_changed",
    "pairs[6].target",
    "6月8日（周一）",
    "6月8日（周二）",
    "Monday, June 8 became 周二",
)
t(
    a,
    "offer-points",
    "percent_vs_points",
    "pairs[3].target",
    "每年加薪3%",
    "每年加薪3个百分点",
    "3% a year became 3个百分点",
)
t(
    a,
    "offer-years",
    "count_word_changed",
    "pairs[3].target",
    "三年内每年加薪3%",
    "两年内每年加薪3%",
    "three years became 两年",
)
t(
    a,
    "trad-chars",
    "script_mixed",
    "pairs[5].target",
    "交通部长雷切尔·邓恩称这次罢工没有必要",
    "交通部長雷切爾·鄧恩稱這次罷工沒有必要",
    "a sentence in Traditional characters",
)
t(
    a,
    "warnes",
    "name_swapped_one_side",
    "pairs[4].target",
    "马克·塔尔博特",
    "托比·沃恩斯",
    "Mark Talbot replaced by a real RTBU official",
)
