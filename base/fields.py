"""Fields for names and glossary forms: text the script converter writes into pages, so never markup.

Markup characters (< > " ' &) and control characters are refused with a form error (the validator) and
on every other way into the database too (fixtures, the shell, bulk inserts, QuerySet.update): the check
runs again when the value is prepared for saving.
"""
from django.core.exceptions import ValidationError
from django.db import models

from zhtext.variants import MARKUP_CHARACTERS, MARKUP_CHARACTERS_MULTILINE

MESSAGE = "不能包含 < > \" ' & 或控制字符（这些字符会被当作网页代码）。引号、和号请用全角：“”、‘’、＆。"


def _validator(pattern):
    def validate(value):
        if value and pattern.search(value):
            raise ValidationError(MESSAGE, code="markup")

    validate.__name__ = "refuse_markup_multiline" if pattern is MARKUP_CHARACTERS_MULTILINE else "refuse_markup"
    return validate


refuse_markup = _validator(MARKUP_CHARACTERS)
refuse_markup_multiline = _validator(MARKUP_CHARACTERS_MULTILINE)


def checked(field, value):
    """The value, once the field's validators pass it. An expression is left to its parts: bulk_update
    writes each row's value as a Value inside a CASE, and each Value is prepared (and so checked) by
    this same field when the statement is compiled."""
    if not hasattr(value, "resolve_expression"):
        for validate in field.default_validators:
            validate(value)
    return value


class NameField(models.CharField):
    """One line of plain text: a name, a short name, a glossary form."""

    default_validators = [refuse_markup]

    def get_db_prep_save(self, value, connection):
        return super().get_db_prep_save(checked(self, value), connection)


class NameListField(models.TextField):
    """Plain-text names, one per line (aliases)."""

    default_validators = [refuse_markup_multiline]

    def get_db_prep_save(self, value, connection):
        return super().get_db_prep_save(checked(self, value), connection)
