# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout10 Chinese summaries."""

from __future__ import annotations

from benchmarks._checks_builder import END, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

J = "zh_jinan_metro"
T = "tw_bank_merger"

VARIANTS_B: list[dict] = [
    # --- Jinan Metro Line 4 -------------------------------------------------------------------------
    v(J, "cost-transposed", "number_changed", f"{EN}.key_points[1]", "about 33.8 billion yuan", "about 38.3 billion yuan", "33.8 billion yuan written as 38.3 billion"),
    v(J, "ridership-takes-2035", "number_swapped_in_article", f"{ZH}.key_points[2]", "初期日均客流预计约18万人次", "初期日均客流预计约56万人次", "the initial 180,000 daily trips take the 2035 forecast of 560,000"),
    v(J, "cost-tenth", "unit_or_scale", f"{EN}.summary", "cost about 33.8 billion yuan", "cost about 3.38 billion yuan", "338亿元 rendered as 3.38 billion instead of 33.8 billion"),
    v(J, "network-growth-points", "percent_vs_points", f"{EN}.key_points[2]", "up more than 30%", "up more than 30 percentage points", "a rise of more than 30% (逾三成) written as 30 percentage points"),
    v(J, "growth-forty-percent", "count_word_changed", f"{ZH}.summary", "增幅逾三成", "增幅逾四成", "逾三成 (124.7 to 164.9 km, about 32%) written as 逾四成"),
    v(J, "opening-november", "date_changed", f"{EN}.one_line", "opened on December 26", "opened on November 26", "opening on December 26 moved to November 26"),
    v(J, "journey-kilometres", "number_unit_mismatch", f"{ZH}.key_points[1]", "全程约68分钟", "全程约68公里", "a 68-minute end-to-end trip written as 68 km (the line is 40.2 km)"),
    v(J, "peak-interval-hours", "number_unit_mismatch", f"{EN}.summary", "running every 5 minutes 30 seconds", "running every 5 hours 30 minutes", "a peak interval of 5 minutes 30 seconds written as 5 hours 30 minutes"),
    v(J, "deputy-for-chairman-zh", "name_swapped_one_side", f"{ZH}.summary", "济南轨道交通集团董事长王振东表示", "济南轨道交通集团董事长刘海燕表示", "zh gives the chairman's words to transport bureau deputy Liu Haiyan; en unchanged"),
    v(J, "professor-for-chairman-en", "name_swapped_one_side", f"{EN}.summary", "chairman Wang Zhendong said", "chairman Du Wenbin said", "en names Professor Du Wenbin as the group's chairman instead of Wang Zhendong; zh unchanged"),
    v(J, "springs-stopped-zh", "negation_flipped", f"{ZH}.key_points[3]", "施工期间泉水始终未停喷", "施工期间泉水曾一度停喷", "zh says the springs stopped during construction; the article says they never did"),
    v(J, "springs-stopped-en", "negation_flipped", f"{EN}.key_points[3]", "and the springs never stopped flowing during construction", "and the springs briefly stopped flowing during construction", "en says the springs stopped flowing; they never did"),
    v(J, "qingdao-title", "nationality_region_changed", f"{EN}.title", "Jinan opens", "Qingdao opens", "the Jinan line placed in Qingdao"),
    v(J, "traditional-title", "script_mixed", f"{ZH}.title", "济南地铁4号线", "济南地鐵4號線", "Traditional characters (鐵, 號) left in the zh-Hans title"),
    v(J, "zh-point-in-english", "wrong_language", f"{ZH}.key_points[4]", WHOLE, "Phase 2 of Line 3 is due in June 2026 and Line 6 by the end of 2027.", "zh key point left in English"),
    v(J, "en-last-point-buses", "key_points_misaligned", f"{EN}.key_points[4]", WHOLE, "The city adjusted 23 bus routes and added six feeder routes around the new stations.", "en key point 5 is about bus routes while zh point 5 is about Lines 3 and 6", kps={"en": [[2], [3], [4], [5], [7]]}),
    v(J, "metro-link", "link_added", f"{ZH}.one_line", END, "详见www.jngdjt.cn", "a metro operator URL not in the article appended"),
    v(J, "zh-disclaimer-operator", "disclaimer_wrong", "disclaimer.zh-Hans", WHOLE, "以上内容由济南轨道交通集团提供。", "the zh disclaimer credits the metro operator instead of AI"),
    v(J, "keyword-crrc", "entity_invented", "keywords.en", END, "CRRC Qingdao Sifang", "keyword names train maker CRRC Qingdao Sifang; the article names no manufacturer", add_entities=[("CRRC Qingdao Sifang", "中车青岛四方", "中车青岛四方", "organization")]),
    # --- Donglian-Huaxin bank merger ----------------------------------------------------------------
    v(T, "ratio-088", "number_changed", f"{ZH}.key_points[0]", "0.82股", "0.88股", "swap ratio 0.82 written as 0.88"),
    v(T, "premium-takes-profit-growth", "number_swapped_in_article", f"{EN}.summary", "an 18% premium", "a 12% premium", "the 18% premium takes Huaxin's 12% profit growth"),
    v(T, "assets-zhao-as-yi", "unit_or_scale", f"{ZH}.key_points[1]", "约5.6万亿元新台币", "约5600亿元新台币", "5.6兆 (NT$5.6 trillion) written as 5600亿 (NT$560 billion)"),
    v(T, "deal-trillion", "unit_or_scale", f"{EN}.one_line", "about NT$118 billion", "about NT$1.18 trillion", "1,180億 (NT$118 billion) rendered as NT$1.18 trillion"),
    v(T, "car-drop-as-percent", "percent_vs_points", f"{ZH}.key_points[3]", "下降0.7个百分点", "下降0.7%", "a 0.7-point fall (14.3% to 13.6%) written as 0.7%"),
    v(T, "second-quarter", "date_changed", f"{EN}.summary", "in the third quarter of 2026", "in the second quarter of 2026", "completion in Q3 2026 moved to Q2"),
    v(T, "five-years-no-layoffs", "count_word_changed", f"{EN}.key_points[2]", "no layoffs for three years", "no layoffs for five years", "three-year no-layoff pledge becomes five years"),
    v(T, "third-largest", "count_word_changed", f"{ZH}.key_points[1]", "跻身台湾第五大金控", "跻身台湾第三大金控", "fifth-largest financial holding company written as third-largest"),
    v(T, "cash-in-us-dollars", "number_unit_mismatch", f"{EN}.key_points[0]", "plus NT$2.5 in cash", "plus US$2.5 in cash", "NT$2.5 cash per share given in US dollars"),
    v(T, "fall-in-yuan", "number_unit_mismatch", f"{ZH}.key_points[4]", "东联金控下跌2.1%至38.6元", "东联金控下跌2.1元至38.6元", "a 2.1% fall written as a fall of NT$2.1"),
    v(T, "huaxin-chair-for-lin", "name_swapped_one_side", f"{EN}.key_points[2]", "Lin Chih-yuan said there would be no layoffs", "Chen Mei-ling said there would be no layoffs", "en gives Lin Chih-yuan's no-layoff pledge to Huaxin chair Chen Mei-ling; zh unchanged"),
    v(T, "investor-centre-approval-zh", "name_swapped_one_side", f"{ZH}.summary", "并获金管会及公平会核准", "并获金管会及投保中心核准", "zh says the Investor Protection Center must approve, instead of the Fair Trade Commission"),
    v(T, "keyword-donglian-bank", "name_swapped_one_side", "keywords.zh-Hans", "华信商银", "东联商银", "zh keyword names Donglian's own bank instead of Huaxin Commercial Bank"),
    v(T, "layoffs-planned-zh", "negation_flipped", f"{ZH}.key_points[2]", "合并后三年内不会裁员", "合并后三年内将会裁员", "the no-layoff pledge turned into planned layoffs"),
    v(T, "layoffs-planned-en", "negation_flipped", f"{EN}.summary", "said there would be no layoffs for three years", "said there would be layoffs within three years", "en drops the 'no' from the no-layoff pledge"),
    v(T, "hong-kong-ranking", "nationality_region_changed", f"{ZH}.key_points[1]", "分行244家，跻身台湾", "分行244家，跻身香港", "the group's ranking among Taiwan's holding companies moved to Hong Kong"),
    v(T, "traditional-value", "script_mixed", f"{ZH}.summary", "交易总价值约1180亿元新台币", "交易總價值约1180亿元新台币", "Traditional characters (總價) left in zh-Hans"),
    v(T, "metro-summary", "wrong_article", "summary", None, None, "the Jinan metro summary given for the bank merger article", other=J),
    v(T, "morgan-stanley", "entity_invented", f"{EN}.key_points[0]", "an 18% premium.", "an 18% premium, according to adviser Morgan Stanley.", "the premium attributed to Morgan Stanley; the article names no adviser", add_entities=[("Morgan Stanley", "摩根士丹利", "Morgan Stanley", "organization")]),
    v(T, "en-title-in-chinese", "wrong_language", f"{EN}.title", WHOLE, "东联金控宣布合并华信商银 交易总值约1180亿元新台币", "en title left in Chinese"),
]
