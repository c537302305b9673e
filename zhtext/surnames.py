"""How many characters of a Chinese personal name are the surname (for a placeholder that shows it).

A name starts with a one-character surname unless it starts with one of the compound surnames (欧阳,
司马, 诸葛 …), in either script. Two-surname married names (陈林某某) and names of other languages are not
guessed at: a name that does not start with a Han character gives 1 (its first letter).
"""
from zhtext.script import t2s

# The compound surnames still in use (《百家姓》's two-character surnames that living people carry).
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空",
    "夏侯", "轩辕", "令狐", "独孤", "南宫", "西门", "端木", "申屠", "澹台", "公冶", "宗政", "濮阳", "太叔",
    "仲孙", "钟离", "闾丘", "呼延", "万俟", "拓跋", "百里", "东郭", "第五", "公羊", "赫连", "即墨", "羊舌",
})


def surname_length(name: str) -> int:
    """1 or 2: how many leading characters of `name` are its surname."""
    name = (name or "").strip()
    if len(name) > 2 and t2s(name[:2]) in COMPOUND_SURNAMES:
        return 2
    return 1


def surname(name: str) -> str:
    name = (name or "").strip()
    return name[:surname_length(name)]
