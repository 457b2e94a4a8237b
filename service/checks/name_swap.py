"""A person swapped on one side of a field pair, when the other person is also someone the article names
(holdout waves 1-5: the most-missed kind). The entity table covers the names a summary used; a model that
credits a quote to the wrong person on one side either names another row more often on that side, or a
person the table does not list at all:

    en: "... said Education Minister Rachel Whitford"   zh: "……财长西蒙·赖表示"
    -> Simon Lai is named on the zh side only, and the en side names a person the table does not have.

Only people: an organisation is often named on one side and "the agency" / 该局 on the other, and a
faithful pair omits it; a person named on one side only, with someone else in their place, is a swap."""

from __future__ import annotations

import re

from service.checks.entity_forms import covered, forms, mention_count
from service.checks.fields import Problem
from service.checks.names import ROLE_WORDS, extract_names
from service.checks.regions import places
from service.checks.script import to_simplified
from service.checks.zh_names import chinese_people
from service.schemas import GroundedEntity

# Words that make a capitalised phrase an institution, a place or an event rather than a person.
_NOT_PERSON = frozenset(
    """University Department Council Association Bank Group Ltd Limited Corporation Authority Commission
    Ministry Service Services Court Party Union Federation Centre Center Agency Board Office Police Hospital
    Company Holdings Park Island Street Road River Lake Bay New North South East West Day Year Form No
    Exchange Institute Foundation Trust Committee Club League Cup Games Airport Port Station Line Festival
    Fund Index Act Bill Plan Programme Program Scheme Energy Power Electric Airlines Motors Co Inc Times Post
    News Technology Technologies Systems Industries Sciences Capital Partners Media Motor Pharma Health
    Airways Logistics Shipping Securities Insurance Resources Mining Properties Development Research Labs
    Robotics Semiconductor Telecom Mobile Network Airline Railway Railways Ferries Studios""".split()  # noqa: SIM905 - a word list reads better as text
)
_PERSON_WORD = re.compile(r"[A-Z][A-Za-z'’.\-]*")


def swapped_people(
    suffix: str, en_text: str, zh_text: str, entities: list[GroundedEntity], flagged: set[str]
) -> list[Problem]:
    """Problems for the fields of `suffix` not already in `flagged` (the row-for-row swaps found first)."""
    people = [e for e in entities if e.type == "person"]
    if not people:
        return []
    counts = [(mention_count(e, "en", en_text), mention_count(e, "zh", zh_text)) for e in people]
    problems: list[Problem] = []
    for row, (on_en, on_zh) in zip(people, counts, strict=True):
        if on_en == 0 and on_zh > 0 and f"summary.en.{suffix}" not in flagged:
            instead = [p.en for p, (e, z) in zip(people, counts, strict=True) if e > z]
            instead = instead or _untabled_en_people(en_text, entities, suffix == "title")
            if instead:
                field = f"summary.en.{suffix}"
                flagged.add(field)
                said = f"{suffix}: zh-Hans names {row.zh}, en names {instead[0]} instead of {row.en}"
                problems.append(Problem(field, said))
        elif on_zh == 0 and on_en > 0 and f"summary.zh-Hans.{suffix}" not in flagged:
            instead = [p.zh for p, (e, z) in zip(people, counts, strict=True) if z > e]
            instead = instead or _untabled_zh_people(zh_text, entities)
            if instead:
                field = f"summary.zh-Hans.{suffix}"
                flagged.add(field)
                said = f"{suffix}: en names {row.en}, zh-Hans names {instead[0]} instead of {row.zh}"
                problems.append(Problem(field, said))
    return problems


def _untabled_en_people(text: str, entities: list[GroundedEntity], headline: bool) -> list[str]:
    found = []
    for name in extract_names(text, chinese=False, headline=headline):
        person = _person_part(name.text)
        if person and not covered(person, entities):
            found.append(person)
    return found


def _person_part(name: str) -> str | None:
    """The person in a capitalised phrase ("Education Minister Rachel Whitford" -> "Rachel Whitford"), or
    None for an institution, a place or a single word."""
    words = name.split()
    roles = [i for i, word in enumerate(words) if word.lower() in ROLE_WORDS]
    if roles:
        words = words[roles[-1] + 1 :]
    if not 2 <= len(words) <= 4 or any(w in _NOT_PERSON or not _PERSON_WORD.fullmatch(w) for w in words):
        return None
    person = " ".join(words)
    return None if places(person, False) else person


def _untabled_zh_people(text: str, entities: list[GroundedEntity]) -> list[str]:
    # The rows' own forms are masked first: jieba glues a title to a known name (首席财务官达娜 -> 官达娜).
    masked = to_simplified(text)
    for row in entities:
        for form in sorted(forms(row, "zh"), key=len, reverse=True):
            masked = masked.replace(to_simplified(form), "，")
    return [
        name
        for name in chinese_people(masked)
        if not covered(name, entities) and (name[0] in _SURNAMES or "·" in name or len(name) >= 4)
    ]


# jieba tags words such as 本赛季 and 长王 (部长 + 王) as people: a Chinese person's name opens with a
# surname; a transliterated one has a "·" or runs long (特罗萨德).
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
    "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪区"
)
