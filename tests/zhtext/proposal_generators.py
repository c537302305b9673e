"""Random organisations, titles and names for the proposal tests (generated, fictional)."""
from __future__ import annotations

import random

from zhtext.proposals import SURNAMES
from zhtext.sample_names import person_names

PLACES = ("苏州", "成都", "青岛", "长沙", "洛阳", "绵阳", "常州", "宜宾")
LEVELS = ("市", "区", "县")
BODIES = ("总工会", "教育局", "人力资源和社会保障局", "科学技术局")
INSTITUTIONS = ("职业技术学院", "技师学院", "交通大学", "理工大学", "机电研究院", "材料研究所")
COMPANIES = ("重型机械集团", "精密仪器有限公司", "港务集团有限公司", "汽轮机厂")
UNITS = ("智能制造实训中心", "焊接技术研究中心", "数控加工实训中心", "新能源研究所")
FREE_ROLES = ("领军人物", "首席焊工技师", "带头人", "副掌舵人", "技术骨干专家")


def organisation(rng: random.Random) -> str:
    kind = rng.choice((BODIES, INSTITUTIONS, COMPANIES))
    level = rng.choice(LEVELS) if kind is BODIES else ""
    return rng.choice(PLACES) + level + rng.choice(kind)


def names(count: int, seed: int) -> list[str]:
    """Names of a common single surname (the ones zhtext.proposals reads), never a compound one."""
    return [n for n in person_names(count * 4, seed=seed) if len(n) in (2, 3) and n[0] in SURNAMES][:count]
