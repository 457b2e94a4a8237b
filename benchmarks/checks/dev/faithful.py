# ruff: noqa: E501  (data: one defect per call, long sentences kept whole so they stay greppable)
"""The faithful bilingual summaries of the dev set, one per article, written as a news editor would.

Data, not code: `build_cases.py` turns these and `variants.py` into `cases.jsonl`. Each entry is
(file, en, zh-Hans, keywords en, keywords zh-Hans, entities, key-point source paragraphs). `en` and `zh` are
(title, one_line, summary, [key points]); entities are (en, zh, source as written in the article, type).
"""

from __future__ import annotations

FAITHFUL: dict[str, dict] = {}


def add(article_id, file, en, zh, kw_en, kw_zh, entities, sources):
    FAITHFUL[article_id] = dict(
        file=file, en=en, zh=zh, kw_en=kw_en, kw_zh=kw_zh, entities=entities, sources=sources
    )


add(
    "seed001_openai_logan",
    "seed001_openai_logan.txt",
    (
        "Logan Kilpatrick, OpenAI's head of developer relations, leaves the company",
        "Logan Kilpatrick, seen as a window into an increasingly closed OpenAI, announced his "
        "departure on March 1 amid debate over open source.",
        "Logan Kilpatrick, who led developer relations at OpenAI and was widely seen as a window into the "
        "increasingly closed company, announced on X on March 1 that he had left, after Allie K. Miller's "
        "exit in February. After leaving, he posted that open-source AI would be a pure win for developers, "
        "businesses and humanity, prompting speculation that a disagreement over openness was behind his "
        "departure; he said it was not a dig at companies with closed models. His last day, February 29, was the day Elon "
        "Musk sued OpenAI, alleging it had become a closed-source de facto subsidiary of Microsoft, two "
        "days after Microsoft's investment in French start-up Mistral AI. OpenAI's last open-source GPT "
        "model remains GPT-2, released in 2019.",
        [
            "Logan Kilpatrick, OpenAI's head of developer relations, announced his departure on X on "
            "March 1, after Allie K. Miller left in February.",
            "After leaving, he posted that open-source AI would be a pure win for developers, businesses "
            "and humanity, fuelling talk of a split over openness, though he said it was not a dig at "
            "companies with closed models.",
            "His last day, February 29, was the day Elon Musk sued OpenAI in San Francisco, alleging it had "
            "become a closed-source subsidiary of Microsoft.",
            "Before OpenAI, Kilpatrick led machine learning and open-source work at Path AI and advised "
            "NASA's open-science programme; OpenAI's last open-source GPT model was GPT-2 in 2019.",
        ],
    ),
    (
        "OpenAI开发者关系负责人洛根·基尔帕特里克离职",
        "被视为外界了解OpenAI之窗的洛根·基尔帕特里克3月1日宣布离职，引发开源之争的猜测。",
        "OpenAI开发者关系负责人洛根·基尔帕特里克3月1日在X上宣布离职，他被视为外界了解日益封闭的OpenAI的"
        "窗口，此前Allie K. Miller已于2月离开。离职后他发文称，开源AI对开发者、商业和全人类都是纯粹的胜利，"
        "引发外界对其因开源分歧出走的猜测，但他澄清这并非挖苦不开源模型的公司。他在OpenAI的最后一天是2月29日，"
        "当天马斯克起诉OpenAI，称其事实上已沦为微软的闭源子公司；两天前，微软刚向法国初创企业Mistral AI"
        "注资。GPT系列最后一个开源模型仍是2019年的GPT-2。",
        [
            "OpenAI开发者关系负责人洛根·基尔帕特里克3月1日在X上宣布离职，此前Allie K. Miller已于2月离开。",
            "离职后他发文称开源AI对开发者、商业和全人类都是纯粹的胜利，引发开源分歧的猜测，但他表示这并非"
            "挖苦不开源模型的公司。",
            "他的最后一天是2月29日，当天马斯克在旧金山起诉OpenAI，称其已成为微软的闭源子公司。",
            "加入OpenAI前，他曾在Path AI领导机器学习和开源项目，并担任NASA开放科学计划顾问；GPT系列最后一个"
            "开源模型是2019年的GPT-2。",
        ],
    ),
    [
        "Logan Kilpatrick",
        "OpenAI",
        "open source",
        "developer relations",
        "Elon Musk",
        "Microsoft",
        "Mistral AI",
    ],
    ["洛根·基尔帕特里克", "OpenAI", "开源", "开发者关系", "马斯克", "微软", "Mistral AI"],
    [
        ("Logan Kilpatrick", "洛根·基尔帕特里克", "洛根·基尔帕特里克", "person"),
        ("OpenAI", "OpenAI", "OpenAI", "organization"),
        ("Allie K. Miller", "Allie K. Miller", "Allie K. Miller", "person"),
        ("X", "X", "X", "product"),
        ("Elon Musk", "马斯克", "马斯克", "person"),
        ("Microsoft", "微软", "微软", "organization"),
        ("Mistral AI", "Mistral AI", "Mistral AI", "organization"),
        ("France", "法国", "法国", "place"),
        ("San Francisco", "旧金山", "旧金山", "place"),
        ("Path AI", "Path AI", "Path AI", "organization"),
        ("NASA", "NASA", "NASA", "organization"),
        ("GPT-2", "GPT-2", "GPT-2", "product"),
    ],
    [[5, 6, 9], [11, 12, 13, 14, 15], [17], [21, 27]],
)

add(
    "seed003_open_models",
    "seed003_open_models.txt",
    (
        "Why an AI2 researcher builds open language models",
        "Open models matter because AI may go wrong through negligence, an AI2 researcher argues, urging "
        "more people to join the effort.",
        "In notes on why he builds open language models, an AI2 researcher writes that the deepest "
        "motivation for open-source AI is the fear of AI development going wrong, not through bad actors "
        "but through negligent ones deploying powerful technology without oversight, as with recommender "
        "systems and social networks. He describes AI2's OLMo models as research infrastructure rather than "
        "standalone artifacts, and says the Allen Institute aims to be what OpenAI originally seemed set to "
        "be. AI2 is barely keeping up on capabilities and open-source AI has few true allies, he writes, but "
        "a small handful of people drive most of OLMo's progress and individuals have unusual room for "
        "impact. He invites people to get in touch and says what comes next will be decided in 2025.",
        [
            "The strongest motive for open-source AI is the fear of negligent, not malicious, deployment of "
            "powerful technology without oversight.",
            "AI2's OLMo models are best seen as research infrastructure, and the Allen Institute aims to be "
            "what OpenAI originally seemed it would be.",
            "AI2 is barely keeping up on capabilities, open-source AI has few true allies, and a small "
            "handful of people drive most of OLMo's progress.",
            "He calls for more people to join, saying individuals can have outsized impact, and says the "
            "next steps will be set in 2025.",
        ],
    ),
    (
        "AI2研究员谈为何打造开源语言模型",
        "一位AI2研究员认为，AI可能因疏忽而出错，所以需要开源模型，并呼吁更多人加入。",
        "一位AI2研究员在阐述自己为何打造开源语言模型时写道，推动开源AI的最深层动力是担心AI发展出错——"
        "不是因为坏人作恶，而是疏忽者在缺乏监督的情况下部署强大技术，就像推荐系统和社交网络曾经造成的"
        "危害。他把AI2的OLMo系列模型视为研究基础设施，而非单纯的成品，并称艾伦研究所想成为OpenAI最初看起来"
        "要成为的样子。他坦言AI2在能力竞赛中勉强跟上，开源AI真正的盟友不多，但OLMo的进展主要由一小群人推动，"
        "个人在这里有很大的影响空间。他欢迎有志者联系，并表示下一步将在2025年确定。",
        [
            "开源AI最深层的动机是担心强大技术被疏忽者而非恶意者在缺乏监督的情况下部署。",
            "AI2的OLMo模型应被视为研究基础设施，艾伦研究所希望成为OpenAI最初看起来要成为的样子。",
            "AI2在能力上勉强跟上，开源AI真正的盟友不多，OLMo的大部分进展由一小群人推动。",
            "他呼吁更多人加入，称个人在此能产生巨大影响，下一步将在2025年确定。",
        ],
    ),
    ["open-source AI", "OLMo", "AI2", "Allen Institute", "open language models", "RLHF"],
    ["开源AI", "OLMo", "AI2", "艾伦研究所", "开源语言模型", "RLHF"],
    [
        ("AI2", "AI2", "AI2", "organization"),
        ("Allen Institute", "艾伦研究所", "Allen Institute", "organization"),
        ("OLMo", "OLMo", "OLMo", "product"),
        ("OpenAI", "OpenAI", "OpenAI", "organization"),
    ],
    [[3, 4], [5, 7, 14], [8, 10, 14], [13, 16, 17, 18]],
)

add(
    "tw_taipower_rates",
    "tw_taipower_rates.txt",
    (
        "Taiwan to raise electricity prices 12.5% from October, sparing small households",
        "Taiwan's electricity prices will rise 12.5% on average from October 1, with households using up "
        "to 330 kWh a month exempt.",
        "Taiwan's Ministry of Economic Affairs electricity rate committee decided on the 27th to raise "
        "prices by an average of 12.5% from October 1, lifting the average rate from NT$3.45 to NT$3.88 per "
        "kilowatt-hour. Households using 330 kWh or less a month, about 60% of residential users, are "
        "exempt. Industrial users face an average 14% rise and the 500 largest consumers up to 25%, while "
        "small businesses, farms and fisheries pay 7% more. Economy Minister Kuo Jyh-huei said Taiwan Power "
        "Company lost NT$198.5 billion last year, with accumulated losses above NT$400 billion. Taipower "
        "expects about NT$100 billion a year in extra revenue, and the Executive Yuan plans a further "
        "NT$100 billion subsidy next year. The KMT caucus in the Legislative Yuan criticised the increase.",
        [
            "Prices rise an average 12.5% from October 1, from NT$3.45 to NT$3.88 per kWh; households using "
            "up to 330 kWh a month, about 60% of them, are exempt.",
            "Industrial users pay 14% more on average, the 500 biggest consumers up to 25%, and small "
            "businesses, farms and fisheries 7%.",
            "Taipower lost NT$198.5 billion last year; the increase will bring in about NT$100 billion a "
            "year, and the cabinet plans another NT$100 billion subsidy.",
            "The KMT caucus accused the government of making the public pay for energy-policy mistakes and "
            "demanded that the Ministry of Economic Affairs report to the Legislative Yuan within two weeks.",
        ],
    ),
    (
        "台湾电价10月起平均上涨12.5% 住宅小用户冻涨",
        "台湾电价自10月1日起平均上涨12.5%，每月用电330度以下的住宅用户不涨价。",
        "台湾经济部电价费率审议会27日决定，自10月1日起电价平均上涨12.5%，平均电价由每度新台币3.45元升至"
        "3.88元。每月用电330度以下的住宅用户冻涨，约占住宅用户的六成。工业用户平均上涨14%，前500大用电大户"
        "涨幅最高达25%，中小企业及农渔业上涨7%。经济部长郭智辉表示，台电去年亏损新台币1985亿元，累计亏损"
        "逾4000亿元。台电预计调价后每年增收约1000亿元，行政院明年将再编列1000亿元预算补贴。立法院国民党团"
        "批评政府让全民为能源政策失误买单。",
        [
            "电价自10月1日起平均上涨12.5%，每度由新台币3.45元升至3.88元；每月用电330度以下的住宅用户冻涨，"
            "约占六成。",
            "工业用户平均上涨14%，前500大用电大户最高上涨25%，中小企业及农渔业上涨7%。",
            "台电去年亏损新台币1985亿元；调价后每年增收约1000亿元，行政院拟再补贴1000亿元。",
            "国民党团批评政府让全民为能源政策失误买单，要求经济部两周内赴立法院专案报告。",
        ],
    ),
    [
        "Taiwan",
        "electricity prices",
        "Taipower",
        "Ministry of Economic Affairs",
        "Legislative Yuan",
        "rate increase",
    ],
    ["台湾", "电价", "台电", "经济部", "立法院", "电价调涨"],
    [
        ("Taiwan", "台湾", "台灣", "place"),
        ("Ministry of Economic Affairs", "经济部", "經濟部", "organization"),
        ("Taiwan Power Company", "台电", "台電", "organization"),
        ("Taipower", "台电", "台電", "organization"),
        ("Kuo Jyh-huei", "郭智辉", "郭智輝", "person"),
        ("Executive Yuan", "行政院", "行政院", "organization"),
        ("Legislative Yuan", "立法院", "立法院", "organization"),
        ("KMT caucus", "国民党团", "國民黨團", "organization"),
    ],
    [[2], [3], [4, 5], [6]],
)

add(
    "hk_budget_deficit",
    "hk_budget_deficit.txt",
    (
        "Hong Kong deficit widens to HK$87.2 billion as government cuts spending 7%",
        "Financial Secretary Paul Chan forecast a HK$87.2 billion deficit and a 7% cut in recurrent "
        "spending over three years.",
        "Hong Kong's Financial Secretary Paul Chan told the Legislative Council on the 26th that the "
        "consolidated deficit for this financial year would reach HK$87.2 billion, nearly double the "
        "HK$48.1 billion originally forecast, mainly because land sales and stamp duty fell short. The "
        "government will cut recurrent spending by 7% over three years, freeze civil service pay for a year "
        "and shed about 10,000 civil service posts by April 2027 through natural attrition. Salaries tax "
        "relief is capped at HK$1,500, down from HK$3,000, benefiting about 1.9 million taxpayers. Chan "
        "expects growth of 2% to 3% this year and plans to issue HK$150 billion to HK$195 billion of bonds a "
        "year for five years to fund projects such as the Northern Metropolis.",
        [
            "The consolidated deficit is forecast at HK$87.2 billion, nearly double the HK$48.1 billion "
            "budgeted, as land and stamp duty revenue fell short.",
            "Recurrent spending will be cut 7% over three years, civil service pay frozen for a year and "
            "about 10,000 posts cut by April 2027.",
            "Salaries tax relief is capped at HK$1,500, down from HK$3,000, benefiting about 1.9 million "
            "taxpayers at a cost of about HK$5.3 billion.",
            "Chan forecasts 2% to 3% growth and HK$150 billion to HK$195 billion of bond issuance a year for "
            "five years for the Northern Metropolis and other infrastructure.",
        ],
    ),
    (
        "香港赤字扩大至872亿港元 港府三年削减经常开支7%",
        "财政司司长陈茂波预计本财年赤字872亿港元，并宣布三年内削减经常开支7%。",
        "香港财政司司长陈茂波26日在立法会发表财政预算案，预计本财政年度综合赤字为872亿港元，较原先预算的"
        "481亿港元扩大近一倍，主要因卖地及印花税收入不及预期。政府将在三年内削减经常开支7%，冻结公务员薪酬"
        "一年，并于2027年4月前通过自然流失削减约1万个公务员职位。薪俸税宽减上限由3000港元降至1500港元，"
        "惠及约190万名纳税人。陈茂波预计今年经济增长2%至3%，未来五年每年将发行1500亿至1950亿港元债券，"
        "支持北部都会区等基建。",
        [
            "本财年综合赤字预计为872亿港元，较原先预算的481亿港元扩大近一倍，因卖地及印花税收入不及预期。",
            "未来三年削减经常开支7%，公务员薪酬冻结一年，2027年4月前削减约1万个职位。",
            "薪俸税宽减上限由3000港元降至1500港元，惠及约190万名纳税人，政府少收约53亿港元。",
            "陈茂波预计经济增长2%至3%，未来五年每年发债1500亿至1950亿港元，用于北部都会区等基建。",
        ],
    ),
    [
        "Hong Kong budget",
        "Paul Chan",
        "fiscal deficit",
        "spending cuts",
        "civil service",
        "Northern Metropolis",
        "bonds",
    ],
    ["香港财政预算案", "陈茂波", "财政赤字", "削减开支", "公务员", "北部都会区", "发债"],
    [
        ("Hong Kong", "香港", "香港", "place"),
        ("Paul Chan", "陈茂波", "陳茂波", "person"),
        ("Legislative Council", "立法会", "立法會", "organization"),
        ("Northern Metropolis", "北部都会区", "北部都會區", "place"),
    ],
    [[2], [3], [4], [5]],
)

add(
    "en_earnings_corvane",
    "en_earnings_corvane.txt",
    (
        "Corvane Semiconductor revenue jumps 38% on AI chip demand",
        "Corvane's third-quarter revenue rose 38% to $4.7 billion, and it agreed to buy Tessellate "
        "Photonics for $1.9 billion.",
        "Corvane Semiconductor's third-quarter revenue rose 38% from a year earlier to $4.7 billion, beating "
        "analysts' expectations of $4.4 billion, as data-centre operators kept buying its networking chips for AI "
        "servers. Net income climbed to $1.12 billion, or $2.31 a share, and gross margin widened 2.4 "
        "percentage points to 61.8%. The data-centre division grew 52% to $3.3 billion, while automotive "
        "revenue fell 6%. The Austin-based company forecast fourth-quarter revenue of $5.0 billion to $5.2 "
        "billion, raised its quarterly dividend 10% to 55 cents and agreed to buy Toronto start-up "
        "Tessellate Photonics for $1.9 billion in cash. Its shares rose 9% after hours, though analysts "
        "noted that its three largest customers account for 41% of revenue.",
        [
            "Third-quarter revenue rose 38% to $4.7 billion, above the $4.4 billion expected, and net income "
            "reached $1.12 billion.",
            "The data-centre division grew 52% to $3.3 billion, while automotive revenue slipped 6% to $610 "
            "million.",
            "Corvane guided fourth-quarter revenue of $5.0 billion to $5.2 billion and raised its quarterly "
            "dividend 10% to 55 cents.",
            "It agreed to buy Toronto-based Tessellate Photonics for $1.9 billion in cash, pending approval "
            "in the United States and Canada.",
        ],
    ),
    (
        "AI芯片需求强劲 Corvane半导体季度营收增长38%",
        "Corvane三季度营收增长38%至47亿美元，拟以19亿美元收购Tessellate Photonics。",
        "Corvane半导体第三季度营收同比增长38%，达47亿美元，高于分析师预期的44亿美元，主要受数据中心运营商持续"
        "采购其AI服务器网络芯片推动。净利润增至11.2亿美元，合每股2.31美元，毛利率提高2.4个百分点至61.8%。"
        "数据中心业务增长52%至33亿美元，汽车业务则下滑6%。这家总部位于奥斯汀的公司预计第四季度营收为50亿"
        "至52亿美元，将季度股息上调10%至55美分，并同意以19亿美元现金收购多伦多初创企业Tessellate Photonics。"
        "其股价盘后上涨9%，但分析师指出，前三大客户占其营收的41%。",
        [
            "第三季度营收增长38%至47亿美元，高于预期的44亿美元，净利润达11.2亿美元。",
            "数据中心业务增长52%至33亿美元，汽车业务下滑6%至6.1亿美元。",
            "公司预计第四季度营收50亿至52亿美元，并将季度股息上调10%至55美分。",
            "公司同意以19亿美元现金收购多伦多的Tessellate Photonics，交易尚需美国和加拿大监管机构批准。",
        ],
    ),
    [
        "Corvane Semiconductor",
        "quarterly earnings",
        "AI chips",
        "data centres",
        "Tessellate Photonics",
        "acquisition",
    ],
    ["Corvane半导体", "季度财报", "AI芯片", "数据中心", "Tessellate Photonics", "收购"],
    [
        ("Corvane Semiconductor", "Corvane半导体", "Corvane Semiconductor", "organization"),
        ("Austin", "奥斯汀", "Austin", "place"),
        ("Tessellate Photonics", "Tessellate Photonics", "Tessellate Photonics", "organization"),
        ("Toronto", "多伦多", "Toronto", "place"),
        ("United States", "美国", "United States", "place"),
        ("Canada", "加拿大", "Canada", "place"),
    ],
    [[2, 3], [5], [6], [9]],
)

add(
    "bilingual_lingfeng_hungary",
    "bilingual_lingfeng_hungary.txt",
    (
        "Lingfeng Energy to build €3.2 billion battery plant in Hungary",
        "Chinese battery maker Lingfeng Energy will invest €3.2 billion in a plant near Debrecen, its "
        "first outside Asia, creating 2,400 jobs.",
        "Chinese battery maker Lingfeng Energy said on Monday it will invest €3.2 billion in a cell factory "
        "near Debrecen in Hungary, its first production site outside Asia, with output due to start in the "
        "second half of 2027. At full capacity the plant will make 40 gigawatt-hours a year, enough for "
        "about 600,000 electric cars, and create 2,400 jobs. Foreign Minister Péter Szijjártó said Hungary "
        "would give a grant of 38 billion forints, about €95 million. Chairman Zhou Haoran said European "
        "carmakers want batteries made near their assembly lines; BMW's new Debrecen plant is a few "
        "kilometres away. The move comes as the European Union weighs tariffs on Chinese batteries. "
        "Lingfeng's shares rose 4.6% in Shenzhen.",
        [
            "Lingfeng will invest €3.2 billion in a factory near Debrecen, its first outside Asia, with "
            "production starting in the second half of 2027.",
            "The plant will have 40 GWh of annual capacity, enough for about 600,000 electric cars, and "
            "create 2,400 jobs.",
            "Hungary will provide a grant of 38 billion forints, about €95 million, Foreign Minister Péter "
            "Szijjártó said.",
            "The investment comes as the EU weighs tariffs on Chinese batteries; Lingfeng says the plant will "
            "recycle 90% of its water.",
        ],
    ),
    (
        "凌峰能源将斥资32亿欧元在匈牙利建电池厂",
        "中国电池制造商凌峰能源将投资32亿欧元在德布勒森附近建厂，这是其首个亚洲以外基地，将创造2400个岗位。",
        "中国电池制造商凌峰能源周一表示，将投资32亿欧元在匈牙利德布勒森附近建设电芯工厂，这是其在亚洲以外的"
        "首个生产基地，计划于2027年下半年投产。工厂全面建成后年产能为40吉瓦时，足以供应约60万辆电动汽车，"
        "预计创造2400个就业岗位。匈牙利外交部长西雅尔托·彼得表示，政府将提供380亿福林（约9500万欧元）补贴。"
        "董事长周浩然说，欧洲车企希望电池在靠近装配线的地方生产，宝马在德布勒森的新工厂距厂址仅几公里。"
        "这项投资正值欧盟考虑对中国电池加征关税之际。消息公布后，凌峰能源股价在深圳上涨4.6%。",
        [
            "凌峰能源将投资32亿欧元在德布勒森附近建厂，这是其首个亚洲以外的生产基地，2027年下半年投产。",
            "工厂年产能40吉瓦时，足以供应约60万辆电动汽车，将创造2400个就业岗位。",
            "匈牙利外交部长西雅尔托·彼得表示，政府将提供380亿福林（约9500万欧元）补贴。",
            "投资正值欧盟考虑对中国电池加征关税之际；凌峰能源称工厂将循环利用90%的用水。",
        ],
    ),
    ["Lingfeng Energy", "Hungary", "Debrecen", "battery plant", "electric vehicles", "EU tariffs"],
    ["凌峰能源", "匈牙利", "德布勒森", "电池工厂", "电动汽车", "欧盟关税"],
    [
        ("Lingfeng Energy", "凌峰能源", "Lingfeng Energy", "organization"),
        ("Lingfeng", "凌峰能源", "Lingfeng", "organization"),
        ("China", "中国", "中国", "place"),
        ("Debrecen", "德布勒森", "Debrecen", "place"),
        ("Hungary", "匈牙利", "Hungary", "place"),
        ("Asia", "亚洲", "Asia", "place"),
        ("Péter Szijjártó", "西雅尔托·彼得", "Péter Szijjártó", "person"),
        ("Zhou Haoran", "周浩然", "Zhou Haoran", "person"),
        ("BMW", "宝马", "BMW", "organization"),
        ("European Union", "欧盟", "European Union", "organization"),
        ("EU", "欧盟", "European Union", "organization"),
        ("Shenzhen", "深圳", "Shenzhen", "place"),
    ],
    [[3, 4], [5, 6], [5, 6], [9, 10]],
)

add(
    "html_antwerp_strike",
    "html_antwerp_strike.html",
    (
        "Antwerp dockworkers strike for 48 hours over pension reform",
        "About 9,000 dockers at Antwerp-Bruges began a 48-hour strike against plans to raise their "
        "early-retirement age from 60 to 63.",
        "About 9,000 dockworkers at the Port of Antwerp-Bruges, Europe's second-largest container port, "
        "began a 48-hour strike at 6 a.m. on Wednesday against the Belgian government's plan to raise their "
        "early-retirement age. The reform, announced in January by Prime Minister Bart De Wever's coalition, "
        "would lift the age from 60 to 63 by 2030 and cut pensions by up to 5% a year for those who stop "
        "earlier. More than 40 container ships were left waiting at anchor, and the port authority estimates "
        "each day of the strike costs the Belgian economy about €50 million. Employment minister David "
        "Clarinval said the government was open to dialogue. It is the third stoppage since January, and "
        "unions have threatened further action in April.",
        [
            "About 9,000 dockers began a 48-hour strike on Wednesday, leaving more than 40 container ships "
            "waiting at anchor.",
            "The reform would raise dockers' early-retirement age from 60 to 63 by 2030 and cut pensions by "
            "up to 5% a year for those who stop earlier.",
            "The port authority puts the cost to the Belgian economy at about €50 million a day, and MSC and "
            "Maersk have diverted some calls to Rotterdam.",
            "It is the third stoppage since January, and unions warn of further action in April if the plan "
            "is not withdrawn.",
        ],
    ),
    (
        "安特卫普码头工人为养老金改革罢工48小时",
        "安特卫普-布鲁日港约9000名码头工人开始48小时罢工，反对将提前退休年龄从60岁提高到63岁。",
        "欧洲第二大集装箱港口安特卫普-布鲁日港约9000名码头工人周三早上6点起罢工48小时，抗议比利时政府提高"
        "码头工人提前退休年龄的计划。根据首相巴特·德韦弗领导的联合政府1月公布的改革方案，提前退休年龄将在"
        "2030年前从60岁提高到63岁，提前退休者的养老金每年最多削减5%。罢工导致40多艘集装箱船在锚地等候，"
        "港务局估计每天罢工给比利时经济造成约5000万欧元损失。就业部长大卫·克拉林瓦尔表示政府愿意对话。"
        "这是1月以来的第三次停工，工会警告4月可能采取进一步行动。",
        [
            "约9000名码头工人周三起罢工48小时，40多艘集装箱船在锚地等候。",
            "改革将在2030年前把码头工人提前退休年龄从60岁提高到63岁，提前退休者养老金每年最多削减5%。",
            "港务局估计罢工每天给比利时经济造成约5000万欧元损失，地中海航运和马士基已将部分航次改挂鹿特丹。",
            "这是1月以来的第三次停工，工会警告若政府不撤回计划，4月将采取进一步行动。",
        ],
    ),
    ["Antwerp-Bruges", "dockworkers", "strike", "pension reform", "Belgium", "Bart De Wever"],
    ["安特卫普-布鲁日港", "码头工人", "罢工", "养老金改革", "比利时", "巴特·德韦弗"],
    [
        ("Port of Antwerp-Bruges", "安特卫普-布鲁日港", "Port of Antwerp-Bruges", "place"),
        ("Europe", "欧洲", "Europe", "place"),
        ("Belgium", "比利时", "Belgium", "place"),
        ("Bart De Wever", "巴特·德韦弗", "Bart De Wever", "person"),
        ("David Clarinval", "大卫·克拉林瓦尔", "David Clarinval", "person"),
        ("MSC", "地中海航运", "MSC", "organization"),
        ("Maersk", "马士基", "Maersk", "organization"),
        ("Rotterdam", "鹿特丹", "Rotterdam", "place"),
    ],
    [[2, 3], [4], [6], [8]],
)

add(
    "zh_economy_retail",
    "zh_economy_retail.txt",
    (
        "China's retail sales grow 4.5% in first three quarters as services spending leads",
        "China's retail sales rose 4.5% to 36.6 trillion yuan in the first three quarters, with trade-in "
        "subsidies lifting appliance sales.",
        "China's retail sales of consumer goods reached 36.6 trillion yuan in the first three quarters, up "
        "4.5% year on year and 0.3 percentage points faster than in the first half, the National Bureau of "
        "Statistics said on October 20. September sales grew 3.0%. The trade-in programme lifted sales of "
        "household appliances by 25.3% and communication equipment by 19.9%, while new-energy vehicles "
        "passed half of car sales for the first time. Services retail sales rose 5.2%, 0.8 points faster "
        "than goods, and online retail sales grew 9.0% to 11.3 trillion yuan. Spokesman Fu Linghui said "
        "slower income growth and the property adjustment were holding back consumption, and the Ministry "
        "of Commerce plans service consumption pilots in 100 cities.",
        [
            "Retail sales rose 4.5% to 36.6 trillion yuan in the first three quarters, 0.3 percentage points "
            "faster than in the first half.",
            "Trade-in subsidies lifted appliance sales 25.3%, and new-energy vehicles passed half of car "
            "sales for the first time.",
            "Services retail sales grew 5.2%, outpacing goods by 0.8 percentage points, and online sales rose "
            "9.0% to 11.3 trillion yuan.",
            "Fu Linghui said slower income growth and the property adjustment weigh on consumption; the "
            "Ministry of Commerce will run pilots in 100 cities.",
        ],
    ),
    (
        "前三季度社会消费品零售总额增长4.5% 服务消费领跑",
        "前三季度全国社会消费品零售总额36.6万亿元，同比增长4.5%，以旧换新带动家电等消费。",
        "国家统计局10月20日数据显示，前三季度全国社会消费品零售总额达36.6万亿元，同比增长4.5%，增速比上半年"
        "加快0.3个百分点；9月份同比增长3.0%。以旧换新政策带动家电和音像器材类零售额增长25.3%，通讯器材类增长"
        "19.9%，新能源汽车渗透率首次超过五成。服务零售额增长5.2%，比商品零售额增速高0.8个百分点；网上零售额"
        "11.3万亿元，增长9.0%。国家统计局新闻发言人付凌晖表示，居民收入增长放缓和房地产市场调整制约了消费。"
        "商务部将在100个城市开展服务消费试点。",
        [
            "前三季度社会消费品零售总额36.6万亿元，同比增长4.5%，增速比上半年加快0.3个百分点。",
            "以旧换新带动家电类零售额增长25.3%，新能源汽车渗透率首次超过五成。",
            "服务零售额增长5.2%，比商品零售额高0.8个百分点；网上零售额增长9.0%至11.3万亿元。",
            "付凌晖表示收入增长放缓和房地产调整制约消费；商务部将在100个城市开展服务消费试点。",
        ],
    ),
    [
        "retail sales",
        "National Bureau of Statistics",
        "trade-in programme",
        "services consumption",
        "online retail",
        "China economy",
    ],
    ["社会消费品零售总额", "国家统计局", "以旧换新", "服务消费", "网上零售", "中国经济"],
    [
        ("China", "中国", "中国", "place"),
        ("National Bureau of Statistics", "国家统计局", "国家统计局", "organization"),
        ("Fu Linghui", "付凌晖", "付凌晖", "person"),
        ("Ministry of Commerce", "商务部", "商务部", "organization"),
    ],
    [[2], [3], [4, 5], [6, 8]],
)

add(
    "en_health_heat_kidney",
    "en_health_heat_kidney.txt",
    (
        "Heatwaves drive rise in kidney hospitalisations, study finds",
        "A Monash University study of 1.2 million patients found kidney admissions rise about 7% for "
        "every 1C of heatwave warming.",
        "Hospital admissions for kidney disease rise by about 7% for every 1C increase in temperature during "
        "heatwaves, according to a Monash University study of more than 1.2 million patients published in "
        "The Lancet Planetary Health. Researchers analysed records from 2,152 hospitals in Australia, Brazil, "
        "Canada and Thailand between 2000 and 2019 and found that kidney admissions rose faster on "
        "extreme-heat days than those for heart or lung conditions. People over 75 and children under five "
        "were most at risk. Without adaptation, heat-related kidney admissions could rise 30% to 50% by 2050 "
        "under a high-emissions scenario. Senior author Yuming Guo said many admissions could be prevented "
        "by drinking enough water and adjusting medication.",
        [
            "Kidney admissions rise about 7% for every 1C of temperature increase during heatwaves, in a "
            "study of more than 1.2 million patients.",
            "The study covered 2,152 hospitals in Australia, Brazil, Canada and Thailand from 2000 to 2019.",
            "People over 75 and children under five faced the highest risk.",
            "Heat-related kidney admissions could rise 30% to 50% by 2050 under a high-emissions scenario "
            "without adaptation.",
        ],
    ),
    (
        "研究发现热浪导致肾病住院人数大幅上升",
        "莫纳什大学对120万名患者的研究发现，热浪期间气温每升高1摄氏度，肾病住院人数增加约7%。",
        "澳大利亚莫纳什大学发表在《柳叶刀-星球健康》上的一项研究显示，热浪期间气温每升高1摄氏度，肾病住院"
        "人数增加约7%。研究涉及逾120万名患者，分析了澳大利亚、巴西、加拿大和泰国2152家医院2000年至2019年的"
        "记录，发现极端高温日肾病住院人数的增幅超过心脏和肺部疾病。75岁以上老人和五岁以下儿童风险最高。研究"
        "预测，若不采取适应措施，在高排放情景下，到2050年与高温相关的肾病住院人数可能增加30%至50%。资深作者"
        "郭玉明教授表示，补充足够水分、调整用药等简单措施就能避免许多住院。",
        [
            "对逾120万名患者的研究显示，热浪期间气温每升高1摄氏度，肾病住院人数增加约7%。",
            "研究覆盖澳大利亚、巴西、加拿大和泰国的2152家医院，时间跨度为2000年至2019年。",
            "75岁以上老人和五岁以下儿童风险最高。",
            "若不采取适应措施，高排放情景下到2050年与高温相关的肾病住院人数可能增加30%至50%。",
        ],
    ),
    [
        "heatwaves",
        "kidney disease",
        "hospital admissions",
        "Monash University",
        "extreme heat",
        "The Lancet Planetary Health",
    ],
    ["热浪", "肾病", "住院", "莫纳什大学", "极端高温", "柳叶刀-星球健康"],
    [
        ("Monash University", "莫纳什大学", "Monash University", "organization"),
        ("The Lancet Planetary Health", "柳叶刀-星球健康", "The Lancet Planetary Health", "product"),
        ("Australia", "澳大利亚", "Australia", "place"),
        ("Brazil", "巴西", "Brazil", "place"),
        ("Canada", "加拿大", "Canada", "place"),
        ("Thailand", "泰国", "Thailand", "place"),
        ("Yuming Guo", "郭玉明", "Yuming Guo", "person"),
    ],
    [[2], [3], [5], [6]],
)

add(
    "zh_policy_ebike_dates",
    "zh_policy_ebike_dates.txt",
    (
        "China's new e-bike lithium battery standard takes effect next month",
        "A revised safety standard for e-bike lithium batteries takes effect on November 1; old-standard "
        "batteries must leave shops by June 1 next year.",
        "China's Ministry of Industry and Information Technology last Tuesday, October 7, issued a revised "
        "safety standard for lithium-ion batteries used in electric bicycles, which takes effect on "
        "November 1. Batteries must pass 12 safety tests, including overcharging, crushing and nail "
        "penetration, carry a remotely readable battery management system and not catch fire or explode "
        "within five minutes of thermal runaway. Manufacturers must stop making old-standard products from "
        "December 1, and retailers must stop selling them from June 1 next year. About 18,000 e-bike fires "
        "occurred from January to August, around 80% of them during charging. From Monday, October 20, "
        "market regulators will run a three-month inspection campaign covering online platforms and repair "
        "shops.",
        [
            "The revised standard was issued on October 7 and takes effect on November 1.",
            "Batteries must pass 12 safety tests and must not catch fire or explode within five minutes of "
            "thermal runaway.",
            "Production of old-standard batteries must stop from December 1, and their sale from June 1 "
            "next year.",
            "China recorded about 18,000 e-bike fires from January to August, roughly 80% during charging.",
            "The State Administration for Market Regulation will run a three-month battery inspection "
            "campaign from October 20.",
        ],
    ),
    (
        "电动自行车锂电池新国标11月1日起施行",
        "修订后的电动自行车锂电池安全规范将于11月1日起施行，旧标准电池明年6月1日起停售。",
        "工业和信息化部上周二（10月7日）发布修订后的《电动自行车用锂离子蓄电池安全技术规范》，新标准将于"
        "11月1日起施行。电池须通过过充、挤压、针刺等12项安全测试，配备可远程读取的电池管理系统，并满足热失控"
        "后5分钟内不起火、不爆炸的要求。今年12月1日起企业不得再生产旧标准产品，明年6月1日起不得再销售不符合"
        "新标准的电池。今年1月至8月全国发生电动自行车火灾1.8万起，约八成发生在充电过程中。市场监管总局将于"
        "下周一（10月20日）起开展为期三个月的专项抽查。",
        [
            "修订后的标准于10月7日发布，11月1日起施行。",
            "电池须通过12项安全测试，热失控后5分钟内不得起火、爆炸。",
            "12月1日起停止生产旧标准产品，明年6月1日起停止销售。",
            "今年1月至8月全国发生电动自行车火灾1.8万起，约八成发生在充电过程中。",
            "市场监管总局将于10月20日起开展为期三个月的电池质量专项抽查。",
        ],
    ),
    ["e-bikes", "lithium-ion batteries", "safety standard", "MIIT", "market regulation", "fire safety"],
    ["电动自行车", "锂离子电池", "安全标准", "工业和信息化部", "市场监管", "消防安全"],
    [
        ("China", "中国", "中国", "place"),
        (
            "Ministry of Industry and Information Technology",
            "工业和信息化部",
            "工业和信息化部",
            "organization",
        ),
        ("State Administration for Market Regulation", "市场监管总局", "市场监管总局", "organization"),
    ],
    [[2, 4], [3], [4], [5], [6]],
)

add(
    "en_injection_airfryer_recall",
    "en_injection_airfryer_recall.txt",
    (
        "Brightwell recalls 412,000 air fryers over fire risk",
        "Brightwell Home Appliances is recalling about 412,000 CrispPro air fryers in the US and Canada "
        "after reports of overheating and 14 fires.",
        "Brightwell Home Appliances is recalling about 412,000 air fryers sold in the United States and "
        "Canada after reports that they can overheat and catch fire, the US Consumer Product Safety "
        "Commission said on Thursday. The recall covers CrispPro 5.8-quart and 8-quart models made between "
        "June 2023 and February 2025 and sold at Walmart, Target and Amazon. The Columbus, Ohio-based company "
        "has received 61 overheating reports, including 14 fires and five minor burns, and blames a faulty "
        "wiring connector. Owners should stop using the devices and contact Brightwell for a free "
        "replacement or a full refund. Chief executive Karen Mitchell apologised and said models made since "
        "March are not affected. It is the company's second recall in two years.",
        [
            "About 412,000 CrispPro air fryers made between June 2023 and February 2025 are being recalled "
            "in the US and Canada.",
            "Brightwell has received 61 overheating reports, including 14 fires and five minor burns, caused "
            "by a faulty wiring connector.",
            "Owners should stop using the air fryers and can get a free replacement or a full refund.",
            "Chief executive Karen Mitchell said models made since March are not affected; it is "
            "Brightwell's second recall in two years.",
        ],
    ),
    (
        "Brightwell因起火风险召回41.2万台空气炸锅",
        "Brightwell家电因过热和14起火灾报告，在美国和加拿大召回约41.2万台CrispPro空气炸锅。",
        "美国消费品安全委员会周四表示，Brightwell家电公司将召回在美国和加拿大销售的约41.2万台空气炸锅，原因"
        "是这些产品可能过热起火。召回涉及2023年6月至2025年2月生产、在沃尔玛、塔吉特和亚马逊销售的CrispPro "
        "5.8夸脱和8夸脱型号。这家总部位于俄亥俄州哥伦布的公司已收到61起过热报告，其中包括14起火灾和5起轻微"
        "烧伤，原因是一个接线连接器存在缺陷。消费者应立即停止使用，并可联系Brightwell免费更换或全额退款。"
        "首席执行官卡伦·米切尔致歉，并称3月以后生产的型号不受影响。这是该公司两年内第二次召回。",
        [
            "2023年6月至2025年2月生产的约41.2万台CrispPro空气炸锅在美国和加拿大被召回。",
            "Brightwell已收到61起过热报告，包括14起火灾和5起轻微烧伤，原因是接线连接器存在缺陷。",
            "用户应停止使用，可获得免费更换或全额退款。",
            "首席执行官卡伦·米切尔表示3月以后生产的型号不受影响；这是Brightwell两年内第二次召回。",
        ],
    ),
    [
        "Brightwell",
        "air fryer recall",
        "CrispPro",
        "Consumer Product Safety Commission",
        "fire risk",
        "product safety",
    ],
    ["Brightwell", "空气炸锅召回", "CrispPro", "美国消费品安全委员会", "起火风险", "产品安全"],
    [
        ("Brightwell Home Appliances", "Brightwell家电公司", "Brightwell Home Appliances", "organization"),
        (
            "US Consumer Product Safety Commission",
            "美国消费品安全委员会",
            "Consumer Product Safety Commission",
            "organization",
        ),
        ("CrispPro", "CrispPro", "CrispPro", "product"),
        ("United States", "美国", "United States", "place"),
        ("US", "美国", "United States", "place"),
        ("Canada", "加拿大", "Canada", "place"),
        ("Walmart", "沃尔玛", "Walmart", "organization"),
        ("Target", "塔吉特", "Target", "organization"),
        ("Amazon", "亚马逊", "Amazon", "organization"),
        ("Columbus, Ohio", "俄亥俄州哥伦布", "Columbus, Ohio", "place"),
        ("Karen Mitchell", "卡伦·米切尔", "Karen Mitchell", "person"),
    ],
    [[2, 3], [4], [6], [7, 8]],
)

add(
    "kr_chip_support_won",
    "kr_chip_support_won.txt",
    (
        "South Korea unveils 26 trillion won chip support package",
        "South Korea announced a 26 trillion won support package for its chip industry, including 17 "
        "trillion won in low-interest loans.",
        "South Korea's government announced a 26 trillion won ($19 billion) support package for its "
        "semiconductor industry on May 23 to keep pace with chip subsidies in the United States, Japan and "
        'Taiwan. President Yoon Suk Yeol called chips an "all-out national war". The Korea Development '
        "Bank will offer 17 trillion won in low-interest loans, and a 5 trillion won fund will back smaller "
        "suppliers. The state will pay for roads, power and water at the Yongin semiconductor cluster, "
        "where Samsung Electronics and SK Hynix plan to invest 622 trillion won in 16 new fabs by 2047. "
        "Finance Minister Choi Sang-mok said tax credits for chip investment would be extended by three "
        "years. Industry insiders note that the plan relies on loans and tax breaks rather than direct subsidies.",
        [
            "South Korea announced the 26 trillion won ($19 billion) package on May 23 amid a global chip "
            "subsidy race.",
            "The Korea Development Bank will provide 17 trillion won in low-interest loans, and a 5 trillion "
            "won fund will support smaller firms.",
            "Samsung Electronics and SK Hynix plan to invest 622 trillion won in 16 new fabs at the Yongin "
            "cluster by 2047.",
            "Tax credits for chip investment will be extended by three years, at up to 25% for large "
            "companies and 35% for small ones.",
        ],
    ),
    (
        "韩国推出26万亿韩元半导体支持计划",
        "韩国宣布26万亿韩元半导体支持计划，其中包括17万亿韩元低息贷款。",
        "韩国政府5月23日宣布总额26万亿韩元（约合190亿美元）的半导体产业支持计划，以应对美国、日本和中国台湾"
        "地区的芯片补贴竞争。总统尹锡悦称半导体是一场“国家总力战”。韩国产业银行将提供17万亿韩元低息贷款，"
        "政府还将设立5万亿韩元基金扶持中小企业。国家将承担龙仁半导体集群的道路、电网和供水建设费用，三星电子"
        "和SK海力士计划到2047年在当地投资622万亿韩元，新建16座晶圆厂。企划财政部长官崔相穆表示，芯片设施"
        "投资税收抵免将延长三年。业内人士指出，计划以贷款和税收优惠为主，缺少直接补贴。",
        [
            "韩国5月23日宣布总额26万亿韩元（约合190亿美元）的支持计划，以应对全球芯片补贴竞争。",
            "韩国产业银行将提供17万亿韩元低息贷款，另设5万亿韩元基金扶持中小企业。",
            "三星电子和SK海力士计划到2047年在龙仁集群投资622万亿韩元，新建16座晶圆厂。",
            "芯片设施投资税收抵免延长三年，大企业最高25%，中小企业最高35%。",
        ],
    ),
    [
        "South Korea",
        "semiconductors",
        "chip subsidies",
        "Samsung Electronics",
        "SK Hynix",
        "Yongin cluster",
        "Korea Development Bank",
    ],
    ["韩国", "半导体", "芯片补贴", "三星电子", "SK海力士", "龙仁半导体集群", "韩国产业银行"],
    [
        ("South Korea", "韩国", "韩国", "place"),
        ("Yoon Suk Yeol", "尹锡悦", "尹锡悦", "person"),
        ("Korea Development Bank", "韩国产业银行", "韩国产业银行", "organization"),
        ("Yongin semiconductor cluster", "龙仁半导体集群", "龙仁半导体集群", "place"),
        ("Samsung Electronics", "三星电子", "三星电子", "organization"),
        ("SK Hynix", "SK海力士", "SK海力士", "organization"),
        ("Choi Sang-mok", "崔相穆", "崔相穆", "person"),
        ("United States", "美国", "美国", "place"),
        ("Japan", "日本", "日本", "place"),
        ("Taiwan", "中国台湾地区", "中国台湾地区", "place"),
    ],
    [[2], [3], [4], [5]],
)
