# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout11 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_lvliang_coal_mine": {
        "file": "zh_lvliang_coal_mine.txt",
        "en": {
            "title": "Flooding at Shanxi coal mine leaves four dead as nine are rescued",
            "one_line": "Thirteen miners were trapped by flooding at a coal mine in Liulin county, Lüliang, on November 17; nine were "
            "rescued after about 52 hours and four died.",
            "summary": "Water flooded a coal mine run by Xingwang Coal Industry in Liulin county, Lüliang, Shanxi province, at about "
            "3am on Monday, November 17, trapping 13 of the 92 miners underground. After about 52 hours of rescue work, nine were "
            "saved and four died. The privately owned mine, licensed to produce 1.2 million tonnes a year, broke into water held in "
            "old workings. More than 200 rescuers and 12 high-capacity pumps were deployed. Vice mayor Liu Zhigang said an inspection "
            "in August found seven hazards, including poor water-control measures, that have still not all been fixed; five people, "
            "including the legal representative and the mine manager, have been detained. Shanxi began a three-month safety "
            "inspection of its roughly 900 producing mines on November 20.",
            "key_points": [
                "13 of the 92 miners underground were trapped; after about 52 hours, nine were rescued and four died.",
                "The water broke in at an excavation face at the +410 m level, with inflow peaking at about 800 cubic metres an hour.",
                "An August inspection found seven hazards that have not all been fixed; five people are in police custody.",
                "Shanxi began a three-month inspection on November 20; about 30% of its roughly 900 mines face water risks from old workings.",
                "Nationwide, coal mines had 52 accidents and 71 deaths in the first ten months, down 8.8% and 6.6%.",
            ],
        },
        "zh": {
            "title": "山西柳林煤矿透水事故致4人遇难 9人获救",
            "one_line": "吕梁市柳林县兴旺煤业11月17日发生透水事故，13人被困，经约52小时救援9人获救、4人遇难。",
            "summary": "11月17日（周一）凌晨3时许，山西省吕梁市柳林县兴旺煤业有限公司井下发生透水事故，当班入井92人，13人被困。经约52小时"
            "救援，9人获救、4人遇难。该矿为民营煤矿，核定年产能120万吨，事故因掘进作业揭露老空区积水引发，涌水量一度达每小时约800立方米。"
            "救援共调集6支专业救护队、逾两百名救援人员和12台大功率排水泵。吕梁市副市长刘志刚通报，该矿8月被查出7项隐患，至今未全部整改，"
            "5名相关责任人已被公安机关控制。山西省自11月20日起开展为期三个月的煤矿安全大排查。",
            "key_points": [
                "入井92人中13人被困，经约52小时救援，9人获救、4人遇难。",
                "事故发生在+410米水平掘进工作面，涌水量一度达每小时约800立方米。",
                "该矿8月被查出7项隐患，至今未全部整改，5名责任人被控制。",
                "山西11月20日起开展三个月大排查，约900座生产煤矿中约三成受老空区积水威胁。",
                "前10个月全国煤矿发生事故52起、死亡71人，同比分别下降8.8%和6.6%。",
            ],
        },
        "kw_en": ["Shanxi", "coal mine accident", "mine flooding", "Lüliang", "mine safety", "rescue"],
        "kw_zh": ["山西", "煤矿事故", "透水", "吕梁", "煤矿安全", "救援"],
        "entities": [
            ("Shanxi", "山西", "山西", "place"),
            ("Lüliang", "吕梁", "吕梁", "place"),
            ("Liulin county", "柳林县", "柳林县", "place"),
            ("Xingwang Coal Industry", "兴旺煤业", "兴旺煤业有限公司", "organization"),
            ("Liu Zhigang", "刘志刚", "刘志刚", "person"),
        ],
        "kps": [[2], [3], [5], [6], [7]],
    },
    "hk_marathon": {
        "file": "hk_marathon.txt",
        "en": {
            "title": "Kenyan runner sets course record as Hong Kong Marathon draws 74,000",
            "one_line": "About 74,000 runners took part in the Standard Chartered Hong Kong Marathon on February 7, where Kiprotich "
            "won the men's race in a record 2:09:18.",
            "summary": "About 74,000 runners, some 4,000 more than last year, took part in the 2027 Standard Chartered Hong Kong "
            "Marathon on Sunday, February 7, about 19,000 of them in the full marathon. Kenya's Kiprotich won the men's race in "
            "2:09:18, breaking the 2019 course record of 2:09:20 and earning US$65,000 plus a US$10,000 record bonus. Ethiopia's "
            "Abebe won the women's race in 2:26:05. The Hong Kong Amateur Athletic Association said overseas runners made up about "
            "30% of the field. Of the 137 runners who sought medical help, 12 were taken to hospital and three were in critical "
            "condition, including a 52-year-old man in intensive care at Queen Mary Hospital. The Hong Kong Tourism Board expects "
            "overseas runners and their companions to spend about HK$430 million.",
            "key_points": [
                "Kiprotich won in 2:09:18, two seconds inside the course record set in 2019.",
                "Full-marathon places sold out within about three days, and about 30% of runners came from overseas.",
                "137 runners sought treatment, about 20% fewer than last year; 12 went to hospital and three were critical.",
                "The race cost about HK$60 million, around 10% more than last year, with Standard Chartered contributing HK$35 million.",
                "Organisers plan to raise the field to 80,000 next year, but no decision has been made.",
            ],
        },
        "zh": {
            "title": "香港马拉松逾七万人参赛 肯尼亚跑手破赛会纪录",
            "one_line": "渣打香港马拉松2月7日举行，约7.4万人参赛，基普罗蒂奇以2小时9分18秒打破赛会纪录。",
            "summary": "2027渣打香港马拉松2月7日（星期日）举行，约7.4万名跑手参加，比去年多约4000人，其中全程马拉松约1.9万人。肯尼亚跑手"
            "基普罗蒂奇以2小时9分18秒夺得男子全马冠军，打破2019年创下的2小时9分20秒赛会纪录，获6.5万美元奖金及1万美元破纪录奖金；"
            "女子组由埃塞俄比亚选手阿贝贝以2小时26分5秒夺冠。香港业余田径总会表示，海外跑手约占三成。全日共137名跑手求诊，12人送院，"
            "3人情况危殆，其中一名52岁男跑手仍在玛丽医院深切治疗部留医。香港旅游发展局估计，海外跑手及亲友将带来约4.3亿港元消费。",
            "key_points": [
                "基普罗蒂奇以2小时9分18秒夺冠，比2019年的赛会纪录快2秒。",
                "全马名额约三日内额满，海外跑手约占三成。",
                "137名跑手求诊，比去年减少约两成；12人送院，3人情况危殆。",
                "赛事总开支约6000万港元，比去年增加约一成，其中渣打银行赞助3500万港元。",
                "田总计划明年把参赛名额增至8万个，但目前未有定案。",
            ],
        },
        "kw_en": [
            "Hong Kong Marathon",
            "Standard Chartered",
            "course record",
            "Kiprotich",
            "running",
            "Hong Kong",
        ],
        "kw_zh": ["香港马拉松", "渣打银行", "赛会纪录", "基普罗蒂奇", "长跑", "香港"],
        "entities": [
            ("Standard Chartered Hong Kong Marathon", "渣打香港马拉松", "渣打香港馬拉松", "other"),
            ("Standard Chartered", "渣打银行", "渣打銀行", "organization"),
            ("Kiprotich", "基普罗蒂奇", "基普羅蒂奇", "person"),
            ("Kenya", "肯尼亚", "肯尼亞", "place"),
            ("Abebe", "阿贝贝", "阿貝貝", "person"),
            ("Ethiopia", "埃塞俄比亚", "埃塞俄比亞", "place"),
            (
                "Hong Kong Amateur Athletic Association",
                "香港业余田径总会",
                "香港業餘田徑總會",
                "organization",
            ),
            ("Queen Mary Hospital", "玛丽医院", "瑪麗醫院", "organization"),
            ("Hong Kong Tourism Board", "香港旅游发展局", "香港旅遊發展局", "organization"),
            ("Hong Kong", "香港", "香港", "place"),
        ],
        "kps": [[2], [4], [5], [7], [13]],
    },
}
