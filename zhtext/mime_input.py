"""A mail's whole source pasted (a press office's release, as a mail client's "show original" gives it): headers,
then MIME parts in Base64 or quoted-printable, perhaps a plain part and an HTML part of the same text.

The standard library's `email` parser reads it as mail clients do: the text part (else the HTML part) in the
charset it names, and the envelope's From, To, Cc, Subject and Date decoded from their encoded words. What comes
back is that envelope over the body, the shape `zhtext.mail` reads (the subject as the headline, the sender and
time noted for the editor). Only a text whose first lines are mail headers, one of them MIME's, is read so.
"""
from __future__ import annotations

import email
import email.errors
import email.policy
import re

from .chars import has_han

_HEADER = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,40}:")
_MIME = re.compile(r"^(?:MIME-Version|Content-Type|Content-Transfer-Encoding):", re.IGNORECASE | re.MULTILINE)
_ENVELOPE = ("From", "To", "Cc", "Subject", "Date")
# What a malformed mail may raise from the parser or a charset it names (no other text reaches here)
_UNREADABLE = (email.errors.MessageError, LookupError, UnicodeError, ValueError, TypeError, IndexError, AttributeError)


def mime_text(text: str) -> str | None:
    """The mail's envelope and body as text, or None when the text is not a mail's MIME source."""
    source = text.lstrip().replace("\r\n", "\n")
    head = source.split("\n\n", 1)[0]
    lines = head.split("\n")
    if len(lines) < 2 or not _MIME.search(head) or not all(_HEADER.match(line) or line[:1] in " \t" for line in lines):
        return None
    try:
        message = email.message_from_string(source, policy=email.policy.default)
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        fields = [f"{name}: {message[name]}" for name in _ENVELOPE if message[name]]
    except _UNREADABLE:
        return None
    if not isinstance(body, str) or not has_han(body):
        return None
    return "\n".join(fields) + "\n\n" + body.replace("\r\n", "\n").strip("\n")
