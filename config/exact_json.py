"""dumpdata's JSON with every digit of a time kept, for backups (`manage.py dumpdata --format exact-json`).

Django's JSON encoder writes times as ECMA-262 does, cut to milliseconds: 12:00:00.000123 is written
12:00:00.000 and loads back as 12:00:00. A backup restored from that is not the site it was taken of
(and a restore compared with its source differs whenever a time's microseconds are not a multiple of
1000). `isoformat()` keeps the microseconds; Django's JSON deserializer reads them, so files written
this way load with plain `loaddata` as `.json`.
"""
import datetime

from django.core.serializers import json as django_json


class ExactJSONEncoder(django_json.DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        self.options.setdefault("cls", ExactJSONEncoder)
        super()._init_options()


Deserializer = django_json.Deserializer
