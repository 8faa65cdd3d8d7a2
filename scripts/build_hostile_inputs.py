"""Build the hostile inputs a batch must survive, into tests/data/bad/ (issue 6).

Each file is named after the problem it pins. Deterministic: the same bytes on
every run (fixed seeds, fixed zip timestamps, reportlab invariant mode).

Run: .venv/bin/python scripts/build_hostile_inputs.py

Not built here (made by the tests at run time, because they are big or depend on
the machine): a very large HTML file (a sparse file over the size limit) and an
unreadable file (permissions).
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

from docx import Document
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from docx_save import save_deterministic

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "bad"
FIXED_TIME = (2011, 2, 16, 0, 0, 0)
SEED = 20110216

LAUGHS = "".join(
    " <!ENTITY lol{} \"{}\">\n".format(i, f"&lol{i - 1};" * 10) for i in range(1, 10))
BILLION_LAUGHS_DTD = f'<!DOCTYPE lolz [\n <!ENTITY lol0 "lol">\n{LAUGHS}]>\n'


def text_pdf(lines: list[str], **kwargs: object) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, **kwargs)
    y = 780
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A 'scan': one page that is a picture of text, with no text layer."""
    img = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.text((20, 40), "Putting People First - milestone return (scanned)", fill=0)
    draw.rectangle((20, 100, 580, 180), outline=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 72, 500, width=450, height=150)
    c.showPage()
    c.save()
    return buf.getvalue()


def small_docx(paragraphs: list[str]) -> bytes:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    tmp = OUT / ".tmp-build.docx"
    save_deterministic(doc, tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def rezip(docx: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None) -> bytes:
    """The package with some parts replaced (and some added), deterministically."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = replace.get(info.filename, src.read(info.filename))
            new = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, data)
        for name, data in (extra or {}).items():
            new = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, data)
    return out.getvalue()


def declare_size(package: bytes, member: str, size: int) -> bytes:
    """Patch the central directory so ``member`` declares ``size`` uncompressed bytes:
    what a zip bomb looks like before anything is inflated."""
    name = member.encode()
    at = 0
    while True:
        at = package.index(b"PK\x01\x02", at)
        name_len = struct.unpack_from("<H", package, at + 28)[0]
        if package[at + 46: at + 46 + name_len] == name:
            break
        at += 4
    return package[:at + 24] + struct.pack("<I", size) + package[at + 28:]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)

    def write(name: str, data: bytes) -> None:
        (OUT / name).write_bytes(data)

    # zero bytes, with a PDF name (empty.docx / empty.html exist already)
    write("zero-bytes.pdf", b"")

    # truncated files: a real PDF and a real Word document cut in half
    report = text_pdf(["Adult Social Care: Putting People First progress report",
                       "Council: Aldersey Borough Council", "Period: December 2010"])
    write("truncated-half.pdf", report[: len(report) // 2])
    word = small_docx(["Putting People First: milestone return",
                       "Council: Aldersey Borough Council"] * 40)
    write("truncated-half.docx", word[: len(word) // 2])

    # encrypted PDF (user password "test")
    write("encrypted-password-test.pdf",
          text_pdf(["Confidential: Putting People First return"], encrypt="test"))

    # an image-only scan: pages, no text layer
    write("image-only-scan.pdf", image_only_pdf())

    # random bytes under each name
    write("random-bytes-no-header.pdf", bytes(rng.randrange(256) for _ in range(3000)))
    write("random-bytes.html", bytes(rng.randrange(256) for _ in range(3000)))
    write("random-bytes-named.docx", b"PK\x03\x04" + bytes(rng.randrange(256)
                                                           for _ in range(3000)))

    # real files with the wrong extension: the format is found by content
    write("word-document-named.pdf", small_docx([
        "Cabinet paper saved with the wrong extension", "Council: Redmarsh Borough Council",
        "This Word document was given a .pdf name by a document management system."]))
    write("pdf-named.html", text_pdf([
        "Scrutiny committee report saved with the wrong extension",
        "Council: Foxley County Council"]))
    (OUT / "html-page-named.docx").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Agenda</title></head><body>"
        "<h1>Health and Adult Social Care Scrutiny Panel</h1><p>Council: Glenham City "
        "Council</p><p>This web page was saved with a .docx name.</p></body></html>",
        encoding="utf-8")

    # zip bomb: a Word package whose parts declare 4 GB once inflated
    zeros = bytes(1 << 20)
    bomb = rezip(word, {}, extra={"word/media/image1.bin": zeros})
    write("zip-bomb-declares-4gb.docx", declare_size(bomb, "word/media/image1.bin",
                                                      0xFFFF0000))

    # XML entity expansion (billion laughs), in a Word main part and in HTML
    with zipfile.ZipFile(io.BytesIO(word)) as zf:
        main_xml = zf.read("word/document.xml").decode("utf-8")
    head, _, body = main_xml.partition("?>")
    laughs = head + "?>\n" + BILLION_LAUGHS_DTD + body.replace(
        "Putting People First: milestone return", "&lol9;", 1)
    write("entity-expansion-billion-laughs.docx",
          rezip(word, {"word/document.xml": laughs.encode("utf-8")}))
    (OUT / "entity-expansion-billion-laughs.html").write_text(
        '<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD.replace("lolz", "html")
        + "<html><body><h1>Putting People First</h1><p>&lol9;</p>"
        "<table><tr><td>Milestone 1</td><td>&lol9;</td></tr></table></body></html>",
        encoding="utf-8")

    # HTML in Windows-1252 with no declared charset (pound sign, curly quotes, en dash)
    write("windows-1252-undeclared.html", (
        "<html><head><title>Budget report</title></head><body>"
        "<h1>Adult Social Care \u2013 \u2018Putting People First\u2019</h1>"
        "<p>Council: Oakhurst Borough Council</p>"
        "<p>The personal budget spend was \u00a3250,000 in 2010\u201311.</p>"
        "</body></html>").encode("cp1252"))


if __name__ == "__main__":
    main()
