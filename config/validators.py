"""Invisible control characters (pasted from other programs, or sent by probes) are refused everywhere.

A NUL byte makes PostgreSQL raise DataError; the other C0 controls are never meant in text people type.
Tab, line feed and carriage return are ordinary whitespace and stay allowed.
"""
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_noop

# Django's own message for NUL, translated again in config/locale (Django's zh_Hans says
# "不允许是用空字符串"). Named here so that makemessages keeps it in config/locale.
NUL_MESSAGE = gettext_noop("Null characters are not allowed.")

ALLOWED_CONTROLS = {"\t", "\n", "\r"}
CONTROL_CHARACTERS = {chr(c) for c in range(0x20)} - ALLOWED_CONTROLS | {"\x7f"}


def first_control_character(text: str) -> int | None:
    """The index of the first refused control character in `text`, or None."""
    if not text or text.isprintable():
        return None
    for index, char in enumerate(text):
        if char in CONTROL_CHARACTERS:
            return index
    return None


@deconstructible
class ControlCharacterValidator:
    """Refuses C0 control characters (and DEL) other than tab and line breaks, saying where and which.

    NUL is left to Django's own ProhibitNullCharactersValidator, which every form CharField has; its
    message is worded again in config/locale (Django's Simplified text is wrong)."""

    code = "control_characters"

    def __call__(self, value):
        if not isinstance(value, str):
            return
        index = next((i for i, c in enumerate(value) if c in CONTROL_CHARACTERS and c != "\x00"), None)
        if index is not None:
            raise ValidationError(
                "第 %(position)d 个字符是看不见的控制字符（U+%(code)04X），常由复制粘贴带入。请删除后再提交。",
                code=self.code,
                params={"position": index + 1, "code": ord(value[index])},
            )

    def __eq__(self, other):
        return isinstance(other, ControlCharacterValidator)


def refuse_control_characters_in_forms() -> None:
    """Every form CharField (admin, login, import, any later form) refuses control characters.

    Set once at start-up on forms.CharField's default validators, which subclasses with their own
    (email, URL, slug: those already refuse such characters) keep."""
    from django import forms

    if not any(isinstance(v, ControlCharacterValidator) for v in forms.CharField.default_validators):
        forms.CharField.default_validators = [*forms.CharField.default_validators, ControlCharacterValidator()]
