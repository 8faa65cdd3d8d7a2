"""Paper 8: a printed, hand-ticked and scanned return (HTML -> Chromium PDF -> PNG -> ink -> image PDF)."""
import html
import random
import subprocess
from PIL import Image, ImageDraw, ImageFilter
import img2pdf

from common import *  # noqa

MAG = '<span class="m"></span>'


def box(marked):
    return f'<span class="b">{MAG if marked else ""}</span>'


def paper8():
    stem = "r6a-8-dorset-scanned-handticked"
    ret = make_return("Dorset", "2010-12", 808, pct="NHS Dorset", n_not=1, like_weights=(4, 5, 2, 1),
                      blank_answers=1)
    e = html.escape
    css = """
    @page { size: A4; margin: 14mm; }
    body { font-family: 'Liberation Serif', serif; font-size: 9.5pt; color: #000; }
    h1 { font-size: 14pt; margin: 0 0 4px 0; } h2 { font-size: 11pt; margin: 10px 0 4px 0; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
    td, th { border: 1px solid #000; padding: 3px 4px; vertical-align: top; }
    th { background: #e6e6e6; }
    .b { display: inline-block; width: 11px; height: 11px; border: 1px solid #000; position: relative;
         vertical-align: middle; margin-right: 3px; }
    .m { position: absolute; left: 2px; top: 2px; width: 7px; height: 7px; background: #ff00ff; }
    .t { display: inline-block; width: 11px; height: 11px; position: relative; }
    .c { text-align: center; } .s { font-size: 8pt; } .pb { page-break-before: always; }
    """
    passed = [dl for dl in DEADLINES if dl <= ret["period"]]
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<p style='text-align:right' class='s'>Appendix 2 &ndash; Dorset County Council Adult and Community "
             "Services Overview Committee, 3 March 2011</p>")
    h.append("<h1>December 2010 &ndash; Progress with Putting People First milestones</h1>")
    h.append("<p><b>Council:</b> Dorset County Council &nbsp;&nbsp;&nbsp; <b>Date Completed:</b> 10th January 2011"
             " &nbsp;&nbsp;&nbsp; <b>Signed:</b> ____________________ (Director of Adult and Community Services)</p>")
    h.append("<h2>Underpinning Requirements</h2><table><tr><th>Are all stakeholders fully engaged and supportive "
             "of local planning for &ldquo;Putting People First&rdquo;</th><th>Red</th><th>Amber/ Red</th>"
             "<th>Amber/ Green</th><th>Green</th></tr>")
    for i, (rid, txt) in enumerate(REQS):
        if i == 6:
            h.append(f"<tr><th>{e(REQ_HEAD_ARR)}</th><th>Red</th><th>Amber/ Red</th><th>Amber/ Green</th><th>Green</th></tr>")
        h.append(f"<tr><td class='s'>{e(txt)}</td>" + "".join(
            f"<td class='c' style='width:55px;height:20px'><span class='t'>{MAG if ret['reqs'][rid] == rt else ''}</span></td>" for rt in RATINGS) + "</tr>")
    h.append("</table>")
    h.append("<h2>Milestones (tick as appropriate)</h2><table><tr><th style='width:24%'>Milestone</th>" +
             "".join(f"<th>{DL_LONG[dl]}</th>" for dl in DEADLINES) + "</tr>")
    for m in range(1, 6):
        cells = []
        for dl in DEADLINES:
            c = ret["cells"][(m, dl)]
            if dl in passed:
                s = (f"Achieved: {box(c['achieved'] == 'Y')} Y &nbsp; {box(c['achieved'] == 'N')} N")
                if c["achieved"] == "N":
                    s += f"<br><span class='s'>Reason if not achieved: {e(c['reason'])}<br>When to be achieved: {e(c['when'])}</span>"
            else:
                s = "<br>".join(f"{box(c['likelihood'] == lk)} {LIKE_WORD[lk]}" for lk in LIKES)
            cells.append(f"<td style='height:64px;width:26%'>{s}</td>")
        h.append(f"<tr><td style='width:22%'><b>Milestone {m}:</b> {e(TITLES[m])}</td>{''.join(cells)}</tr>")
    h.append("</table>")
    h.append("<div class='pb'></div><h2>Key Questions</h2><table><tr><th style='width:6%'>MS</th><th style='width:44%'>"
             "Question</th><th>Answer</th></tr>")
    for m, q, a in ret["answers"]:
        h.append(f"<tr class='s'><td>{m}</td><td>&bull; {e(q)}</td><td>{e(a)}</td></tr>")
    h.append("</table><h2>Key Risks and Mitigating Actions</h2><table><tr><th style='width:6%'>MS</th><th>Key Risks</th>"
             "<th>Mitigating Actions</th></tr>")
    for m, rk, mi in ret["risks"]:
        h.append(f"<tr class='s'><td>{m}</td><td>{e(rk)}</td><td>{e(mi)}</td></tr>")
    h.append("</table></body></html>")
    src = WORK / f"{stem}.html"
    src.write_text("\n".join(h))
    pdf = WORK / f"{stem}-clean.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", f"file://{src}"], check=True, capture_output=True, timeout=120)
    for old in WORK.glob(f"{stem}-pg*"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(WORK / f"{stem}-pg")], check=True)
    rng = random.Random(8)
    jpgs = []
    for k, png in enumerate(sorted(WORK.glob(f"{stem}-pg*.png"))):
        im = Image.open(png).convert("RGB")
        px = im.load()
        W, H = im.size
        blobs = []

        def is_m(x, y):
            r, g, b = px[x, y]
            return r > 180 and g < 120 and b > 180

        for y in range(0, H, 2):
            for x in range(0, W, 2):
                if is_m(x, y) and not any(a - 3 <= x <= c + 3 and b - 3 <= y <= e + 3 for a, b, c, e in blobs):
                    x0 = x
                    while x0 > 0 and is_m(x0 - 1, y):
                        x0 -= 1
                    x1 = x
                    while x1 < W - 1 and is_m(x1 + 1, y):
                        x1 += 1
                    y0 = y
                    while y0 > 0 and is_m(x, y0 - 1):
                        y0 -= 1
                    y1 = y
                    while y1 < H - 1 and is_m(x, y1 + 1):
                        y1 += 1
                    blobs.append((x0, y0, x1, y1))
        d = ImageDraw.Draw(im)
        for x0, y0, x1, y1 in blobs:
            d.rectangle([x0 - 2, y0 - 2, x1 + 2, y1 + 2], fill="white")
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            s = rng.uniform(0.9, 1.25)
            pts = [(cx - 9 * s, cy - 1 * s), (cx - 3 * s + rng.uniform(-1, 1), cy + 7 * s),
                   (cx + 13 * s, cy - 14 * s + rng.uniform(-2, 2))]
            ink = (25, 30, 70)
            d.line(pts, fill=ink, width=3, joint="curve")
        if k == 0:
            from PIL import ImageFont
            f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 15)
            d.text((W - 300, 14), "RECEIVED  12 JAN 2011\nAdult & Community Svcs", fill=(110, 110, 110), font=f)
            d.rectangle([W - 310, 8, W - 60, 56], outline=(110, 110, 110), width=2)
        im = im.convert("L")
        im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        noise = Image.effect_noise(im.size, 18)
        im = Image.blend(im, noise, 0.06)
        jp = WORK / f"{stem}-scan{k}.jpg"
        im.save(jp, quality=70, dpi=(150, 150))
        jpgs.append(str(jp))
    (DOCS / f"{stem}.pdf").write_bytes(img2pdf.convert(jpgs))
    gold_record(stem, ret, "2011-01-10")
    return stem, ("Scanned-looking image-only PDF (no text layer) for Dorset: an HTML form printed with headless "
                  "Chromium, rasterised at 150 dpi, hand-drawn pen ticks added in the boxes/cells, then greyscale, slight "
                  "rotation, blur, noise and JPEG, wrapped with img2pdf. December 2010 return (completed 10th January "
                  "2011): requirement ratings are ticks in Red/Amber-Red/Amber-Green/Green cells; April and October 2010 "
                  "have 'Achieved: [ ] Y [ ] N' boxes (one N with typed reason and date), April 2011 has four likelihood "
                  "boxes. A grey RECEIVED stamp on page 1 and a blank signature line. Page 2 has key questions (one "
                  "left blank) and risks. Needs OCR; no facts.")
