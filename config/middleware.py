"""Requests whose address carries control characters are answered 400 before any view runs."""
from django.core.exceptions import BadRequest

from config.validators import first_control_character


class RefuseControlCharactersMiddleware:
    """A NUL byte (or another control character) in the path or in any query parameter is a 400.

    One check for every page, list filter, search and tag, in every variant: without it a NUL reaches
    PostgreSQL, which refuses it with DataError (a 500). Nobody types such characters into an address.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if first_control_character(request.path) is not None or any(
            first_control_character(key) is not None or first_control_character(value) is not None
            for key, values in request.GET.lists()
            for value in values
        ):
            raise BadRequest("Control character in the request's address")
        return self.get_response(request)
