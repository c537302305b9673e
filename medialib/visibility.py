"""Who may download an attachment: staff always; readers only when a published page uses it.

The apps that use attachments (news) register a check when they start, so this base-level app never
imports them.
"""
from collections.abc import Callable

_checks: list[Callable] = []


def register(check: Callable) -> None:
    """`check(attachment) -> bool`: True when a page readers can see links to the attachment."""
    if check not in _checks:
        _checks.append(check)


def is_public(attachment) -> bool:
    return any(check(attachment) for check in _checks)
