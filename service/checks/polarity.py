"""Polarity: an English field and its Chinese twin that say opposite things ("rose" / 下降, "approved" /
否决, "confirmed" / 否认).

A small bilingual lexicon of opposed pairs (rise/fall, approve/reject, confirm/deny, allow/ban, win/lose,
most/least, speed up/pause, ahead/behind). Each side's words are counted per pole; a negation just before a
word ("did not rise", 未通过, 没有上涨) turns it to the other pole. A pair of fields contradicts when one side
has more of one pole and the other side more of the opposite pole of the same concept: a field saying
"exports rose, imports fell" beside 出口增长、进口下降 is balanced, a flipped verb is not. One side
omitting a verb is no contradiction. Cheap: a regex per concept and side.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from service.checks.fields import Problem, field_pairs, make_result, skipped
from service.checks.script import to_simplified
from service.schemas import CheckResult, LanguageSummary, TranslationPair

# concept: ((English +, Chinese +), (English -, Chinese -)). English entries are regex stems matched at a
# word start; Chinese entries are words (Simplified), longest matched first.
_E = str
_LEXICON: dict[str, tuple[tuple[_E, tuple[str, ...]], tuple[_E, tuple[str, ...]]]] = {
    "rise": (
        (
            r"ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|gain(?:s|ed)?|climb(?:s|ed)?"
            r"|jump(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|rall(?:y|ied|ies)|widen(?:s|ed)?|rais(?:e|es|ed|ing)"
            r"|hik(?:e|es|ed)|boost(?:s|ed)?|expand(?:s|ed)?|lift(?:s|ed|ing)?|higher|up(?=\s+(?:about\s+|nearly\s+|some\s+|around\s+|roughly\s+)?\d)"
            r"|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed)"
            # a currency's moves, and "20% more than" a comparison states
            r"|strengthen(?:s|ed)?|appreciat(?:e|es|ed)|(?<=% )more"
            # "pushing prices up", "drove costs up": the verb's object sits between it and "up"
            r"|(?:push|driv|send|force)(?:es|ed|ing|e|s)?\s+(?:[\w'-]+\s+){1,3}up",
            ("上涨", "上升", "增长", "增加", "提高", "攀升", "飙升", "走高", "扩大", "上调", "调高", "调涨",
             "涨", "升高", "回升", "反弹", "增至", "升至", "加息", "推高", "推升", "拉高",
             "升(?=[约近逾]?\\d)", "跳升", "跃升", "翻番", "翻倍",
             "翻了一番", "增长逾一倍", "增长近一倍", "扩大近一倍", "升值", "走强"),
        ),
        (
            r"f[ae]ll(?:s|en|ing)?(?!\s+short)|cut(?:s|ting)?|scal(?:e|es|ed)\s+back|drop(?:s|ped)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slip(?:s|ped)?"
            r"|slid(?:e|es)?|plung(?:e|es|ed)|tumbl(?:e|es|ed)|s[ai]nk(?:s)?|shr[ai]nk(?:s)?|lower(?:ed)?(?!-)"
            r"|narrow(?:s|ed)?|reduc(?:e|es|ed)|eased|down(?=\s+(?:about\s+|nearly\s+|some\s+|around\s+|roughly\s+)?\d)|weaken(?:s|ed)?|depreciat(?:e|es|ed)",
            ("下跌", "下降", "减少", "降低", "下滑", "回落", "走低", "收窄", "缩小", "下调", "调降", "跌",
             "降至", "跌至", "萎缩", "减至", "降息", "削减", "裁减", "裁员", "降(?![雨落临水雪温级])",
             "贬值", "走弱"),
        ),
    ),
    "approve": (
        (
            r"approv(?:e|es|ed|al)|passed|backed|support(?:s|ed)?|endors(?:e|es|ed)"
            r"|welcom(?:e|es|ed)|accept(?:s|ed)?|sign(?:s|ed)|agree(?:s|d)?|upheld|uph[oe]ld(?:s)?|prais(?:e|ed)"
            r"|conced(?:e|es|ed)|in\s+favou?r",
            ("批准", "核准", "获通过", "表决通过", "审议通过", "投票通过", "支持", "赞成", "欢迎", "赞扬",
             "签署", "签订", "维持原判", "同意", "让步"),
        ),
        (
            r"reject(?:s|ed)?|veto(?:es|ed)?|oppos(?:e|es|ed)|critici[sz](?:e|es|ed)|condemn(?:s|ed)?"
            r"|quash(?:es|ed)?|overturn(?:s|ed)?|overrul(?:e|es|ed|ing)|object(?:s|ed|ions?)|refus(?:e|es|ed)"
            r"|dismiss(?:es|ed)|block(?:s|ed)|regrett?(?:s|ed)?",
            ("否决", "拒绝", "反对", "批评", "谴责", "驳回", "撤销", "推翻", "抨击", "遗憾"),
        ),
    ),
    "confirm": (
        (r"confirm(?:s|ed)?|acknowledg(?:e|es|ed)|admit(?:s|ted)?|plead(?:s|ed)?\s+guilty|pled\s+guilty",
         ("承认", "证实", "确认", "坦言", "认罪")),
        (r"den(?:y|ies|ied)|declin(?:e|es|ed) to comment|refut(?:e|es|ed)|plead(?:s|ed)?\s+not\s+guilty",
         ("否认", "拒绝置评", "不予置评", "不认罪")),
    ),
    "allow": (
        (r"allow(?:s|ed)?|permit(?:s|ted)?|legali[sz](?:e|es|ed)", ("允许", "准许", "解禁", "放行")),
        (r"ban(?:s|ned)?|prohibit(?:s|ed)?|forb[ia]d(?:s|den)?|outlaw(?:s|ed)?",
         ("禁止", "禁令", "封禁", "严禁")),
    ),
    "win": (
        (r"wins?|(?<!\d )(?<!illion )won|beat(?:s)?|victor(?:y|ious)|scor(?:e|es|ed)",
         ("赢", "获胜", "击败", "胜出", "打进", "射进", "取胜")),
        (r"los(?:e|es|t)|defeat(?:ed)?|miss(?:es|ed)",
         ("输", "认输", "落败", "失利", "败给", "射失", "罚失", "错失")),  # 没有认输: did not concede
    ),
    "most": (
        (r"highest|largest|biggest|greatest", ("最高", "最大")),
        (r"lowest|smallest|fewest", ("最低", "最小")),
    ),
    "speed": (
        (r"accelerat(?:e|es|ed)|speed(?:s|ed)? up|resum(?:e|es|ed)|reopen(?:s|ed)?",
         ("加快", "加速", "恢复")),
        (r"paus(?:e|es|ed)|halt(?:s|ed)?|suspend(?:s|ed)?|stopped|slow(?:s|ed)? down",
         ("暂停", "停止", "中止", "叫停", "放缓", "停驶", "停运", "停飞", "停工", "停产", "停摆")),
    ),
    # a measure against its normal: "20% short" / "below normal" / 偏少 vs "above normal" / 偏多
    "normal": (
        (r"above[- ](?:normal|average)|excess(?:ive)?", ("偏多", "偏高", "高于常年", "多于常年")),
        (r"(?<=% )short|below[- ](?:normal|average)|deficient|shortfall",
         ("偏少", "偏低", "低于常年", "少于常年")),
    ),
    "ahead": (
        (r"ahead|lead(?:s|ing)?|clear(?=\s+(?:at|of))|outpac(?:e|es|ed)", ("领先", "超越")),
        (r"(?<!from )behind|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?", ("落后",)),
    ),
}  # fmt: skip

_EN_NEGATION = re.compile(
    r"(?:\bnot(?!\s+only)|\bno|n't|\bnever|\bno longer|\bfailed to|\brefused to|\bwithout)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Words that contain a lexicon word but state no direction: 反对党 (the opposition), 降雨量.
_ZH_NEUTRAL = re.compile(
    r"反对党|反对派|反对者|反对人士|支持者|批评者|降雨|降水|不及预期|涨跌|升降|增减|最大化|最小化"
)
# "fell as rain" / "snow fell": precipitation falling, not a decline.
_EN_NO_OBJECT_WORDS = (
    r"ups and downs|rise and fall|pros and cons|the opposition|up to|at least|at most|most of"
    r"|f[ae]ll(?:s|en|ing)?\s+(?:\w+\s+)?as\s+(?:rain|snow|sleet|hail)|(?:rain|snow|sleet|hail)\s+f[ae]ll"
)
_EN_NEUTRAL = re.compile(rf"\b(?:{_EN_NO_OBJECT_WORDS})\b", re.IGNORECASE)
_IN_EN_NAME = re.compile(r"(?:Lower|Higher|Rising|Falling)\s+[A-Z]")
_EN_NO_OBJECT = re.compile(r"\s+no\b", re.IGNORECASE)
_ZH_NEGATION = re.compile(r"(?:不|未|没有|没|并未|从未|尚未|无法|未能|不会|不再|不能|拒绝)[能会再曾予]?$")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    compiled = {}
    for concept, ((en_pos, zh_pos), (en_neg, zh_neg)) in _LEXICON.items():

        def zh(words: tuple[str, ...]) -> re.Pattern[str]:
            # Entries with a look-ahead are patterns (降 but not 降雨); the rest are plain words.
            forms = [w if "(?" in w else re.escape(w) for w in sorted(words, key=len, reverse=True)]
            return re.compile("|".join(forms))

        compiled[concept] = (
            re.compile(rf"\b(?:{en_pos})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{en_neg})\b", re.IGNORECASE),
            zh(zh_pos),
            zh(zh_neg),
        )
    return compiled


def poles(text: str, chinese: bool) -> Counter[tuple[str, int]]:
    """(concept, +1 / -1) counts of `text`, a negated word counted at the opposite pole."""
    counts: Counter[tuple[str, int]] = Counter()
    if not text:
        return counts
    if chinese:
        text = to_simplified(text)
    negation = _ZH_NEGATION if chinese else _EN_NEGATION
    neutral = [(m.start(), m.end()) for m in (_ZH_NEUTRAL if chinese else _EN_NEUTRAL).finditer(text)]
    for concept, (en_pos, en_neg, zh_pos, zh_neg) in _patterns().items():
        taken: list[tuple[int, int]] = list(neutral)
        pairs = ((zh_pos, 1), (zh_neg, -1)) if chinese else ((en_pos, 1), (en_neg, -1))
        # Longer words first across both poles: 拒绝置评 (deny) is not 拒绝 (reject) of another concept.
        matches = sorted(
            ((m, sign) for pattern, sign in pairs for m in pattern.finditer(text)),
            key=lambda item: (-(item[0].end() - item[0].start()), item[0].start()),
        )
        for m, sign in matches:
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if (
                not chinese
                and _IN_EN_NAME.match(text, m.start())
                and text[: m.start()].rstrip()[-1:].isalnum()
            ):
                continue  # the Lower Station, Higher Education Authority: part of a name, mid-sentence
            taken.append((m.start(), m.end()))
            before = text[max(0, m.start() - 24) : m.start()]
            # "did not rise", 未通过; and "admitted no wrongdoing" (English negates the object too).
            negated = negation.search(before) or (not chinese and _EN_NO_OBJECT.match(text, m.end()))
            counts[(concept, -sign if negated else sign)] += 1
    return counts


# Above this many characters (both texts together) a field is a paragraph: two renderings of one may well
# count their verbs differently, so only a clean reversal counts (one side all "rose", the other all "fell").
_LONG = 360


def contradiction(a: str, a_chinese: bool, b: str, b_chinese: bool) -> list[str]:
    """Concepts where `a` leans to one pole and `b` to the other: each has more of its pole than the other
    side (in a long text: one side names only one pole, the other only the opposite one)."""
    pa, pb = poles(a, a_chinese), poles(b, b_chinese)
    strict = len(a) + len(b) > _LONG
    found = []
    for concept in _LEXICON:
        a_up, a_down, b_up, b_down = pa[(concept, 1)], pa[(concept, -1)], pb[(concept, 1)], pb[(concept, -1)]
        if strict:
            flipped = (a_up and not a_down and b_down and not b_up) or (
                a_down and not a_up and b_up and not b_down
            )
        else:
            up, down = a_up - b_up, a_down - b_down
            flipped = (up > 0 and down < 0) or (up < 0 and down > 0)
        if flipped:
            found.append(concept)
    return found


def _describe(concepts: list[str]) -> str:
    return ", ".join(f"{c}/{_opposite(c)}" for c in concepts)


def _opposite(concept: str) -> str:
    return {"rise": "fall", "approve": "reject", "confirm": "deny", "allow": "ban", "win": "lose",
            "most": "least", "speed": "pause", "normal": "below normal",
            "ahead": "behind"}[concept]  # fmt: skip


def polarity_consistent(en: LanguageSummary | None, zh: LanguageSummary | None) -> CheckResult:
    if en is None or zh is None:
        return skipped("polarity_consistent", "needs both en and zh-Hans")
    problems = []
    for suffix, en_text, zh_text in field_pairs(en, zh):
        if concepts := contradiction(en_text, False, zh_text, True):
            problems.append(
                Problem(
                    f"summary.zh-Hans.{suffix}",
                    f"{suffix}: en and zh-Hans say opposite things ({_describe(concepts)})",
                )
            )
    return make_result("polarity_consistent", problems)


def polarity_pairs(pairs: list[TranslationPair], target: str) -> CheckResult:
    """A translated paragraph that reverses its source (rose / 下跌)."""
    target_chinese = target.startswith("zh")
    problems = []
    for i, pair in enumerate(pairs):
        if concepts := contradiction(pair.source, not target_chinese, pair.target, target_chinese):
            problems.append(
                Problem(
                    f"pairs[{i}].target",
                    f"pairs[{i}]: the target reverses the source ({_describe(concepts)})",
                )
            )
    return make_result("polarity_consistent", problems)
