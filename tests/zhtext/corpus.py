"""A corpus of damaged reprints made from clean texts by programs, one per kind of damage, plus
hand-written cases; and the measure of what the importer does with them.

    .venv/bin/python tests/zhtext/corpus.py        # (make corpus-report) prints the table

Each damage program changes an article and records the defects it put in: what was inserted or
destroyed, and what the importer must do. A defect is *repaired* when the output no longer has it
(and the clean text is back), *flagged* when it is still there or its repair is uncertain but a
warning or an unaccepted repair points at it, *left* otherwise. A sentence is *kept* when it is in
the output (for sentences a defect made unrecoverable, when the text on both sides of the defect is).
The importer runs with its default decisions: certain repairs applied, uncertain ones proposed.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from zhtext_helpers import site_decode, straddling_edits  # noqa: E402

from zhtext.pinyin_annotations import readings  # noqa: E402
from zhtext.punctuation import is_han  # noqa: E402
from zhtext.reprint import CleanedArticle, clean_reprint  # noqa: E402
from zhtext.script import s2t  # noqa: E402

SENTENCE_RE = re.compile(r"[^。！？]+[。！？]")


@dataclass
class Article:
    headline: str
    paras: list[str]


@dataclass
class Defect:
    kind: str
    para: int  # index into the article's paragraphs (-1: header or footer)
    needle: str  # what must not be in the output once repaired
    must_flag: bool = False  # repairing alone is not enough (a word is missing)
    restore: str = ""  # what must be in the output once repaired
    word: str = ""  # the word a token replaced: lost for good, the editor must restore it
    # the mark's place among the paragraph's 「，。、」 marks: *restore* is then read from the clean paragraph around it
    # (the damaged text around it may hold another damage's annotations or glued chrome)
    mark_number: int = -1


@dataclass
class Reprint:
    name: str
    text: str
    clean: Article
    defects: list[Defect] = field(default_factory=list)
    headline_line: bool = False  # the headline is printed in the text: it must become the title
    fields: dict = field(default_factory=dict)  # expected source / date / byline
    offset: int = 0  # input line of the article's first paragraph (after the header lines)


def load_clean() -> list[Article]:
    blocks = (HERE / "corpus" / "clean.txt").read_text(encoding="utf-8").split("\n---\n")
    out = []
    for block in blocks:
        lines = [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]
        out.append(Article(lines[0], lines[1:]))
    return out


# ------------------------------------------------------------ damage programs
# Each takes (article, paras, rng) and returns defects; paras is the list being damaged.


def _han_positions(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if is_han(c) and readings(c)]


def pinyin(style: str):
    from pypinyin import Style
    from pypinyin import pinyin as py

    def damage(paras, rng):
        defects = []
        for p in rng.sample(range(len(paras)), k=min(2, len(paras))):
            text = paras[p]
            chosen = sorted(rng.sample(_han_positions(text), k=3), reverse=True)
            for i in chosen:
                ch = text[i]
                reading = py(ch, style=Style.TONE if style != "toneless" else Style.NORMAL)[0][0]
                ann = f"({reading})" * (2 if style == "repeated" else 1)
                text = text[: i + 1] + ann + text[i + 1 :]
                defects.append(Defect(f"拼音（{style}）", p, ch + ann, restore=ch))
            paras[p] = text
        return defects

    return damage


def byte_loss(paras, rng):
    """The GBK round trip of seed 002: a byte-level edit across a character boundary, then a
    lenient decode (see zhtext/gbk_damage.py)."""
    for p in rng.sample(range(len(paras)), k=len(paras)):
        data = paras[p].encode("gbk")
        edits = [e for e in straddling_edits(data) if e[1][:1] != b"(" or len(e[1]) > 2]
        if not edits:
            continue
        at, repl = rng.choice(edits)
        damaged = site_decode(data[:at] + repl + data[at + 2 :])
        if damaged == paras[p]:
            continue
        start = next(i for i, (a, b) in enumerate(zip(paras[p], damaged, strict=False)) if a != b)
        needle = damaged[start : start + 4]
        paras[p] = damaged
        return [Defect("字节损坏", p, needle, restore=paras[p] and "")]
    return []


EMOJI = ["🎉", "👍", "🙋🏻‍♂️", "👨‍👩‍👧", "❤️", "🔥🔥", "👏🏽", "🇨🇳", "💪"]


def emoji(paras, rng):
    defects = []
    for p in rng.sample(range(len(paras)), k=min(2, len(paras))):
        text = paras[p]
        cuts = [m.start() for m in re.finditer("[，。]", text)]
        for at in sorted(rng.sample(cuts, k=min(2, len(cuts))), reverse=True):
            e = rng.choice(EMOJI) + rng.choice(["", rng.choice(EMOJI)])
            text = text[:at] + e + text[at:]
            defects.append(Defect("表情符号", p, e))
        paras[p] = text
    return defects


def _brand(rng) -> str:
    letters = "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(2, 4)))
    return letters + rng.choice(["88", "188", "365", "888", "666", "99", "8866"])


REPLACEABLE = ["党委", "工会", "总工会", "职工", "学院", "企业", "技能", "比赛", "车间", "培训"]


def replaced_word(paras, rng):
    """A betting token takes the place of a word (某职业学院xpj88总支书记)."""
    for p in rng.sample(range(len(paras)), k=len(paras)):
        text = paras[p]
        spots = [(m.start(), w) for w in REPLACEABLE for m in re.finditer(w, text)
                 if m.start() > 0 and is_han(text[m.start() - 1]) and m.end() < len(text) and is_han(text[m.end()])]
        if spots:
            at, word = rng.choice(spots)
            token = _brand(rng)
            paras[p] = text[:at] + token + text[at + len(word) :]
            return [Defect("植入词替换原词", p, token, must_flag=True, word=word)]
    return []


SLOGANS = ["天天开奖稳赚不赔", "注册就送彩金", "百家乐真人荷官", "一码中特精准资料", "六合彩开奖直播"]


def slogan(paras, rng):
    p = rng.randrange(len(paras))
    text = paras[p]
    ends = [m.end() for m in re.finditer("。", text)][:-1] or [0]
    at = rng.choice(ends)
    s = rng.choice(SLOGANS)
    paras[p] = text[:at] + s + text[at:]
    return [Defect("博彩广告语", p, s)]


def glued_switch(paras, rng):
    p = rng.randrange(len(paras))
    s = rng.choice(["简体|繁體", "繁體|简体", "简体 | 繁体", "【字体：大 中 小】", "打印本页 关闭窗口"])
    paras[p] = paras[p] + s
    return [Defect("粘在段尾的网页杂项", p, s)]


def punctuation_runs(paras, rng):
    """A mark doubled, in either width, or a comma left before a full stop (what a removal or a
    byte edit leaves): the run must become the mark it stands for."""
    p = rng.randrange(len(paras))
    text = paras[p]
    spots = [(m.start(), m.group(0)) for m in re.finditer("[，。、]", text) if m.start() < len(text) - 1]
    if not spots:
        return []
    at, mark = rng.choice(spots)
    bad = rng.choice({"，": [",,", "，，", "，,"], "。": ["。。", ",。", "，。"], "、": ["、、", "、，"]}[mark])
    paras[p] = text[:at] + bad + text[at + 1 :]
    number = sum(1 for c in text[:at] if c in "，。、")
    return [Defect("残缺标点", p, bad, mark_number=number)]


def restored_text(d: Defect, clean_paras: list[str]) -> str:
    """What must be in the output once *d* is repaired."""
    if d.mark_number < 0:
        return d.restore
    text = clean_paras[d.para]
    at = [i for i, c in enumerate(text) if c in "，。、"][d.mark_number]
    return text[max(0, at - 2):at + 3]


STRAY = {"一": "ㄧ"}


def stray_letter(paras, rng):
    """Byte damage that leaves a bopomofo letter where 一 was."""
    for p in rng.sample(range(len(paras)), k=len(paras)):
        text = paras[p]
        spots = [i for i, c in enumerate(text) if c == "一" and 0 < i < len(text) - 1 and is_han(text[i + 1])]
        if spots:
            i = rng.choice(spots)
            paras[p] = text[:i] + "ㄧ" + text[i + 1 :]
            # the 一 among the Han characters around it: not another damage's marks (干(gan)一百名)
            left, right = i, i + 1
            while left > i - 2 and left > 0 and is_han(text[left - 1]):
                left -= 1
            while right < i + 3 and right < len(text) and is_han(text[right]):
                right += 1
            return [Defect("注音符号", p, "ㄧ", restore=text[left:right])]
    return []


# ------------------------------------------------------------ header and footer

SITES = ["济宁日报", "大众日报", "工人日报", "中工网", "新民晚报", "浙江工人日报"]


def header(art: Article, rng) -> tuple[list[str], list[Defect], dict]:
    y, m, d = 2024, rng.randint(1, 12), rng.randint(1, 28)
    site = rng.choice(SITES)
    form = rng.randrange(3)
    date = rng.choice([f"{y}-{m:02d}-{d:02d} 09:30", f"{y}年{m}月{d}日", f"{y}/{m}/{d} 14:05"])
    counter = f"{rng.choice(['阅读', '浏览次数', '点击'])}：{rng.randint(10, 9999)}"
    if form == 0:
        lines = [f"{art.headline}  发布时间：{date}  来源：{site}  {counter}"]
    elif form == 1:
        lines = [art.headline, f"来源：{site} | 发布日期：{date} | {counter}", "【字体：大 中 小】【打印】【关闭】"]
    else:
        lines = [art.headline, f"{date}　来源：{site}　记者 刘洋", "分享到：微信 微博 QQ空间"]
    defects = [Defect("浏览计数", -1, counter)] if form != 2 else [Defect("分享按钮", -1, "分享到")]
    return lines, defects, {"source": site, "date": date}


def footer(rng) -> tuple[list[str], list[Defect]]:
    pool = [
        "关键词：职工 技能 工会",
        "上一篇：我市举办劳模事迹报告会 下一篇：工会驿站冬季开放时间调整",
        "扫一扫在手机打开当前页",
        "（责任编辑：王五）",
        "凡本网注明“来源：本网”的所有作品，版权均属本网所有，未经本网授权不得转载。",
        "打印本页 关闭窗口",
    ]
    lines = rng.sample(pool, k=3)
    return lines, [Defect("页脚杂项", -1, ln[:6]) for ln in lines]


PROGRAMS = {  # in the order they are applied: the byte damage works on GBK-encodable text
    "字节损坏": byte_loss,
    "拼音（带调）": pinyin("toned"),
    "拼音（无调）": pinyin("toneless"),
    "拼音（重复）": pinyin("repeated"),
    "表情符号": emoji,
    "植入词替换原词": replaced_word,
    "博彩广告语": slogan,
    "粘在段尾的网页杂项": glued_switch,
    "残缺标点": punctuation_runs,
    "注音符号": stray_letter,
}


def generate(n: int = 32, seed: int = 2024) -> list[Reprint]:
    """*n* reprints: every clean text in turn, each with a header, a footer and three or four kinds
    of damage (every kind is used), some converted to Traditional characters."""
    rng = random.Random(seed)
    arts = load_clean()
    kinds = list(PROGRAMS)
    out = []
    for k in range(n):
        art = arts[k % len(arts)]
        trad = k % 5 == 4
        if trad:
            art = Article(s2t(art.headline), [s2t(p) for p in art.paras])
        paras = list(art.paras)
        chosen = [kinds[k % len(kinds)]] + rng.sample(kinds, k=rng.randint(2, 3))
        defects = []
        for name in sorted(set(chosen), key=kinds.index):
            if trad and name in ("字节损坏",):
                continue  # the byte model is GBK's: Simplified text only
            defects += PROGRAMS[name](paras, rng)
        head, head_defects, fields = header(art, rng)
        foot, foot_defects = footer(rng)
        text = "\n".join(head + paras + foot)
        out.append(Reprint(f"generated-{k:02d}", text, art, defects + head_defects + foot_defects, True, fields,
                           len(head)))
    return out


# WeChat public-account articles, reprinted with the account's prompts at both ends, "key | value" credits
# and the 往期推荐 list; and government sites' pages, whose footer line holds the copyright and filing number.
WECHAT_TOP = ["点击上方蓝字 关注我们", "点击上方“某某工会”关注我们", "长按识别二维码关注", "上方蓝字关注我们"]
WECHAT_END = [
    ["END", "往期推荐", "▶ 区总工会召开年度工作会议", "▶ 我区3名职工获评市级技术能手", "阅读原文"],
    ["- END -", "图片来源网络，侵删", "喜欢就点个“在看”吧"],
    ["精彩回顾", "市劳模工匠宣讲团走进企业", "职工书屋冬季开放时间调整", "分享、点赞、在看"],
]
SITE_FOOTERS = [
    "版权所有：某某市总工会 地址：某某路1号 ICP备12345678号",
    "Copyright © 2024 某某市总工会 All Rights Reserved 京公网安备11010502030000号",
    "主办单位：某某市总工会　技术支持：某某网络科技有限公司",
]


def damage_twice(paras: list[str], rng) -> list[Defect]:
    """Two kinds of damage, in the order the programs apply, on the paragraphs in place."""
    kinds = list(PROGRAMS)
    defects = []
    for name in sorted(set(rng.sample(kinds, k=2)), key=kinds.index):
        defects += PROGRAMS[name](paras, rng)
    return defects


def generate_account_pages(n: int = 6, seed: int = 2026) -> list[Reprint]:
    """*n* reprints of WeChat articles (odd k) and of site pages with a footer line (even k), each with
    two kinds of damage."""
    rng = random.Random(seed)
    arts = load_clean()
    out = []
    for k in range(n):
        art = arts[(k * 3 + 1) % len(arts)]
        paras = list(art.paras)
        defects = damage_twice(paras, rng)
        site = rng.choice(SITES)
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if k % 2:
            top = rng.choice(WECHAT_TOP)
            head = [top, art.headline, f"来源 | {site}", f"编辑 | 刘洋{'丨审核 | 陈晨' if k % 4 == 1 else ''}", date]
            foot = rng.choice(WECHAT_END)
            defects += [Defect("公众号提示", -1, top)] + [Defect("公众号提示", -1, ln) for ln in foot if "▶" not in ln]
        else:
            head = [art.headline, f"发布时间：{date}　来源：{site}"]
            foot = [rng.choice(SITE_FOOTERS)]
            defects.append(Defect("网站页脚", -1, foot[0][:8]))
        text = "\n".join(head + paras + foot)
        name = f"account-{k:02d}" if k % 2 else f"site-footer-{k:02d}"
        out.append(Reprint(name, text, art, defects, True, {"source": site, "date": date}, len(head)))
    return out


# ------------------------------------------------------------------ measure


def _output(res: CleanedArticle) -> str:
    return "\n".join([res.title] + [b.text for b in res.blocks])


def _flag_text(res: CleanedArticle) -> str:
    parts = [w.message + " " + w.excerpt for w in res.warnings]
    parts += [r.before + " " + r.context for r in res.repairs if not r.accepted]
    return "\n".join(parts)


def _mostly_there(sentence: str, out: str, damage: int = 12) -> bool:
    """The sentence is in the output apart from one damaged stretch of at most *damage* characters."""
    head = next((k for k in range(len(sentence), 0, -1) if sentence[:k] in out), 0)
    tail = next((k for k in range(len(sentence), 0, -1) if sentence[-k:] in out), 0)
    return head + tail >= len(sentence) - damage


def measure(rep: Reprint, res: CleanedArticle) -> dict:
    out, flags = _output(res), _flag_text(res)
    row = {"defects": len(rep.defects), "repaired": 0, "flagged": 0, "left": 0, "left_items": []}
    lost_words = [(d.para, d.word) for d in rep.defects if d.word]
    for d in rep.defects:
        gone = not d.needle or d.needle not in out
        restore = restored_text(d, rep.clean.paras)
        restored = not restore or restore in out
        if d.kind == "字节损坏":
            line = rep.offset + d.para  # the warning must point at the damaged paragraph
            para_warned = any(w.kind == "gbk" and w.paragraph == line for w in res.warnings) or any(
                r.kind == "gbk" and not r.accepted and r.paragraph == line for r in res.repairs)
            # the paragraph back, but for a word a token in it replaced (that one is flagged on its own)
            restored = all(_in_output(sentence, d.para, out, lost_words)
                           for sentence in SENTENCE_RE.findall(rep.clean.paras[d.para]))
            state = "repaired" if restored else "flagged" if para_warned else "left"
        elif d.must_flag:
            flagged = any(w.kind == "missing" and d.needle in w.message for w in res.warnings)
            state = "flagged" if gone and flagged else "left"
        elif gone and restored:
            state = "repaired"
        elif d.needle and d.needle in flags:
            state = "flagged"
        else:
            state = "left"
        row[state] += 1
        if state == "left":
            row["left_items"].append(f"{d.kind}:{d.needle}")
    sentences = [s for p in rep.clean.paras for s in SENTENCE_RE.findall(p)]
    damaged = {d.para for d in rep.defects if d.kind in ("字节损坏", "注音符号")}
    kept = 0
    lost = []
    for pi, p in enumerate(rep.clean.paras):
        for s in SENTENCE_RE.findall(p):
            if _in_output(s, pi, out, lost_words) or (pi in damaged and _mostly_there(s, out)):
                kept += 1
            else:
                lost.append(s)
    row.update(sentences=len(sentences), kept=kept, lost=lost)
    row["headline"] = int(rep.headline_line)
    row["headline_found"] = int(rep.headline_line and res.title == rep.clean.headline and res.title_origin == "text")
    return row


def _in_output(sentence: str, para: int, out: str, lost_words: list[tuple[int, str]]) -> bool:
    """The sentence is in the output, or is with the word a token replaced gone from wherever it stood
    (培训 of 培训中心 or of 培训班)."""
    forms = [sentence] + [sentence[:at] + sentence[at + len(w):] for p, w in lost_words if p == para
                          for at in range(len(sentence)) if sentence.startswith(w, at)]
    return any(f in out for f in forms)


def run_corpus(reprints: list[Reprint] | None = None) -> list[tuple[Reprint, dict]]:
    if reprints is None:
        from corpus_platforms import generate_platform_pages  # it builds on this module
        reprints = generate() + generate_account_pages() + generate_platform_pages() + hand_written()
    return [(rep, measure(rep, clean_reprint(rep.text))) for rep in reprints]


def hand_written() -> list[Reprint]:
    from corpus_hand import CASES

    return CASES


def table(results: list[tuple[Reprint, dict]]) -> str:
    keys = ["defects", "repaired", "flagged", "left", "sentences", "kept", "headline", "headline_found"]
    heads = ["缺陷", "已修复", "已标记", "遗漏", "句子", "保留", "有标题行", "标题已用"]
    total = {k: sum(r[k] for _, r in results) for k in keys}
    lines = [f"{'转载稿':<16}" + "".join(f"{h:>8}" for h in heads)]
    for rep, r in results:
        lines.append(f"{rep.name:<19}" + "".join(f"{r[k]:>10}" for k in keys))
    lines.append(f"{'合计（' + str(len(results)) + ' 篇）':<15}" + "".join(f"{total[k]:>10}" for k in keys))
    for rep, r in results:
        for item in r["left_items"]:
            lines.append(f"  遗漏 {rep.name}: {item}")
        for s in r["lost"]:
            lines.append(f"  丢失句子 {rep.name}: {s}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(run_corpus()))
