"""make mentions-report: precision and recall of zhtext.proposals and zhtext.mentions on the seeds.

For each seed article the fixture (fixtures/academy.json, read directly, no database) holds the people
and organisations an editor built by hand from it. The proposals are run on the article alone and
compared with those records (a proposal counts when it equals a record's name or one of its aliases,
in Simplified). Mentions are measured by finding the fixture's own people and organisations in the
article. Plain Python: no Django, no database.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from zhtext.mentions import Record, find_mentions  # noqa: E402
from zhtext.pinyin_annotations import strip_annotations  # noqa: E402
from zhtext.proposals import propose_records  # noqa: E402
from zhtext.script import t2s  # noqa: E402

SEEDS = {
    "tests/zhtext/data/000_34d9cbd31dbecdeb.txt": "da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai",
    "tests/zhtext/data/002_293ca45ebbd2af73.txt": "wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban",
}


# Articles of our own in other patterns (姓名（职务）, 职务 姓名, 以下简称, positions after the name, 繁體),
# fictional, with the records an editor would build beside them as JSON.
OWN_ARTICLES = ("tests/zhtext/data/900_fictional_simplified.txt", "tests/zhtext/data/901_fictional_traditional.txt")


def own_records(article: str) -> dict:
    data = json.loads((ROOT / article).with_suffix(".json").read_text(encoding="utf-8"))
    people = {slug: {"surfaces": set(p["surfaces"]), "titles": set(p["titles"])} for slug, p in data["people"].items()}
    return {"people": people, "organisations": {slug: set(v) for slug, v in data["organisations"].items()}}


def articles() -> list[tuple[str, str, dict]]:
    """(label, text, expected) for the seeds (against the fixture) and our own articles (against their JSON)."""
    found = [(article, (ROOT / seed).read_text(encoding="utf-8"), fixture_records(article))
             for seed, article in SEEDS.items()]
    return found + [(Path(a).stem, (ROOT / a).read_text(encoding="utf-8"), own_records(a)) for a in OWN_ARTICLES]


def fixture_records(article: str, path: Path = ROOT / "fixtures" / "academy.json") -> dict:
    """People (with titles) and organisations whose source is `article`, in Simplified."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    people, orgs = {}, {}
    for row in rows:
        fields = row["fields"]
        if [article] not in fields.get("source_articles", []) or "name" not in fields:
            continue
        surfaces = {t2s(fields["name"])} | {t2s(a) for a in fields.get("aliases", "").split("\n") if a.strip()}
        if row["model"] == "academy.person":
            people[fields["slug"]] = {"surfaces": surfaces, "titles": set()}
        elif row["model"] == "academy.organisation":
            orgs[fields["slug"]] = surfaces
    every_org = {row["fields"]["slug"]: {t2s(row["fields"]["name"])} | {
        t2s(a) for a in row["fields"].get("aliases", "").split("\n") if a.strip()}
        for row in rows if row["model"] == "academy.organisation"}
    for row in rows:
        fields = row["model"] == "academy.position" and row["fields"]
        if fields and fields["person"][0] in people:
            person = people[fields["person"][0]]
            person["titles"].add(t2s(fields["title"]))
            org = (fields.get("organisation") or [None])[0]
            person.setdefault("positions", set()).add((t2s(fields["title"]), frozenset(every_org.get(org, ()))))
    # A leader's role at an academy is the same kind of statement (上海工匠学院院长包起帆): the fixture keeps it
    # as an AcademyRole, the proposer as a title at a named body. Only the roles that are titles count.
    academies = {row["fields"]["slug"]: {t2s(row["fields"]["name"])} | {
        t2s(a) for a in row["fields"].get("aliases", "").split("\n") if a.strip()}
        for row in rows if row["model"] == "academy.academy"}
    for row in rows:
        fields = row["model"] == "academy.academyrole" and row["fields"]
        title = fields and _ROLE_TITLES.get(fields["role"])
        if title and fields["person"][0] in people:
            person = people[fields["person"][0]]
            person["titles"].add(title)
            person.setdefault("positions", set()).add((title, frozenset(academies.get(fields["academy"][0], ()))))
    return {"people": people, "organisations": orgs}


_ROLE_TITLES = {"president": "院长", "honorary_president": "名誉院长"}


def _pr(hits_p: int, n_p: int, hits_r: int, n_r: int) -> tuple[float, float]:
    return (hits_p / n_p if n_p else 1.0), (hits_r / n_r if n_r else 1.0)


def measure(text: str, expected: dict) -> dict[str, tuple[float, float, int, int]]:
    """{measure: (precision, recall, proposed, expected)}."""
    text = strip_annotations(text)[0]
    proposals = propose_records(text)
    people = expected["people"]
    proposed_people = {p.name: p for p in proposals.people}
    found = {slug for slug, p in people.items() if p["surfaces"] & proposed_people.keys()}
    correct = sum(1 for name in proposed_people if any(name in p["surfaces"] for p in people.values()))
    result = {"people": (*_pr(correct, len(proposed_people), len(found), len(people)), len(proposed_people), len(people))}
    want_titles = {(n, t) for p in people.values() for n in p["surfaces"] for t in p["titles"]}
    got_titles = {(p.name, t) for p in proposals.people for _o, t in p.positions}
    n_want = sum(len(p["titles"]) for p in people.values())
    result["titles"] = (*_pr(len(got_titles & want_titles), len(got_titles), len(got_titles & want_titles), n_want),
                        len(got_titles), n_want)
    if any("positions" in p for p in people.values()):
        # Title and organisation together (the fixture's Position rows): 谭泓 二级教授 at 青岛大学.
        want = [(n, t, o) for p in people.values() for t, o in p.get("positions", ()) for n in p["surfaces"]]
        got_pos = {(p.name, t, o) for p in proposals.people for o, t in p.positions}
        hit = {g for g in got_pos if any(g[0] == n and g[1] == t and g[2] in o for n, t, o in want)}
        n_want = sum(len(p.get("positions", ())) for p in people.values())
        n_found = sum(1 for p in people.values() for t, o in p.get("positions", ())
                      if any(g[0] in p["surfaces"] and g[1] == t and g[2] in o for g in got_pos))
        result["positions"] = (*_pr(len(hit), len(got_pos), n_found, n_want), len(got_pos), n_want)
    orgs = expected["organisations"]
    all_surfaces = set().union(*orgs.values()) if orgs else set()
    got = set(proposals.organisations)
    found_orgs = {slug for slug, s in orgs.items() if s & got}
    result["organisations"] = (*_pr(len(got & all_surfaces), len(got), len(found_orgs), len(orgs)), len(got), len(orgs))
    records = [Record(s, "person", sorted(p["surfaces"])[0], tuple(sorted(p["surfaces"]))) for s, p in people.items()]
    records += [Record(s, "organisation", sorted(v)[0], tuple(sorted(v))) for s, v in orgs.items()]
    mentioned = {m.record_id for m in find_mentions(text, records)}
    # A record the text never writes (江川路街道人大工委, built from 街道党工委书记、人大工委主任) can be
    # proposed from a chain but not found as a mention: mentions are measured on the written ones.
    simplified = t2s(text)
    present = {r.id for r in records if any(t2s(s) in simplified for s in (r.name, *r.aliases))}
    result["mentions"] = (*_pr(len(mentioned & present), len(mentioned), len(mentioned & present), len(present)),
                          len(mentioned), len(present))
    return result


def not_in_text(text: str, expected: dict) -> list[str]:
    """Records none of whose surfaces the text writes (the editor inferred them): unreachable by text."""
    text = t2s(strip_annotations(text)[0])
    people = [s for s, p in expected["people"].items() if not any(n in text for n in p["surfaces"])]
    orgs = [s for s, v in expected["organisations"].items() if not any(n in text for n in v)]
    return people + orgs


def differences(text: str, expected: dict) -> dict[str, tuple[list, list]]:
    """{measure: (wrongly proposed, missed)}, to read what each rule should catch."""
    text = strip_annotations(text)[0]
    proposals = propose_records(text)
    people = expected["people"]
    surfaces = {n: slug for slug, p in people.items() for n in p["surfaces"]}
    got_people = {p.name for p in proposals.people}
    result = {"people": (sorted(got_people - surfaces.keys()),
                         sorted(s for s, p in people.items() if not p["surfaces"] & got_people))}
    want = {(n, t) for p in people.values() for n in p["surfaces"] for t in p["titles"]}
    got = {(p.name, t) for p in proposals.people for _o, t in p.positions}
    result["titles"] = (sorted(got - want), sorted(want - got))
    want_pos = [(n, t, o) for p in people.values() for t, o in p.get("positions", ()) for n in p["surfaces"]]
    got_pos = {(p.name, t, o) for p in proposals.people for o, t in p.positions}
    if want_pos:
        result["positions"] = (
            sorted(g for g in got_pos if not any(g[0] == n and g[1] == t and g[2] in o for n, t, o in want_pos)),
            sorted((n, t, "/".join(sorted(o))) for n, t, o in want_pos
                   if not any(g[0] == n and g[1] == t and g[2] in o for g in got_pos)))
    orgs = expected["organisations"]
    all_surfaces = set().union(*orgs.values()) if orgs else set()
    got_orgs = set(proposals.organisations)
    result["organisations"] = (sorted(got_orgs - all_surfaces),
                               sorted(max(v, key=len) for v in orgs.values() if not v & got_orgs))
    records = [Record(s, "person", sorted(p["surfaces"])[0], tuple(sorted(p["surfaces"]))) for s, p in people.items()]
    records += [Record(s, "organisation", sorted(v)[0], tuple(sorted(v))) for s, v in orgs.items()]
    mentioned = {m.record_id for m in find_mentions(text, records)}
    present = {r.id for r in records if any(s in t2s(text) for s in (r.name, *r.aliases))}
    result["mentions"] = (sorted(mentioned - present), sorted(present - mentioned))
    return result


def main(verbose: bool = True) -> None:
    """The table, then what each article misses and wrongly proposes (-q: the table only)."""
    print(f"{'article':<48} {'measure':<14} {'precision':>9} {'recall':>7} {'proposed':>8} {'expected':>8}")
    details = []
    for article, text, expected in articles():
        for name, (p, r, n_p, n_e) in measure(text, expected).items():
            print(f"{article:<48} {name:<14} {p:>9.0%} {r:>7.0%} {n_p:>8} {n_e:>8}")
        details.append((article, differences(text, expected), not_in_text(text, expected)))
    if not verbose:
        return
    for article, diff, absent in details:
        print(f"\n{article}")
        print(f"  not in the text (left out of the mentions measure only): {', '.join(absent) or '-'}")
        for name, (wrong, missed) in diff.items():
            if wrong:
                print(f"  {name} wrongly proposed: {wrong}")
            if missed:
                print(f"  {name} missed: {missed}")


if __name__ == "__main__":
    main(verbose="--quiet" not in sys.argv and "-q" not in sys.argv)
