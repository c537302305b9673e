"""Writes to the media library: each a small named function that leaves no file behind when it fails."""
import logging
from contextlib import contextmanager
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from base.signals import content_changed
from medialib.attachments import check_attachment, download_name
from medialib.images import CleanImage, clean_image, make_renditions, open_stored
from medialib.models import Attachment, Image, Video
from medialib.videos import check_video

log = logging.getLogger(__name__)


def _remove(names):
    for name in names:
        try:
            default_storage.delete(name)
        except OSError:  # pragma: no cover - a file we could not remove is logged, the error stays the caller's
            log.exception("could not remove %s after a failed save", name)


@contextmanager
def _writing(record, user=None):
    """Around writing a library record's file(s): yields the list to note each written name in, then saves
    the record (its uploader set) atomically. If anything fails, every file written is removed again (no
    orphans in MEDIA_ROOT); the file it replaced is removed only once the save has committed."""
    written: list[str] = []
    old_name = record.file.name if record.pk else ""
    try:
        yield written
        if user is not None and record.uploaded_by_id is None and getattr(user, "pk", None):
            record.uploaded_by = user
        with transaction.atomic():
            record.save()
    except BaseException:
        _remove(written)
        raise
    if old_name and old_name != record.file.name:
        transaction.on_commit(lambda: _remove([old_name]))


def save_image(image: Image, upload, user=None, clean: CleanImage | None = None) -> Image:
    """Store a new upload for `image` (new or replacing its file): cleaned, with renditions, atomically.

    Raises ValidationError for a bad upload before anything is written; if anything fails after the
    first write, every file written by this call is removed again (no orphans in MEDIA_ROOT).
    """
    clean = clean or clean_image(upload)
    with _writing(image, user) as written:
        image.file.save(f"{_stem(upload)}.{clean.extension}", ContentFile(clean.data), save=False)
        written.append(image.file.name)
        image.width, image.height, image.digest = clean.width, clean.height, clean.digest
        image.renditions = make_renditions(clean.image, clean.digest, written)
    return image


def refresh_renditions(image: Image) -> list[dict]:
    """Make any missing rendition of a stored image again (after a change of widths, or lost files)."""
    if image.renditions and all(default_storage.exists(r["webp"]) for r in image.renditions):
        return image.renditions
    image.renditions = make_renditions(open_stored(image.file.name), image.digest)
    Image.objects.filter(pk=image.pk).update(renditions=image.renditions)
    content_changed.send(sender=Image)  # pages that show the image change; update() sends no post_save
    return image.renditions


def delete_image_files(image: Image) -> None:
    """After an image row is deleted: its file, and its renditions unless another image has the same content."""
    names = [image.file.name] if image.file.name else []
    if image.digest and not Image.objects.filter(digest=image.digest).exclude(pk=image.pk).exists():
        names += [r[key] for r in image.renditions for key in ("webp", "fallback") if r.get(key)]
    transaction.on_commit(lambda: _remove(names))


def save_attachment(attachment: Attachment, upload, user=None) -> Attachment:
    """Store an attachment after recognising its type by content; no file is left if the save fails."""
    kind = check_attachment(upload)
    with _writing(attachment, user) as written:
        attachment.kind = kind
        attachment.size = upload.size
        if not attachment.filename or attachment.filename.rsplit(".", 1)[-1] != kind:
            attachment.filename = download_name(attachment.filename or upload.name, attachment.title, kind)
        upload.seek(0)
        attachment.file.save(f"file.{kind}", upload, save=False)
        written.append(attachment.file.name)
    return attachment


def delete_stored_file(record) -> None:
    """After an attachment or video row is deleted: its file, once the deletion has committed."""
    name = record.file.name
    if name:
        transaction.on_commit(lambda: _remove([name]))


def save_video(video: Video, upload, user=None) -> Video:
    """Store an MP4 after recognising it by content (its ftyp box); no file is left if the save fails.
    Stored as uploaded: nothing is transcoded or grabbed from it (no ffmpeg on the server)."""
    check_video(upload)
    with _writing(video, user) as written:
        video.size = upload.size
        upload.seek(0)
        video.file.save("video.mp4", upload, save=False)
        written.append(video.file.name)
    return video


def _stem(upload) -> str:
    return PurePosixPath(getattr(upload, "name", "") or "image").stem[:80] or "image"
