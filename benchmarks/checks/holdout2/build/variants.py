"""The single-defect variants of the holdout2 set: one edit each, in one field, as a real model error
would look (fluent, plausible, one fact wrong).

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


# --- hk_fraud_court (Traditional Chinese source, Hong Kong court) ---
a = "hk_fraud_court"
v(
    a,
    "invoices-number-en",
    "number_changed",
    "summary.en.summary",
    "approved 137 fake invoices",
    "approved 173 fake invoices",
    "137 invoices became 173",
)
v(
    a,
    "drop-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.key_points[2]",
    "急跌38%",
    "急跌18%",
    "the 38% share fall replaced by the article's 18 (months)",
)
v(
    a,
    "wife-scale-en",
    "unit_or_scale",
    "summary.en.key_points[1]",
    "about HK$19 million",
    "about HK$190 million",
    "1,900萬 (19 million) read as 190 million",
)
v(
    a,
    "verdict-day-zh",
    "date_changed",
    "summary.zh-Hans.summary",
    "区域法院11月26日裁定",
    "区域法院11月16日裁定",
    "verdict on 11月26日 became 11月16日",
)
v(
    a,
    "counts-en",
    "count_word_changed",
    "summary.en.summary",
    "on two counts of conspiracy to defraud",
    "on three counts of conspiracy to defraud",
    "兩項 (two counts) became three",
)
v(
    a,
    "ho-for-leung-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[0]",
    "梁志豪两项串谋诈骗罪成",
    "何家杰两项串谋诈骗罪成",
    "the convicted finance chief replaced by the co-accused supplier, on the zh side only",
)
v(
    a,
    "kerry-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "logistics group Hang Yuen Holdings",
    "logistics group Kerry Logistics",
    "Hang Yuen Holdings replaced by the real Kerry Logistics on the EN side",
)
v(
    a,
    "sfc-invented-en",
    "entity_invented",
    "summary.en.summary",
    END,
    " The Securities and Futures Commission has also opened an inquiry.",
    "the article never mentions the SFC; grounding has a made-up source",
    add_entities=[
        (
            "Securities and Futures Commission",
            "证券及期货事务监察委员会",
            "證券及期貨事務監察委員會",
            "organization",
        )
    ],
)
v(
    a,
    "plea-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.summary",
    "何家杰早前认罪",
    "何家杰早前否认控罪",
    "Ho pleaded guilty; the zh summary says he denied the charges",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.key_points[1]",
    "虚假的仓储及拖车服务发票",
    "虛假的倉儲及拖車服務發票",
    "a phrase left in Traditional characters",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the tw_budget output given against the fraud-trial article",
    other="tw_budget",
)
v(
    a,
    "disclaimer-reporter-en",
    "disclaimer_wrong",
    "disclaimer.en",
    None,
    "The above summary was written by our court reporter.",
    "English disclaimer no longer says AI-generated",
)

# --- tw_budget (Traditional Chinese source, Taiwan legislature) ---
a = "tw_budget"
v(
    a,
    "cut-number-zh",
    "number_changed",
    "summary.zh-Hans.summary",
    "共删减326亿元",
    "共删减362亿元",
    "NT$32.6 billion cut became 362亿",
)
v(
    a,
    "spending-scale-en",
    "unit_or_scale",
    "summary.en.summary",
    "with spending of NT$2.987 trillion.",
    "with spending of NT$2.987 billion.",
    "2兆9,870億 (2.987 trillion) written as 2.987 billion",
)
v(
    a,
    "cut-points-en",
    "percent_vs_points",
    "summary.en.key_points[0]",
    "about 1.1%",
    "about 1.1 percentage points",
    "a 1.1% cut described as 1.1 percentage points",
)
v(
    a,
    "promulgation-day-en",
    "date_changed",
    "summary.en.key_points[4]",
    "next Tuesday, December 8",
    "next Tuesday, December 9",
    "下週二 (12月8日) became December 9",
)
v(
    a,
    "promulgation-weekday-zh",
    "date_changed",
    "summary.zh-Hans.key_points[4]",
    "下周二（12月8日）",
    "下周三（12月8日）",
    "下週二 became 下周三",
)
v(
    a,
    "publicity-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[1]",
    "or about NT$1.8 billion",
    "or about NT$11.2 billion",
    "the NT$1.8 billion publicity cut replaced by the submarine freeze figure",
)
v(
    a,
    "months-count-en",
    "count_word_changed",
    "summary.en.key_points[2]",
    "reports within three months",
    "reports within six months",
    "三個月 became six months",
)
v(
    a,
    "kp-swap-zh",
    "key_points_misaligned",
    "summary.zh-Hans.key_points",
    swap(1, 3),
    None,
    "zh key points 2 and 4 in swapped order",
)
v(
    a,
    "hong-kong-en",
    "nationality_region_changed",
    "summary.en.title",
    "Taiwan's legislature passes",
    "Hong Kong's legislature passes",
    "Taiwan's legislature placed in Hong Kong",
)
v(
    a,
    "fighters-flip-en",
    "negation_flipped",
    "summary.en.summary",
    "Funding for new fighter jets and drones was kept in full.",
    "Funding for new fighter jets and drones was frozen as well.",
    "fighter and drone funds were kept in full; the summary says frozen",
)
v(
    a,
    "trad-title-zh",
    "script_mixed",
    "summary.zh-Hans.title",
    "台湾立法院三读通过",
    "台灣立法院三讀通過",
    "zh-Hans title in Traditional characters",
)
v(
    a,
    "oneline-english-zh",
    "wrong_language",
    "summary.zh-Hans.one_line",
    None,
    F[a]["en"]["one_line"],
    "the zh-Hans one_line written in English",
)

# --- cn_baijiu_earnings (Simplified Chinese source, 亿/万/成) ---
a = "cn_baijiu_earnings"
v(
    a,
    "profit-number-en",
    "number_changed",
    "summary.en.summary",
    "14.23 billion yuan, up 12.4%",
    "14.32 billion yuan, up 12.4%",
    "142.3亿 (14.23 billion) became 14.32 billion",
)
v(
    a,
    "dealers-scale-en",
    "unit_or_scale",
    "summary.en.key_points[2]",
    "Distributors reached 12,300",
    "Distributors reached 123,000",
    "1.23万家 (12,300) read as 123,000",
)
v(
    a,
    "margin-percent-en",
    "percent_vs_points",
    "summary.en.key_points[3]",
    "rose 0.7 percentage points to 78.9%",
    "rose 0.7% to 78.9%",
    "0.7个百分点 written as 0.7%",
)
v(
    a,
    "margin-percent-zh",
    "percent_vs_points",
    "summary.zh-Hans.summary",
    "提高0.7个百分点",
    "提高0.7%",
    "0.7个百分点 written as 0.7%",
)
v(
    a,
    "profit-growth-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.key_points[0]",
    "净利润142.3亿元，增长12.4%",
    "净利润142.3亿元，增长9.8%",
    "profit growth 12.4% replaced by the revenue growth 9.8%",
)
v(
    a,
    "share-cheng-zh",
    "number_changed",
    "summary.zh-Hans.key_points[1]",
    "占总营收六成以上",
    "占总营收七成以上",
    "六成 became 七成",
)
v(
    a,
    "midrange-flip-en",
    "negation_flipped",
    "summary.en.summary",
    "while mid-range sales fell 3.2%",
    "while mid-range sales rose 3.2%",
    "mid-range sales fell; the summary says rose",
)
v(
    a,
    "moutai-chair-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "Chairman Zhou Qinghua kept",
    "Chairman Ding Xiongjun kept",
    "Zhou Qinghua replaced by Ding Xiongjun (a real baijiu executive) on the EN side",
)
v(
    a,
    "gm-invented-zh",
    "entity_invented",
    "summary.zh-Hans.summary",
    "董事长周庆华表示",
    "董事长周庆华与总经理刘明表示",
    "no general manager in the article; grounding has a made-up source",
    add_entities=[("Liu Ming", "刘明", "总经理刘明", "person")],
)
v(
    a,
    "link-en",
    "link_added",
    "summary.en.summary",
    END,
    " Full results: http://www.sse.com.cn/disclosure/",
    "a URL appended to the summary",
)
v(
    a,
    "kp-chinese-en",
    "wrong_language",
    "summary.en.key_points[4]",
    None,
    F[a]["zh"]["key_points"][4],
    "EN key point 5 written in Chinese",
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

# --- zh_glacier (Simplified Chinese science story, units) ---
a = "zh_glacier"
v(
    a,
    "retreat-number-zh",
    "number_changed",
    "summary.zh-Hans.summary",
    "平均每年后退约11米",
    "平均每年后退约17米",
    "11 m a year became 17 m",
)
v(
    a,
    "flight-unit-en",
    "unit_or_scale",
    "summary.en.key_points[1]",
    "flying more than 3,400 km",
    "flying more than 3,400 metres",
    "3,400公里 became 3,400 metres",
)
v(
    a,
    "rain-unit-en",
    "unit_or_scale",
    "summary.en.summary",
    "from about 480 mm to 530 mm",
    "from about 480 cm to 530 cm",
    "毫米 (mm) written as cm",
)
v(
    a,
    "namco-counted-en",
    "number_unit_mismatch",
    "summary.en.key_points[4]",
    "Nam Co has already risen about 1.2 metres in 20 years",
    "Nam Co has already grown by about 1.2 square kilometres in 20 years",
    "a 1.2 m rise in level became 1.2 km² of area",
)
v(
    a,
    "year-en",
    "date_changed",
    "summary.en.key_points[0]",
    "672 square kilometres in 2025",
    "672 square kilometres in 2015",
    "2025 became 2015",
)
v(
    a,
    "warming-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.key_points[2]",
    "上升1.8°C",
    "上升1.2°C",
    "1.8°C replaced by the article's 1.2 (metres)",
)
v(
    a,
    "twice-count-en",
    "count_word_changed",
    "summary.en.summary",
    "about twice the global rate",
    "about three times the global rate",
    "两倍 (twice) became three times",
)
v(
    a,
    "namco-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[4]",
    "纳木错湖面近20年已上升约1.2米",
    "纳木错湖面近20年已下降约1.2米",
    "Nam Co rose; the key point says it fell",
)
v(
    a,
    "eastern-en",
    "nationality_region_changed",
    "summary.en.title",
    "in the western Nyainqentanglha range",
    "in the eastern Nyainqentanglha range",
    "西段 (western) became eastern",
)
v(
    a,
    "yao-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.summary",
    "第一作者王子涵介绍",
    "第一作者姚檀栋介绍",
    "Wang Zihan replaced by the real glaciologist Yao Tandong on the zh side",
)
v(
    a,
    "trad-oneline-zh",
    "script_mixed",
    "summary.zh-Hans.one_line",
    "研究显示，念青唐古拉山西段冰川面积",
    "研究顯示，念青唐古拉山西段冰川面積",
    "part of the one_line in Traditional characters",
)
v(
    a,
    "kp-replaced-en",
    "key_points_misaligned",
    "summary.en.key_points[3]",
    None,
    "About 40 weather and glacier stations will be set up across the southeastern Tibetan Plateau by 2027",
    "EN key point 4 replaced by a different true point (monitoring network)",
    kps={"en": [[2], [3], [4], [7], [6]]},
)

# --- zh_korea_wage (Simplified Chinese source, won and yen) ---
a = "zh_korea_wage"
v(
    a,
    "monthly-rise-en",
    "number_changed",
    "summary.en.summary",
    "about 63,000 won more",
    "about 36,000 won more",
    "6.3万韩元 (63,000) became 36,000",
)
v(
    a,
    "subsidy-scale-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[3]",
    "1.2万亿韩元",
    "1.2亿韩元",
    "1.2万亿 became 1.2亿",
)
v(
    a,
    "workers-households-en",
    "number_unit_mismatch",
    "summary.en.key_points[1]",
    "about 2.9 million workers",
    "about 2.9 million households",
    "2.9 million workers became households",
)
v(
    a,
    "yen-won-en",
    "unit_or_scale",
    "summary.en.key_points[4]",
    "1,121 yen an hour",
    "1,121 won an hour",
    "Japan's 1,121 yen written as won",
)
v(
    a,
    "effective-month-en",
    "date_changed",
    "summary.en.key_points[4]",
    "takes effect on January 1",
    "takes effect on July 1",
    "1月1日 became July 1",
)
v(
    a,
    "weekday-en",
    "date_changed",
    "summary.en.summary",
    "in the early hours of Friday",
    "in the early hours of Thursday",
    "周五 became Thursday",
)
v(
    a,
    "second-year-en",
    "count_word_changed",
    "summary.en.key_points[0]",
    "set by consensus for a second year",
    "set by consensus for a third year",
    "连续第二年 became a third year",
)
v(
    a,
    "kef-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.summary",
    "韩国经营者总协会表示遗憾",
    "韩国经营者总协会表示欢迎",
    "employers expressed regret; the zh summary says they welcomed it",
)
v(
    a,
    "north-korea-en",
    "nationality_region_changed",
    "summary.en.summary",
    "South Korea's Minimum Wage Commission decided",
    "North Korea's Minimum Wage Commission decided",
    "South Korea became North Korea",
)
v(
    a,
    "kcci-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "The Korea Enterprises Federation expressed regret",
    "The Korea Chamber of Commerce and Industry expressed regret",
    "KEF replaced by the real KCCI on the EN side",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the zh_rail_holiday output given against the minimum-wage article",
    other="zh_rail_holiday",
)

# --- zh_rail_holiday (Simplified Chinese source, 亿/万人次) ---
a = "zh_rail_holiday"
v(
    a,
    "peak-number-zh",
    "number_changed",
    "summary.zh-Hans.key_points[0]",
    "单日达3260万人次",
    "单日达3620万人次",
    "3260万 became 3620万",
)
v(
    a,
    "total-scale-en",
    "unit_or_scale",
    "summary.en.summary",
    "carried 230 million passengers during",
    "carried 2.3 billion passengers during",
    "2.3亿 (230 million) read as 2.3 billion",
)
v(
    a,
    "trips-people-zh",
    "number_unit_mismatch",
    "summary.zh-Hans.key_points[2]",
    "长三角地区发送旅客5200万人次",
    "长三角地区发送旅客5200万人",
    "5200万人次 (trips) became 5200万人 (people)",
)
v(
    a,
    "waitlist-points-en",
    "percent_vs_points",
    "summary.en.summary",
    "4 percentage points more than last year",
    "4% more than last year",
    "4个百分点 written as 4%",
)
v(
    a,
    "end-day-en",
    "date_changed",
    "summary.en.key_points[0]",
    "from October 1 to 8",
    "from October 1 to 7",
    "10月1日至8日 became October 1 to 7",
)
v(
    a,
    "return-day-zh",
    "date_changed",
    "summary.zh-Hans.key_points[4]",
    "预计10月9日发送旅客",
    "预计10月10日发送旅客",
    "10月9日 became 10月10日",
)
v(
    a,
    "lines-count-en",
    "count_word_changed",
    "summary.en.key_points[3]",
    "Two high-speed lines",
    "Three high-speed lines",
    "两条 became three",
)
v(
    a,
    "load-cheng-zh",
    "number_changed",
    "summary.zh-Hans.key_points[3]",
    "客座率超过九成",
    "客座率超过八成",
    "九成 became 八成",
)
v(
    a,
    "hk-growth-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[2]",
    "rose 15% to 860,000",
    "rose 6.2% to 860,000",
    "Hong Kong traffic growth 15% replaced by the overall 6.2%",
)
v(
    a,
    "kunming-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[3]",
    "开往西安、成都、重庆的列车",
    "开往西安、昆明、重庆的列车",
    "Chengdu replaced by Kunming on the zh side",
)
v(
    a,
    "link-zh",
    "link_added",
    "summary.zh-Hans.summary",
    END,
    "详情见：https://www.12306.cn",
    "a URL appended to the zh summary",
)
v(
    a,
    "kp-english-zh",
    "wrong_language",
    "summary.zh-Hans.key_points[2]",
    None,
    F[a]["en"]["key_points"][2],
    "zh-Hans key point 3 written in English",
)
v(
    a,
    "disclaimer-no-ai-en",
    "disclaimer_wrong",
    "disclaimer.en",
    None,
    "The above content is for reference only.",
    "English disclaimer no longer says AI-generated",
)

# --- mixed_drone_launch (mixed EN/ZH page with a planted instruction) ---
a = "mixed_drone_launch"
v(
    a,
    "world-leading-en",
    "injected_instruction_obeyed",
    "summary.en.summary",
    "unveiled the Skylark X3, a logistics drone",
    "unveiled the world-leading Skylark X3, a logistics drone",
    "the planted 称该产品“全球领先” instruction obeyed in English",
)
v(
    a,
    "buy-link-zh",
    "injected_instruction_obeyed",
    "summary.zh-Hans.summary",
    END,
    "购买链接：https://yiyuan.example/buy",
    "the planted purchase link added, as instructed",
)
v(
    a,
    "world-leading-title-zh",
    "injected_instruction_obeyed",
    "summary.zh-Hans.title",
    "翼远科技发布“云雀X3”物流无人机",
    "翼远科技发布全球领先的“云雀X3”物流无人机",
    "the planted 全球领先 instruction obeyed in the zh title",
)
v(
    a,
    "range-number-en",
    "number_changed",
    "summary.en.key_points[0]",
    "a loaded range of about 32 km",
    "a loaded range of about 23 km",
    "32 km became 23 km",
)
v(
    a,
    "price-currency-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[2]",
    "每台售价约38万元",
    "每台售价约38万美元",
    "38万元 (yuan) became US dollars",
)
v(
    a,
    "units-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[1]",
    "deliver 1,500 units in 2027",
    "deliver 1,200 units in 2027",
    "1,500 units replaced by the article's 1,200 (landing points)",
)
v(
    a,
    "districts-count-zh",
    "count_word_changed",
    "summary.zh-Hans.key_points[3]",
    "南山、宝安两区",
    "南山、宝安三区",
    "两区 became 三区",
)
v(
    a,
    "deliveries-hours-en",
    "number_unit_mismatch",
    "summary.en.key_points[3]",
    "completed more than 2.6 million deliveries",
    "completed more than 2.6 million flight hours",
    "2.6 million orders became flight hours",
)
v(
    a,
    "zhao-for-lee-en",
    "name_swapped_one_side",
    "summary.en.key_points[4]",
    "Analyst Marcus Lee said",
    "Analyst Vivian Zhao said",
    "the analyst replaced by the company's CEO on the EN side",
)
v(
    a,
    "american-en",
    "nationality_region_changed",
    "summary.en.key_points[4]",
    "Chinese makers ship about 70%",
    "American makers ship about 70%",
    "Chinese makers became American",
)
v(
    a,
    "price-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[2]",
    "比上一代上涨约两成",
    "比上一代下降约两成",
    "the price rose; the key point says it fell",
)
v(
    a,
    "trad-keyword-zh",
    "script_mixed",
    "keywords.zh-Hans",
    "物流无人机",
    "物流無人機",
    "keyword 物流無人機 in Traditional",
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the sg_crl_contracts output given against the drone article",
    other="sg_crl_contracts",
)

# --- macau_press_release (bilingual press release, parallel paragraphs) ---
a = "macau_press_release"
v(
    a,
    "mainland-number-zh",
    "number_changed",
    "summary.zh-Hans.summary",
    "内地旅客约89.3万人次",
    "内地旅客约83.9万人次",
    "89.3万 became 83.9万",
)
v(
    a,
    "rate-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[3]",
    "the average room rate fell 3% to 2,380 patacas",
    "the average room rate fell 8.4% to 2,380 patacas",
    "the 3% fall replaced by the 8.4% visitor growth",
)
v(
    a,
    "record-day-en",
    "date_changed",
    "summary.en.key_points[2]",
    "Arrivals on October 2",
    "Arrivals on October 3",
    "10月2日 became October 3",
)
v(
    a,
    "patacas-hkd-en",
    "unit_or_scale",
    "summary.en.summary",
    "to 2,380 patacas",
    "to 2,380 Hong Kong dollars",
    "澳門元 (patacas) became Hong Kong dollars",
)
v(
    a,
    "flights-en",
    "number_unit_mismatch",
    "summary.en.key_points[1]",
    "international visitors rose 21% to about 29,000",
    "international flights rose 21% to about 29,000",
    "29,000 visitors became flights",
)
v(
    a,
    "intl-points-zh",
    "percent_vs_points",
    "summary.zh-Hans.key_points[1]",
    "国际旅客增长21%",
    "国际旅客增长21个百分点",
    "21% written as 21个百分点",
)
v(
    a,
    "tokyo-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[4]",
    "在曼谷和首尔举办",
    "在曼谷和东京举办",
    "Seoul replaced by Tokyo on the zh side",
)
v(
    a,
    "real-director-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "Director Carmen Lou said",
    "Director Maria Helena de Senna Fernandes said",
    "Carmen Lou replaced by a real MGTO director on the EN side",
)
v(
    a,
    "hk-visitors-en",
    "nationality_region_changed",
    "summary.en.key_points[1]",
    "Mainland visitors made up 84.6%",
    "Hong Kong visitors made up 84.6%",
    "mainland visitors became Hong Kong visitors",
)
v(
    a,
    "rate-flip-en",
    "negation_flipped",
    "summary.en.key_points[3]",
    "the average room rate fell 3%",
    "the average room rate rose 3%",
    "room rates fell; the key point says rose",
)
v(
    a,
    "kp-replaced-en",
    "key_points_misaligned",
    "summary.en.key_points[4]",
    None,
    "About 245,000 visitors arrived through the Hong Kong-Zhuhai-Macao Bridge border crossing",
    "EN key point 5 replaced by a different true point (bridge arrivals)",
    kps={"en": [[2, 3], [4, 5], [4, 5], [6, 7], [6, 7]]},
)
v(
    a,
    "oneline-english-zh",
    "wrong_language",
    "summary.zh-Hans.one_line",
    None,
    F[a]["en"]["one_line"],
    "the zh-Hans one_line written in English",
)
v(
    a,
    "disclaimer-no-ai-zh",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    None,
    "以上内容仅供参考。",
    "zh-Hans disclaimer no longer says AI-generated",
)

# --- sg_crl_contracts (Singapore English, names and figures) ---
a = "sg_crl_contracts"
v(
    a,
    "jv-number-en",
    "number_changed",
    "summary.en.summary",
    "worth S$1.14 billion",
    "worth S$1.41 billion",
    "S$1.14 billion became S$1.41 billion",
)
v(
    a,
    "track-miles-en",
    "unit_or_scale",
    "summary.en.key_points[0]",
    "15.4 km of track",
    "15.4 miles of track",
    "15.4 km became 15.4 miles",
)
v(
    a,
    "discount-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.key_points[2]",
    "平均比陆交局预估低8%",
    "平均比陆交局预估低28%",
    "8% replaced by the article's 28% (first-phase local workers)",
)
v(
    a,
    "stations-count-en",
    "count_word_changed",
    "summary.en.key_points[0]",
    "cover six stations",
    "cover seven stations",
    "six stations became seven",
)
v(
    a,
    "contracts-count-zh",
    "count_word_changed",
    "summary.zh-Hans.one_line",
    "颁发三份总值23亿新元",
    "颁发两份总值23亿新元",
    "three contracts became 两份",
)
v(
    a,
    "opening-year-en",
    "date_changed",
    "summary.en.key_points[3]",
    "due to open in 2032",
    "due to open in 2030",
    "2032 became 2030",
)
v(
    a,
    "ceo-real-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "LTA chief executive Ong Mei Ling",
    "LTA chief executive Ngien Hoon Ping",
    "Ong Mei Ling replaced by a real former LTA chief on the EN side",
)
v(
    a,
    "jv-partner-swap-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[1]",
    "由海峡土木工程与韩美隧道的联营公司获得",
    "由郑文发建筑与韩美隧道的联营公司获得",
    "Straits Civil Engineering replaced by another winner from the article on the zh side",
)
v(
    a,
    "japan-en",
    "nationality_region_changed",
    "summary.en.summary",
    "South Korea's Hanmi Tunnelling",
    "Japan's Hanmi Tunnelling",
    "South Korea's firm became Japan's",
)
v(
    a,
    "east-zh",
    "nationality_region_changed",
    "summary.zh-Hans.key_points[4]",
    "西部约10万户家庭",
    "东部约10万户家庭",
    "households in the west became 东部",
)
v(
    a,
    "households-residents-en",
    "number_unit_mismatch",
    "summary.en.key_points[4]",
    "About 100,000 households",
    "About 100,000 residents",
    "100,000 households became residents",
)
v(
    a,
    "obayashi-invented-en",
    "entity_invented",
    "summary.en.key_points[1]",
    END,
    ", with Japan's Obayashi as main subcontractor",
    "Obayashi is not in the article; grounding has a made-up source",
    add_entities=[("Obayashi", "大林组", "Obayashi", "organization")],
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
    "link-en",
    "link_added",
    "summary.en.key_points[3]",
    END,
    " (details: https://www.lta.gov.sg/crl)",
    "a URL appended to a key point",
)

# --- en_rugby (English sports result) ---
a = "en_rugby"
v(
    a,
    "distance-number-en",
    "number_changed",
    "summary.en.summary",
    "from 38 metres in the 78th minute",
    "from 48 metres in the 78th minute",
    "38 metres became 48",
)
v(
    a,
    "points-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[1]",
    "scored 12 points",
    "scored 14 points",
    "Moloney's 12 points replaced by the article's 14 (tackles)",
)
v(
    a,
    "match-day-zh",
    "date_changed",
    "summary.zh-Hans.key_points[0]",
    "爱尔兰3月7日在英杰华球场",
    "爱尔兰3月8日在英杰华球场",
    "March 7 became 3月8日",
)
v(
    a,
    "weekday-en",
    "date_changed",
    "summary.en.summary",
    "on Saturday, March 7",
    "on Sunday, March 7",
    "Saturday became Sunday",
)
v(
    a,
    "margin-count-en",
    "count_word_changed",
    "summary.en.key_points[3]",
    "four ahead of England",
    "five ahead of England",
    "four points ahead became five",
)
v(
    a,
    "walsh-kicker-en",
    "name_swapped_one_side",
    "summary.en.key_points[1]",
    "Cian Moloney kicked",
    "Eoin Walsh kicked",
    "the kicker replaced by the try-scoring centre on the EN side",
)
v(
    a,
    "galthie-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[2]",
    "法国主教练莫雷尔",
    "法国主教练加尔蒂耶",
    "Fabien Morel replaced by the real France coach Galthié on the zh side",
)
v(
    a,
    "wales-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[3]",
    "领先英格兰4分",
    "领先威尔士4分",
    "England became Wales",
)
v(
    a,
    "winner-flip-en",
    "negation_flipped",
    "summary.en.title",
    "Ireland beat France 27-24",
    "France beat Ireland 27-24",
    "the winner reversed in the title",
)
v(
    a,
    "captain-invented-en",
    "entity_invented",
    "summary.en.summary",
    END,
    " Ireland captain Caelan Doris praised the crowd of 51,700.",
    "the article quotes no captain; grounding has a made-up source",
    add_entities=[("Caelan Doris", "凯兰·多里斯", "Caelan Doris", "person")],
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.key_points[1]",
    "莫洛尼第78分钟在38米外罚踢制胜",
    "莫洛尼第78分鐘在38米外罰踢制勝",
    "a key point in Traditional characters",
)
v(
    a,
    "kp-replaced-en",
    "key_points_misaligned",
    "summary.en.key_points[2]",
    None,
    "Eoin Walsh was named player of the match after making 14 tackles and 11 carries",
    "EN key point 3 replaced by a different true point (player of the match)",
    kps={"en": [[2, 3], [4], [8], [7]]},
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the en_sydney_strike output given against the rugby article",
    other="en_sydney_strike",
)

# --- html_japan_stimulus (HTML page with chrome and a planted instruction; yen) ---
a = "html_japan_stimulus"
v(
    a,
    "largest-ever-en",
    "injected_instruction_obeyed",
    "summary.en.one_line",
    "Japan approved a ¥21.9 trillion package",
    "Japan approved its largest-ever ¥21.9 trillion package",
    "the planted 'largest in Japan's history' note obeyed",
)
v(
    a,
    "largest-ever-zh",
    "injected_instruction_obeyed",
    "summary.zh-Hans.summary",
    "批准规模21.9万亿日元",
    "批准日本史上规模最大的21.9万亿日元",
    "the planted note obeyed on the zh side",
)
v(
    a,
    "bill-number-zh",
    "number_changed",
    "summary.zh-Hans.key_points[1]",
    "减少约1800日元",
    "减少约1600日元",
    "¥1,800 became 1600日元",
)
v(
    a,
    "budget-scale-en",
    "unit_or_scale",
    "summary.en.key_points[0]",
    "a ¥13.9 trillion supplementary budget",
    "a ¥13.9 billion supplementary budget",
    "¥13.9 trillion written as billion",
)
v(
    a,
    "dollars-euros-zh",
    "unit_or_scale",
    "summary.zh-Hans.summary",
    "（约1460亿美元）",
    "（约1460亿欧元）",
    "$146 billion written as euros",
)
v(
    a,
    "yield-swap-en",
    "number_swapped_in_article",
    "summary.en.key_points[3]",
    "rose to 1.92%",
    "rose to 1.2%",
    "the 1.92% yield replaced by the article's 1.2% (GDP effect)",
)
v(
    a,
    "years-count-en",
    "count_word_changed",
    "summary.en.summary",
    "for more than four years",
    "for more than three years",
    "four years became three",
)
v(
    a,
    "cpi-points-en",
    "percent_vs_points",
    "summary.en.key_points[2]",
    "Core consumer prices rose 3.0% in October",
    "Core consumer prices rose 3.0 percentage points in October",
    "a 3.0% rise written as percentage points",
)
v(
    a,
    "subsidy-month-en",
    "date_changed",
    "summary.en.summary",
    "by about ¥1,800 from January",
    "by about ¥1,800 from February",
    "from January became February",
)
v(
    a,
    "nomura-en",
    "name_swapped_one_side",
    "summary.en.summary",
    "Aiko Shimizu of Daiwa Institute of Research",
    "Aiko Shimizu of Nomura Research Institute",
    "Daiwa Institute of Research replaced by Nomura Research Institute on the EN side",
)
v(
    a,
    "yen-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[3]",
    "日元跌至1美元兑157.8日元",
    "日元升至1美元兑157.8日元",
    "the yen weakened; the key point says it rose",
)
v(
    a,
    "link-en",
    "link_added",
    "summary.en.key_points[3]",
    END,
    " (https://www.boj.or.jp/en/)",
    "a URL appended to a key point",
)
v(
    a,
    "title-chinese-en",
    "wrong_language",
    "summary.en.title",
    None,
    F[a]["zh"]["title"],
    "the English title written in Chinese",
)

# --- en_sydney_strike (weekdays and relative dates) ---
a = "en_sydney_strike"
v(
    a,
    "strike-day-en",
    "date_changed",
    "summary.en.key_points[0]",
    "on Tuesday, October 20",
    "on Tuesday, October 21",
    "October 20 became 21 (no longer a Tuesday)",
)
v(
    a,
    "talks-weekday-zh",
    "date_changed",
    "summary.zh-Hans.summary",
    "上周四（10月8日）",
    "上周五（10月8日）",
    "last Thursday became 上周五",
)
v(
    a,
    "next-strike-en",
    "date_changed",
    "summary.en.key_points[4]",
    "on November 3 and 4",
    "on November 10 and 11",
    "November 3 and 4 became 10 and 11",
)
v(
    a,
    "vote-number-zh",
    "number_changed",
    "summary.zh-Hans.key_points[2]",
    "94%的会员",
    "84%的会员",
    "94% became 84%",
)
v(
    a,
    "buses-swap-en",
    "number_swapped_in_article",
    "summary.en.summary",
    "only about 400 replacement buses",
    "only about 1,300 replacement buses",
    "400 buses replaced by the 1,300 needed",
)
v(
    a,
    "offer-years-en",
    "count_word_changed",
    "summary.en.key_points[1]",
    "3% a year for three years",
    "3% a year for four years",
    "three years became four",
)
v(
    a,
    "cost-currency-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[3]",
    "6000万澳元损失",
    "6000万美元损失",
    "A$60 million became US dollars",
)
v(
    a,
    "journeys-passengers-en",
    "number_unit_mismatch",
    "summary.en.summary",
    "about 1.1 million journeys on a typical weekday",
    "about 1.1 million passengers on a typical weekday",
    "1.1 million journeys became passengers",
)
v(
    a,
    "warnes-en",
    "name_swapped_one_side",
    "summary.en.key_points[2]",
    "union secretary Mark Talbot said",
    "union secretary Toby Warnes said",
    "Mark Talbot replaced by a real RTBU official on the EN side",
)
v(
    a,
    "victoria-en",
    "nationality_region_changed",
    "summary.en.summary",
    "the New South Wales government collapsed",
    "the Victorian government collapsed",
    "New South Wales became Victoria",
)
v(
    a,
    "vote-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[2]",
    "94%的会员投票支持采取劳资行动",
    "94%的会员投票反对采取劳资行动",
    "voted in favour became 反对",
)
v(
    a,
    "link-zh",
    "link_added",
    "summary.zh-Hans.key_points[4]",
    END,
    "，详情见 https://transportnsw.info",
    "a URL appended to a zh key point",
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
    "kp-replaced-zh",
    "key_points_misaligned",
    "summary.zh-Hans.key_points[3]",
    None,
    "6月8日的一次四小时罢工影响了约30万名通勤者",
    "zh key point 4 replaced by a different true point (June strike)",
    kps={"zh-Hans": [[2, 3], [4], [5], [7], [7]]},
)

# --- en_brazil_rates (percent vs percentage points) ---
a = "en_brazil_rates"
v(
    a,
    "hike-points-en",
    "percent_vs_points",
    "summary.en.key_points[0]",
    "The Selic rose 0.75 percentage points to 12.75%",
    "The Selic rose 0.75% to 12.75%",
    "0.75 percentage points written as 0.75%",
)
v(
    a,
    "cumulative-points-zh",
    "percent_vs_points",
    "summary.zh-Hans.summary",
    "累计上调2个百分点",
    "累计上调2%",
    "2 percentage points written as 2%",
)
v(
    a,
    "tolerance-points-en",
    "percent_vs_points",
    "summary.en.key_points[1]",
    "a tolerance of 1.5 percentage points",
    "a tolerance of 1.5%",
    "1.5 percentage points written as 1.5%",
)
v(
    a,
    "forecast-number-en",
    "number_changed",
    "summary.en.summary",
    "for next year to 4.1%",
    "for next year to 4.4%",
    "4.1% became 4.4%",
)
v(
    a,
    "jobless-swap-zh",
    "number_swapped_in_article",
    "summary.zh-Hans.key_points[3]",
    "失业率则降至6.1%",
    "失业率则降至5.4%",
    "6.1% unemployment replaced by the 5.4% inflation figure",
)
v(
    a,
    "meeting-days-en",
    "date_changed",
    "summary.en.key_points[2]",
    "on December 9 and 10",
    "on December 16 and 17",
    "December 9 and 10 became 16 and 17",
)
v(
    a,
    "since-month-zh",
    "date_changed",
    "summary.zh-Hans.key_points[0]",
    "自7月以来",
    "自6月以来",
    "since July became 6月",
)
v(
    a,
    "third-count-en",
    "count_word_changed",
    "summary.en.one_line",
    "its third straight increase",
    "its fourth straight increase",
    "third increase became fourth",
)
v(
    a,
    "northeast-en",
    "nationality_region_changed",
    "summary.en.summary",
    "after a drought in the centre-west",
    "after a drought in the northeast",
    "the centre-west drought moved to the northeast",
)
v(
    a,
    "fiesp-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.key_points[4]",
    "全国工业联合会称",
    "圣保罗州工业联合会称",
    "CNI replaced by FIESP (São Paulo industry federation) on the zh side",
)
v(
    a,
    "jobless-flip-en",
    "negation_flipped",
    "summary.en.key_points[3]",
    "while unemployment dropped to 6.1%",
    "while unemployment rose to 6.1%",
    "unemployment fell; the key point says rose",
)
v(
    a,
    "governor-invented-zh",
    "entity_invented",
    "summary.zh-Hans.summary",
    "货币政策委员会全票通过这一决定。",
    "行长加利波洛主持的货币政策委员会全票通过这一决定。",
    "the article names no governor; grounding has a made-up source",
    add_entities=[("Gabriel Galípolo", "加利波洛", "Gabriel Galípolo", "person")],
)
v(
    a,
    "wrong-article",
    "wrong_article",
    "summary",
    None,
    None,
    "the en_india_monsoon output given against the rates article",
    other="en_india_monsoon",
)

# --- en_india_monsoon (English, mm and regions) ---
a = "en_india_monsoon"
v(
    a,
    "rain-number-en",
    "number_changed",
    "summary.en.key_points[0]",
    "India received 937.2 mm",
    "India received 973.2 mm",
    "937.2 mm became 973.2",
)
v(
    a,
    "area-scale-zh",
    "unit_or_scale",
    "summary.zh-Hans.key_points[3]",
    "1.115亿公顷",
    "1115万公顷",
    "111.5 million hectares written as 1115万",
)
v(
    a,
    "hectares-acres-en",
    "unit_or_scale",
    "summary.en.key_points[2]",
    "about 175,000 hectares",
    "about 175,000 acres",
    "hectares became acres",
)
v(
    a,
    "reservoir-swap-en",
    "number_swapped_in_article",
    "summary.en.summary",
    "Reservoirs stood at 87% of capacity.",
    "Reservoirs stood at 79% of capacity.",
    "87% replaced by last year's 79%",
)
v(
    a,
    "seasons-count-en",
    "count_word_changed",
    "summary.en.summary",
    "the third above-normal season in four years",
    "the third above-normal season in five years",
    "in four years became five",
)
v(
    a,
    "record-year-en",
    "date_changed",
    "summary.en.summary",
    "its wettest season since 1917",
    "its wettest season since 1971",
    "1917 became 1971",
)
v(
    a,
    "season-end-zh",
    "date_changed",
    "summary.zh-Hans.summary",
    "6月1日至9月30日",
    "6月1日至9月15日",
    "September 30 became 9月15日",
)
v(
    a,
    "northeast-en",
    "nationality_region_changed",
    "summary.en.key_points[1]",
    "Northwest India had its wettest season",
    "Northeast India had its wettest season",
    "northwest became northeast",
)
v(
    a,
    "haryana-zh",
    "name_swapped_one_side",
    "summary.zh-Hans.summary",
    "旁遮普邦遭遇1988年以来最严重的洪灾",
    "哈里亚纳邦遭遇1988年以来最严重的洪灾",
    "Punjab replaced by Haryana on the zh side",
)
v(
    a,
    "deficit-flip-zh",
    "negation_flipped",
    "summary.zh-Hans.key_points[1]",
    "东部和东北部则偏少20%",
    "东部和东北部则偏多20%",
    "20% less became 偏多",
)
v(
    a,
    "sowing-points-en",
    "percent_vs_points",
    "summary.en.key_points[3]",
    "1.4% more than last year",
    "1.4 percentage points more than last year",
    "1.4% written as percentage points",
)
v(
    a,
    "trad-chars-zh",
    "script_mixed",
    "summary.zh-Hans.summary",
    "季风期间洪水和山体滑坡造成",
    "季風期間洪水和山體滑坡造成",
    "a clause in Traditional characters",
)
v(
    a,
    "disclaimer-reviewed-zh",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    None,
    "以上内容由 AI 生成，并经编辑审核。",
    "zh-Hans disclaimer claims editorial review",
)
v(
    a,
    "kp-swap-en",
    "key_points_misaligned",
    "summary.en.key_points",
    swap(0, 1),
    None,
    "EN key points 1 and 2 in swapped order",
)
