"""Rebuilds opencc_context.json: the characters whose OpenCC conversion depends on their neighbours.

OpenCC converts a character by itself unless a phrase of its dictionaries covers it, and a phrase may reach
across a name's edge (长于 + 飞 → 長於飛, 一周 + 建国 → 一週建國). A name containing such a character cannot be
left to OpenCC even when it converts right on its own. This lists, per step of the conversion, every
character that some phrase converts differently from its single-character entry, and the s2t phrases
whose first or last character converts otherwise than alone (zhtext.phrase_edges).

    .venv/bin/python zhtext/data/build_opencc_context.py     # after upgrading OpenCC; a test checks it
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

OUTPUT = Path(__file__).with_name("opencc_context.json")
# Per step: (phrase dictionary, the single-character dictionaries used beside it, preferred first).
STEPS = {
    "tw2s": (("TWVariantsRevPhrases", ("TWVariantsRev",)), ("TSPhrases", ("TSCharactersExt", "TSCharacters"))),
    "s2t": (("STPhrases", ("STCharacters",)), ("STPhrases_GeneratedFromRegionalPhrases", ("STCharacters",))),
    "tw": (("TWVariantsPhrases", ("TWVariants",)),),
    "hk": (("HKVariantsPhrases", ("HKVariants",)),),
}


def _clib() -> Path:
    import opencc

    return Path(opencc.__file__).parent / "clib"


def read_dictionary(name: str) -> dict[str, str]:
    """{key: first candidate} of one of OpenCC's binary dictionaries, through its own opencc_dict tool."""
    clib = _clib()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{name}.txt"
        subprocess.run(
            [clib / "bin" / "opencc_dict", "-i", clib / "share" / "opencc" / f"{name}.ocd2", "-o", out,
             "-f", "ocd2", "-t", "text"],
            check=True, env={"LD_LIBRARY_PATH": str(clib / "lib64")},
        )
        entries = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _tab, values = line.partition("\t")
            entries[key] = values.split(" ")[0]
        return entries


def _phrases(pairs):
    """(phrase, its conversion, each character's conversion alone) for each phrase dictionary of a step."""
    for name, char_dicts in pairs:
        single: dict[str, str] = {}
        for char_dict in reversed(char_dicts):
            single.update(read_dictionary(char_dict))
        for key, value in read_dictionary(name).items():
            yield key, value, single


def context_characters(pairs) -> str:
    found: set[str] = set()
    for key, value, single in _phrases(pairs):
        if len(key) != len(value):
            found.update(key)
            continue
        found.update(k for k, v in zip(key, value, strict=True) if v != single.get(k, k))
    return "".join(sorted(found))


def edge_phrases(pairs) -> list[str]:
    """The phrases that convert their first or last character otherwise than that character alone does
    (头发 → 頭髮, 人参 → 人蔘, 并为 → 併爲): where one reaches into the next word, the word's character is
    taken (zhtext.phrase_edges)."""
    return sorted({key for key, value, single in _phrases(pairs) if len(key) == len(value) > 1
                   and (value[0] != single.get(key[0], key[0]) or value[-1] != single.get(key[-1], key[-1]))})


def build() -> dict[str, str | list[str]]:
    import opencc

    data: dict[str, str | list[str]] = {"opencc": getattr(opencc, "__version__", "")}
    data.update({step: context_characters(pairs) for step, pairs in STEPS.items()})
    data["s2t_edge_phrases"] = edge_phrases(STEPS["s2t"])
    return data


if __name__ == "__main__":
    OUTPUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {OUTPUT}\n")
