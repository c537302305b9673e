"""Uploaded videos: MP4 recognised by its ISO BMFF `ftyp` box, never by the name or the browser's claim.

No frames are read or re-encoded (the server has no ffmpeg): the file is stored as uploaded, and the
poster is a library picture the editor chooses.
"""
import struct

from django.conf import settings
from django.core.exceptions import ValidationError

CONTENT_TYPE = "video/mp4"
# Brands of MP4 files browsers play: ISO base media (isom, iso2…iso6), MP4 v1/v2, H.264 (avc1). QuickTime
# (`qt  `), HEIF/AVIF pictures (mif1, heic, avif) and 3GP phones' files without one of these are refused.
MP4_BRANDS = frozenset({b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1"})
PICTURE_BRANDS = frozenset({b"mif1", b"msf1", b"heic", b"heix", b"avif", b"avis"})


def _describe(size):
    return f"{size / 1_048_576:.0f} MB" if size >= 10 * 1_048_576 else f"{size / 1_048_576:.1f} MB"


def ftyp_brands(head: bytes) -> list[bytes] | None:
    """The major and compatible brands of a file that starts with an ISO BMFF `ftyp` box, else None."""
    if len(head) < 16 or head[4:8] != b"ftyp":
        return None
    size = struct.unpack(">I", head[:4])[0]
    # A box of 16 bytes or more, whole four-byte brands, and all of it within what was read.
    if size < 16 or size > len(head) or (size - 16) % 4:
        return None
    brands = [head[8:12]] + [head[i:i + 4] for i in range(16, size, 4)]
    return brands


def is_mp4(head: bytes) -> bool:
    brands = ftyp_brands(head)
    return bool(brands) and not PICTURE_BRANDS & {brands[0]} and bool(MP4_BRANDS & set(brands))


def check_video(upload) -> str:
    """Return "mp4" or refuse the file with a message an editor understands."""
    size = getattr(upload, "size", 0) or 0
    if size > settings.VIDEO_MAX_BYTES:
        raise ValidationError(
            "视频文件过大（%(size)s），上限为 %(limit)s。请先压缩（例如导出为 1080p、H.264 编码）再上传。",
            code="video_too_large",
            params={"size": _describe(size), "limit": _describe(settings.VIDEO_MAX_BYTES)},
        )
    if size == 0:
        raise ValidationError("视频是空文件。", code="video_empty")
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(0)
    if not is_mp4(head):
        raise ValidationError(
            "不是 MP4 视频。只能上传 MP4（H.264）格式的视频；类型按文件内容判断，改扩展名无效。"
            "其他格式请先用剪辑软件导出为 MP4。",
            code="video_type",
        )
    return "mp4"
