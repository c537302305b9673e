"""Generated test files: photos with EXIF orientation and GPS, truncated and fake files, office documents."""
import io
import struct
import zipfile
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def jpeg_bytes(size=(1600, 1200), color=(159, 29, 32), orientation=None, gps=False, quality=90):
    """A JPEG whose left half is dark and right half light, so a rotation can be read back from the pixels."""
    image = Image.new("RGB", size, color)
    image.paste((250, 250, 250), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    exif[0x0110] = "Model X"
    if orientation:
        exif[ORIENTATION] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (31.0, 12.0, 5.0), 3: "E", 4: (121.0, 28.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=quality)
    return buffer.getvalue()


def png_bytes(size=(1600, 900), color=(159, 29, 32), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, color if mode == "RGB" else (*color, 128)).save(buffer, "PNG")
    return buffer.getvalue()


def bomb_png(width=100_000, height=100_000):
    """A tiny file whose header claims ten billion pixels."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def truncated_jpeg():
    """Header and the first scans intact (Image.verify() accepts it), the rest of the picture missing."""
    data = jpeg_bytes((1200, 900), quality=95)
    return data[: len(data) // 2]


def upload(data, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def _zip(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def docx_bytes():
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": "<r/>", "word/document.xml": "<w:document/>"})


def xlsx_bytes():
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": "<r/>", "xl/workbook.xml": "<workbook/>"})


def pptx_bytes():
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": "<r/>", "ppt/presentation.xml": "<p/>"})


def zip_bytes():
    return _zip({"名单.txt": "王曙群\n"})


def pdf_bytes():
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_bytes(major=b"isom", compatible=(b"isom", b"iso2", b"avc1", b"mp41"), payload=b"\0" * 2048):
    """The start of an MP4 as cameras and editors write it: an ftyp box (major brand, minor version,
    compatible brands), then a free and an mdat box. Enough for the type check; not a playable movie."""
    ftyp = box(b"ftyp", major + struct.pack(">I", 512) + b"".join(compatible))
    return ftyp + box(b"free", b"") + box(b"mdat", payload)
