"""Pick the script variant for each request, and show every public page in it."""
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import get_language_from_path

from variants import choice, conversion


class VariantLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware (prefix redirects, Content-Language), with our variant choice."""

    def process_request(self, request):
        # The admin is always Simplified; everything else follows the reader.
        admin = request.path_info.startswith("/admin/")
        translation.activate(settings.LANGUAGE_CODE if admin else choice.variant_for(request))
        request.LANGUAGE_CODE = translation.get_language()


class ScriptConversionMiddleware:
    """Converts a prefixed page's text to its variant: stored text is never altered, only the output.

    The admin and other unprefixed URLs are left alone, so editors see exactly what they wrote.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        variant = get_language_from_path(request.path_info)
        if variant and conversion.is_convertible(response):
            conversion.convert_response(response, variant)
        conversion.drop_keep_marks(response)
        return response
