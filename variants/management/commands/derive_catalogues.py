"""Writes the Taiwan and Hong Kong interface catalogues from the Simplified one (variants/regional.py).

Run it after `makemessages -l zh_Hans` and translating: `python manage.py derive_catalogues`.
`--check` changes nothing and fails if a committed catalogue is not what this command writes (CI).
"""
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from variants.regional import regional_text
from zhtext.variants import HANT_HK, HANT_TW

SOURCE = "zh_Hans"
DERIVED = {"zh_TW": HANT_TW, "zh_HK": HANT_HK}
NOTE = (
    "Derived from zh_Hans by `manage.py derive_catalogues` (variants/regional.py): do not edit.\n"
    "Strings stay Simplified and are converted with the page; regional phrases are kept as written."
)


def derive(source: polib.POFile, locale: str) -> polib.POFile:
    variant = DERIVED[locale]
    derived = polib.POFile(wrapwidth=source.wrapwidth)
    derived.header = NOTE
    derived.metadata = {**source.metadata, "Language": locale}
    for entry in source:
        if entry.obsolete:
            continue
        derived.append(polib.POEntry(
            msgid=entry.msgid, msgid_plural=entry.msgid_plural, msgctxt=entry.msgctxt,
            occurrences=entry.occurrences, flags=[f for f in entry.flags if f != "fuzzy"],
            msgstr=regional_text(entry.msgstr, variant) if entry.msgstr else "",
            msgstr_plural={k: regional_text(v, variant) for k, v in entry.msgstr_plural.items()},
        ))
    return derived


def compiled(catalogue: polib.POFile) -> set[tuple]:
    return {(e.msgctxt, e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in catalogue if e.msgid}


class Command(BaseCommand):
    help = "Derive locale/zh_TW and locale/zh_HK from locale/zh_Hans and the regional wording table."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Fail if the committed catalogues differ.")

    def handle(self, *args, check=False, **options):
        root = Path(settings.LOCALE_PATHS[0])
        source = polib.pofile(str(root / SOURCE / "LC_MESSAGES" / "django.po"))
        stale = []
        for locale in DERIVED:
            folder = root / locale / "LC_MESSAGES"
            po_path, mo_path = folder / "django.po", folder / "django.mo"
            derived = derive(source, locale)
            if check:
                current_po = po_path.read_text(encoding="utf-8") if po_path.exists() else ""
                current_mo = compiled(polib.mofile(str(mo_path))) if mo_path.exists() else set()
                if current_po != str(derived) or current_mo != compiled(derived):
                    stale.append(locale)
                continue
            folder.mkdir(parents=True, exist_ok=True)
            derived.save(str(po_path))
            derived.save_as_mofile(str(mo_path))
            self.stdout.write(f"{locale}: {len(derived)} strings")
        if stale:
            raise CommandError(
                f"{', '.join(stale)} not derived from {SOURCE}: run `python manage.py derive_catalogues`"
            )
