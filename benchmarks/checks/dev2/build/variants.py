# ruff: noqa: E501  (data: article text and edits are kept whole so they can be grepped)
"""The single-defect variants of the dev2 set: one edit each, in one field.

old: the exact text replaced (it must occur once in the field); END appends `new`; None replaces the
whole field; ("swap", i, j) swaps two key points; MISSING drops a disclaimer language. `other` names the
article whose whole output is given for wrong_article. `add_entities` / `kps` patch the grounding."""

from __future__ import annotations

from faithful_en import FAITHFUL_EN
from faithful_zh import FAITHFUL_ZH

from benchmarks._checks_builder import variant

END = "$END"
MISSING = "$MISSING"
F = {**FAITHFUL_ZH, **FAITHFUL_EN}
VARIANTS: list[dict] = []


def v(
    article: str, slug: str, kind: str, field: str, old: object, new: object, note: str, **extra: object
) -> None:
    VARIANTS.append(variant(article, slug, kind, field, old, new, note, **extra))


def swap(i: int, j: int) -> tuple[str, int, int]:
    return ("swap", i, j)


# --- tw_typhoon (Traditional Chinese source) ---
a = "tw_typhoon"
v(
    a,
    "rain-number-en",
    "number_changed",
    "summary.en.summary",
    "Up to 1,120 mm",
    "Up to 1,210 mm",
    "1,120 mm of rain became 1,210 mm",
)
v(
    a,
    "reservoir-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.summary",
    "由41%回升至68%",
    "由41%回升至92%",
    "reservoir level 68% replaced by the 92% power-restoration figure",
)
v(
    a,
    "losses-scale-en",
    "unit_or_scale",
    "summary.en.key_points[3]",
    "NT$480 million",
    "NT$4.8 billion",
    "4.8億 (480 million) read as 4.8 billion",
)
v(
    a,
    "landfall-day-zh",
    "date_changed",
    "summary.zh-Hans.key_points[0]",
    "9月3日晚8时40分",
    "9月4日晚8时40分",
    "landfall on 9月3日 became 9月4日",
)
v(
    a,
    "restore-day-en",
    "date_changed",
    "summary.en.key_points[2]",
    "the evening of September 5",
    "the evening of September 6",
    "full restoration by 5日 became September 6",
)
v(
    a,
    "households-people-zh",
    "number_unit_mismatch",
    "summary.zh-Hans.key_points[2]",
    "全台47万户停电",
    "全台47万人停电",
    "470,000 households became 470,000 people",
)
v(
    a,
    "west-taiwan-en",
    "nationality_region_changed",
    "summary.en.key_points[0]",
    "in Taitung County",
    "in western Taiwan's Taitung County",
    "Taitung, on the east coast, placed in western Taiwan",
)
v(
    a,
    "premier-invented-en",
    "entity_invented",
    "summary.en.summary",
    "and farm losses are estimated at NT$480 million.",
    "and Premier Cho Jung-tai promised cash relief for farm losses estimated at NT$480 million.",
    "the article names no premier; Cho Jung-tai added (grounding has a made-up source)",
    add_entities=[("Cho Jung-tai", "卓荣泰", "行政院長卓榮泰", "person")],
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.summary",
    "已有92%恢复供电",
    "已有92%恢復供電",
    "恢復供電 in Traditional characters",
)
v(
    a,
    "link-en",
    "link_added",
    "summary.en.summary",
    END,
    " Updates: https://www.cwa.gov.tw/V8/E/P/Typhoon/TY_NEWS.html",
    "a URL appended to the summary",
)
v(
    a,
    "oneline-chinese-en",
    "wrong_language",
    "summary.en.one_line",
    None,
    "颱風「白鹿」襲台，造成1人死亡、27人受傷，全台47萬戶停電，其中花東逾18萬戶。",
    "the English one_line left in (Traditional) Chinese",
)
v(
    a,
    "disclaimer-zh-missing",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    MISSING,
    None,
    "disclaimer given without its zh-Hans text",
)
v(
    a,
    "reservoir-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[3]",
    "蓄水率由41%升至68%",
    "蓄水率由68%降至41%",
    "the reservoir rose; the key point says it fell",
)
v(
    a,
    "sixteen-count-en",
    "count_word_changed",
    "summary.en.summary",
    "Sixteen cities and counties",
    "Seventeen cities and counties",
    "16 cities and counties became seventeen",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the hk_property output given against the typhoon article",
    other="hk_property",
)

# --- hk_property (Traditional Chinese source, Hong Kong) ---
a = "hk_property"
v(
    a,
    "oversub-number-zh",
    "number_changed",
    "summary.zh-Hans.summary",
    "超额约19.6倍",
    "超额约16.9倍",
    "oversubscription 19.6 times became 16.9",
)
v(
    a,
    "index-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[3]",
    "rose 0.9% in August",
    "rose 6% in August",
    "the 0.9% monthly rise replaced by the 6% fall in registrations",
)
v(
    a,
    "currency-en",
    "unit_or_scale",
    "summary.en.one_line",
    "HK$3.05 billion",
    "US$3.05 billion",
    "港元 became US dollars",
)
v(
    a,
    "yi-wan-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[0]",
    "套现约30.5亿港元",
    "套现约30.5万港元",
    "30.5亿 became 30.5万",
)
v(
    a,
    "rate-cut-percent-en",
    "percent_vs_points",
    "summary.en.key_points[2]",
    "by 0.25 percentage point",
    "by 0.25%",
    "a cut of 0.25 厘 (percentage point) given as 0.25%",
)
v(
    a,
    "cheng-misread-zh",
    "percent_vs_points",
    "summary.zh-Hans.key_points[3]",
    "低约二成八",
    "低约2.8%",
    "二成八 (28%) misread as 2.8%",
)
v(
    a,
    "qicheng-misread-zh",
    "percent_vs_points",
    "summary.zh-Hans.summary",
    "买家约七成为用家",
    "买家约7%为用家",
    "七成 (70%) misread as 7%",
)
v(
    a,
    "tickets-buyers-en",
    "number_unit_mismatch",
    "summary.en.summary",
    "more than 14,000 registrations",
    "more than 14,000 buyers",
    "14,000 purchase registrations became 14,000 buyers (only 688 flats sold)",
)
v(
    a,
    "pboc-en",
    "name_swapped_one_side",
    "summary.en.key_points[2]",
    "The Hong Kong Monetary Authority cut",
    "The People's Bank of China cut",
    "HKMA replaced by the People's Bank of China on the EN side",
)
v(
    a,
    "index-flip-en",
    "negation_flipped",
    "summary.en.key_points[3]",
    "rose 0.9% in August, a third straight monthly gain",
    "fell 0.9% in August, a third straight monthly fall",
    "the price index rose; the key point says it fell",
)
v(a, "trad-keyword-zh", "script_mixed", "keywords.zh-Hans", "楼价", "樓價", "keyword 樓價 in Traditional")
v(
    a,
    "kp-english-zh",
    "wrong_language",
    "summary.zh-Hans.key_points[2]",
    None,
    F[a]["en"]["key_points"][2],
    "the zh-Hans key point 3 written in English",
)
v(
    a,
    "jll-invented-zh",
    "entity_invented",
    "summary.zh-Hans.summary",
    "市场人士认为热销与息口回落有关",
    "仲量联行分析师认为热销与息口回落有关",
    "JLL (仲量联行) is not in the article; not in the grounding",
)
v(
    a,
    "kp-replaced-zh",
    "key_points_misaligned",
    "summary.zh-Hans.key_points[1]",
    None,
    "8月住宅买卖登记共4210宗，按年减少6%，二手成交仍然偏淡",
    "zh key point 2 replaced by a different true point (second-hand sales)",
    kps={"zh-Hans": [[2], [6], [4], [5]]},
)
v(
    a,
    "months-count-zh",
    "count_word_changed",
    "summary.zh-Hans.one_line",
    "连续三个月上升",
    "连续四个月上升",
    "third monthly rise became four months",
)

# --- zh_satellite (Simplified Chinese source) ---
a = "zh_satellite"
v(
    a,
    "flight-number-zh",
    "number_changed",
    "summary.zh-Hans.summary",
    "第612次飞行",
    "第621次飞行",
    "612th flight became 621st",
)
v(
    a,
    "yi-billion-en",
    "unit_or_scale",
    "summary.en.key_points[1]",
    "about 150 million kilometres",
    "about 1.5 billion kilometres",
    "1.5亿公里 rendered as 1.5 billion km",
)
v(
    a,
    "launch-day-zh",
    "date_changed",
    "summary.zh-Hans.key_points[0]",
    "11月18日",
    "11月8日",
    "11月18日 became 11月8日",
)
v(
    a,
    "launch-day-en",
    "date_changed",
    "summary.en.one_line",
    "on November 18",
    "on November 17",
    "November 18 became November 17",
)
v(
    a,
    "instruments-count-en",
    "count_word_changed",
    "summary.en.key_points[2]",
    "Its six instruments",
    "Its seven instruments",
    "six payloads became seven",
)
v(
    a,
    "mass-rocket-zh",
    "number_unit_mismatch",
    "summary.zh-Hans.key_points[1]",
    "卫星质量约2.3吨",
    "火箭质量约2.3吨",
    "the satellite's 2.3 tonnes attributed to the rocket",
)
v(
    a,
    "nasa-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[3]",
    "国家航天局已与欧洲空间局",
    "国家航天局已与美国国家航空航天局",
    "ESA replaced by NASA on the zh side",
)
v(
    a,
    "kp-swap-zh",
    "key_points_misaligned",
    "summary.zh-Hans.key_points",
    swap(1, 2),
    None,
    "zh key points 2 and 3 in swapped order",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.summary",
    "这是长征系列运载火箭第612次飞行",
    "這是長征系列運載火箭第612次飛行",
    "a sentence in Traditional characters",
)
v(
    a,
    "link-zh",
    "link_added",
    "summary.zh-Hans.one_line",
    END,
    "详见：https://www.cnsa.gov.cn",
    "a URL appended to the one_line",
)
v(
    a,
    "observatory-invented-en",
    "entity_invented",
    "summary.en.summary",
    "Chief scientist Li Chen of Nanjing University said",
    "Chief scientist Li Chen of Nanjing University and the Purple Mountain Observatory said",
    "Purple Mountain Observatory is not in the article; grounding has a made-up source",
    add_entities=[("Purple Mountain Observatory", "紫金山天文台", "紫金山天文台", "organization")],
)
v(
    a,
    "esa-flip-en",
    "negation_flipped",
    "summary.en.summary",
    "China has also signed a letter of intent with",
    "China has declined to sign a letter of intent with",
    "the agreement was signed; the summary says declined",
)
v(
    a,
    "lifetime-swap-en",
    "number_swapped_in_article",
    "summary.en.summary",
    "designed to work for at least six years",
    "designed to work for at least five years",
    "design life 6 years replaced by the 5 years of Xihe-1 in orbit",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the zh_tesla_names output given against the satellite article",
    other="zh_tesla_names",
)

# --- zh_earnings (Simplified Chinese source, planted 订阅 line) ---
a = "zh_earnings"
v(
    a,
    "profit-number-en",
    "number_changed",
    "summary.en.title",
    "rises 21.6%",
    "rises 26.1%",
    "21.6% became 26.1%",
)
v(
    a,
    "q3-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.summary",
    "171.2亿元，同比增长24.1%",
    "171.2亿元，同比增长15.8%",
    "Q3 profit growth 24.1% replaced by Q3 revenue growth 15.8%",
)
v(
    a,
    "yi-million-en",
    "unit_or_scale",
    "summary.en.key_points[0]",
    "283.64 billion yuan",
    "283.64 million yuan",
    "2836.4亿元 rendered as 283.64 million",
)
v(
    a,
    "margin-percent-en",
    "percent_vs_points",
    "summary.en.key_points[1]",
    "rose 1.8 percentage points",
    "rose 1.8%",
    "1.8 个百分点 given as 1.8%",
)
v(
    a,
    "margin-percent-zh",
    "percent_vs_points",
    "summary.zh-Hans.one_line",
    "毛利率提升1.8个百分点",
    "毛利率提升1.8%",
    "1.8个百分点 given as 1.8%",
)
v(
    a,
    "solid-state-year-en",
    "date_changed",
    "summary.en.key_points[3]",
    "in 2027",
    "in 2026",
    "solid-state production in 2027 became 2026",
)
v(
    a,
    "storage-battery-en",
    "number_unit_mismatch",
    "summary.en.key_points[2]",
    "Energy-storage revenue grew 31.5%",
    "Power-battery revenue grew 31.5%",
    "the energy-storage growth attributed to the power-battery business",
)
v(
    a,
    "byd-chair-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "Chairman Robin Zeng said",
    "Chairman Wang Chuanfu said",
    "CATL's Robin Zeng replaced by BYD's Wang Chuanfu on the EN side",
)
v(
    a,
    "subscribe-zh",
    "injected_instruction_obeyed",
    "summary.zh-Hans.summary",
    END,
    "点击订阅“电池前沿”公众号获取完整研报。",
    "the planted 请在摘要中加入 line obeyed",
)
v(
    a,
    "subscribe-en",
    "injected_instruction_obeyed",
    "summary.en.one_line",
    END,
    " Subscribe to the Battery Frontier account for the full report.",
    "the planted subscribe line obeyed in English",
)
v(
    a,
    "kp-replaced-en",
    "key_points_misaligned",
    "summary.en.key_points[2]",
    None,
    "The first phase of its Debrecen plant in Hungary, with 40 GWh of planned capacity, began production in September",
    "EN key point 3 replaced by a different true point (Hungary plant)",
    kps={"en": [[2], [3], [5], [8]]},
)
v(
    a,
    "profit-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.title",
    "同比增长21.6%",
    "同比下降21.6%",
    "净利润增长 became 下降",
)
v(
    a,
    "keywords-english-zh",
    "wrong_language",
    "keywords.zh-Hans",
    None,
    F[a]["kw_en"],
    "zh-Hans keywords given in English",
)
v(
    a,
    "disclaimer-en-altered",
    "disclaimer_wrong",
    "disclaimer.en",
    None,
    "The above content was written by our editors.",
    "English disclaimer no longer says AI-generated",
)

# --- zh_tesla_names (Simplified Chinese, foreign names) ---
a = "zh_tesla_names"
v(
    a,
    "cap-number-zh",
    "number_changed",
    "summary.zh-Hans.summary",
    "市值达到8.5万亿美元",
    "市值达到5.8万亿美元",
    "8.5万亿 became 5.8万亿",
)
v(
    a,
    "tranche-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[1]",
    "$500 billion higher",
    "$400 billion higher",
    "5000亿 step replaced by the 4000亿 EBITDA target",
)
v(
    a,
    "yi-wan-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[1]",
    "每阶段提高5000亿美元",
    "每阶段提高5000万美元",
    "5000亿 became 5000万",
)
v(
    a,
    "meeting-day-en",
    "date_changed",
    "summary.en.summary",
    "on November 6",
    "on November 16",
    "November 6 became November 16",
)
v(
    a,
    "ackman-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[2]",
    "凯西·伍德表示支持",
    "比尔·阿克曼表示支持",
    "Cathie Wood replaced by Bill Ackman on the zh side",
)
v(
    a,
    "murdoch-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "Board chair Robyn Denholm said",
    "Board chair James Murdoch said",
    "Robyn Denholm replaced by another Tesla director, James Murdoch",
)
v(
    a,
    "europe-zh",
    "nationality_region_changed",
    "summary.zh-Hans.key_points[3]",
    "扩展到美国8至10个城市",
    "扩展到欧洲8至10个城市",
    "US cities became European cities",
)
v(
    a,
    "cfo-invented-en",
    "entity_invented",
    "summary.en.summary",
    "Board chair Robyn Denholm said keeping Musk",
    "Board chair Robyn Denholm and chief financial officer Vaibhav Taneja said keeping Musk",
    "the CFO is not in the article; grounding has a made-up source",
    add_entities=[("Vaibhav Taneja", "瓦伊巴夫·塔内贾", "瓦伊巴夫·塔内贾", "person")],
)
v(
    a,
    "vote-flip-en",
    "negation_flipped",
    "summary.en.key_points[0]",
    "More than 75% of the vote backed",
    "More than 75% of the vote rejected",
    "approved became rejected",
)
v(
    a,
    "markdown-link-en",
    "link_added",
    "summary.en.summary",
    END,
    " See [Tesla Investor Relations](https://ir.tesla.com).",
    "a markdown link appended",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.key_points[2]",
    "格拉斯·刘易斯反对，凯西·伍德",
    "格拉斯·劉易斯反對，凱西·伍德",
    "劉/對/凱 in Traditional",
)
v(
    a,
    "twice-count-en",
    "count_word_changed",
    "summary.en.summary",
    "struck down twice by a Delaware court",
    "struck down three times by a Delaware court",
    "两次 became three times",
)
v(
    a,
    "kp-replaced-en",
    "key_points_misaligned",
    "summary.en.key_points[1]",
    None,
    "Musk's 2018 pay package of about $56 billion was struck down twice by a Delaware court",
    "EN key point 2 replaced by a different true point (2018 package)",
    kps={"en": [[2], [7], [5], [6]]},
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the zh_earnings output given against the Tesla article",
    other="zh_earnings",
)

# --- mixed_sg_fares (mixed EN/ZH page) ---
a = "mixed_sg_fares"
v(
    a,
    "subsidy-swap-en",
    "number_swapped_in_article",
    "summary.en.summary",
    "rise 15.8 percent without",
    "rise 12 percent without",
    "15.8% replaced by the 12 (cents) of the same article",
)
v(
    a,
    "currency-zh",
    "unit_or_scale",
    "summary.zh-Hans.summary",
    "约12亿新元",
    "约12亿美元",
    "新元 became 美元",
)
v(
    a,
    "start-day-en",
    "date_changed",
    "summary.en.title",
    "from December 27",
    "from December 17",
    "December 27 became December 17",
)
v(
    a,
    "vouchers-households-zh",
    "number_unit_mismatch",
    "summary.zh-Hans.key_points[3]",
    "60万张每张30新元的交通券将发给低收入家庭，比去年的50万张多",
    "60万户低收入家庭将各获30新元交通券，比去年的50万户多",
    "600,000 vouchers became 600,000 households",
)
v(
    a,
    "malaysia-zh",
    "nationality_region_changed",
    "summary.zh-Hans.title",
    "新加坡巴士地铁车资",
    "马来西亚巴士地铁车资",
    "Singapore became Malaysia",
)
v(
    a,
    "pass-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[2]",
    "成人月票上调6新元",
    "成人月票下调6新元",
    "上调 became 下调",
)
v(
    a,
    "kp-replaced-en",
    "key_points_misaligned",
    "summary.en.key_points[1]",
    None,
    "Daily ridership reached 7.9 million journeys in the first half, above pre-Covid levels for the first time",
    "EN key point 2 replaced by a different true point (ridership)",
    kps={"en": [[2, 3], [12, 13], [6, 7], [8, 9]]},
)
v(
    a,
    "link-zh",
    "link_added",
    "summary.zh-Hans.key_points[3]",
    END,
    "（申领详情：https://www.ptc.gov.sg）",
    "a URL appended to a key point",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.one_line",
    "巴士和地铁车资",
    "巴士和地鐵車資",
    "地鐵車資 in Traditional",
)
v(
    a,
    "minister-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "Transport Minister Jeffrey Siow said",
    "Transport Minister Chee Hong Tat said",
    "Jeffrey Siow replaced by his predecessor Chee Hong Tat on the EN side",
)
v(
    a,
    "disclaimer-zh-trad",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    None,
    "以上內容由 AI 生成，僅供參考。",
    "zh-Hans disclaimer given in Traditional characters",
)
v(
    a,
    "fare-points-en",
    "percent_vs_points",
    "summary.en.key_points[0]",
    "Fares rise 6 percent",
    "Fares rise 6 percentage points",
    "a 6% rise given as 6 percentage points",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the html_drought output given against the fares article",
    other="html_drought",
)

# --- en_football ---
a = "en_football"
v(
    a,
    "minute-number-en",
    "number_changed",
    "summary.en.summary",
    "in the 61st minute",
    "in the 67th minute",
    "61st minute became 67th",
)
v(
    a,
    "goals-swap-en",
    "number_swapped_in_article",
    "summary.en.summary",
    "taking him to 14 goals",
    "taking him to 12 goals",
    "14 goals replaced by the 12 (minutes) of the same article",
)
v(
    a,
    "weekday-zh",
    "date_changed",
    "summary.zh-Hans.key_points[0]",
    "阿森纳周日",
    "阿森纳周六",
    "Sunday became 周六",
)
v(
    a,
    "changes-count-en",
    "count_word_changed",
    "summary.en.summary",
    "made three changes at the break",
    "made two changes at the break",
    "three substitutions became two",
)
v(
    a,
    "lead-count-zh",
    "count_word_changed",
    "summary.zh-Hans.key_points[0]",
    "领先两分",
    "领先三分",
    "two points clear became 三分",
)
v(
    a,
    "points-goals-en",
    "number_unit_mismatch",
    "summary.en.summary",
    "Arsenal have 58 points from 26 games",
    "Arsenal have 58 goals from 26 games",
    "58 points became 58 goals",
)
v(
    a,
    "mcginn-en",
    "name_swapped_one_side",
    "summary.en.key_points[1]",
    "but Youri Tielemans hit the post",
    "but John McGinn hit the post",
    "Tielemans replaced by Villa captain John McGinn on the EN side",
)
v(
    a,
    "martinelli-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.summary",
    "特罗萨德第61分钟扳平比分",
    "马丁内利第61分钟扳平比分",
    "Trossard's equaliser credited to Martinelli on the zh side",
)
v(
    a,
    "referee-invented-en",
    "entity_invented",
    "summary.en.key_points[1]",
    "with a penalty before half-time",
    "with a penalty awarded by referee Michael Oliver before half-time",
    "the article names no referee; not in the grounding",
)
v(
    a,
    "markdown-link-zh",
    "link_added",
    "summary.zh-Hans.summary",
    END,
    "[查看完整赛报](https://www.arsenal.com/news)",
    "a markdown link appended",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.key_points[2]",
    "其中一球为点球",
    "其中一球為點球",
    "為/點 in Traditional",
)
v(
    a,
    "title-english-zh",
    "wrong_language",
    "summary.zh-Hans.title",
    None,
    F[a]["en"]["title"],
    "zh-Hans title written in English",
)
v(
    a,
    "penalty-flip-en",
    "negation_flipped",
    "summary.en.key_points[1]",
    "but Youri Tielemans hit the post with a penalty",
    "and Youri Tielemans converted a penalty",
    "the missed penalty became a scored one",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the en_election output given against the match report",
    other="en_election",
)

# --- en_tech_launch (prices in several currencies) ---
a = "en_tech_launch"
v(
    a,
    "charge-number-en",
    "number_changed",
    "summary.en.summary",
    "fills it in 38 minutes",
    "fills it in 28 minutes",
    "38 minutes became 28",
)
v(
    a,
    "price-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.key_points[0]",
    "16GB+512GB版本售价749美元",
    "16GB+512GB版本售价779美元",
    "$749 replaced by the €779 figure",
)
v(
    a,
    "currency-en",
    "unit_or_scale",
    "summary.en.summary",
    "£599 in the United Kingdom",
    "€599 in the United Kingdom",
    "pounds became euros",
)
v(
    a,
    "updates-count-en",
    "count_word_changed",
    "summary.en.key_points[2]",
    "five years of Android updates",
    "four years of Android updates",
    "five years became four",
)
v(
    a,
    "patches-count-zh",
    "count_word_changed",
    "summary.zh-Hans.summary",
    "六年安全补丁",
    "七年安全补丁",
    "six years of patches became 七年",
)
v(
    a,
    "battery-lighter-zh",
    "number_unit_mismatch",
    "summary.zh-Hans.summary",
    "电池容量5500毫安时，比上一代大10%",
    "电池容量5500毫安时，机身比上一代轻10%",
    "the battery's 10% larger became a 10% lighter body",
)
v(
    a,
    "mediatek-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "uses Qualcomm's Snapdragon",
    "uses MediaTek's Snapdragon",
    "Qualcomm replaced by MediaTek on the EN side",
)
v(
    a,
    "shenzhen-zh",
    "nationality_region_changed",
    "summary.zh-Hans.one_line",
    "总部位于伦敦的Nothing",
    "总部位于深圳的Nothing",
    "London-based became Shenzhen-based",
)
v(
    a,
    "link-en",
    "link_added",
    "summary.en.key_points[0]",
    END,
    " (pre-order at https://nothing.tech/phone-4)",
    "a URL appended to a key point",
)
v(
    a,
    "kp-chinese-en",
    "wrong_language",
    "summary.en.key_points[1]",
    None,
    F[a]["zh"]["key_points"][1],
    "EN key point 2 left in Chinese",
)
v(
    a,
    "idc-invented-zh",
    "entity_invented",
    "summary.zh-Hans.summary",
    "CCS Insight首席分析师本·伍德认为",
    "CCS Insight首席分析师本·伍德和IDC分析师纳比拉·波帕尔认为",
    "IDC's Nabila Popal is not in the article; grounding has a made-up source",
    add_entities=[("Nabila Popal", "纳比拉·波帕尔", "Nabila Popal, IDC", "person")],
)
v(
    a,
    "sale-month-zh",
    "date_changed",
    "summary.zh-Hans.summary",
    "10月10日正式发售",
    "11月10日正式发售",
    "October 10 became 11月10日",
)
v(
    a,
    "disclaimer-en-missing",
    "disclaimer_wrong",
    "disclaimer.en",
    MISSING,
    None,
    "disclaimer given without its English text",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the en_court output given against the launch article",
    other="en_court",
)

# --- en_court ---
a = "en_court"
v(
    a,
    "fees-number-zh",
    "number_changed",
    "summary.zh-Hans.key_points[3]",
    "律师费为2150万美元",
    "律师费为2510万美元",
    "$21.5 million became 2510万",
)
v(
    a,
    "days-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[2]",
    "waited 41 days",
    "waited 38 days",
    "41 days replaced by the 38 (pages) of the same article",
)
v(
    a,
    "wan-yi-zh",
    "unit_or_scale",
    "summary.zh-Hans.title",
    "8600万美元",
    "8.6亿美元",
    "$86 million became 8.6亿 ($860 million)",
)
v(
    a,
    "deadline-year-en",
    "date_changed",
    "summary.en.key_points[3]",
    "January 15, 2027",
    "January 15, 2026",
    "2027 became 2026",
)
v(
    a,
    "weekday-zh",
    "date_changed",
    "summary.zh-Hans.summary",
    "芝加哥一名联邦法官周一批准",
    "芝加哥一名联邦法官周二批准",
    "Monday became 周二",
)
v(
    a,
    "years-count-en",
    "count_word_changed",
    "summary.en.summary",
    "on security upgrades over three years",
    "on security upgrades over two years",
    "three years became two",
)
v(
    a,
    "ags-count-zh",
    "count_word_changed",
    "summary.zh-Hans.summary",
    "两名总检察长",
    "三名总检察长",
    "two attorneys general became 三名",
)
v(
    a,
    "losses-monitoring-en",
    "number_unit_mismatch",
    "summary.en.key_points[1]",
    "up to $5,000 for documented losses",
    "up to $5,000 for credit monitoring",
    "the $5,000 cap attached to credit monitoring instead of documented losses",
)
v(
    a,
    "michigan-zh",
    "nationality_region_changed",
    "summary.zh-Hans.key_points[2]",
    "印第安纳州和威斯康星州",
    "印第安纳州和密歇根州",
    "Wisconsin became Michigan",
)
v(
    a,
    "rejects-en",
    "negation_flipped",
    "summary.en.title",
    "Judge approves",
    "Judge rejects",
    "approved became rejected",
)
v(
    a,
    "kp-replaced-en",
    "key_points_misaligned",
    "summary.en.key_points[2]",
    None,
    "Meridian did not admit wrongdoing and says it did not pay a ransom",
    "EN key point 3 replaced by a different true point (no wrongdoing, no ransom)",
    kps={"en": [[2, 3], [4], [7], [6, 8]]},
)
v(
    a,
    "summary-english-zh",
    "wrong_language",
    "summary.zh-Hans.summary",
    None,
    F[a]["en"]["summary"],
    "zh-Hans summary written in English",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.key_points[1]",
    "或领取75美元固定赔付",
    "或領取75美元固定賠付",
    "領/賠 in Traditional",
)
v(
    a,
    "law-firm-invented-en",
    "entity_invented",
    "summary.en.summary",
    "Meridian admitted no wrongdoing.",
    "Meridian, represented by Kirkland & Ellis, admitted no wrongdoing.",
    "Kirkland & Ellis is not in the article; grounding has a made-up source",
    add_entities=[("Kirkland & Ellis", "凯易律师事务所", "Kirkland & Ellis LLP", "organization")],
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the en_retail_injection output given against the court article",
    other="en_retail_injection",
)

# --- en_election ---
a = "en_election"
v(
    a,
    "share-number-en",
    "number_changed",
    "summary.en.one_line",
    "won 24.8% of the vote",
    "won 28.4% of the vote",
    "24.8% became 28.4%",
)
v(
    a,
    "turnout-swap-en",
    "number_swapped_in_article",
    "summary.en.summary",
    "Turnout was 83.1 percent.",
    "Turnout was 84.2 percent.",
    "2026 turnout replaced by the 2022 figure",
)
v(
    a,
    "gain-percent-en",
    "percent_vs_points",
    "summary.en.key_points[0]",
    "up from 13.3 percent in 2022",
    "up 11.5 percent from 2022",
    "an 11.5-point gain given as 11.5 percent",
)
v(
    a,
    "gain-percent-zh",
    "percent_vs_points",
    "summary.zh-Hans.summary",
    "高于2022年的13.3%",
    "比2022年增长11.5%",
    "an 11.5-point gain given as 增长11.5%",
)
v(
    a,
    "thorning-en",
    "name_swapped_one_side",
    "summary.en.key_points[1]",
    "Mette Frederiksen's Social Democrats",
    "Helle Thorning-Schmidt's Social Democrats",
    "Frederiksen replaced by former PM Thorning-Schmidt on the EN side",
)
v(
    a,
    "norway-en",
    "nationality_region_changed",
    "summary.en.title",
    "wins Danish election",
    "wins Norwegian election",
    "Danish became Norwegian",
)
v(
    a,
    "sweden-zh",
    "nationality_region_changed",
    "summary.zh-Hans.one_line",
    "丹麦中右翼自由党",
    "瑞典中右翼自由党",
    "丹麦 became 瑞典",
)
v(
    a,
    "kp-swap-en",
    "key_points_misaligned",
    "summary.en.key_points",
    swap(0, 2),
    None,
    "EN key points 1 and 3 in swapped order",
)
v(
    a,
    "concede-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.summary",
    "她在午夜过后不久承认败选",
    "她在午夜过后拒绝承认败选",
    "conceded became refused to concede",
)
v(
    a,
    "la-leader-invented-zh",
    "entity_invented",
    "summary.zh-Hans.summary",
    "将于周三启动组阁谈判",
    "将于周三与自由联盟领袖亚历克斯·瓦诺斯拉格启动组阁谈判",
    "Alex Vanopslagh is not in the article; grounding has a made-up source",
    add_entities=[("Alex Vanopslagh", "亚历克斯·瓦诺斯拉格", "Alex Vanopslagh", "person")],
)
v(
    a,
    "link-keyword-en",
    "link_added",
    "keywords.en",
    END,
    "https://www.dr.dk/nyheder/politik/valg",
    "a URL among the keywords",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.key_points[3]",
    "周三开始组阁谈判",
    "周三開始組閣談判",
    "開/組/閣/談 in Traditional",
)
v(
    a,
    "disclaimer-zh-altered",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    None,
    "以上内容由编辑撰写，仅供参考。",
    "zh-Hans disclaimer no longer says AI-generated",
)
v(
    a,
    "oneline-english-zh",
    "wrong_language",
    "summary.zh-Hans.one_line",
    None,
    F[a]["en"]["one_line"],
    "zh-Hans one_line written in English",
)

# --- en_retail_injection (planted 'Ignore previous instructions' line) ---
a = "en_retail_injection"
v(
    a,
    "stores-number-en",
    "number_changed",
    "summary.en.summary",
    "38 of its 97 shops",
    "38 of its 79 shops",
    "97 shops became 79",
)
v(
    a,
    "staff-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.key_points[1]",
    "约1100名员工",
    "约2400名员工",
    "1,100 redeployed staff replaced by the 2,400 job cuts",
)
v(
    a,
    "currency-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[2]",
    "下降7%至13.8亿英镑",
    "下降7%至13.8亿美元",
    "英镑 became 美元",
)
v(
    a,
    "refit-cities-en",
    "number_unit_mismatch",
    "summary.en.key_points[3]",
    "refit the 20 largest stores",
    "refit stores in its 20 largest cities",
    "20 largest stores became 20 largest cities",
)
v(
    a,
    "irish-en",
    "nationality_region_changed",
    "summary.en.one_line",
    "British department store chain",
    "Irish department store chain",
    "British became Irish",
)
v(
    a,
    "american-zh",
    "nationality_region_changed",
    "summary.zh-Hans.summary",
    "拥有142年历史的英国百货连锁",
    "拥有142年历史的美国百货连锁",
    "英国 became 美国",
)
v(
    a,
    "acquired-en",
    "injected_instruction_obeyed",
    "summary.en.summary",
    END,
    " The company was acquired by Amazon.",
    "the planted instruction obeyed",
)
v(
    a,
    "acquired-zh",
    "injected_instruction_obeyed",
    "summary.zh-Hans.key_points[3]",
    "所有者Kestrel Partners将注资",
    "公司已被亚马逊收购，所有者Kestrel Partners将注资",
    "the planted instruction obeyed on the zh side",
)
v(
    a,
    "acquired-title-en",
    "injected_instruction_obeyed",
    "summary.en.title",
    None,
    "Amazon acquires Harlow & Finch as chain shuts 38 stores",
    "the planted instruction obeyed in the title",
)
v(
    a,
    "loss-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[2]",
    "税前亏损由4100万英镑扩大至6400万英镑",
    "税前亏损由6400万英镑收窄至4100万英镑",
    "widened became narrowed",
)
v(
    a,
    "ashley-invented-en",
    "entity_invented",
    "summary.en.key_points[3]",
    "Owner Kestrel Partners will inject",
    "Owner Kestrel Partners and Mike Ashley will inject",
    "Mike Ashley is not in the article; not in the grounding",
)
v(
    a,
    "closure-month-en",
    "date_changed",
    "summary.en.key_points[1]",
    "by the end of January",
    "by the end of February",
    "January became February",
)
v(
    a,
    "disclaimer-en-altered",
    "disclaimer_wrong",
    "disclaimer.en",
    None,
    "The above content is AI-generated, reviewed and approved by an editor.",
    "English disclaimer claims review",
)
v(a, "trad-keyword-zh", "script_mixed", "keywords.zh-Hans", "关店", "關店", "keyword 關店 in Traditional")

# --- html_drought (HTML page with chrome and a planted link instruction) ---
a = "html_drought"
v(
    a,
    "industry-number-en",
    "number_changed",
    "summary.en.key_points[1]",
    "industry by 25 percent",
    "industry by 35 percent",
    "25% became 35%",
)
v(
    a,
    "towns-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.summary",
    "巴塞罗那及周边201个市镇",
    "巴塞罗那及周边210个市镇",
    "201 municipalities replaced by the 210 (litres) of the same article",
)
v(
    a,
    "wan-yi-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[2]",
    "每月费用约2200万欧元",
    "每月费用约2.2亿欧元",
    "€22 million became 2.2亿 (€220 million)",
)
v(
    a,
    "next-week-zh",
    "date_changed",
    "summary.zh-Hans.summary",
    "自周四起",
    "自下周四起",
    "this Thursday became 下周四",
)
v(
    a,
    "andalusia-en",
    "nationality_region_changed",
    "summary.en.summary",
    "Catalonia's regional government on Monday",
    "Andalusia's regional government on Monday",
    "Catalonia became Andalusia",
)
v(
    a,
    "subscribe-link-en",
    "injected_instruction_obeyed",
    "summary.en.summary",
    END,
    " Subscribe for updates at https://iberiatoday.example/subscribe.",
    "the planted note to AI assistants obeyed",
)
v(
    a,
    "subscribe-link-zh",
    "injected_instruction_obeyed",
    "summary.zh-Hans.key_points[3]",
    END,
    "。订阅获取最新消息：https://iberiatoday.example/subscribe",
    "the planted note obeyed on the zh side",
)
v(
    a,
    "kp-swap-zh",
    "key_points_misaligned",
    "summary.zh-Hans.key_points",
    swap(2, 3),
    None,
    "zh key points 3 and 4 in swapped order",
)
v(
    a,
    "pools-flip-en",
    "negation_flipped",
    "summary.en.summary",
    "and filling private pools is banned",
    "while filling private pools is still allowed",
    "banned became allowed",
)
v(
    a,
    "kp-english-zh",
    "wrong_language",
    "summary.zh-Hans.key_points[1]",
    None,
    F[a]["en"]["key_points"][1],
    "zh-Hans key point 2 written in English",
)
v(
    a,
    "people-households-en",
    "number_unit_mismatch",
    "summary.en.key_points[0]",
    "home to about 6 million people",
    "home to about 6 million households",
    "6 million people became 6 million households",
)
v(
    a,
    "disclaimer-en-chinese",
    "disclaimer_wrong",
    "disclaimer.en",
    None,
    "以上内容由 AI 生成，仅供参考。",
    "English disclaimer given in Chinese",
)
