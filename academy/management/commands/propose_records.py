"""python manage.py propose_records FILE [--json]: what a plain-text article names, saving nothing.

Prints the mentions of existing directory records (kind, id, name, count, first sentence, ambiguous,
why the name may mean something else)
and the proposed new records (people with titles and organisations, organisations, academies, events
with 主办/承办 roles). Only reads the database. The file is read as import_article reads it.
"""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from academy.mentions import directory_records, mentions_in, new_record_proposals
from news.reprints import MAX_CHARS
from news.textfiles import TextFileError, read_text_file
from zhtext.pinyin_annotations import strip_annotations

KIND_LABELS = {"academy": "学院", "organisation": "机构", "person": "人物", "training_base": "实训基地",
               "course": "课程", "event": "活动"}


def result(text: str) -> dict:
    text = strip_annotations(text)[0]
    records = directory_records()
    mentions = [
        {"kind": m.kind, "id": m.record_id[1], "name": m.name, "count": m.count, "context": m.context,
         "ambiguous": m.ambiguous, "doubt": m.doubt}
        for m in mentions_in(text, records)
    ]
    proposals = new_record_proposals(text, records)
    people = [{"name": p.name, "positions": [{"organisation": o, "title": t} for o, t in p.positions],
               "honours": p.honours} for p in proposals.people]
    events = [{"name": e.name, "roles": [{"organisation": o, "role": "主办"} for o in e.hosts]
               + [{"organisation": o, "role": "承办"} for o in e.organisers],
               "date": e.date, "place": e.place} for e in proposals.events]
    return {"mentions": mentions, "proposals": {
        "people": people, "organisations": proposals.organisations, "academies": proposals.academies,
        "honours": proposals.honours, "events": events}}


class Command(BaseCommand):
    help = "列出纯文本文章提到的已有记录和建议新建的记录，不保存任何内容。"

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the article: plain text (UTF-8, GBK/GB18030, Big5)")
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, **options):
        try:
            text, _encoding = read_text_file(options["file"], MAX_CHARS)
        except TextFileError as exc:
            raise CommandError(str(exc)) from exc
        data = result(text)
        if options["json"]:
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        self.report(data)

    def report(self, data):
        out = self.stdout
        out.write(f"提到的已有记录 {len(data['mentions'])} 条：")
        for m in data["mentions"]:
            flag = ("（有歧义）" if m["ambiguous"] else "") + (f"（存疑：{m['doubt']}）" if m["doubt"] else "")
            out.write(f"  [{KIND_LABELS[m['kind']]} #{m['id']}] {m['name']} ×{m['count']}{flag}：{m['context']}")
        p = data["proposals"]
        out.write(f"建议新建人物 {len(p['people'])} 位：")
        for person in p["people"]:
            titles = "、".join(f"{x['organisation']}{x['title']}" for x in person["positions"])
            out.write(f"  {person['name']}：{'、'.join([titles, *person['honours']]).strip('、') or '—'}")
        out.write(f"建议新建机构 {len(p['organisations'])} 个：{'、'.join(p['organisations']) or '—'}")
        out.write(f"建议新建学院 {len(p['academies'])} 个：{'、'.join(p['academies']) or '—'}")
        out.write(f"建议新建活动 {len(p['events'])} 个：")
        for e in p["events"]:
            roles = "；".join(f"{r['role']}：{r['organisation']}" for r in e["roles"])
            out.write(f"  {e['name']}（{roles or '—'}）")
        out.write("（未保存任何内容）")
