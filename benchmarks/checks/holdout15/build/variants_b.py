# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout15 Chinese-language summaries."""

from __future__ import annotations

from benchmarks._checks_builder import END, MISSING, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

S = "zh_lng_ship_order"
H = "tw_social_housing_lottery"
W = "html_sz_water_price"

VARIANTS_B: list[dict] = [
    # --- Shenjiang LNG carrier order -----------------------------------------------------------------
    v(S, "capacity-transposed", "number_changed", f"{ZH}.one_line", "17.4万立方米", "14.7万立方米", "ships of 174,000 cubic metres written as 147,000"),
    v(S, "capacity-twelve", "number_swapped_in_article", f"{EN}.key_points[2]", "from 8 to 14 ships", "from 8 to 12 ships", "new annual capacity of 14 ships replaced by the 12 ships ordered"),
    v(S, "yuan-tenfold", "unit_or_scale", f"{ZH}.key_points[1]", "折合约216亿元", "折合约2160亿元", "216亿元 inflated tenfold to 2160亿元"),
    v(S, "share-rise-percent-zh", "percent_vs_points", f"{ZH}.key_points[3]", "提高3.1个百分点", "提高3.1%", "a 3.1-percentage-point rise in share written as 3.1%"),
    v(S, "share-rise-percent-en", "percent_vs_points", f"{EN}.summary", "up 3.1 percentage points", "up 3.1%", "the share rose 3.1 percentage points, not 3.1%"),
    v(S, "october-signing", "date_changed", f"{EN}.one_line", "on November 18", "on October 18", "the contract was signed on November 18, not October 18"),
    v(S, "cbm-as-dwt", "number_unit_mismatch", f"{EN}.key_points[0]", "12 LNG carriers of 174,000 cubic metres", "12 LNG carriers of 174,000 deadweight tonnes", "174,000 is the cargo capacity in cubic metres, not deadweight tonnes"),
    v(S, "ships-as-docks-zh", "number_unit_mismatch", f"{ZH}.key_points[2]", "由8艘提高到14艘", "由8座提高到14座", "capacity of 8 and 14 ships a year turned into 8 and 14 docks"),
    v(S, "owner-for-chairman", "name_swapped_one_side", f"{EN}.summary", "Chairman Wang Zhenhua said", "Nikos Papadopoulos said", "en gives the chairman's capacity plan to the shipowner's CEO; zh keeps 王振华"),
    v(S, "wang-warns-zh", "name_swapped_one_side", f"{ZH}.key_points[4]", "陈立群提醒", "王振华提醒", "zh gives Chen Liqun's overcapacity warning to chairman Wang Zhenhua; en keeps Chen"),
    v(S, "price-disclosed-zh", "negation_flipped", f"{ZH}.summary", "双方未披露合同金额", "双方已披露合同金额", "the contract price was NOT disclosed; zh says it was"),
    v(S, "keyword-hudong", "entity_invented", "keywords.en", END, "Hudong-Zhonghua Shipbuilding", "keyword names Hudong-Zhonghua, which the article never mentions", add_entities=[("Hudong-Zhonghua Shipbuilding", "沪东中华造船", "沪东中华造船", "organization")]),
    v(S, "norwegian-owner", "nationality_region_changed", f"{ZH}.one_line", "与希腊爱琴海航运签约", "与挪威爱琴海航运签约", "the shipowner is Greek, not Norwegian"),
    v(S, "fleet-three-tenths", "count_word_changed", f"{ZH}.key_points[4]", "约占现有船队四成", "约占现有船队三成", "the order book is about 40% of the fleet, written as 30%"),
    v(S, "traditional-title", "script_mixed", f"{ZH}.title", "申江造船获12艘大型LNG运输船订单", "申江造船獲12艘大型LNG運輸船訂單", "Traditional 獲/運輸/訂單 in the zh-Hans title"),
    v(S, "zh-point-english", "wrong_language", f"{ZH}.key_points[0]", WHOLE, "The order covers 12 LNG carriers of 174,000 cubic metres plus four options, for delivery in 2028-2030.", "zh-Hans key point 1 left in English"),
    v(S, "en-point-shares", "key_points_misaligned", f"{EN}.key_points[3]", WHOLE, "Shenjiang's A shares closed 4.6% higher at 23.85 yuan on the news.", "en key point 4 is about the share price while zh point 4 is about China's market share", kps={"en": [[2], [3], [4], [11], [8]]}),
    v(S, "clarksons-link", "link_added", f"{ZH}.summary", END, "详见www.clarksons.net。", "a Clarksons URL not in the article appended"),
    v(S, "en-disclaimer-byline", "disclaimer_wrong", "disclaimer.en", WHOLE, "The above content was written by Xinhua Finance reporters.", "the en disclaimer credits news-agency reporters instead of AI"),
    # --- Taipei social housing lottery ---------------------------------------------------------------
    v(H, "applications-transposed", "number_changed", f"{EN}.summary", "drawing 38,412 valid applications", "drawing 34,812 valid applications", "38,412 applications written as 34,812"),
    v(H, "two-room-nangang", "number_swapped_in_article", f"{ZH}.key_points[1]", "二房型568户", "二房型780户", "568 two-room units replaced by the 780 units of the Nangang project"),
    v(H, "cost-tenth", "unit_or_scale", f"{ZH}.summary", "总工程经费约96亿元新台币", "总工程经费约9.6亿元新台币", "NT$9.6 billion (96亿) shrunk to 9.6亿"),
    v(H, "shortfall-points", "percent_vs_points", f"{EN}.summary", "about 20% short of", "about 20 percentage points short of", "a shortfall of about 20% of the target written as 20 percentage points"),
    v(H, "checks-january", "date_changed", f"{EN}.summary", "by December 31", "by January 31", "the deadline for checks is December 31"),
    v(H, "six-tenths-young", "count_word_changed", f"{ZH}.summary", "未满40岁者约占七成", "未满40岁者约占六成", "about 70% of applicants were under 40, written as 60%"),
    v(H, "rent-weekly", "number_unit_mismatch", f"{EN}.key_points[2]", "NT$9,800 a month", "NT$9,800 a week", "one-room rent is NT$9,800 a month, not a week"),
    v(H, "lu-as-director-zh", "name_swapped_one_side", f"{ZH}.summary", "都发局长林志远说", "都发局长吕秀玲说", "zh makes the tenants' foundation head 吕秀玲 the department chief; en keeps Lin Chih-yuan"),
    v(H, "lu-as-councillor", "name_swapped_one_side", f"{EN}.key_points[3]", "Councillor Chen Yi-chun says", "Councillor Lu Hsiu-ling says", "en gives councillor Chen Yi-chun's figures to foundation head Lu Hsiu-ling; zh keeps 陈怡君"),
    v(H, "target-met-zh", "negation_flipped", f"{ZH}.key_points[3]", "距2026年底2万户的目标仍有差距", "已达到2026年底2万户的目标", "the city is still short of its 20,000-unit target; zh says it has met it"),
    v(H, "construction-agency", "entity_invented", f"{ZH}.key_points[4]", "全国社宅累计完工约8.6万户", "据内政部营建署统计，全国社宅累计完工约8.6万户", "national figure credited to the Construction and Planning Agency; the article cites the National Land Management Agency", add_entities=[("Construction and Planning Agency", "内政部营建署", "内政部营建署", "organization")]),
    v(H, "new-taipei-title", "nationality_region_changed", f"{EN}.title", "Taipei's Wenshan Muzha", "New Taipei's Wenshan Muzha", "the project is in Taipei, not New Taipei"),
    v(H, "en-one-line-chinese", "wrong_language", f"{EN}.one_line", WHOLE, "台北文山木栅社会住宅周六公开抽签，整体中签率约3.2%，一房型仅1.9%。", "en one_line left in Chinese"),
    v(H, "traditional-rents", "script_mixed", f"{ZH}.key_points[2]", "一般户租金约为市价八五折", "一般戶租金約為市價八五折", "Traditional 戶/約/為/價 inside zh-Hans"),
    v(H, "zh-points-1-2-swapped", "key_points_misaligned", f"{ZH}.key_points", ("swap", 0, 1), None, "zh key points 1 and 2 swapped against the en order"),
    v(H, "zh-disclaimer-missing", "disclaimer_wrong", "disclaimer.zh-Hans", MISSING, None, "the zh-Hans disclaimer is missing"),
    v(H, "udd-link", "link_added", f"{ZH}.one_line", END, "申请详情见https://www.udd.gov.taipei/social-housing", "an application URL not in the article appended"),
    v(H, "water-summary", "wrong_article", "summary", None, None, "the Shenzhen water price summary given for the Taipei housing story", other=W),
]
