# ruff: noqa: E501 - a data table, one entity per pair of parentheses
"""Well-known organisations and people in both languages, for the one thing no table of the output can
show: a name swapped for another real one on one side (微软 -> 谷歌, Maersk -> CMA CGM). A field pair where
one side names a listed entity and the other side names a different listed entity instead is a swap.

Deliberately small and unambiguous: generic words are no forms (央行 is any central bank, 巴西央行; only
中国央行 is the PBOC's), and forms that are ordinary words elsewhere (Apple/苹果) need a company
context and are left out (Amazon/亚马逊 is in: the river and the company are written alike in both). Add entries as the newsroom meets them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.checks.script import to_simplified

# (English forms, Chinese forms); the first form of each is the label.
_ENTITIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # technology
    (("Microsoft",), ("微软",)), (("Google", "Alphabet"), ("谷歌", "Alphabet")), (("OpenAI",), ("OpenAI",)),
    (("Meta", "Facebook"), ("Meta", "脸书")), (("Nvidia", "NVIDIA"), ("英伟达", "辉达")),
    (("Intel",), ("英特尔",)), (("AMD",), ("AMD", "超威")), (("Qualcomm",), ("高通",)),
    (("Samsung",), ("三星",)), (("SK Hynix", "Hynix"), ("SK海力士", "海力士")), (("LG",), ("LG",)),
    (("TSMC",), ("台积电",)), (("MediaTek",), ("联发科",)), (("Foxconn", "Hon Hai"), ("富士康", "鸿海")),
    (("Huawei",), ("华为",)), (("Tencent",), ("腾讯",)), (("Alibaba",), ("阿里巴巴", "阿里")),
    (("Baidu",), ("百度",)), (("ByteDance",), ("字节跳动",)), (("TikTok",), ("TikTok", "抖音")),
    (("Xiaomi",), ("小米",)), (("Sony",), ("索尼",)), (("SoftBank",), ("软银",)), (("Anthropic",), ("Anthropic",)),
    (("Tesla",), ("特斯拉",)), (("BYD",), ("比亚迪",)), (("CATL",), ("宁德时代",)),
    (("Toyota",), ("丰田",)), (("Honda",), ("本田",)), (("Nissan",), ("日产",)), (("Hyundai",), ("现代汽车",)),
    (("BMW",), ("宝马",)), (("Mercedes-Benz", "Mercedes", "Daimler"), ("梅赛德斯-奔驰", "奔驰", "戴姆勒")),
    (("Volkswagen",), ("大众汽车",)), (("Ford",), ("福特",)), (("General Motors", "GM"), ("通用汽车",)),
    (("Amazon",), ("亚马逊",)), (("Walmart",), ("沃尔玛",)), (("Costco",), ("好市多", "开市客")),
    (("Boeing",), ("波音",)), (("Airbus",), ("空客", "空中客车")),
    (("Maersk",), ("马士基",)), (("CMA CGM",), ("达飞",)), (("MSC",), ("地中海航运",)), (("COSCO",), ("中远海运",)),
    # finance and institutions
    (("Federal Reserve", "Fed"), ("美联储",)), (("European Central Bank", "ECB"), ("欧洲央行",)),
    (("People's Bank of China", "PBOC"), ("中国人民银行", "中国央行")), (("IMF", "International Monetary Fund"), ("国际货币基金组织",)),
    (("World Bank",), ("世界银行",)), (("WHO", "World Health Organization"), ("世卫组织", "世界卫生组织")),
    (("United Nations", "UN"), ("联合国",)), (("NATO",), ("北约",)), (("WTO", "World Trade Organization"), ("世贸组织",)),
    (("Goldman Sachs",), ("高盛",)), (("Morgan Stanley",), ("摩根士丹利", "大摩")), (("JPMorgan",), ("摩根大通",)),
    (("HSBC",), ("汇丰",)), (("BlackRock",), ("贝莱德",)),
    (("Harvard",), ("哈佛",)), (("Stanford",), ("斯坦福",)), (("MIT",), ("麻省理工",)),
    (("University of Melbourne",), ("墨尔本大学",)), (("Monash University", "Monash"), ("莫纳什大学",)),
    (("Oxford",), ("牛津",)), (("Cambridge",), ("剑桥",)), (("Tsinghua",), ("清华",)), (("Peking University",), ("北京大学", "北大")),
    # people
    (("Elon Musk", "Musk"), ("马斯克",)), (("Sam Altman", "Altman"), ("奥特曼", "阿尔特曼")),
    (("Jensen Huang",), ("黄仁勋",)), (("Satya Nadella", "Nadella"), ("纳德拉",)), (("Sundar Pichai", "Pichai"), ("皮查伊",)),
    (("Mark Zuckerberg", "Zuckerberg"), ("扎克伯格",)), (("Tim Cook",), ("库克",)), (("Jeff Bezos", "Bezos"), ("贝索斯",)),
    (("Joe Biden", "Biden"), ("拜登",)), (("Donald Trump", "Trump"), ("特朗普", "川普")), (("Xi Jinping",), ("习近平",)),
    (("Li Qiang",), ("李强",)), (("Vladimir Putin", "Putin"), ("普京",)), (("Volodymyr Zelensky", "Zelensky"), ("泽连斯基",)),
    (("Emmanuel Macron", "Macron"), ("马克龙",)), (("Olaf Scholz", "Scholz"), ("朔尔茨",)),
    (("Viktor Orbán", "Orbán", "Orban"), ("欧尔班",)), (("Péter Szijjártó", "Szijjártó", "Szijjarto"), ("西雅尔托",)),
    (("Lai Ching-te",), ("赖清德",)), (("Tsai Ing-wen",), ("蔡英文",)), (("John Lee",), ("李家超",)),
    (("Paul Chan",), ("陈茂波",)), (("John Tsang",), ("曾俊华",)), (("Yoon Suk Yeol",), ("尹锡悦",)),
    (("Lee Jae-myung",), ("李在明",)), (("Ursula von der Leyen", "von der Leyen"), ("冯德莱恩",)),
)  # fmt: skip


def _pattern(forms: tuple[str, ...], latin: bool) -> re.Pattern[str]:
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z]){alternation}(?![A-Za-z])" if latin else alternation)


_EN = [_pattern(en, latin=True) for en, _ in _ENTITIES]
_ZH = [_pattern(zh, latin=all(f.isascii() for f in zh)) for _, zh in _ENTITIES]


def label(index: int) -> str:
    en, zh = _ENTITIES[index]
    return f"{en[0]}/{zh[0]}"


@lru_cache(maxsize=4096)
def known_entities(text: str, chinese: bool) -> frozenset[int]:
    """Indices of the listed entities `text` names (Chinese text is compared in Simplified form; a Latin
    name inside Chinese text counts for either side)."""
    if chinese:
        simplified = to_simplified(text)
        found = {i for i, pattern in enumerate(_ZH) if pattern.search(simplified)}
        return frozenset(found | {i for i, pattern in enumerate(_EN) if pattern.search(text)})
    return frozenset(i for i, pattern in enumerate(_EN) if pattern.search(text))


def known_forms(text: str, chinese: bool) -> list[str]:
    """The listed names as `text` writes them (谷歌, "Google"), in list order."""
    simplified = to_simplified(text) if chinese else text
    found = []
    for index in sorted(known_entities(text, chinese)):
        for pattern in (_ZH[index], _EN[index]) if chinese else (_EN[index],):
            if match := pattern.search(simplified if pattern is _ZH[index] else text):
                found.append(match.group(0))
                break
    return found
