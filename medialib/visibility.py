"""Who may fetch an attachment or a video: staff always; readers only when a published page uses it.

The apps that use them (news) register a check per model when they start, so this base-level app never
imports them.
"""
from collections import defaultdict
from collections.abc import Callable

_checks: dict[str, list[Callable]] = defaultdict(list)


def register(check: Callable, model: str = "medialib.Attachment") -> None:
    """`check(item) -> bool`: True when a page readers can see shows or links to the item (a library
    record of `model`, e.g. "medialib.Attachment" or "medialib.Video")."""
    if check not in _checks[model]:
        _checks[model].append(check)


def is_public(item) -> bool:
    return any(check(item) for check in _checks[item._meta.label])
