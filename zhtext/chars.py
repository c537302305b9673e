"""What counts as a Han character: the one definition the whole package uses."""
from __future__ import annotations

import re

# CJK Unified Ideographs with Extension A, the Compatibility Ideographs, and Extensions B to F with the
# Compatibility Supplement (rare characters in names).
HAN_RANGES = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
HAN_CLASS = f"[{HAN_RANGES}]"
_HAN = re.compile(HAN_CLASS)


def is_han(ch: str) -> bool:
    """One character is a Han character (汉字)."""
    return _HAN.fullmatch(ch) is not None


def has_han(text: str) -> bool:
    """The text has at least one Han character."""
    return _HAN.search(text) is not None
