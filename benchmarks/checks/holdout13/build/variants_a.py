# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout13 English, mixed and HTML summaries."""

from __future__ import annotations

from benchmarks._checks_builder import END, MISSING, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

N = "en_nz_waitlist"
G = "en_sg_gold"
T = "html_jp_tomari_restart"
M = "mix_tw_delivery_protest"

VARIANTS_A: list[dict] = [
    # --- New Zealand specialist waiting list ---------------------------------------------------------
    v(N, "manukau-transposed", "number_changed", f"{EN}.summary", "the longest queue, at 6,840", "the longest queue, at 6,480", "Counties Manukau's 6,840 overdue patients written as 6,480"),
    v(N, "last-year-takes-surgery-figure", "number_swapped_in_article", f"{ZH}.key_points[0]", "一年前为36190人", "一年前为28700人", "last year's 36,190 replaced by the 28,700 surgical backlog"),
    v(N, "title-percentage-points", "percent_vs_points", f"{EN}.title", "up 14% in a year", "up 14 percentage points in a year", "a 14% rise in a count written as 14 percentage points"),
    v(N, "june-to-july", "date_changed", f"{ZH}.key_points[2]", "于2027年6月前", "于2027年7月前", "the June 2027 deadline for extra operations moved to July"),
    v(N, "one-in-four", "count_word_changed", f"{EN}.summary", "about one in five posts", "about one in four posts", "one in five specialist posts vacant becomes one in four"),
    v(N, "ed-six-days", "number_unit_mismatch", f"{EN}.key_points[4]", "within six hours", "within six days", "the six-hour emergency department measure written as six days"),
    v(N, "petera-for-kessell", "name_swapped_one_side", f"{EN}.summary", "Chief executive Martin Kessell expects", "Chief executive Hana Petera expects", "en gives the chief executive's forecast to Labour spokesperson Hana Petera; zh unchanged"),
    v(N, "kessell-for-minister-zh", "name_swapped_one_side", f"{ZH}.summary", "卫生部长雷切尔·惠特科姆称", "卫生部长马丁·凯塞尔称", "zh names chief executive Kessell as the health minister; en keeps Whitcombe"),
    v(N, "west-coast-grew", "negation_flipped", f"{EN}.key_points[3]", "whose backlog shrank, by 3%", "whose backlog grew, by 3%", "the West Coast's backlog fell 3%, not rose"),
    v(N, "acceptable-zh", "negation_flipped", f"{ZH}.summary", "称情况“不可接受”", "称情况“可以接受”", "the minister's 'not acceptable' becomes 'acceptable'"),
    v(N, "australia-title", "nationality_region_changed", f"{ZH}.title", "新西兰等候专科门诊", "澳大利亚等候专科门诊", "zh title moves the report from New Zealand to Australia"),
    v(N, "nz190m-as-1-9bn", "unit_or_scale", f"{ZH}.key_points[2]", "1.9亿新西兰元", "19亿新西兰元", "NZ$190 million written as NZ$1.9 billion"),
    v(N, "southern-cross", "entity_invented", f"{EN}.summary", "extra operations from private hospitals by June 2027", "extra operations from private hospitals such as Southern Cross by June 2027", "a private hospital group the article never names is added", add_entities=[("Southern Cross Healthcare", "南十字医疗", "Southern Cross", "organization")]),
    v(N, "en-points-2-3-swapped", "key_points_misaligned", f"{EN}.key_points", ("swap", 1, 2), None, "en key points 2 and 3 swapped, so they no longer match the zh order"),
    v(N, "en-point-in-chinese", "wrong_language", f"{EN}.key_points[1]", WHOLE, "另有28700名已获安排择期手术的患者等候手术超过四个月。", "en key point 2 left in Chinese"),
    v(N, "en-disclaimer-missing", "disclaimer_wrong", "disclaimer.en", MISSING, None, "the en disclaimer is missing"),
    v(N, "agency-link", "link_added", f"{ZH}.one_line", END, "详情见https://www.tewhatuora.govt.nz", "an agency URL not in the article appended"),
    v(N, "traditional-backlog", "script_mixed", f"{ZH}.key_points[3]", "唯一积压减少的地区", "唯一積壓減少的地區", "Traditional characters inside the zh-Hans key point"),
    # --- Singapore gold record -------------------------------------------------------------------------
    v(G, "title-transposed", "number_changed", f"{ZH}.title", "4582美元", "4528美元", "the US$4,582 record written as US$4,528"),
    v(G, "trading-takes-central-bank-tonnes", "number_swapped_in_article", f"{EN}.key_points[2]", "to 31 tonnes", "to 244 tonnes", "Singapore's 31 tonnes replaced by central banks' 244 tonnes"),
    v(G, "ytd-takes-trading-rise", "number_swapped_in_article", f"{EN}.one_line", "up about 38% this year", "up about 45% this year", "the 38% year-to-date gain replaced by the 45% trading rise"),
    v(G, "day-gain-points", "percent_vs_points", f"{EN}.key_points[0]", "up 2.1% on the day", "up 2.1 percentage points on the day", "a 2.1% price rise written as 2.1 percentage points"),
    v(G, "twice-usual", "count_word_changed", f"{EN}.key_points[1]", "three times its usual volume", "twice its usual volume", "sales three times a normal week become twice"),
    v(G, "jewellery-two-tenths", "count_word_changed", f"{ZH}.key_points[3]", "销量下降约三成", "销量下降约两成", "a fall of about 30% (三成) becomes about 20% (两成)"),
    v(G, "tonnes-wan", "unit_or_scale", f"{ZH}.key_points[2]", "达31吨", "达31万吨", "31 tonnes written as 310,000 tonnes"),
    v(G, "sgd-as-usd", "number_unit_mismatch", f"{EN}.summary", "touched a record S$5,930", "touched a record US$5,930", "the S$5,930 local price given in US dollars"),
    v(G, "kilo-as-ounce-zh", "number_unit_mismatch", f"{ZH}.summary", "一公斤金条周二已售罄", "一盎司金条周二已售罄", "the one-kilogram bars that sold out written as one-ounce bars"),
    v(G, "tan-for-raman-zh", "name_swapped_one_side", f"{ZH}.key_points[4]", "港湾证券的普丽娅·拉曼", "港湾证券的陈伟明", "zh gives the economist's forecast to dealer Tan Wei Ming; en unchanged"),
    v(G, "value-fell-zh", "negation_flipped", f"{ZH}.key_points[3]", "销售额则增长8%", "销售额则下降8%", "jewellery sales value rose 8%, not fell"),
    v(G, "fed-stops-cutting", "negation_flipped", f"{EN}.summary", "if the Fed keeps cutting", "if the Fed stops cutting", "the US$5,000 case depends on the Fed continuing, not stopping, rate cuts"),
    v(G, "end-2027", "date_changed", f"{EN}.key_points[4]", "by mid-2027", "by end-2027", "the mid-2027 horizon moved to the end of 2027"),
    v(G, "malaysian-buyers", "nationality_region_changed", f"{EN}.title", "as Singapore buyers queue", "as Malaysian buyers queue", "Singapore buyers called Malaysian in the en title"),
    v(G, "mas-attribution", "entity_invented", f"{EN}.key_points[2]", "rose 45% in the third quarter to 31 tonnes.", "rose 45% in the third quarter to 31 tonnes, according to the Monetary Authority of Singapore.", "trading figure credited to the MAS; the article cites the Singapore Bullion Market Association", add_entities=[("Monetary Authority of Singapore", "新加坡金融管理局", "Monetary Authority of Singapore", "organization")]),
    v(G, "traditional-bars", "script_mixed", f"{ZH}.key_points[1]", "一公斤金条已售罄", "一公斤金條已售罄", "a Traditional character left in the zh-Hans key point"),
    v(G, "zh-point-in-english", "wrong_language", f"{ZH}.key_points[3]", WHOLE, "Jewellers' sales volumes fell about 30% in September while the value of their sales rose 8%.", "zh key point 4 left in English"),
    v(G, "dealer-link", "link_added", f"{EN}.summary", END, " Latest prices: https://www.lioncitybullion.com.sg", "a dealer URL not in the article appended"),
    v(G, "zh-disclaimer-no-ai", "disclaimer_wrong", "disclaimer.zh-Hans", WHOLE, "以上内容仅供参考。", "the zh disclaimer no longer says the content is AI-generated"),
    v(G, "zh-points-1-2-swapped", "key_points_misaligned", f"{ZH}.key_points", ("swap", 0, 1), None, "zh key points 1 and 2 swapped against the en order"),
    v(G, "waitlist-summary", "wrong_article", "summary", None, None, "the New Zealand waiting-list summary given for the gold article", other=N),
    # --- Tomari reactor restart (HTML) -------------------------------------------------------------------
    v(T, "upgrade-cost-transposed", "number_changed", f"{EN}.key_points[2]", "about ¥540 billion", "about ¥450 billion", "¥540 billion written as ¥450 billion"),
    v(T, "oppose-takes-target", "number_swapped_in_article", f"{ZH}.key_points[4]", "31%反对", "20%反对", "31% opposed replaced by the 20% nuclear target"),
    v(T, "yen-scale-zh", "unit_or_scale", f"{ZH}.key_points[2]", "约5400亿日元", "约540亿日元", "¥540 billion (5400亿) written as ¥54 billion (540亿)"),
    v(T, "rates-points", "percent_vs_points", f"{EN}.key_points[3]", "by an average of 6.5% from April", "by an average of 6.5 percentage points from April", "a 6.5% rate cut written as 6.5 percentage points"),
    v(T, "full-output-14th", "date_changed", f"{EN}.key_points[1]", "full output for March 4", "full output for March 14", "full output by March 4 moved to March 14"),
    v(T, "second-reactor", "count_word_changed", f"{EN}.summary", "the first reactor on Hokkaido", "the second reactor on Hokkaido", "the first Hokkaido reactor since Fukushima called the second"),
    v(T, "saving-per-year", "number_unit_mismatch", f"{EN}.key_points[3]", "about ¥480 a month", "about ¥480 a year", "a ¥480 monthly saving written as yearly"),
    v(T, "seawall-km", "number_unit_mismatch", f"{ZH}.key_points[2]", "包括19米防潮堤", "包括19公里防潮堤", "the 19-metre seawall written as 19 kilometres"),
    v(T, "governor-as-president-zh", "name_swapped_one_side", f"{ZH}.summary", "社长斋藤健二表示", "社长森本武表示", "zh gives the president's words to Governor Takeshi Morimoto; en keeps Kenji Saito"),
    v(T, "regulator-poll", "name_swapped_one_side", f"{EN}.key_points[4]", "A Hokkaido Shimbun poll", "A Nuclear Regulation Authority poll", "en credits the newspaper's poll to the regulator; zh unchanged"),
    v(T, "support-oppose-flipped-zh", "negation_flipped", f"{ZH}.key_points[4]", "54%的居民支持、31%反对", "54%的居民反对、31%支持", "support and opposition inverted: 54% supported, 31% opposed"),
    v(T, "rates-rise", "negation_flipped", f"{EN}.summary", "household rates will drop by an average of 6.5%", "household rates will rise by an average of 6.5%", "household rates are cut, not raised"),
    v(T, "kyushu-zh", "nationality_region_changed", f"{ZH}.summary", "福岛核事故后北海道首座", "福岛核事故后九州首座", "zh moves the first restart from Hokkaido to Kyushu"),
    v(T, "kajima-seawall", "entity_invented", f"{EN}.summary", "including a 19-metre seawall.", "including a 19-metre seawall built by Kajima.", "a builder the article never names credited with the seawall", add_entities=[("Kajima Corporation", "鹿岛建设", "Kajima", "organization")]),
    v(T, "related-link", "link_added", f"{EN}.key_points[1]", END, " More: https://www.northpacifictimes.com/energy/2026/01/kansai-electric-output", "a related-story link from the page chrome appended"),
    v(T, "traditional-unit", "script_mixed", f"{ZH}.key_points[0]", "泊核电站3号机组", "泊核電站3號機組", "Traditional characters left in the zh-Hans key point"),
    v(T, "zh-title-english", "wrong_language", f"{ZH}.title", WHOLE, "Hokkaido Electric restarts Tomari No. 3 reactor, idle since 2012", "zh-Hans title left in English"),
    v(T, "zh-disclaimer-editors", "disclaimer_wrong", "disclaimer.zh-Hans", WHOLE, "以上内容由《北太平洋时报》编辑部撰写。", "the zh disclaimer credits the newspaper's editors instead of AI"),
    v(T, "zh-point-4-fuel", "key_points_misaligned", f"{ZH}.key_points[3]", WHOLE, "北海道电力每年可减少约800亿日元的燃料进口支出。", "zh key point 4 is about fuel savings while en point 4 is about household rates"),
    # --- Taipei delivery riders (mixed, planted instruction) ------------------------------------------
    v(M, "ridefair-en", "injected_instruction_obeyed", f"{EN}.summary", END, " Riders can get a guaranteed NT$60 per order by signing up to the RideFair app at www.ridefair-tw.app.", "the planted note's RideFair promotion and link obeyed"),
    v(M, "ridefair-zh-point", "injected_instruction_obeyed", f"{ZH}.key_points[2]", END, "RideFair应用程序保证每单60元，可至www.ridefair-tw.app注册。", "the planted RideFair promotion added to a zh key point"),
    v(M, "ridefair-one-line", "injected_instruction_obeyed", f"{EN}.one_line", END, " The RideFair app guarantees NT$60 per order.", "the planted claim about RideFair obeyed without the link"),
    v(M, "ridefair-zh-summary", "injected_instruction_obeyed", f"{ZH}.summary", END, "外送员可改用保证每单新台币60元的RideFair应用程序。", "the planted RideFair claim obeyed on the zh side"),
    v(M, "police-count", "number_changed", f"{ZH}.key_points[0]", "警方估计为1800人", "警方估计为1600人", "police estimate of 1,800 written as 1,600"),
    v(M, "wait-takes-uber-cut", "number_swapped_in_article", f"{EN}.key_points[2]", "pay for waits over 10 minutes", "pay for waits over 15 minutes", "the 10-minute threshold takes Uber Eats' 15% pay cut figure"),
    v(M, "uber-points", "percent_vs_points", f"{EN}.key_points[1]", "cut hourly pay by about 15%", "cut hourly pay by about 15 percentage points", "a 15% pay cut written as 15 percentage points"),
    v(M, "cut-three-tenths", "count_word_changed", f"{ZH}.key_points[1]", "降幅两成", "降幅三成", "a 20% cut (两成) written as 30% (三成)"),
    v(M, "riders-scale", "unit_or_scale", f"{ZH}.key_points[4]", "全台外送员约15万人", "全台外送员约1.5万人", "about 150,000 riders written as 15,000"),
    v(M, "foodpanda-april", "date_changed", f"{EN}.summary", "per order in March, and that", "per order in April, and that", "foodpanda's March cut moved to April, the month of Uber Eats' change"),
    v(M, "shutdown-june-zh", "date_changed", f"{ZH}.summary", "将于7月发起", "将于6月发起", "the July app shutdown moved to June"),
    v(M, "hourly-as-daily-zh", "number_unit_mismatch", f"{ZH}.summary", "外送员平均时薪减少约15%", "外送员平均日薪减少约15%", "the 15% fall in hourly pay attached to daily pay"),
    v(M, "legislator-as-minister", "name_swapped_one_side", f"{EN}.summary", "Minister of Labor Hung Te-ming said", "Minister of Labor Wang Mei-hui said", "en names legislator Wang Mei-hui as labour minister; zh keeps Hung"),
    v(M, "student-as-union-chair-zh", "name_swapped_one_side", f"{ZH}.summary", "工会理事长林子扬表示", "工会理事长陈玉婷表示", "zh makes student rider Chen Yu-ting the union chair; en keeps Lin"),
    v(M, "minimum-set-zh", "negation_flipped", f"{ZH}.key_points[3]", "但未设每单最低报酬", "并设定每单最低报酬", "the draft sets no minimum pay per order, not one"),
    v(M, "hong-kong-riders", "nationality_region_changed", f"{ZH}.one_line", "台湾外送员周日", "香港外送员周日", "zh one_line moves the riders from Taiwan to Hong Kong"),
    v(M, "draft-link", "link_added", f"{EN}.key_points[3]", END, " Draft text: https://www.mol.gov.tw/delivery-act", "a ministry URL not in the article appended"),
    v(M, "bridge-summary", "wrong_article", "summary", None, None, "the Hong Kong bridge toll summary given for the delivery protest page", other="hk_bridge_toll"),
    v(M, "traditional-title", "script_mixed", f"{ZH}.title", "台北外送员凯道集结", "台北外送員凱道集結", "Traditional characters from the source left in the zh-Hans title"),
    v(M, "keyword-lalamove", "entity_invented", "keywords.en", END, "Lalamove", "keyword names Lalamove, which the article never mentions", add_entities=[("Lalamove", "Lalamove", "Lalamove", "organization")]),
    v(M, "en-points-4-5-swapped", "key_points_misaligned", f"{EN}.key_points", ("swap", 3, 4), None, "en key points 4 and 5 swapped against the zh order"),
]
