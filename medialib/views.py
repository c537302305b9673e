"""Downloads from the library: attachments always `Content-Disposition: attachment` with a content type
from our own list; videos as video/mp4 with byte ranges. Both only when readers may see them."""
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect

from medialib.attachments import SAFE_TYPES
from medialib.models import Attachment, Video
from medialib.ranges import Unsatisfiable, parse_range, read_slice
from medialib.videos import CONTENT_TYPE as VIDEO_TYPE
from medialib.visibility import is_public


def _may_see(request, item):
    """(allowed, public): staff see everything; readers what a published page uses (no draft's file leaks)."""
    staff = request.user.is_authenticated and request.user.is_staff
    public = is_public(item)
    return staff or public, public


def attachment(request, pk, filename):
    item = get_object_or_404(Attachment, pk=pk)
    allowed, public = _may_see(request, item)
    if not allowed:
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


def video(request, pk):
    item = get_object_or_404(Video, pk=pk)
    allowed, public = _may_see(request, item)
    if not allowed:
        raise Http404("视频不存在或尚未公开。")
    size = item.size or item.file.size
    try:
        wanted = parse_range(request.headers.get("Range"), size)
    except Unsatisfiable:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return _video_headers(response, public)
    first, last = wanted or (0, size - 1)
    response = StreamingHttpResponse(read_slice(item.file.open("rb"), first, last), content_type=VIDEO_TYPE)
    if wanted:
        response.status_code = 206
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Content-Length"] = str(last - first + 1)
    response["Content-Disposition"] = 'inline; filename="video.mp4"'
    return _video_headers(response, public)


def _video_headers(response, public):
    response["Accept-Ranges"] = "bytes"
    # Opened on its own, the browser's player may show it; nothing else runs in that document.
    response["Content-Security-Policy"] = "default-src 'none'; media-src 'self'; style-src 'unsafe-inline'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
