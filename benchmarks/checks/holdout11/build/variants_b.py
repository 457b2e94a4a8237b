# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout11 Chinese summaries."""

from __future__ import annotations

from benchmarks._checks_builder import END, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

C = "zh_lvliang_coal_mine"
M = "hk_marathon"

VARIANTS_B: list[dict] = [
    # --- Shanxi coal mine flooding -------------------------------------------------------------------
    v(C, "miners-29", "number_changed", f"{EN}.summary", "trapping 13 of the 92 miners", "trapping 13 of the 29 miners", "92 miners underground written as 29"),
    v(C, "inflow-takes-pump-capacity", "number_swapped_in_article", f"{ZH}.key_points[1]", "约800立方米", "约1500立方米", "the 800 m³/h inflow takes the pumps' 1,500 m³/h capacity"),
    v(C, "capacity-12-million", "unit_or_scale", f"{EN}.summary", "1.2 million tonnes a year", "12 million tonnes a year", "1.2 million tonne capacity written as 12 million"),
    v(C, "capacity-120-thousand-zh", "unit_or_scale", f"{ZH}.summary", "核定年产能120万吨", "核定年产能12万吨", "120万吨 capacity written as 12万吨"),
    v(C, "decline-points", "percent_vs_points", f"{ZH}.key_points[4]", "同比分别下降8.8%和6.6%", "同比分别下降8.8个和6.6个百分点", "falls of 8.8% and 6.6% written as percentage points"),
    v(C, "accident-18th", "date_changed", f"{ZH}.one_line", "11月17日", "11月18日", "accident on November 17 moved to the 18th"),
    v(C, "two-month-check", "count_word_changed", f"{ZH}.summary", "为期三个月", "为期两个月", "three-month inspection written as two months"),
    v(C, "inflow-per-day", "number_unit_mismatch", f"{EN}.key_points[1]", "cubic metres an hour", "cubic metres a day", "the 800 m³ inflow was per hour, not per day"),
    v(C, "rescue-52-days", "number_unit_mismatch", f"{ZH}.summary", "经约52小时", "经约52天", "52 hours of rescue written as 52 days"),
    v(C, "county-head-briefed-zh", "name_swapped_one_side", f"{ZH}.summary", "副市长刘志刚", "副市长高文斌", "zh gives the briefing to county head Gao Wenbin (in the article) instead of vice mayor Liu Zhigang; en unchanged"),
    v(C, "regulator-briefed-en", "name_swapped_one_side", f"{EN}.summary", "Vice mayor Liu Zhigang said", "Vice mayor Zhou Deming said", "en names national regulator Zhou Deming as the vice mayor; zh still names Liu Zhigang"),
    v(C, "coking-coal-owner", "entity_invented", f"{EN}.summary", END, " The mine belongs to Shanxi Coking Coal Group.", "mine attributed to Shanxi Coking Coal Group; the article says it is privately owned and names no parent", add_entities=[("Shanxi Coking Coal Group", "山西焦煤集团", "Shanxi Coking Coal Group", "organization")]),
    v(C, "shaanxi-title", "nationality_region_changed", f"{EN}.title", "Shanxi coal mine", "Shaanxi coal mine", "Shanxi mine placed in neighbouring Shaanxi"),
    v(C, "hazards-fixed-zh", "negation_flipped", f"{ZH}.key_points[2]", "至今未全部整改", "至今已全部整改", "hazards not all fixed; zh says all were fixed"),
    v(C, "hazards-fixed-en", "negation_flipped", f"{EN}.key_points[2]", "that have not all been fixed", "that have all been fixed", "hazards not all fixed; en says all were fixed"),
    v(C, "en-point-5-coal-price", "key_points_misaligned", f"{EN}.key_points[4]", WHOLE, "Thermal coal at Qinhuangdao rose about 3% in a week to about 835 yuan a tonne.", "en key point 5 is about coal prices while zh point 5 is about national accident figures", kps={"en": [[2], [3], [5], [6], [11]]}),
    v(C, "traditional-rescue", "script_mixed", f"{ZH}.summary", "救援共调集6支专业救护队", "救援共調集6支專業救護隊", "Traditional 調, 專, 業, 護, 隊 inside zh-Hans"),
    v(C, "en-point-1-chinese", "wrong_language", f"{EN}.key_points[0]", WHOLE, "入井92人中13人被困，经约52小时救援，9人获救、4人遇难。", "an en key point left in Chinese"),
    v(C, "en-disclaimer-xinhua", "disclaimer_wrong", "disclaimer.en", WHOLE, "The above content is AI-generated and has been verified by Xinhua.", "the en disclaimer claims Xinhua verification"),
    v(C, "mine-safety-link", "link_added", f"{ZH}.summary", END, "详见https://www.chinamine-safety.gov.cn。", "a URL not in the article appended"),
    v(C, "ride-hailing-summary", "wrong_article", "summary", None, None, "the Singapore ride-hailing summary given for the Shanxi coal mine article", other="mix_sg_ride_hailing"),
    # --- Hong Kong Marathon --------------------------------------------------------------------------
    v(M, "time-18-as-13", "number_changed", f"{ZH}.one_line", "2小时9分18秒", "2小时9分13秒", "winning time 2:09:18 written as 2:09:13"),
    v(M, "spend-takes-race-cost", "number_swapped_in_article", f"{EN}.summary", "about HK$430 million", "about HK$60 million", "HK$430 million visitor spending takes the HK$60 million race cost"),
    v(M, "cost-600-million", "unit_or_scale", f"{ZH}.key_points[3]", "约6000万港元", "约6亿港元", "HK$60 million cost written as HK$600 million (6亿)"),
    v(M, "cost-rise-points", "percent_vs_points", f"{EN}.key_points[3]", "around 10% more", "around 10 percentage points more", "a 10% rise in cost written as 10 percentage points"),
    v(M, "february-8", "date_changed", f"{EN}.summary", "Sunday, February 7", "Sunday, February 8", "race on Sunday February 7 moved to the 8th"),
    v(M, "overseas-30k", "count_word_changed", f"{ZH}.key_points[1]", "海外跑手约占三成", "海外跑手约有3万人", "overseas runners about 三成 (30%) of the field written as 30,000 people"),
    v(M, "two-minutes-inside", "number_unit_mismatch", f"{EN}.key_points[0]", "two seconds inside", "two minutes inside", "record beaten by two seconds, not two minutes"),
    v(M, "sponsorship-usd", "number_unit_mismatch", f"{ZH}.key_points[3]", "赞助3500万港元", "赞助3500万美元", "Standard Chartered's HK$35 million written as US$35 million"),
    v(M, "abebe-wins-men-en", "name_swapped_one_side", f"{EN}.key_points[0]", "Kiprotich won", "Abebe won", "en credits the men's record to women's winner Abebe; zh still names Kiprotich"),
    v(M, "tourism-board-share-zh", "name_swapped_one_side", f"{ZH}.summary", "香港业余田径总会表示", "香港旅游发展局表示", "zh attributes the overseas share to the Tourism Board instead of the athletics association; en unchanged"),
    v(M, "lcsd-backing", "entity_invented", f"{ZH}.key_points[4]", "田总计划明年", "田总获康文署支持，计划明年", "LCSD backing for next year's expansion, not in the article", add_entities=[("Leisure and Cultural Services Department", "康乐及文化事务署", "康文署", "organization")]),
    v(M, "ethiopian-title", "nationality_region_changed", f"{ZH}.title", "肯尼亚跑手", "埃塞俄比亚跑手", "the Kenyan record-breaker called Ethiopian"),
    v(M, "decision-made-en", "negation_flipped", f"{EN}.key_points[4]", "but no decision has been made", "and the decision has been made", "the 80,000 expansion is undecided; en says it is decided"),
    v(M, "decision-made-zh", "negation_flipped", f"{ZH}.key_points[4]", "但目前未有定案", "目前已有定案", "the 80,000 expansion is undecided; zh says it is decided"),
    v(M, "zh-points-3-4-swapped", "key_points_misaligned", f"{ZH}.key_points", ("swap", 2, 3), None, "zh key points 3 and 4 swapped against the en order"),
    v(M, "traditional-keyword", "script_mixed", "keywords.zh-Hans", "香港马拉松", "香港馬拉松", "Traditional 馬 in a zh-Hans keyword"),
    v(M, "en-title-chinese", "wrong_language", f"{EN}.title", WHOLE, "香港马拉松逾七万人参赛 肯尼亚跑手破赛会纪录", "the en title is in Chinese"),
    v(M, "zh-disclaimer-no-ai", "disclaimer_wrong", "disclaimer.zh-Hans", WHOLE, "以上内容仅供参考。", "the zh disclaimer drops the AI-generated notice"),
    v(M, "results-link", "link_added", f"{EN}.one_line", END, " Results: https://www.hkmarathon.com/results", "a URL not in the article appended"),
    v(M, "rice-summary", "wrong_article", "summary", None, None, "the India rice quota summary given for the Hong Kong Marathon article", other="en_in_rice_quota"),
]
