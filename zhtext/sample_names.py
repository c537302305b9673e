"""Generated Chinese personal names, for scale data sets (manage.py seed_bulk) and tests at size.

Drawn from common surnames and given-name characters, including the ones the script converter must get
right: surnames that are also ordinary words (于, 范, 余 …) and characters OpenCC writes differently in Hong
Kong (群 → 羣). Deterministic for a given seed.
"""
from __future__ import annotations

import random

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤郁干谷"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志群峰朝阳曙树福玉泓发云飞鹏辉凤丹红梅松涵余干范谷征台郁着里后"
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方")


def person_names(count: int, seed: int = 7) -> list[str]:
    """`count` distinct names of two to four characters."""
    rng = random.Random(seed)
    names: dict[str, None] = {}
    while len(names) < count:
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.02 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        names[surname + given] = None
        if len(names) < count and rng.random() < 0.05:  # a few three-character given names for uniqueness
            names[surname + given + rng.choice(GIVEN)] = None
    return list(names)
