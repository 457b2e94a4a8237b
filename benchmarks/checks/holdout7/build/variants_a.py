# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout7 English and HTML summaries (Felixstowe strike, RSV vaccine, Meridian Air)."""

from __future__ import annotations

from benchmarks._checks_builder import END, MISSING, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

F = "en_felixstowe_strike"
R = "en_rsv_vaccine"
M = "html_meridian_airline"

VARIANTS_A: list[dict] = [
    # --- Felixstowe port strike ----------------------------------------------------------------------
    v(F, "ballot-share", "number_changed", f"{EN}.summary", "92% of those voting", "82% of those voting", "92% backing the walkout written as 82%"),
    v(F, "share-takes-turnout", "number_swapped_in_article", f"{ZH}.key_points[3]", "约36%", "约81%", "Felixstowe's 36% share of UK container freight replaced by the 81% ballot turnout"),
    v(F, "share-drop-as-percent", "percent_vs_points", f"{EN}.key_points[3]", "a share down 4 percentage points", "a share down 4%", "a fall of 4 percentage points written as a 4% fall"),
    v(F, "end-date-21", "date_changed", f"{ZH}.summary", "罢工将于10月20日结束", "罢工将于10月21日结束", "strike ends on October 20, zh says October 21"),
    v(F, "third-strike", "count_word_changed", f"{EN}.key_points[0]", "the second at the port", "the third at the port", "second strike in three years becomes the third"),
    v(F, "queue-days", "number_unit_mismatch", f"{EN}.key_points[4]", "lorry queues reached six hours", "lorry queues reached six days", "lorry queues of up to six hours written as six days"),
    v(F, "teu-as-tonnes", "number_unit_mismatch", f"{ZH}.key_points[4]", "约8万标准箱", "约8万吨", "80,000 TEU of containers written as 80,000 tonnes"),
    v(F, "unite-officer-as-ceo-zh", "name_swapped_one_side", f"{ZH}.summary", "首席执行官罗伯特·海恩斯表示", "首席执行官丹尼尔·阿什沃思表示", "zh gives the chief executive's statement to Unite officer Daniel Ashworth; en keeps Robert Haines"),
    v(F, "owner-maersk", "name_swapped_one_side", f"{EN}.summary", "owned by CK Hutchison", "owned by Maersk", "en says the operator is owned by Maersk (the shipping line in the story) instead of CK Hutchison; zh unchanged"),
    v(F, "lloyds-list-estimate", "entity_invented", f"{ZH}.key_points[4]", "德鲁里估计", "德鲁里和劳氏日报估计", "the idle-cargo estimate is also credited to Lloyd's List, which the article never mentions", add_entities=[("Lloyd's List", "劳氏日报", "Lloyd's List", "organization")]),
    v(F, "owner-singapore", "nationality_region_changed", f"{ZH}.summary", "该公司由香港的长江和记实业拥有", "该公司由新加坡的长江和记实业拥有", "CK Hutchison is Hong Kong-based, zh says Singapore"),
    v(F, "talks-will-reopen", "negation_flipped", f"{EN}.key_points[2]", "will not reopen talks during the strike", "will reopen talks during the strike", "the operator said it will NOT reopen talks during the strike; the negation is dropped"),
    v(F, "zh-points-4-5-swapped", "key_points_misaligned", f"{ZH}.key_points", ("swap", 3, 4), None, "zh key points 4 and 5 swapped, so they no longer match the en order"),
    v(F, "zh-title-in-english", "wrong_language", f"{ZH}.title", WHOLE, "Felixstowe dockworkers start eight-day strike after pay talks fail", "zh-Hans title left in English"),
    v(F, "traditional-one-line", "script_mixed", f"{ZH}.one_line", "英国最繁忙集装箱港费利克斯托港", "英國最繁忙集裝箱港費利克斯托港", "Traditional characters (英國, 集裝箱, 費) in the zh-Hans one_line"),
    v(F, "zh-disclaimer-missing", "disclaimer_wrong", "disclaimer.zh-Hans", MISSING, None, "the zh-Hans disclaimer is missing"),
    v(F, "port-updates-link", "link_added", f"{EN}.summary", END, " Updates are posted at https://www.portoffelixstowe.co.uk/strike-updates.", "a URL the article does not contain is added to the en summary"),
    v(F, "cargo-value-scale", "unit_or_scale", f"{ZH}.summary", "价值约8亿英镑", "价值约8000万英镑", "cargo worth about £800 million (8亿) written as £80 million (8000万)"),
    v(F, "meridian-summary", "wrong_article", "summary", None, None, "the Meridian Air results summary given for the Felixstowe strike article", other=M),
    # --- Norvax RSV vaccine --------------------------------------------------------------------------
    v(R, "placebo-cases", "number_changed", f"{EN}.key_points[0]", "11 cases against 61", "11 cases against 67", "61 hospitalisations in the placebo group written as 67"),
    v(R, "over-75-takes-headline", "number_swapped_in_article", f"{ZH}.key_points[1]", "住院的保护率为76%", "住院的保护率为82%", "protection in the over-75s (76%) replaced by the overall 82%"),
    v(R, "shares-points", "percent_vs_points", f"{ZH}.summary", "股价收涨14%", "股价收涨14个百分点", "a 14% share rise written as 14 percentage points"),
    v(R, "ema-july", "date_changed", f"{EN}.key_points[3]", "in June", "in July", "EMA filing planned for June moved to July"),
    v(R, "eight-countries", "count_word_changed", f"{EN}.summary", "in nine countries", "in eight countries", "trial ran in nine countries, en says eight"),
    v(R, "kroner-as-euros", "number_unit_mismatch", f"{ZH}.key_points[4]", "412丹麦克朗", "412欧元", "share price of 412 Danish kroner given in euros"),
    v(R, "analyst-is-cmo", "name_swapped_one_side", f"{EN}.key_points[4]", "Jefferies' Priya Raman", "Jefferies' Ingrid Halvorsen", "en credits the sales forecast to Norvax's medical chief Ingrid Halvorsen instead of Jefferies analyst Priya Raman; zh unchanged", add_entities=[("Ingrid Halvorsen", "英格丽·哈尔沃森", "Ingrid Halvorsen", "person")]),
    v(R, "regulators-swapped-zh", "name_swapped_one_side", f"{ZH}.key_points[3]", "6月向欧洲药品管理局、第三季度向美国食品药品监督管理局", "6月向美国食品药品监督管理局、第三季度向欧洲药品管理局", "zh swaps the regulators: the EMA filing is in June and the FDA one in the third quarter"),
    v(R, "novo-partner", "entity_invented", f"{EN}.summary", "Norvax plans to seek approval", "Norvax and its partner Novo Nordisk plan to seek approval", "a Novo Nordisk partnership is invented; the article only says talks with two unnamed drugmakers", add_entities=[("Novo Nordisk", "诺和诺德", "Novo Nordisk", "organization")]),
    v(R, "copd-benefit", "negation_flipped", f"{EN}.summary", "No significant benefit was shown in a small subgroup with COPD.", "A significant benefit was also shown in a small subgroup with COPD.", "the vaccine did NOT show a significant benefit in the COPD subgroup"),
    v(R, "gbs-causal-zh", "negation_flipped", f"{ZH}.key_points[2]", "与疫苗无因果关系", "与疫苗有因果关系", "zh says the safety board found a causal link to Guillain-Barré; it found none"),
    v(R, "swedish-norvax", "nationality_region_changed", f"{ZH}.one_line", "丹麦Norvax", "瑞典Norvax", "Norvax is Danish, zh one_line says Swedish"),
    v(R, "en-point-in-chinese", "wrong_language", f"{EN}.key_points[1]", WHOLE, "对任何有症状RSV感染的有效率为71.4%，对75岁及以上人群住院的保护率为76%。", "en key point left in Chinese"),
    v(R, "traditional-point", "script_mixed", f"{ZH}.key_points[0]", "接种组11例，安慰剂组61例", "接種組11例，安慰劑組61例", "Traditional characters (接種, 安慰劑) in a zh-Hans key point"),
    v(R, "ema-link", "link_added", f"{ZH}.key_points[3]", END, "详见https://www.ema.europa.eu。", "a URL not in the article is appended to a zh key point"),
    v(R, "en-disclaimer-reviewed", "disclaimer_wrong", "disclaimer.en", WHOLE, "This summary was reviewed by Norvax's medical team.", "the en disclaimer claims review by the company instead of saying it is AI-generated"),
    v(R, "en-point-3-storage", "key_points_misaligned", f"{EN}.key_points[2]", WHOLE, "Unlike some rivals, NVX-210 can be stored in an ordinary refrigerator at 2 to 8 degrees Celsius.", "en key point 3 is about storage while zh point 3 is about side effects", kps={"en": [[2, 3], [4], [6], [6, 7], [9]]}),
    v(R, "peak-sales-million", "unit_or_scale", f"{EN}.key_points[4]", "US$1.5 billion", "US$1.5 million", "peak sales of US$1.5 billion written as US$1.5 million"),
    # --- Meridian Air results (HTML) ------------------------------------------------------------------
    v(M, "prior-profit-transposed", "number_changed", f"{EN}.summary", "from S$335 million", "from S$353 million", "last year's S$335 million profit written as S$353 million"),
    v(M, "grounding-cost-skyhop", "number_swapped_in_article", f"{EN}.key_points[3]", "costing about S$65 million", "costing about S$38 million", "the S$65 million grounding cost replaced by SkyHop's S$38 million profit"),
    v(M, "load-factor-percent", "percent_vs_points", f"{EN}.summary", "load factor rose 1.8 percentage points", "load factor rose 1.8%", "a 1.8-percentage-point rise in load factor written as 1.8%"),
    v(M, "delivery-2027", "date_changed", f"{EN}.key_points[4]", "from 2029", "from 2027", "A350 deliveries start in 2029, en says 2027"),
    v(M, "fourteen-grounded", "count_word_changed", f"{EN}.summary", "Twelve of its 41", "Fourteen of its 41", "twelve grounded A321neos become fourteen"),
    v(M, "order-in-sgd", "number_unit_mismatch", f"{ZH}.key_points[4]", "约值73亿美元", "约值73亿新元", "the US$7.3 billion list value given in Singapore dollars"),
    v(M, "dividend-dollars", "number_unit_mismatch", f"{ZH}.key_points[0]", "每股5分", "每股5新元", "an interim dividend of 5 cents written as 5 Singapore dollars"),
    v(M, "skyhop-title", "name_swapped_one_side", f"{ZH}.title", "Meridian Air上半财年", "SkyHop上半财年", "zh title gives the group's results to its budget arm SkyHop; en title keeps Meridian Air", add_entities=[("SkyHop", "SkyHop", "SkyHop", "organization")]),
    v(M, "rolls-royce-engines", "entity_invented", f"{EN}.key_points[4]", "ordered 20 Airbus A350-1000s", "ordered 20 Airbus A350-1000s, powered by Rolls-Royce engines,", "the article names no engine supplier for the A350 order", add_entities=[("Rolls-Royce", "罗尔斯·罗伊斯", "Rolls-Royce", "organization")]),
    v(M, "fares-return", "negation_flipped", f"{EN}.key_points[2]", "does not expect the exceptional fares of the past two years to return", "expects the exceptional fares of the past two years to return", "Lim said she does NOT expect the exceptional fares to return"),
    v(M, "malaysia-based", "nationality_region_changed", f"{EN}.summary", "Singapore-based Meridian Air", "Malaysia-based Meridian Air", "Meridian Air is Singapore-based, en says Malaysia-based"),
    v(M, "en-one-line-in-chinese", "wrong_language", f"{EN}.one_line", WHOLE, "新加坡Meridian Air上半财年净利增长23%，受惠于燃油成本下降和客运量创新高。", "en one_line left in Chinese"),
    v(M, "traditional-ceo", "script_mixed", f"{ZH}.summary", "首席执行官林伟玲警告", "首席執行官林偉玲警告", "Traditional characters (執行, 偉) in the zh-Hans summary"),
    v(M, "en-disclaimer-missing", "disclaimer_wrong", "disclaimer.en", MISSING, None, "the en disclaimer is missing"),
    v(M, "investor-link-keyword", "link_added", "keywords.en", END, "https://www.meridianair.com/investors", "an investor-relations URL the article does not contain is added as a keyword"),
    v(M, "en-points-1-2-swapped", "key_points_misaligned", f"{EN}.key_points", ("swap", 0, 1), None, "en key points 1 and 2 swapped against the zh order"),
    v(M, "revenue-scale", "unit_or_scale", f"{ZH}.summary", "营收增长8%至68亿新元", "营收增长8%至6.8亿新元", "revenue of S$6.8 billion (68亿) written as S$680 million (6.8亿)"),
]
