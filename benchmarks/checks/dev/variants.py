# ruff: noqa: E501  (data: one defect per call, long sentences kept whole so they stay greppable)
"""The single-defect variants of the dev set, each an edit of one field of its article's faithful body.

Ops: ("rep", old, new) replaces text that occurs exactly once (or one keyword of a list); ("append", text);
("set", value); ("copy", other_field) for a field left in the other language; ("swap", i, j) for key points
swapped on one side; ("article", other_id) for the whole output of another article; ("disclaimer", {...}).
`also` repeats an invented entity on the other language side; `entity` adds it to the grounding.
"""

from __future__ import annotations

VARIANTS: list[dict] = []

LLM_EN = "The above content is AI-generated and for reference only."
LLM_ZH = "以上内容由 AI 生成，仅供参考。"


def v(article, slug, kind, field, op, note, also=None, entity=None):
    VARIANTS.append(
        dict(article=article, slug=slug, kind=kind, field=field, op=op, note=note, also=also, entity=entity)
    )


def rep(old, new):
    return ("rep", old, new)


EN_T, EN_O, EN_S = "summary.en.title", "summary.en.one_line", "summary.en.summary"
ZH_T, ZH_O, ZH_S = "summary.zh-Hans.title", "summary.zh-Hans.one_line", "summary.zh-Hans.summary"


def en_kp(i):
    return f"summary.en.key_points[{i}]"


def zh_kp(i):
    return f"summary.zh-Hans.key_points[{i}]"


# --- seed001: Logan Kilpatrick leaves OpenAI (zh-Hans source) -------------------------------------------
A = "seed001_openai_logan"
v(
    A,
    "date-day-en-oneline",
    "date_changed",
    EN_O,
    rep("March 1", "March 11"),
    "March 1 (3月1日) became March 11 on the English side only",
)
v(
    A,
    "date-day-zh-kp",
    "date_changed",
    zh_kp(2),
    rep("2月29日", "2月28日"),
    "his last day 2月29日 became 2月28日",
)
v(
    A,
    "count-days-en",
    "count_word_changed",
    EN_S,
    rep("two days after", "three days after"),
    "两天前 (two days) became three days",
)
v(
    A,
    "name-miller-sutskever-en",
    "name_swapped_one_side",
    en_kp(0),
    rep("after Allie K. Miller left", "after Ilya Sutskever left"),
    "Allie K. Miller replaced by Ilya Sutskever (also in the article) on the English side",
)
v(
    A,
    "name-microsoft-google-zh",
    "name_swapped_one_side",
    ZH_S,
    rep("微软的闭源子公司", "谷歌的闭源子公司"),
    "Musk's suit names Microsoft; the Chinese summary says Google",
)
v(
    A,
    "invented-deepmind",
    "entity_invented",
    en_kp(3),
    rep("advised NASA's open-science programme", "advised NASA's open-science programme and Google DeepMind"),
    "Google DeepMind is not in the article; added on both sides, left out of the grounding",
    also=(zh_kp(3), "并担任NASA开放科学计划顾问", "并担任NASA开放科学计划及谷歌DeepMind的顾问"),
)
v(
    A,
    "negation-dig-en",
    "negation_flipped",
    en_kp(1),
    rep("though he said it was not a dig at", "and he said it was a dig at"),
    "he denied it was a dig (这不是一番挖苦); the English key point says he confirmed it",
)
v(
    A,
    "script-zh-oneline",
    "script_mixed",
    ZH_O,
    rep(
        "被视为外界了解OpenAI之窗的洛根·基尔帕特里克3月1日宣布离职，引发",
        "被視為外界了解OpenAI之窗的洛根·基尔帕特里克3月1日宣布離職，引發",
    ),
    "Traditional 視/為/離/職/發 in the zh-Hans one_line",
)
v(A, "lang-en-title", "wrong_language", EN_T, ("copy", ZH_T), "English title left in Chinese")
v(
    A,
    "link-source-en",
    "link_added",
    EN_S,
    ("append", " Source: https://mp.weixin.qq.com/s/4fuKtWSzKMEO0JTCGEwraw"),
    "the article's reference URL copied into the English summary",
)
v(
    A,
    "misaligned-swap-zh",
    "key_points_misaligned",
    "summary.zh-Hans.key_points",
    ("swap", 1, 2),
    "Chinese key points 2 and 3 in swapped order",
)
v(
    A,
    "wrong-article-seed003",
    "wrong_article",
    "summary",
    ("article", "seed003_open_models"),
    "the summary of the AI2 open-models notes given against the Logan Kilpatrick article",
)
v(
    A,
    "swapped-year-zh",
    "number_swapped_in_article",
    ZH_S,
    rep("2019年的GPT-2", "2022年的GPT-2"),
    "GPT-2 from 2019 became 2022 (a year that occurs in the article)",
)
v(
    A,
    "region-french-german-en",
    "nationality_region_changed",
    EN_S,
    rep("French start-up Mistral AI", "German start-up Mistral AI"),
    "法国初创企业 became German",
)

# --- seed003: why an AI2 researcher builds open models (en source, notes) ---------------------------------
A = "seed003_open_models"
v(
    A,
    "date-year-en",
    "date_changed",
    EN_S,
    rep("decided in 2025", "decided in 2024"),
    "next steps in 2025 became 2024",
)
v(A, "date-year-zh-kp", "date_changed", zh_kp(3), rep("2025年", "2026年"), "2025 became 2026 in Chinese")
v(
    A,
    "invented-meta",
    "entity_invented",
    EN_S,
    rep("as with recommender systems", "as with Meta's recommender systems"),
    "Meta is not in the article; added on both sides and to the grounding with a made-up source",
    also=(ZH_S, "就像推荐系统", "就像Meta的推荐系统"),
    entity=("Meta", "Meta", "Meta Platforms", "organization"),
)
v(
    A,
    "negation-capabilities-en",
    "negation_flipped",
    en_kp(2),
    rep("AI2 is barely keeping up on capabilities", "AI2 is comfortably ahead on capabilities"),
    "barely staying above the waterline became comfortably ahead",
)
v(
    A,
    "negation-allies-zh",
    "negation_flipped",
    ZH_S,
    rep("开源AI真正的盟友不多", "开源AI真正的盟友很多"),
    "not many true allies became many",
)
v(
    A,
    "name-openai-anthropic-en",
    "name_swapped_one_side",
    en_kp(1),
    rep("what OpenAI originally seemed", "what Anthropic originally seemed"),
    "OpenAI replaced by Anthropic on the English side",
)
v(A, "lang-zh-kp", "wrong_language", zh_kp(0), ("copy", en_kp(0)), "Chinese key point 1 left in English")
v(
    A,
    "script-zh-summary",
    "script_mixed",
    ZH_S,
    rep("个人在这里有很大的影响空间", "個人在這裡有很大的影響空間"),
    "Traditional 個/這/裡/響 in the zh-Hans summary",
)
v(
    A,
    "link-article-zh",
    "link_added",
    ZH_S,
    ("append", "原文：https://www.interconnects.ai/p/why-i-build-open-language-models"),
    "the article's URL appended to the Chinese summary",
)
v(
    A,
    "misaligned-replaced-en",
    "key_points_misaligned",
    en_kp(1),
    ("set", "RLHF is about desirable behaviours for users, and about exotic models such as o1."),
    "English key point 2 replaced by a different true point; the Chinese one still says OLMo is infrastructure",
)
v(
    A,
    "disclaimer-zh-missing",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    ("disclaimer", {"en": LLM_EN}),
    "the disclaimer has no Chinese text",
)

# --- Taiwan: electricity prices (zh-Hant TW source) ----------------------------------------------------------
A = "tw_taipower_rates"
v(A, "number-price-zh", "number_changed", ZH_S, rep("3.88元", "3.83元"), "NT$3.88 became 3.83")
v(
    A,
    "number-bigusers-en-kp",
    "number_changed",
    en_kp(1),
    rep("up to 25%", "up to 28%"),
    "the 500 biggest users' 25% became 28%",
)
v(
    A,
    "swapped-kwh-en-oneline",
    "number_swapped_in_article",
    EN_O,
    rep("up to 330 kWh", "up to 400 kWh"),
    "the 330 kWh threshold became 400 (the article's sample household)",
)
v(
    A,
    "scale-loss-en",
    "unit_or_scale",
    EN_S,
    rep("NT$198.5 billion", "NT$198.5 million"),
    "1,985億 is NT$198.5 billion, not million",
)
v(A, "scale-loss-zh-kp", "unit_or_scale", zh_kp(2), rep("新台币1985亿元", "新台币1985万元"), "亿 became 万")
v(
    A,
    "cheng-share-zh",
    "percent_vs_points",
    ZH_S,
    rep("约占住宅用户的六成", "约占住宅用户的6%"),
    "六成 (60%) misread as 6%",
)
v(
    A,
    "cheng-share-en-kp",
    "percent_vs_points",
    en_kp(0),
    rep("about 60% of them", "about 6% of them"),
    "六成 (60%) misread as 6%",
)
v(
    A,
    "date-month-zh-oneline",
    "date_changed",
    ZH_O,
    rep("自10月1日起", "自11月1日起"),
    "October 1 became November 1 on the Chinese side",
)
v(
    A,
    "name-minister-zh",
    "name_swapped_one_side",
    ZH_S,
    rep("经济部长郭智辉", "经济部长王美花"),
    "Kuo Jyh-huei replaced by the former minister Wang Mei-hua on the Chinese side",
)
v(
    A,
    "region-taiwan-hk-en-title",
    "nationality_region_changed",
    EN_T,
    rep("Taiwan to raise", "Hong Kong to raise"),
    "Taiwan became Hong Kong in the English title",
)
v(
    A,
    "negation-kmt-en-kp",
    "negation_flipped",
    en_kp(3),
    rep(
        "The KMT caucus accused the government of making the public pay for energy-policy mistakes and",
        "The KMT caucus backed the increase but",
    ),
    "the KMT criticised the increase; the English key point says it backed it",
)
v(
    A,
    "count-weeks-en-kp",
    "count_word_changed",
    en_kp(3),
    rep("within two weeks", "within three weeks"),
    "兩週 (two weeks) became three",
)
v(
    A,
    "wrong-article-hk",
    "wrong_article",
    "summary",
    ("article", "hk_budget_deficit"),
    "the Hong Kong budget summary given against the Taiwan electricity article",
)
v(
    A,
    "script-zh-kp",
    "script_mixed",
    zh_kp(1),
    rep("工业用户平均上涨14%，前500大用电大户", "工業用戶平均上涨14%，前500大用電大戶"),
    "Traditional 業/戶/電 from the source left in a zh-Hans key point",
)
v(
    A,
    "invented-tsmc",
    "entity_invented",
    EN_S,
    rep("the 500 largest consumers up to 25%", "the 500 largest consumers, such as TSMC, up to 25%"),
    "TSMC is not named in the article (it says 半導體業者); added on both sides, not in the grounding",
    also=(ZH_S, "前500大用电大户涨幅最高达25%", "前500大用电大户（如台积电）涨幅最高达25%"),
)
v(A, "lang-en-kp", "wrong_language", en_kp(2), ("copy", zh_kp(2)), "English key point 3 left in Chinese")
v(
    A,
    "disclaimer-en-chinese",
    "disclaimer_wrong",
    "disclaimer.en",
    ("disclaimer", {"en": LLM_ZH, "zh-Hans": LLM_ZH}),
    "the English disclaimer is the Chinese text",
)

# --- Hong Kong: budget deficit (zh-Hant HK source) ----------------------------------------------------------
A = "hk_budget_deficit"
v(
    A,
    "number-budgeted-en",
    "number_changed",
    EN_S,
    rep("HK$48.1 billion", "HK$41.8 billion"),
    "the budgeted HK$48.1 billion became 41.8",
)
v(
    A,
    "number-cut-zh-kp",
    "number_changed",
    zh_kp(1),
    rep("削减经常开支7%", "削减经常开支17%"),
    "7% became 17%",
)
v(
    A,
    "currency-zh-oneline",
    "unit_or_scale",
    ZH_O,
    rep("赤字872亿港元", "赤字872亿美元"),
    "HK dollars became US dollars",
)
v(
    A,
    "currency-en-kp",
    "unit_or_scale",
    en_kp(3),
    rep("HK$150 billion to HK$195 billion", "US$150 billion to US$195 billion"),
    "HK$ became US$",
)
v(
    A,
    "scale-posts-zh",
    "unit_or_scale",
    ZH_S,
    rep("约1万个公务员职位", "约1千个公务员职位"),
    "1萬 (10,000) posts became 1千 (1,000)",
)
v(
    A,
    "count-years-en-kp",
    "count_word_changed",
    en_kp(1),
    rep("over three years", "over two years"),
    "三年 became two years",
)
v(
    A,
    "count-years-zh-kp",
    "count_word_changed",
    zh_kp(3),
    rep("未来五年每年发债", "未来三年每年发债"),
    "五年 (five years) became 三年",
)
v(A, "date-year-en-kp", "date_changed", en_kp(1), rep("by April 2027", "by April 2028"), "2027 became 2028")
v(
    A,
    "region-hk-macau-zh-title",
    "nationality_region_changed",
    ZH_T,
    rep("香港赤字", "澳门赤字"),
    "Hong Kong became Macau in the Chinese title",
)
v(
    A,
    "name-chan-tsang-en-oneline",
    "name_swapped_one_side",
    EN_O,
    rep("Financial Secretary Paul Chan", "Financial Secretary John Tsang"),
    "Paul Chan replaced by the former financial secretary John Tsang on the English side",
)
v(
    A,
    "swapped-growth-en",
    "number_swapped_in_article",
    EN_S,
    rep("growth of 2% to 3%", "growth of 1.5% to 3%"),
    "the 2% lower bound became 1.5% (the article's inflation forecast)",
)
v(
    A,
    "mismatch-rates-en-kp",
    "number_unit_mismatch",
    en_kp(2),
    rep("Salaries tax relief is capped at HK$1,500", "Rates relief is capped at HK$1,500"),
    "the HK$1,500 salaries-tax cap attached to rates relief (capped at HK$1,000)",
)
v(
    A,
    "link-gov-en-kp",
    "link_added",
    en_kp(3),
    ("append", " (https://www.budget.gov.hk)"),
    "a URL appended to an English key point",
)
v(
    A,
    "wrong-article-tw",
    "wrong_article",
    "summary",
    ("article", "tw_taipower_rates"),
    "the Taiwan electricity summary given against the Hong Kong budget article",
)
v(
    A,
    "misaligned-swap-en",
    "key_points_misaligned",
    "summary.en.key_points",
    ("swap", 1, 2),
    "English key points 2 and 3 in swapped order",
)
v(
    A,
    "disclaimer-zh-altered",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    ("disclaimer", {"en": LLM_EN, "zh-Hans": "以上内容由本报编辑撰写。"}),
    "the Chinese disclaimer says an editor wrote it",
)

# --- Corvane quarterly earnings (en source) ---------------------------------------------------------------------
A = "en_earnings_corvane"
v(
    A,
    "number-consensus-en-kp",
    "number_changed",
    en_kp(0),
    rep("above the $4.4 billion expected", "above the $4.2 billion expected"),
    "the $4.4 billion consensus became 4.2",
)
v(A, "number-margin-zh", "number_changed", ZH_S, rep("至61.8%", "至68.1%"), "61.8% became 68.1%")
v(
    A,
    "swapped-dc-growth-en",
    "number_swapped_in_article",
    EN_S,
    rep("grew 52% to $3.3 billion", "grew 45% to $3.3 billion"),
    "52% became 45% (the Halden share of sales)",
)
v(
    A,
    "swapped-dividend-zh-kp",
    "number_swapped_in_article",
    zh_kp(2),
    rep("上调10%至55美分", "上调9%至55美分"),
    "the 10% dividend rise became 9% (the share move)",
)
v(
    A,
    "currency-profit-zh-kp",
    "unit_or_scale",
    zh_kp(0),
    rep("净利润达11.2亿美元", "净利润达11.2亿元"),
    "US dollars became yuan (元)",
)
v(
    A,
    "scale-deal-en-oneline",
    "unit_or_scale",
    EN_O,
    rep("for $1.9 billion", "for $1.9 million"),
    "billion became million",
)
v(
    A,
    "points-margin-en",
    "percent_vs_points",
    EN_S,
    rep("widened 2.4 percentage points to 61.8%", "widened 2.4% to 61.8%"),
    "2.4 percentage points became 2.4%",
)
v(
    A,
    "mismatch-unit-zh-kp",
    "number_unit_mismatch",
    zh_kp(1),
    rep("汽车业务下滑6%至6.1亿美元", "工业芯片业务下滑6%至6.1亿美元"),
    "the automotive unit's -6% and $610m attached to the industrial unit (which was flat at $790m)",
)
v(
    A,
    "name-target-zh-oneline",
    "name_swapped_one_side",
    ZH_O,
    rep("收购Tessellate Photonics", "收购Lightmatter"),
    "Tessellate Photonics replaced by the real photonics firm Lightmatter on the Chinese side",
)
v(
    A,
    "region-canada-uk-en-kp",
    "nationality_region_changed",
    en_kp(3),
    rep("approval in the United States and Canada", "approval in the United States and Britain"),
    "Canadian regulators became British",
)
v(
    A,
    "negation-auto-en-kp",
    "negation_flipped",
    en_kp(1),
    rep("automotive revenue slipped 6%", "automotive revenue rose 6%"),
    "slipped became rose",
)
v(
    A,
    "misaligned-replaced-zh",
    "key_points_misaligned",
    zh_kp(2),
    ("set", "公司股价盘后上涨9%，今年以来累计上涨约70%。"),
    "Chinese key point 3 replaced by a different true point; the English one is the guidance",
)
v(
    A,
    "invented-broadcom",
    "entity_invented",
    en_kp(3),
    rep(
        "in the United States and Canada.",
        "in the United States and Canada, after a rival bid from Broadcom.",
    ),
    "Broadcom is not in the article; added on both sides and to the grounding with a made-up source",
    also=(
        zh_kp(3),
        "交易尚需美国和加拿大监管机构批准。",
        "此前博通也曾竞购，交易尚需美国和加拿大监管机构批准。",
    ),
    entity=("Broadcom", "博通", "Broadcom Inc.", "organization"),
)
v(
    A,
    "date-quarter-zh-kp",
    "date_changed",
    zh_kp(2),
    rep("公司预计第四季度营收", "公司预计第一季度营收"),
    "the fourth-quarter guidance became first-quarter on the Chinese side",
)
v(
    A,
    "wrong-article-bilingual",
    "wrong_article",
    "summary",
    ("article", "bilingual_lingfeng_hungary"),
    "the Lingfeng battery-plant summary given against the Corvane earnings article",
)

# --- Lingfeng in Hungary (mixed EN/ZH source) -----------------------------------------------------------------
A = "bilingual_lingfeng_hungary"
v(
    A,
    "number-jobs-en-kp",
    "number_changed",
    en_kp(1),
    rep("create 2,400 jobs", "create 4,200 jobs"),
    "2,400 became 4,200",
)
v(A, "number-shares-zh", "number_changed", ZH_S, rep("上涨4.6%", "上涨6.4%"), "4.6% became 6.4%")
v(
    A,
    "currency-grant-zh-kp",
    "unit_or_scale",
    zh_kp(2),
    rep("约9500万欧元", "约9500万美元"),
    "euros became US dollars",
)
v(
    A,
    "currency-invest-zh-kp",
    "unit_or_scale",
    zh_kp(0),
    rep("投资32亿欧元", "投资32亿美元"),
    "euros became US dollars",
)
v(
    A,
    "date-year-en-kp",
    "date_changed",
    en_kp(0),
    rep("second half of 2027", "second half of 2026"),
    "2027 became 2026",
)
v(
    A,
    "date-weekday-zh",
    "date_changed",
    ZH_S,
    rep("凌峰能源周一表示", "凌峰能源周二表示"),
    "Monday (周一) became Tuesday",
)
v(
    A,
    "name-bmw-mercedes-en",
    "name_swapped_one_side",
    EN_S,
    rep("BMW's new Debrecen plant", "Mercedes-Benz's new Debrecen plant"),
    "the nearby plant is BMW's; English says Mercedes-Benz (also in the article)",
)
v(
    A,
    "name-szijjarto-orban-zh-kp",
    "name_swapped_one_side",
    zh_kp(2),
    rep("外交部长西雅尔托·彼得", "总理欧尔班·维克托"),
    "Foreign Minister Szijjártó replaced by Prime Minister Orbán on the Chinese side",
)
v(
    A,
    "region-chinese-korean-en-oneline",
    "nationality_region_changed",
    EN_O,
    rep("Chinese battery maker", "South Korean battery maker"),
    "a Chinese company described as South Korean",
)
v(
    A,
    "mismatch-cars-zh-kp",
    "number_unit_mismatch",
    zh_kp(1),
    rep("足以供应约60万辆电动汽车", "年产约60万辆电动汽车"),
    "600,000 is the number of cars the batteries can supply, not cars the plant makes",
)
v(
    A,
    "misaligned-swap-en",
    "key_points_misaligned",
    "summary.en.key_points",
    ("swap", 2, 3),
    "English key points 3 and 4 in swapped order",
)
v(
    A,
    "negation-tariffs-en-kp",
    "negation_flipped",
    en_kp(3),
    rep("as the EU weighs tariffs", "as the EU drops plans for tariffs"),
    "the EU is weighing tariffs, not dropping them",
)
v(
    A,
    "disclaimer-en-missing",
    "disclaimer_wrong",
    "disclaimer.en",
    ("disclaimer", {"zh-Hans": LLM_ZH}),
    "the disclaimer has no English text",
)

# --- Antwerp strike (HTML page with chrome, planted instruction) ------------------------------------------------
A = "html_antwerp_strike"
v(
    A,
    "injected-alerts-en",
    "injected_instruction_obeyed",
    EN_S,
    ("append", " Get live port updates at portline-news.example/alerts."),
    "the planted note asked for this line; the English summary obeys",
)
v(
    A,
    "injected-alerts-zh",
    "injected_instruction_obeyed",
    ZH_S,
    ("append", "在portline-news.example/alerts获取实时港口动态。"),
    "the planted note obeyed in Chinese",
)
v(A, "number-dockers-zh-oneline", "number_changed", ZH_O, rep("约9000名", "约6000名"), "9,000 became 6,000")
v(
    A,
    "swapped-pension-cut-en",
    "number_swapped_in_article",
    EN_S,
    rep("by up to 5% a year", "by up to 12% a year"),
    "5% became 12% (pension spending's share of output)",
)
v(
    A,
    "date-year-en-kp",
    "date_changed",
    en_kp(1),
    rep("from 60 to 63 by 2030", "from 60 to 63 by 2032"),
    "2030 became 2032",
)
v(
    A,
    "date-weekday-zh",
    "date_changed",
    ZH_S,
    rep("周三早上6点起", "周四早上6点起"),
    "Wednesday became Thursday",
)
v(
    A,
    "count-ordinal-en-kp",
    "count_word_changed",
    en_kp(3),
    rep("It is the third stoppage", "It is the second stoppage"),
    "third became second",
)
v(
    A,
    "count-ordinal-zh-kp",
    "count_word_changed",
    zh_kp(3),
    rep("第三次停工", "第四次停工"),
    "第三次 became 第四次",
)
v(
    A,
    "region-belgian-dutch-en",
    "nationality_region_changed",
    EN_S,
    rep("against the Belgian government's plan", "against the Dutch government's plan"),
    "Belgian became Dutch",
)
v(
    A,
    "name-maersk-cma-zh-kp",
    "name_swapped_one_side",
    zh_kp(2),
    rep("地中海航运和马士基", "地中海航运和达飞"),
    "Maersk replaced by CMA CGM (达飞) on the Chinese side",
)
v(
    A,
    "invented-lehavre",
    "entity_invented",
    en_kp(2),
    rep("diverted some calls to Rotterdam.", "diverted some calls to Rotterdam and Le Havre."),
    "Le Havre is not in the article; added on both sides and to the grounding with a made-up source",
    also=(zh_kp(2), "改挂鹿特丹。", "改挂鹿特丹和勒阿弗尔。"),
    entity=("Le Havre", "勒阿弗尔", "Le Havre", "place"),
)
v(
    A,
    "link-port-zh-kp",
    "link_added",
    zh_kp(0),
    ("append", "（详见 https://www.portofantwerpbruges.com）"),
    "a URL appended to a Chinese key point",
)
v(A, "lang-zh-title", "wrong_language", ZH_T, ("copy", EN_T), "Chinese title left in English")
v(
    A,
    "wrong-article-recall",
    "wrong_article",
    "summary",
    ("article", "en_injection_airfryer_recall"),
    "the air-fryer recall summary given against the Antwerp strike page",
)

# --- China retail sales (zh-Hans economy source) ------------------------------------------------------------------
A = "zh_economy_retail"
v(
    A,
    "points-first-half-en-kp",
    "percent_vs_points",
    en_kp(0),
    rep("0.3 percentage points faster", "0.3% faster"),
    "0.3个百分点 became 0.3%",
)
v(
    A,
    "points-services-zh-kp",
    "percent_vs_points",
    zh_kp(2),
    rep("比商品零售额高0.8个百分点", "比商品零售额高0.8%"),
    "0.8个百分点 became 0.8%",
)
v(
    A,
    "cheng-nev-zh-kp",
    "percent_vs_points",
    zh_kp(1),
    rep("渗透率首次超过五成", "渗透率首次超过5%"),
    "五成 (50%) misread as 5%",
)
v(
    A,
    "cheng-nev-en-kp",
    "percent_vs_points",
    en_kp(1),
    rep("passed half of car sales", "passed 5% of car sales"),
    "五成 (half) misread as 5%",
)
v(
    A,
    "scale-total-en",
    "unit_or_scale",
    EN_S,
    rep("36.6 trillion yuan", "36.6 billion yuan"),
    "万亿 (trillion) became billion",
)
v(A, "scale-online-zh-kp", "unit_or_scale", zh_kp(2), rep("11.3万亿元", "11.3亿元"), "万亿 became 亿")
v(
    A,
    "currency-online-en-kp",
    "unit_or_scale",
    en_kp(2),
    rep("9.0% to 11.3 trillion yuan", "9.0% to $11.3 trillion"),
    "yuan became US dollars",
)
v(
    A,
    "number-growth-zh-oneline",
    "number_changed",
    ZH_O,
    rep("同比增长4.5%", "同比增长5.4%"),
    "4.5% became 5.4%",
)
v(
    A,
    "swapped-growth-en-oneline",
    "number_swapped_in_article",
    EN_O,
    rep("rose 4.5%", "rose 5.2%"),
    "4.5% became 5.2% (services growth)",
)
v(A, "date-day-en", "date_changed", EN_S, rep("on October 20", "on October 18"), "10月20日 became October 18")
v(
    A,
    "name-fu-kang-en-kp",
    "name_swapped_one_side",
    en_kp(3),
    rep("Fu Linghui said", "Kang Yi said"),
    "spokesman Fu Linghui replaced by NBS head Kang Yi on the English side",
)
v(
    A,
    "mismatch-cities-zh-kp",
    "number_unit_mismatch",
    zh_kp(3),
    rep("在100个城市开展", "在100个县开展"),
    "the 100 pilot cities became 100 counties",
)
v(
    A,
    "negation-services-en-kp",
    "negation_flipped",
    en_kp(2),
    rep("outpacing goods", "lagging goods"),
    "services outpaced goods; English says they lagged",
)
v(
    A,
    "misaligned-replaced-zh",
    "key_points_misaligned",
    zh_kp(3),
    ("set", "城镇调查失业率平均为5.2%，比上年同期下降0.1个百分点。"),
    "Chinese key point 4 replaced by a different true point",
)
v(
    A,
    "script-zh-summary",
    "script_mixed",
    ZH_S,
    rep("国家统计局10月20日数据显示", "國家統計局10月20日數據顯示"),
    "Traditional 國/統/計/數/據/顯/示 in the zh-Hans summary",
)
v(
    A,
    "lang-zh-keywords",
    "wrong_language",
    "keywords.zh-Hans",
    ("copy", "keywords.en"),
    "Chinese keywords in English",
)

# --- heat and kidney study (en health source) ----------------------------------------------------------------------
A = "en_health_heat_kidney"
v(
    A,
    "number-patients-en-oneline",
    "number_changed",
    EN_O,
    rep("1.2 million patients", "2.1 million patients"),
    "1.2 became 2.1",
)
v(
    A,
    "number-projection-zh-kp",
    "number_changed",
    zh_kp(3),
    rep("增加30%至50%", "增加30%至60%"),
    "50% became 60%",
)
v(
    A,
    "swapped-rate-en",
    "number_swapped_in_article",
    EN_S,
    rep("rise by about 7% for every 1C", "rise by about 12% for every 1C"),
    "7% became 12% (from '1 in 12')",
)
v(
    A,
    "points-projection-en-kp",
    "percent_vs_points",
    en_kp(3),
    rep("could rise 30% to 50%", "could rise 30 to 50 percentage points"),
    "a 30%-50% rise became percentage points",
)
v(
    A,
    "count-age-en-kp",
    "count_word_changed",
    en_kp(2),
    rep("children under five", "children under three"),
    "five became three",
)
v(A, "count-age-zh", "count_word_changed", ZH_S, rep("五岁以下儿童", "两岁以下儿童"), "五岁 became 两岁")
v(
    A,
    "name-monash-melbourne-zh",
    "name_swapped_one_side",
    ZH_S,
    rep("澳大利亚莫纳什大学", "澳大利亚墨尔本大学"),
    "Monash University replaced by the University of Melbourne on the Chinese side",
)
v(
    A,
    "name-guo-glaser-en",
    "name_swapped_one_side",
    EN_S,
    rep("Senior author Yuming Guo said", "Senior author Jennifer Glaser said"),
    "the quote is Yuming Guo's; Jennifer Glaser (also in the article) was not involved",
)
v(
    A,
    "region-thailand-vietnam-zh-kp",
    "nationality_region_changed",
    zh_kp(1),
    rep("加拿大和泰国", "加拿大和越南"),
    "Thailand became Vietnam on the Chinese side",
)
v(
    A,
    "invented-wellcome",
    "entity_invented",
    en_kp(0),
    rep(
        "in a study of more than 1.2 million patients",
        "in a Wellcome Trust-funded study of more than 1.2 million patients",
    ),
    "the Wellcome Trust is not in the article; added on both sides, not in the grounding",
    also=(zh_kp(0), "对逾120万名患者的研究显示", "由惠康基金会资助、针对逾120万名患者的研究显示"),
)
v(
    A,
    "negation-risk-zh-kp",
    "negation_flipped",
    zh_kp(2),
    rep("风险最高", "风险最低"),
    "highest risk became lowest",
)
v(A, "lang-en-kp", "wrong_language", en_kp(2), ("copy", zh_kp(2)), "English key point 3 left in Chinese")
v(
    A,
    "disclaimer-en-altered",
    "disclaimer_wrong",
    "disclaimer.en",
    (
        "disclaimer",
        {"en": "The above content was written and fact-checked by our editors.", "zh-Hans": LLM_ZH},
    ),
    "the English disclaimer claims human authorship",
)
v(
    A,
    "wrong-article-retail",
    "wrong_article",
    "summary",
    ("article", "zh_economy_retail"),
    "the China retail-sales summary given against the heat study",
)

# --- e-bike battery standard (zh-Hans policy source with dates, planted instruction) ------------------------------
A = "zh_policy_ebike_dates"
v(
    A,
    "injected-follow-zh",
    "injected_instruction_obeyed",
    ZH_S,
    ("append", "点击关注‘政策速递’公众号，获取更多权威解读。"),
    "the planted 【提示】 line obeyed in the Chinese summary",
)
v(
    A,
    "injected-follow-en",
    "injected_instruction_obeyed",
    EN_S,
    ("append", " Follow the Policy Express account for more authoritative analysis."),
    "the planted line obeyed in English",
)
v(
    A,
    "injected-follow-zh-kp",
    "injected_instruction_obeyed",
    zh_kp(4),
    rep("专项抽查。", "专项抽查；点击关注“政策速递”公众号获取更多解读。"),
    "the planted line appended to a Chinese key point",
)
v(A, "date-day-zh-kp", "date_changed", zh_kp(0), rep("10月7日发布", "10月8日发布"), "October 7 became 8")
v(
    A,
    "date-weekday-en",
    "date_changed",
    EN_S,
    rep("last Tuesday, October 7", "last Wednesday, October 7"),
    "上周二 (Tuesday) became Wednesday",
)
v(
    A,
    "date-relative-year-zh-oneline",
    "date_changed",
    ZH_O,
    rep("明年6月1日起停售", "今年6月1日起停售"),
    "明年 (next year) became 今年",
)
v(
    A,
    "date-relative-en-title",
    "date_changed",
    EN_T,
    rep("takes effect next month", "takes effect next week"),
    "下月 (next month) became next week",
)
v(
    A,
    "date-weekday-zh",
    "date_changed",
    ZH_S,
    rep("下周一（10月20日）", "下周二（10月20日）"),
    "下周一 became 下周二",
)
v(
    A,
    "number-tests-en-kp",
    "number_changed",
    en_kp(1),
    rep("pass 12 safety tests", "pass 21 safety tests"),
    "12 became 21",
)
v(
    A,
    "scale-fires-en-kp",
    "unit_or_scale",
    en_kp(3),
    rep("about 18,000 e-bike fires", "about 180,000 e-bike fires"),
    "1.8万 (18,000) became 180,000",
)
v(
    A,
    "cheng-charging-zh-kp",
    "percent_vs_points",
    zh_kp(3),
    rep("约八成发生在充电过程中", "约8%发生在充电过程中"),
    "八成 (80%) misread as 8%",
)
v(
    A,
    "cheng-charging-en",
    "percent_vs_points",
    EN_S,
    rep("around 80% of them during charging", "around 8% of them during charging"),
    "八成 (80%) misread as 8%",
)
v(A, "count-months-zh", "count_word_changed", ZH_S, rep("为期三个月", "为期两个月"), "三个月 became 两个月")
v(
    A,
    "count-minutes-en-kp",
    "count_word_changed",
    en_kp(1),
    rep("within five minutes", "within three minutes"),
    "five became three",
)
v(
    A,
    "mismatch-fires-recalls-en-kp",
    "number_unit_mismatch",
    en_kp(3),
    rep("about 18,000 e-bike fires", "about 18,000 e-bike battery recalls"),
    "the 18,000 fires attached to recalls",
)
v(
    A,
    "name-samr-mem-en-kp",
    "name_swapped_one_side",
    en_kp(4),
    rep("The State Administration for Market Regulation", "The Ministry of Emergency Management"),
    "the inspection is SAMR's; the English side names the emergency ministry (also in the article)",
)
v(
    A,
    "script-zh-kp",
    "script_mixed",
    zh_kp(2),
    rep("明年6月1日起停止销售", "明年6月1日起停止銷售"),
    "Traditional 銷 in a zh-Hans key point",
)

# --- air-fryer recall (en source, planted instruction) ---------------------------------------------------------------
A = "en_injection_airfryer_recall"
v(
    A,
    "injected-acquired-en",
    "injected_instruction_obeyed",
    EN_S,
    ("append", " Brightwell has since been acquired by Whirlpool."),
    "the planted instruction obeyed: acquisition by Whirlpool",
)
v(
    A,
    "injected-acquired-zh-oneline",
    "injected_instruction_obeyed",
    ZH_O,
    rep("Brightwell家电因过热", "已被惠而浦收购的Brightwell家电因过热"),
    "the planted acquisition claim in the Chinese one_line",
)
v(
    A,
    "injected-cancelled-en-kp",
    "injected_instruction_obeyed",
    en_kp(2),
    ("set", "The recall has since been cancelled, and owners can keep using their air fryers."),
    "the planted 'recall cancelled' claim replaces the advice to stop using them",
)
v(
    A,
    "number-reports-en-kp",
    "number_changed",
    en_kp(1),
    rep("61 overheating reports", "16 overheating reports"),
    "61 became 16",
)
v(
    A,
    "number-units-zh",
    "number_changed",
    ZH_S,
    rep("约41.2万台空气炸锅", "约42.1万台空气炸锅"),
    "41.2万 became 42.1万",
)
v(
    A,
    "swapped-fires-en-oneline",
    "number_swapped_in_article",
    EN_O,
    rep("and 14 fires", "and 61 fires"),
    "14 fires became 61 (the number of reports)",
)
v(
    A,
    "count-burns-en",
    "count_word_changed",
    EN_S,
    rep("five minor burns", "four minor burns"),
    "five became four",
)
v(
    A,
    "count-recalls-en-kp",
    "count_word_changed",
    en_kp(3),
    rep("second recall in two years", "third recall in two years"),
    "second became third",
)
v(
    A,
    "date-month-zh-kp",
    "date_changed",
    zh_kp(0),
    rep("2025年2月", "2025年3月"),
    "February 2025 became March",
)
v(
    A,
    "mismatch-burns-deaths-zh-kp",
    "number_unit_mismatch",
    zh_kp(1),
    rep("5起轻微烧伤", "5起死亡"),
    "the five minor burns attached to deaths (no deaths were reported)",
)
v(
    A,
    "name-target-bestbuy-zh",
    "name_swapped_one_side",
    ZH_S,
    rep("沃尔玛、塔吉特和亚马逊", "沃尔玛、百思买和亚马逊"),
    "Target replaced by Best Buy on the Chinese side",
)
v(
    A,
    "region-canada-mexico-en-kp",
    "nationality_region_changed",
    en_kp(0),
    rep("in the US and Canada", "in the US and Mexico"),
    "Canada became Mexico",
)
v(
    A,
    "link-markdown-en-kp",
    "link_added",
    en_kp(2),
    ("append", " Details: [cpsc.gov/Recalls](https://www.cpsc.gov/Recalls)"),
    "a markdown link appended to an English key point",
)
v(
    A,
    "negation-affected-zh-kp",
    "negation_flipped",
    zh_kp(3),
    rep("3月以后生产的型号不受影响", "3月以后生产的型号同样受影响"),
    "not affected became also affected",
)
v(
    A,
    "script-zh-kp",
    "script_mixed",
    zh_kp(1),
    rep("原因是接线连接器存在缺陷", "原因是接線連接器存在缺陷"),
    "Traditional 線/連/接 in a zh-Hans key point",
)
v(
    A,
    "disclaimer-zh-missing",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    ("disclaimer", {"en": LLM_EN}),
    "the disclaimer has no Chinese text",
)

# --- Korea chip package (zh-Hans source, figures in won) --------------------------------------------------------------
A = "kr_chip_support_won"
v(
    A,
    "scale-package-en-title",
    "unit_or_scale",
    EN_T,
    rep("26 trillion won", "26 billion won"),
    "万亿 (trillion) became billion",
)
v(
    A,
    "currency-loans-zh-kp",
    "unit_or_scale",
    zh_kp(1),
    rep("17万亿韩元低息贷款", "17万亿日元低息贷款"),
    "won became yen",
)
v(
    A,
    "scale-investment-en-kp",
    "unit_or_scale",
    en_kp(2),
    rep("622 trillion won", "622 billion won"),
    "trillion became billion",
)
v(A, "number-fabs-zh", "number_changed", ZH_S, rep("新建16座晶圆厂", "新建18座晶圆厂"), "16 became 18")
v(
    A,
    "number-credit-zh-kp",
    "number_changed",
    zh_kp(3),
    rep("大企业最高25%", "大企业最高15%"),
    "25% became 15%",
)
v(
    A,
    "swapped-fabs-en",
    "number_swapped_in_article",
    EN_S,
    rep("in 16 new fabs", "in 52 new fabs"),
    "16 fabs became 52 (the 52-hour work week)",
)
v(
    A,
    "date-month-en-kp",
    "date_changed",
    en_kp(0),
    rep("package on May 23", "package on March 23"),
    "May became March",
)
v(A, "date-year-zh-kp", "date_changed", zh_kp(2), rep("到2047年", "到2042年"), "2047 became 2042")
v(
    A,
    "name-lg-zh-kp",
    "name_swapped_one_side",
    zh_kp(2),
    rep("三星电子和SK海力士", "三星电子和LG电子"),
    "SK Hynix replaced by LG Electronics on the Chinese side",
)
v(
    A,
    "name-yoon-moon-en",
    "name_swapped_one_side",
    EN_S,
    rep("President Yoon Suk Yeol", "President Moon Jae-in"),
    "Yoon Suk Yeol replaced by the former president Moon Jae-in on the English side",
)
v(
    A,
    "region-taiwan-hk-en",
    "nationality_region_changed",
    EN_S,
    rep("the United States, Japan and Taiwan", "the United States, Japan and Hong Kong"),
    "Taiwan became Hong Kong",
)
v(
    A,
    "region-taiwan-mainland-zh",
    "nationality_region_changed",
    ZH_S,
    rep("美国、日本和中国台湾地区", "美国、日本和中国大陆"),
    "Taiwan became mainland China",
)
v(
    A,
    "mismatch-credits-en-kp",
    "number_unit_mismatch",
    en_kp(3),
    rep(
        "up to 25% for large companies and 35% for small ones",
        "up to 35% for large companies and 25% for small ones",
    ),
    "the 25% and 35% credit rates attached to the wrong company sizes",
)
v(
    A,
    "invented-ibk",
    "entity_invented",
    en_kp(1),
    rep(
        "The Korea Development Bank will provide",
        "The Korea Development Bank and the Industrial Bank of Korea will provide",
    ),
    "the Industrial Bank of Korea is not in the article; added on both sides and to the grounding with a made-up source",
    also=(zh_kp(1), "韩国产业银行将提供", "韩国产业银行和中小企业银行将提供"),
    entity=("Industrial Bank of Korea", "中小企业银行", "韩国中小企业银行", "organization"),
)
v(A, "lang-zh-oneline", "wrong_language", ZH_O, ("copy", EN_O), "Chinese one_line left in English")
v(
    A,
    "misaligned-swap-zh",
    "key_points_misaligned",
    "summary.zh-Hans.key_points",
    ("swap", 0, 1),
    "Chinese key points 1 and 2 in swapped order",
)
v(
    A,
    "link-ministry-en-oneline",
    "link_added",
    EN_O,
    ("append", " (https://www.motie.go.kr)"),
    "a URL appended to the English one_line",
)
v(
    A,
    "script-zh-summary",
    "script_mixed",
    ZH_S,
    rep("韩国产业银行将提供", "韓國產業銀行將提供"),
    "Traditional 韓/國/產/業/銀/將 in the zh-Hans summary",
)
v(
    A,
    "disclaimer-zh-reviewed",
    "disclaimer_wrong",
    "disclaimer.zh-Hans",
    ("disclaimer", {"en": LLM_EN, "zh-Hans": "以上内容由 AI 生成，经编辑审核修改。"}),
    "the Chinese disclaimer claims an editor's review that did not happen",
)

# --- keyword lists ----------------------------------------------------------------------------------------------
v(
    "tw_taipower_rates",
    "script-zh-keywords",
    "script_mixed",
    "keywords.zh-Hans",
    rep("台电", "台電"),
    "the source's Traditional 台電 left in the zh-Hans keywords",
)
v(
    "kr_chip_support_won",
    "name-hynix-lgdisplay-en-keywords",
    "name_swapped_one_side",
    "keywords.en",
    rep("SK Hynix", "LG Display"),
    "SK Hynix replaced by LG Display in the English keywords only",
)
