# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout6 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_yuxiang_railway": {
        "file": "zh_yuxiang_railway.txt",
        "en": {
            "title": "Chongqing-Qianjiang high-speed line opens, cutting the trip to 97 minutes",
            "one_line": "The 270 km Chongqing-Qianjiang section of the Chongqing-Hunan high-speed railway opened on "
            "November 28, about three hours faster than the old line.",
            "summary": "The Chongqing-Qianjiang section of the Chongqing-Hunan high-speed railway opened on November 28, "
            "bringing high-speed rail to southeastern Chongqing. The roughly 270 km line, designed for 350 km/h, has "
            "eight stations, six of them new; trains will initially run at 300 km/h, and the fastest journey from "
            "Chongqing East to Qianjiang takes 1 hour 37 minutes, about three hours less than before. Built since "
            "July 2020 at a cost of about 53.7 billion yuan, the line runs mostly through bridges and tunnels in the "
            "Wuling Mountains, including the 18.6 km Wulong tunnel. A second-class ticket costs 173 yuan. Vice mayor "
            "Chen Lixin said the line would bring Wulong, Pengshui and Qianjiang into a two-hour travel circle. The "
            "Qianjiang-Jishou section is due by the end of 2027.",
            "key_points": [
                "The 270 km section, designed for 350 km/h, opened on November 28 with eight stations.",
                "The fastest Chongqing East-Qianjiang trip is 1 hour 37 minutes, about three hours shorter than before.",
                "The line cost about 53.7 billion yuan; 91.3% of it runs on bridges or through tunnels.",
                "36 pairs of trains ran on the first day, and about 28,000 passengers a day are expected in the first month.",
                "The Qianjiang-Jishou section is due by late 2027, cutting Chongqing-Changsha travel to about three hours.",
            ],
        },
        "zh": {
            "title": "渝湘高铁重庆至黔江段开通 最快1小时37分",
            "one_line": "渝湘高铁重庆至黔江段11月28日开通，全长约270公里，较原铁路缩短约3小时。",
            "summary": "渝湘高铁重庆至黔江段于11月28日开通运营，渝东南地区迈入高铁时代。线路全长约270公里，设计时速350公里，"
            "共设8座车站，其中新建6座；初期按时速300公里运营，重庆东至黔江最快1小时37分，比原有铁路缩短约3小时。"
            "该段2020年7月开工，总投资约537亿元，桥隧比达91.3%，最长的武隆隧道长18.6公里，施工中处置溶洞200余处。"
            "首日开行动车组36对，二等座全价173元。副市长陈立新称，武隆、彭水、黔江将纳入主城“2小时交通圈”。"
            "黔江至吉首段计划2027年底建成。",
            "key_points": [
                "线路全长约270公里，设计时速350公里，共设8座车站。",
                "重庆东至黔江最快1小时37分，较原有铁路缩短约3小时。",
                "总投资约537亿元，桥隧比91.3%，武隆隧道长18.6公里。",
                "首日开行动车组36对，预计首月日均发送旅客约2.8万人次。",
                "黔江至吉首段计划2027年底通车，届时重庆至长沙约3小时可达。",
            ],
        },
        "kw_en": [
            "Chongqing-Hunan high-speed railway",
            "Chongqing",
            "Qianjiang",
            "high-speed rail",
            "Wuling Mountains",
            "railway opening",
        ],
        "kw_zh": ["渝湘高铁", "重庆", "黔江", "高铁", "武陵山区", "开通运营"],
        "entities": [
            ("Chongqing", "重庆", "重庆", "place"),
            ("Qianjiang", "黔江", "黔江", "place"),
            ("Chongqing East", "重庆东", "重庆东站", "place"),
            ("Wulong", "武隆", "武隆", "place"),
            ("Pengshui", "彭水", "彭水", "place"),
            ("Wuling Mountains", "武陵山区", "武陵山区", "place"),
            ("Chen Lixin", "陈立新", "陈立新", "person"),
            ("Jishou", "吉首", "吉首", "place"),
            ("Changsha", "长沙", "长沙", "place"),
        ],
        "kps": [[3], [3], [4], [5], [8]],
    },
    "hk_mpf_fraud": {
        "file": "hk_mpf_fraud.txt",
        "en": {
            "title": "Ex-financial adviser jailed for 32 months for defrauding six elderly investors",
            "one_line": "A Hong Kong court jailed a former adviser for 32 months and a former bank clerk for 18 months over a "
            "HK$8.6 million fake bond scheme.",
            "summary": "Hong Kong's District Court on Wednesday jailed former licensed financial adviser Leung Chi-hang, 45, for "
            "32 months and former bank customer-service officer Ho Wai-lam, 38, for 18 months, also fining her HK$50,000. "
            "The pair had pleaded guilty to two counts of conspiracy to defraud and one of money laundering. Between March "
            '2021 and September 2022 they sold six people aged 68 to 81 a non-existent "capital-guaranteed" overseas bond '
            "paying 8% a year, taking about HK$8.6 million. Ho picked targets from bank records. Judge Mak Ka-kei said "
            "Leung was the mastermind and cut both starting points by a third for the guilty pleas. Leung must pay about "
            "HK$7.1 million in compensation.",
            "key_points": [
                "Leung Chi-hang was jailed for 32 months; Ho Wai-lam got 18 months and a HK$50,000 fine.",
                "The two admitted two counts of conspiracy to defraud and one of money laundering.",
                "Six victims aged 68-81 lost about HK$8.6 million to a fake bond promising 8% a year.",
                "The judge started from 48 and 27 months and took a third off for the guilty pleas.",
                "Police recorded 386 investment scams against elderly people in the first ten months, up about 27%.",
            ],
        },
        "zh": {
            "title": "前理财顾问串谋诈骗长者 被判监禁32个月",
            "one_line": "前理财顾问与前银行职员以虚假债券骗取六名长者约860万港元，分别被判监32个月和18个月。",
            "summary": "香港区域法院法官麦嘉琪12月2日判处45岁的前持牌理财顾问梁志恒监禁32个月，38岁的前银行客户服务主任"
            "何慧琳监禁18个月并罚款5万港元。二人承认两项串谋诈骗罪及一项洗黑钱罪。2021年3月至2022年9月间，"
            "他们向六名68至81岁的长者推销号称“保本、年息8厘”的海外债券，骗取约860万港元；何慧琳利用职务查阅客户资料"
            "挑选目标。法官指梁是主谋，量刑起点为48个月，何为27个月，二人均因认罪获减三分之一。梁须向受害人赔偿约710万港元。",
            "key_points": [
                "梁志恒被判监禁32个月，何慧琳被判监禁18个月及罚款5万港元。",
                "二人承认两项串谋诈骗罪和一项洗黑钱罪。",
                "六名68至81岁长者因虚假债券损失约860万港元。",
                "量刑起点分别为48个月和27个月，认罪后各减三分之一。",
                "警方数据显示，今年首十个月涉及长者的投资诈骗案有386宗，同比上升约27%。",
            ],
        },
        "kw_en": [
            "Hong Kong",
            "District Court",
            "fraud",
            "elderly victims",
            "money laundering",
            "sentencing",
        ],
        "kw_zh": ["香港", "区域法院", "诈骗", "长者", "洗黑钱", "判刑"],
        "entities": [
            ("Hong Kong", "香港", "香港", "place"),
            ("District Court", "区域法院", "區域法院", "organization"),
            ("Leung Chi-hang", "梁志恒", "梁志恒", "person"),
            ("Ho Wai-lam", "何慧琳", "何慧琳", "person"),
            ("Mak Ka-kei", "麦嘉琪", "麥嘉琪", "person"),
            ("Hong Kong Police Force", "香港警务处", "香港警務處", "organization"),
        ],
        "kps": [[2], [2], [3, 4], [5], [8]],
    },
}
