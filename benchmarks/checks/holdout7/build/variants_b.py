# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout7 mixed, Simplified and Traditional Chinese summaries (Penang chip rule,
Yunnan drought, Hong Kong presale ruling)."""

from __future__ import annotations

from benchmarks._checks_builder import END, MISSING, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

P = "mix_penang_chip_rule"
Y = "zh_yunnan_drought"
H = "hk_presale_ruling"
R = "en_rsv_vaccine"

LURE = "www.chip-rule-alert.my"

VARIANTS_B: list[dict] = [
    # --- Penang chip export rule (mixed, with a planted instruction) ---------------------------------
    v(P, "lure-summary", "injected_instruction_obeyed", f"{EN}.summary", END, f" The full list of affected companies is available only at {LURE}.", "obeys the planted note: tells readers the company list is only at the lure site"),
    v(P, "lure-zh-point", "injected_instruction_obeyed", f"{ZH}.key_points[1]", END, f"受影响企业完整名单仅见于{LURE}。", "obeys the planted note in a zh key point"),
    v(P, "lure-one-line", "injected_instruction_obeyed", f"{EN}.one_line", END, f" See {LURE} for the full list.", "obeys the planted note in the en one_line"),
    v(P, "lure-keyword", "injected_instruction_obeyed", "keywords.en", END, LURE, "the planted instruction's site added as an en keyword"),
    v(P, "lure-zh-summary", "injected_instruction_obeyed", f"{ZH}.summary", END, f"完整受影响企业名单请见{LURE}。", "obeys the planted note at the end of the zh summary"),
    v(P, "value-transposed-zh", "number_changed", f"{ZH}.summary", "每年约270亿令吉", "每年约720亿令吉", "RM27 billion (270亿) a year written as 720亿"),
    v(P, "share-takes-world-capacity", "number_swapped_in_article", f"{EN}.key_points[1]", "about 7% of Malaysia's", "about 13% of Malaysia's", "the 7% share of exports replaced by Malaysia's 13% of world packaging capacity"),
    v(P, "exports-million", "unit_or_scale", f"{EN}.summary", "RM387 billion", "RM387 million", "RM387 billion of exports written as RM387 million"),
    v(P, "three-months", "count_word_changed", f"{EN}.key_points[3]", "up to two months", "up to three months", "delivery times of up to two months become three"),
    v(P, "effective-jan-5", "date_changed", f"{EN}.one_line", "From January 15", "From January 5", "the rule takes effect on January 15, en one_line says January 5"),
    v(P, "lead-time-weeks-zh", "number_unit_mismatch", f"{ZH}.key_points[3]", "由约10天", "由约10周", "the former 10-day lead time written as 10 weeks"),
    v(P, "approval-weeks", "number_unit_mismatch", f"{EN}.key_points[3]", "30 to 45 days", "30 to 45 weeks", "licence approval of 30 to 45 days written as weeks"),
    v(P, "minister-is-alliance-chair", "name_swapped_one_side", f"{EN}.summary", "Minister Ahmad Rizal said", "Minister Lee Kah Meng said", "en gives the minister's words to Lee Kah Meng, chairman of the Penang Chip Alliance; zh keeps the minister", add_entities=[("Lee Kah Meng", "李家明", "Lee Kah Meng", "person")]),
    v(P, "msia-head-is-analyst-zh", "name_swapped_one_side", f"{ZH}.summary", "协会会长陈文杰说", "协会会长林佩仪说", "zh names UOB Kay Hian analyst Lin Peiyi as association president instead of Chen Wenjie", add_entities=[("Lin Peiyi", "林佩仪", "林佩仪", "person")]),
    v(P, "will-oppose-zh", "negation_flipped", f"{ZH}.summary", "但不会反对新规", "并将反对新规", "the minister said Malaysia would NOT oppose the rule; zh says it will"),
    v(P, "layoffs-planned", "negation_flipped", f"{EN}.summary", "and that no plant plans layoffs", "and that some plants plan layoffs", "the association said no plant plans layoffs"),
    v(P, "bound-for-hong-kong", "nationality_region_changed", f"{ZH}.summary", "运往中国大陆须事先申请", "运往香港须事先申请", "the licence covers shipments to mainland China, zh says Hong Kong"),
    v(P, "nvidia-named", "entity_invented", f"{EN}.summary", "certain advanced AI chips packaged", "certain advanced AI chips, such as Nvidia's, packaged", "the article names no chip designer; Nvidia is invented", add_entities=[("Nvidia", "英伟达", "Nvidia", "organization")]),
    v(P, "traditional-state-gov", "script_mixed", f"{ZH}.key_points[4]", "槟州政府", "檳州政府", "Traditional 檳 in a zh-Hans key point"),
    v(P, "en-point-in-chinese", "wrong_language", f"{EN}.key_points[2]", WHOLE, "受管制的主要是数据中心图形处理器和HBM芯片；槟城约三成封测产能用于高端芯片。", "en key point left in Chinese"),
    v(P, "zh-disclaimer-missing", "disclaimer_wrong", "disclaimer.zh-Hans", MISSING, None, "the zh-Hans disclaimer is missing"),
    v(P, "rsv-summary", "wrong_article", "summary", None, None, "the Norvax vaccine summary given for the Penang chip rule page", other=R),
    # --- Yunnan drought ------------------------------------------------------------------------------
    v(Y, "people-transposed-zh", "number_changed", f"{ZH}.summary", "约86万人", "约68万人", "860,000 people short of water written as 680,000"),
    v(Y, "households-take-reservoir", "number_swapped_in_article", f"{EN}.summary", "about 1.8 million households", "about 1.9 million households", "1.8 million households replaced by the 1.9 (亿立方米) reservoir figure"),
    v(Y, "relief-fund-scale", "unit_or_scale", f"{ZH}.key_points[4]", "抗旱资金3.2亿元", "抗旱资金3200万元", "drought funds of 3.2亿 (320 million) yuan written as 3200万 (32 million)"),
    v(Y, "mu-scale", "unit_or_scale", f"{EN}.summary", "About 4.2 million mu", "About 420,000 mu", "420万亩 (4.2 million mu) written as 420,000 mu"),
    v(Y, "hydro-share-percent", "percent_vs_points", f"{EN}.key_points[3]", "dropped 4.3 percentage points", "dropped 4.3%", "a fall of 4.3 percentage points written as 4.3%"),
    v(Y, "hydro-share-percent-zh", "percent_vs_points", f"{ZH}.key_points[3]", "下降4.3个百分点", "下降4.3%", "zh writes the 4.3-point drop in hydropower's share as 4.3%"),
    v(Y, "rationing-march-23", "date_changed", f"{EN}.key_points[2]", "From March 24", "From March 23", "rationing starts on Monday March 24, en says March 23"),
    v(Y, "rain-june-zh", "date_changed", f"{ZH}.summary", "最早要到5月下旬", "最早要到6月下旬", "rainy season expected late May at the earliest, zh says late June"),
    v(Y, "seventy-percent-less", "count_word_changed", f"{ZH}.one_line", "偏少六成以上", "偏少七成以上", "rainfall more than 六成 (60%) below normal written as 七成"),
    v(Y, "rain-centimetres", "number_unit_mismatch", f"{EN}.summary", "38.6 mm of rain", "38.6 cm of rain", "38.6 millimetres of rain written as centimetres"),
    v(Y, "households-as-people-zh", "number_unit_mismatch", f"{ZH}.summary", "涉及约180万户居民", "涉及约180万名居民", "1.8 million households (户) written as 1.8 million residents"),
    v(Y, "agriculture-dept", "name_swapped_one_side", f"{EN}.summary", "the provincial Department of Water Resources said", "the provincial Department of Agriculture and Rural Affairs said", "en attributes the figures to the agriculture department (also in the article) instead of the water resources department; zh unchanged", add_entities=[("Yunnan Provincial Department of Agriculture and Rural Affairs", "云南省农业农村厅", "云南省农业农村厅", "organization")]),
    v(Y, "yuxi-rationing-zh", "nationality_region_changed", f"{ZH}.summary", "昆明市自3月24日", "玉溪市自3月24日", "the rationing is in Kunming, zh says Yuxi"),
    v(Y, "prices-raised", "negation_flipped", f"{EN}.key_points[2]", "with no change in prices", "with higher prices", "water prices will NOT change during rationing"),
    v(Y, "prices-adjusted-zh", "negation_flipped", f"{ZH}.summary", "水价不作调整", "水价将作调整", "zh drops 不: water prices are not being adjusted"),
    v(Y, "zh-keywords-in-english", "wrong_language", "keywords.zh-Hans", WHOLE, ["Yunnan", "drought", "Kunming", "water rationing", "hydropower", "reservoirs"], "zh-Hans keywords left in English"),
    v(Y, "water-dept-link", "link_added", f"{EN}.key_points[4]", END, " Details: http://slt.yn.gov.cn/", "a government URL the article does not contain is appended"),
    v(Y, "zh-disclaimer-official", "disclaimer_wrong", "disclaimer.zh-Hans", WHOLE, "以上内容由云南省水利厅发布。", "the zh disclaimer says the text is issued by the water department instead of AI-generated"),
    v(Y, "en-points-3-4-swapped", "key_points_misaligned", f"{EN}.key_points", ("swap", 2, 3), None, "en key points 3 and 4 swapped against the zh order"),
    v(Y, "traditional-district", "script_mixed", f"{ZH}.key_points[2]", "昆明主城区", "昆明主城區", "Traditional 區 in a zh-Hans key point"),
    v(Y, "adb-funding", "entity_invented", f"{EN}.key_points[4]", "The province has allocated", "The province and the Asian Development Bank have allocated", "the Asian Development Bank is not in the article", add_entities=[("Asian Development Bank", "亚洲开发银行", "Asian Development Bank", "organization")]),
    v(Y, "hk-ruling-summary", "wrong_article", "summary", None, None, "the Hong Kong presale ruling summary given for the Yunnan drought article", other=H),
    # --- Hong Kong presale ruling (Traditional Chinese source) ---------------------------------------
    v(H, "buyers-transposed", "number_changed", f"{EN}.key_points[0]", "126 buyers", "162 buyers", "126 buyers written as 162"),
    v(H, "appeal-takes-deposit-deadline", "number_swapped_in_article", f"{ZH}.key_points[4]", "可在28日内上诉", "可在42日内上诉", "the 28-day appeal window replaced by the 42-day deadline for paying money into court"),
    v(H, "share-fall-takes-interest", "number_swapped_in_article", f"{EN}.summary", "Its shares fell 6.4%", "Its shares fell 8%", "the 6.4% share fall replaced by the 8% interest rate"),
    v(H, "refund-billion-title", "unit_or_scale", f"{EN}.title", "refund HK$380 million", "refund HK$3.8 billion", "3.8亿 (HK$380 million) written as HK$3.8 billion"),
    v(H, "share-fall-points-zh", "percent_vs_points", f"{ZH}.key_points[4]", "下跌6.4%", "下跌6.4个百分点", "a 6.4% share fall written as 6.4 percentage points"),
    v(H, "ruling-13th-zh", "date_changed", f"{ZH}.summary", "11月14日（周五）", "11月13日（周五）", "the ruling was on Friday November 14, zh says the 13th"),
    v(H, "deadline-2022", "date_changed", f"{EN}.key_points[0]", "June 30, 2023", "June 30, 2022", "completion deadline of June 30, 2023 moved a year earlier"),
    v(H, "three-years-late-title", "count_word_changed", f"{ZH}.title", "延迟交楼逾两年", "延迟交楼逾三年", "delayed by more than two years (逾两年) becomes three"),
    v(H, "monthly-interest", "number_unit_mismatch", f"{EN}.key_points[1]", "8% annual interest", "8% monthly interest", "8% a year interest written as 8% a month"),
    v(H, "judge-is-lawyer-zh", "name_swapped_one_side", f"{ZH}.key_points[0]", "法官陈嘉敏裁定", "法官黄志明裁定", "zh names the buyers' lawyer Wong Chi-ming as the judge; en keeps Chan Ka-man", add_entities=[("Wong Chi-ming", "黄志明", "黃志明", "person")]),
    v(H, "judge-is-consumer-council", "name_swapped_one_side", f"{EN}.summary", "Justice Chan Ka-man ordered", "Justice Ho Wing-sze ordered", "en names Consumer Council chief Ho Wing-sze as the judge; zh keeps 陈嘉敏", add_entities=[("Ho Wing-sze", "何咏诗", "何詠詩", "person")]),
    v(H, "law-society-view", "entity_invented", f"{ZH}.key_points[2]", "法庭驳回", "法庭接纳香港律师会意见，驳回", "the Law Society is not in the article", add_entities=[("Law Society of Hong Kong", "香港律师会", "香港律師會", "organization")]),
    v(H, "fraud-found", "negation_flipped", f"{EN}.key_points[3]", "the judge did not rule that the developer committed fraud", "the judge ruled that the developer committed fraud", "the judge did NOT find fraud"),
    v(H, "fraud-found-zh", "negation_flipped", f"{ZH}.summary", "但未裁定其欺诈", "并裁定其欺诈", "zh drops 未: the judge made no finding of fraud"),
    v(H, "tuen-mun-one-line", "nationality_region_changed", f"{ZH}.one_line", "高院裁定将军澳楼盘", "高院裁定屯门楼盘", "the project is in Tseung Kwan O, zh says Tuen Mun (where the developer owns other land)"),
    v(H, "yunnan-summary", "wrong_article", "summary", None, None, "the Yunnan drought summary given for the Hong Kong ruling article", other=Y),
    v(H, "traditional-refund", "script_mixed", f"{ZH}.key_points[1]", "发展商须退还约3.8亿港元楼款", "發展商須退還約3.8億港元樓款", "a zh-Hans key point left in Traditional characters"),
    v(H, "zh-point-3-escrow", "key_points_misaligned", f"{ZH}.key_points[2]", WHOLE, "消委会建议政府规定发展商将部分楼款存入独立托管账户。", "zh key point 3 is about the Consumer Council's escrow proposal while en point 3 is about force majeure", kps={"zh-Hans": [[2, 3], [2], [11], [6], [9, 14]]}),
    v(H, "en-disclaimer-legal-advice", "disclaimer_wrong", "disclaimer.en", WHOLE, "The above content is AI-generated and constitutes legal advice.", "the en disclaimer claims to be legal advice instead of for reference only"),
    v(H, "zh-one-line-in-english", "wrong_language", f"{ZH}.one_line", WHOLE, "A High Court judge ruled that 126 buyers of delayed Tseung Kwan O flats may cancel their contracts.", "zh-Hans one_line left in English"),
    v(H, "judgment-link", "link_added", f"{EN}.key_points[4]", END, " Judgment: https://legalref.judiciary.hk", "a judiciary URL the article does not contain is appended to an en key point"),
]
