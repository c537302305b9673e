"""The list of context-dependent characters matches the installed OpenCC's dictionaries."""
import json

from zhtext.data import build_opencc_context


def test_context_characters_match_the_installed_opencc():
    stored = json.loads(build_opencc_context.OUTPUT.read_text(encoding="utf-8"))
    assert stored == build_opencc_context.build(), "run zhtext/data/build_opencc_context.py after upgrading OpenCC"


def test_the_known_cases_are_listed():
    stored = json.loads(build_opencc_context.OUTPUT.read_text(encoding="utf-8"))
    assert "于" in stored["s2t"] and "周" in stored["s2t"] and "发" in stored["s2t"]
