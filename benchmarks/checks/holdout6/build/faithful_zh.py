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
        "kw_en": ["Chongqing-Hunan high-speed railway", "Chongqing", "Qianjiang", "high-speed rail", "Wuling Mountains", "railway opening"],
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
}
