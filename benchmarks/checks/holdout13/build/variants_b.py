# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout13 Simplified and Traditional Chinese summaries."""

from __future__ import annotations

from benchmarks._checks_builder import END, MISSING, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

L = "zh_nujiang_landslide"
H = "hk_bridge_toll"

VARIANTS_B: list[dict] = [
    # --- Fugong landslide ------------------------------------------------------------------------------
    v(L, "homes-transposed", "number_changed", f"{EN}.summary", "burying 23 homes", "burying 32 homes", "23 buried homes written as 32"),
    v(L, "monitors-take-dogs", "number_swapped_in_article", f"{ZH}.key_points[3]", "现场已布设12台位移监测设备", "现场已布设16台位移监测设备", "12 monitoring devices replaced by the 16 search dogs' figure"),
    v(L, "volume-scale-zh", "unit_or_scale", f"{ZH}.one_line", "约45万立方米", "约4.5万立方米", "about 450,000 cubic metres written as 45,000"),
    v(L, "relief-scale", "unit_or_scale", f"{EN}.summary", "allocated 50 million yuan", "allocated 500 million yuan", "50 million yuan (5000万元) written as 500 million"),
    v(L, "rain-three-times-zh", "count_word_changed", f"{ZH}.key_points[2]", "是常年同期的两倍多", "是常年同期的三倍多", "rainfall more than twice the norm becomes three times"),
    v(L, "alert-12th-zh", "date_changed", f"{ZH}.key_points[2]", "于8月10日发布橙色预警", "于8月12日发布橙色预警", "the August 10 orange alert moved to August 12, the day of the heaviest rain"),
    v(L, "school-september-1", "date_changed", f"{EN}.key_points[4]", "start on September 8", "start on September 1", "the delayed school start of September 8 written as September 1"),
    v(L, "rain-cm", "number_unit_mismatch", f"{EN}.key_points[2]", "August rainfall of 412 mm", "August rainfall of 412 cm", "412 millimetres of rain written as 412 centimetres"),
    v(L, "machines-dogs-swapped-zh", "number_unit_mismatch", f"{ZH}.summary", "携48台大型机械和16条搜救犬", "携16台大型机械和48条搜救犬", "48 machines and 16 dogs attached to the wrong nouns"),
    v(L, "ministry-for-headquarters-zh", "name_swapped_one_side", f"{ZH}.summary", "国家防总启动防汛四级应急响应", "应急管理部启动防汛四级应急响应", "zh credits the flood response to the Ministry of Emergency Management instead of the State Flood Control headquarters"),
    v(L, "registered-site-zh", "negation_flipped", f"{ZH}.summary", "滑坡点不在已登记的隐患点范围内", "滑坡点在已登记的隐患点范围内", "the slide site was outside, not inside, the registered hazard points"),
    v(L, "sichuan-title", "nationality_region_changed", f"{EN}.title", "Landslide in Yunnan's Fugong county", "Landslide in Sichuan's Fugong county", "Fugong placed in Sichuan instead of Yunnan"),
    v(L, "anneng-rescuers-zh", "entity_invented", f"{ZH}.key_points[1]", "1260余名救援人员", "包括中国安能集团在内的1260余名救援人员", "a rescue company the article never names added", add_entities=[("China Anneng Group", "中国安能集团", "中国安能集团", "organization")]),
    v(L, "zh-points-3-4-swapped", "key_points_misaligned", f"{ZH}.key_points", ("swap", 2, 3), None, "zh key points 3 and 4 swapped against the en order"),
    v(L, "traditional-dead", "script_mixed", f"{ZH}.summary", "已有12人遇难", "已有12人遇難", "a Traditional character inside the zh-Hans summary"),
    v(L, "en-one-line-chinese", "wrong_language", f"{EN}.one_line", WHOLE, "8月13日凌晨，福贡县古当村发生约45万立方米的山体滑坡，掩埋房屋23户。", "en one_line left in Chinese"),
    v(L, "zh-disclaimer-missing", "disclaimer_wrong", "disclaimer.zh-Hans", MISSING, None, "the zh-Hans disclaimer is missing"),
    v(L, "reactor-summary", "wrong_article", "summary", None, None, "the Tomari reactor summary given for the landslide article", other="html_jp_tomari_restart"),
    v(L, "emergency-link", "link_added", f"{ZH}.key_points[4]", END, "捐助通道：https://www.redcross.org.cn", "a donation URL not in the article added"),
    v(L, "keyword-sichuan", "nationality_region_changed", "keywords.en", "Yunnan", "Sichuan", "Yunnan keyword replaced by Sichuan"),
    # --- Hong Kong-Zhuhai-Macao Bridge tolls ------------------------------------------------------------
    v(H, "two-axle-price", "number_changed", f"{ZH}.key_points[1]", "由85元减至68元", "由85元减至65元", "two-axle lorry toll of 68 yuan written as 65"),
    v(H, "growth-takes-old-share", "number_swapped_in_article", f"{EN}.key_points[2]", "up 28%", "up 52%", "traffic growth of 28% replaced by last year's 52% private-car share"),
    v(H, "share-percent-zh", "percent_vs_points", f"{ZH}.key_points[2]", "私家车占比上升9个百分点至61%", "私家车占比上升9%至61%", "a 9-percentage-point rise in share written as 9%"),
    v(H, "share-percent-en", "percent_vs_points", f"{EN}.summary", "rising 9 percentage points to 61%", "rising 9% to 61%", "a 9-percentage-point rise written as 9%"),
    v(H, "income-billion", "unit_or_scale", f"{EN}.key_points[3]", "about 460 million yuan", "about 4.6 billion yuan", "4.6亿 (460 million) yuan written as 4.6 billion"),
    v(H, "three-year-trial-zh", "count_word_changed", f"{ZH}.summary", "试行两年", "试行三年", "the two-year trial becomes three years"),
    v(H, "december-start", "date_changed", f"{EN}.one_line", "on January 1", "on December 1", "the January 1 start moved to December 1"),
    v(H, "parking-yuan", "number_unit_mismatch", f"{EN}.key_points[4]", "still at HK$80 a day", "still at 80 yuan a day", "the HK$80 parking fee given in yuan"),
    v(H, "vehicles-as-passengers-zh", "number_unit_mismatch", f"{ZH}.key_points[2]", "日均车流1.52万架次", "日均客流1.52万人次", "15,200 vehicle trips a day written as 15,200 passenger trips"),
    v(H, "authority-head-for-logistics", "name_swapped_one_side", f"{EN}.summary", "chairman Ho Chi-keung said", "chairman So Kwok-keung said", "en gives the logistics chief's view to bridge authority head So Kwok-keung; zh keeps Ho"),
    v(H, "ho-as-secretary-zh", "name_swapped_one_side", f"{ZH}.summary", "运输及物流局局长林家辉表示", "运输及物流局局长何志强表示", "zh makes logistics chief Ho the transport secretary; en keeps Lam"),
    v(H, "cut-enough-zh", "negation_flipped", f"{ZH}.summary", "减费幅度仍然不足", "减费幅度已经足够", "the logistics chief says the cut is not enough, not that it is enough"),
    v(H, "income-rise", "negation_flipped", f"{EN}.key_points[3]", "expects annual toll income to fall", "expects annual toll income to rise", "toll income is expected to fall, not rise"),
    v(H, "zhuhai-port", "nationality_region_changed", f"{EN}.key_points[4]", "at the Hong Kong port", "at the Zhuhai port", "the park-and-ride spaces moved from the Hong Kong port to Zhuhai"),
    v(H, "mtr-park-and-ride", "entity_invented", f"{EN}.summary", "Park-and-ride spaces at the Hong Kong port will rise", "Park-and-ride spaces run by MTR Corporation at the Hong Kong port will rise", "the parking credited to the MTR, which the article never names", add_entities=[("MTR Corporation", "港铁公司", "MTR Corporation", "organization")]),
    v(H, "traditional-one-line", "script_mixed", f"{ZH}.one_line", "港珠澳大桥私家车", "港珠澳大橋私家車", "Traditional characters from the source left in the zh-Hans one_line"),
    v(H, "bridge-link", "link_added", f"{ZH}.summary", END, "详情可浏览www.hzmb.gov.hk。", "a bridge URL not in the article appended"),
    v(H, "en-points-4-5-swapped", "key_points_misaligned", f"{EN}.key_points", ("swap", 3, 4), None, "en key points 4 and 5 swapped against the zh order"),
    v(H, "en-disclaimer-no-ai", "disclaimer_wrong", "disclaimer.en", WHOLE, "The above content is for reference only.", "the en disclaimer drops that the content is AI-generated"),
    v(H, "zh-keywords-english", "wrong_language", "keywords.zh-Hans", WHOLE, ["Hong Kong-Zhuhai-Macao Bridge", "tolls", "cross-border traffic", "Hong Kong", "logistics", "Lam Ka-fai"], "zh-Hans keywords left in English"),
]
