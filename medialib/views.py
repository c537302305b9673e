"""Attachment downloads: always `Content-Disposition: attachment`, a content type from our own list."""
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect

from medialib.attachments import SAFE_TYPES
from medialib.models import Attachment
from medialib.visibility import is_public


def attachment(request, pk, filename):
    item = get_object_or_404(Attachment, pk=pk)
    staff = request.user.is_authenticated and request.user.is_staff
    public = is_public(item)
    if not (staff or public):
        raise Http404("附件不存在或尚未公开。")
    if filename != item.filename:
        return redirect(item.get_absolute_url(), permanent=False)
    response = FileResponse(
        item.file.open("rb"), as_attachment=True, filename=item.filename,
        content_type=SAFE_TYPES.get(item.kind, "application/octet-stream"),
    )
    # Never rendered by the browser, whatever it is; drafts' attachments are not cached by proxies.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
