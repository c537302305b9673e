"""JSON endpoints behind the body editor's toolbar: upload a picture or an attachment, or choose one."""
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.template.defaultfilters import filesizeformat
from django.views.decorators.http import require_GET, require_POST

from medialib import services
from medialib.models import Attachment, Image

CHOOSER_LIMIT = 40


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def image_json(image: Image) -> dict:
    shown = image.fallback or {}
    thumb = image.renditions[0] if image.renditions else {}
    return {
        "id": image.pk, "title": image.title, "alt": image.alt, "caption": image.caption, "credit": image.credit,
        "src": default_storage.url(shown["fallback"]) if shown else image.file.url,
        "thumb": default_storage.url(thumb["fallback"]) if thumb else "",
        "width": shown.get("width", image.width), "height": shown.get("height", image.height),
    }


def attachment_json(attachment: Attachment) -> dict:
    return {
        "id": attachment.pk, "title": attachment.title, "filename": attachment.filename,
        "kind": attachment.get_kind_display(), "size": filesizeformat(attachment.size),
        "url": attachment.get_absolute_url(),
    }


def _errors(exc: ValidationError, field="file"):
    return JsonResponse({"errors": {field: exc.messages}}, status=400)


@require_POST
def upload_image(request):
    _require(request, "medialib.add_image")
    upload = request.FILES.get("file")
    alt = (request.POST.get("alt") or "").strip()
    errors = {}
    if upload is None:
        errors["file"] = ["请选择要上传的图片文件。"]
    if not alt:
        errors["alt"] = ["请填写替代文字：为看不到图片的读者描述图片内容。"]
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    image = Image(
        title=(request.POST.get("title") or "").strip()[:200] or alt[:200], alt=alt[:300],
        caption=(request.POST.get("caption") or "").strip()[:500],
        credit=(request.POST.get("credit") or "").strip()[:200],
    )
    try:
        services.save_image(image, upload, request.user)
    except ValidationError as exc:
        return _errors(exc)
    return JsonResponse(image_json(image), status=201)


@require_GET
def choose_images(request):
    _require(request, "medialib.view_image")
    images = Image.objects.search(request.GET.get("q"))[:CHOOSER_LIMIT]
    return JsonResponse({"results": [image_json(image) for image in images]})


@require_POST
def upload_attachment(request):
    _require(request, "medialib.add_attachment")
    upload = request.FILES.get("file")
    if upload is None:
        return JsonResponse({"errors": {"file": ["请选择要上传的文件。"]}}, status=400)
    title = (request.POST.get("title") or "").strip()[:200] or upload.name.rsplit(".", 1)[0][:200]
    attachment = Attachment(title=title, filename=upload.name[:200])
    try:
        services.save_attachment(attachment, upload, request.user)
    except ValidationError as exc:
        return _errors(exc)
    return JsonResponse(attachment_json(attachment), status=201)


@require_GET
def choose_attachments(request):
    _require(request, "medialib.view_attachment")
    found = Attachment.objects.all()
    q = (request.GET.get("q") or "").strip()
    if q:
        found = found.filter(title__icontains=q) | found.filter(filename__icontains=q)
    return JsonResponse({"results": [attachment_json(a) for a in found[:CHOOSER_LIMIT]]})
