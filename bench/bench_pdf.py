"""Invoice PDF speed (issue 4, point 12), three ways in one run on the same invoice.

1. BizCare: ``render_invoice`` (letterhead with logo and NPWP, addressee, lines table with a
   repeating header, totals with PPN, terbilang, payment, signature, "Halaman X dari Y").
2. Bare ReportLab: a minimal platypus ``SimpleDocTemplate`` with the same words, the same
   lines table (``repeatRows=1``), the same logo image and the same registered fonts, but
   none of the styling. It gets the logo already prepared the way BizCare prepares it
   (small JPEG), so the ratio measures layout overhead only.
3. WeasyPrint: the same invoice as HTML + CSS (``thead`` repeats, same TTFs via
   ``@font-face``), the route web ERPs take. WeasyPrint is not a BizCare dependency; when
   it is not installed the script says so and carries on.

BizCare and bare ReportLab are timed alternately, so machine load hits both alike.
Targets: BizCare median < 10 ms and < 2.5x bare ReportLab; WeasyPrint >= 20x BizCare.

    python bench/bench_pdf.py [--runs 300] [--lines 8] [--weasy-runs 15]
"""

from __future__ import annotations

import argparse
import base64
import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from io import BytesIO
from xml.sax.saxutils import escape

from bizcare.config import resource
from bizcare.documents.formatting import format_date_long, format_rupiah
from bizcare.documents.model import DocLine, InvoiceDoc, Letterhead, Party
from bizcare.documents.terbilang import terbilang
from bizcare.domain.money import mul_qty

ITEMS = (
    ("Jasa servis AC split 1 PK, termasuk cuci evaporator dan cek tekanan freon", "2", "unit",
     750_000, 0),
    ('Kabel 2" x 10m', "1.5", "roll", 125_000, 12_500),
    ("Freon R32", "3", "kg", 350_000, 0),
    ("Pipa tembaga 1/4 + 3/8 inci", "4", "m", 95_000, 20_000),
    ("Bracket outdoor", "1", "set", 175_000, 0),
    ("Jasa bongkar pasang", "1", "unit", 400_000, 50_000),
    ("Isolasi dan selang buang", "5", "m", 15_000, 0),
    ("Transportasi", "1", "kali", 100_000, 0),
)  # fmt: skip


def sample_logo() -> bytes:
    """A 600 x 300 PNG with transparency, the kind of logo an owner uploads."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((6, 6, 594, 294), radius=40, fill=(11, 79, 108, 255))
    draw.ellipse((40, 40, 260, 260), fill=(255, 255, 255, 255))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def sample_invoice(n_lines: int) -> InvoiceDoc:
    lines = []
    for index in range(n_lines):
        desc, qty, unit, price, disc = ITEMS[index % len(ITEMS)]
        q = Decimal(qty)
        lines.append(DocLine(desc, q, unit, price, disc, mul_qty(price, q) - disc))
    subtotal = sum(item.amount for item in lines)
    dpp = subtotal - 100_000
    ppn = (dpp * 11 + 50) // 100
    total = dpp + ppn
    return InvoiceDoc(
        letterhead=Letterhead(
            name="Toko Sumber Rejeki",
            address="Jl. Letjen M.T. Haryono Kav. 10",
            city="Jakarta Timur",
            phone="+62215890502",
            email="halo@sumberrejeki.co.id",
            npwp="012345678901000",
            logo_png=sample_logo(),
            signatory_name="Siti Rahayu",
            signatory_title="Pemilik",
        ),
        customer=Party(
            name="PT Maju & Jaya <Tbk>",
            address="Jl. Pemuda No. 12, Rawamangun",
            city="Jakarta Timur",
            phone="+6281234567890",
            code="PLG-000002",
        ),
        number="INV/2026/11/0042",
        issue_date=date(2026, 11, 24),
        due_date=date(2026, 12, 8),
        lines=tuple(lines),
        subtotal=subtotal,
        discount=100_000,
        dpp=dpp,
        ppn=ppn,
        ppn_label="PPN 11%",
        total=total,
        paid=0,
        total_words=terbilang(total, rupiah=True, capitalize=True),
        payment_instructions="Transfer ke BCA 123-456-7890 a.n. Toko Sumber Rejeki",
        notes="Garansi servis 30 hari. Cantumkan nomor invoice pada berita transfer.",
    )


def _texts(doc: InvoiceDoc) -> dict[str, list[str]]:
    """The words every variant prints, so all three carry the same content."""
    lh, c = doc.letterhead, doc.customer
    return {
        "head": [lh.name, f"{lh.address}, {lh.city}", f"Telp 021-5890502 · {lh.email}",
                 "NPWP 01.234.567.8-901.000"],
        "meta": ["INVOICE", f"Nomor {doc.number}", f"Tanggal {format_date_long(doc.issue_date)}",
                 f"Jatuh Tempo {format_date_long(doc.due_date)}", f"Kode Pelanggan {c.code}"],
        "to": ["Kepada Yth.", c.name, c.address, c.city, "Telp 0812-3456-7890"],
        "totals": [f"Subtotal {format_rupiah(doc.subtotal)}",
                   f"Diskon {format_rupiah(doc.discount)}", f"DPP {format_rupiah(doc.dpp)}",
                   f"{doc.ppn_label} {format_rupiah(doc.ppn)}",
                   f"TOTAL {format_rupiah(doc.total)}"],
        "end": [f"Terbilang: {doc.total_words}", "Cara Pembayaran", doc.payment_instructions,
                "Catatan", doc.notes, f"{lh.city}, {format_date_long(doc.issue_date)}",
                "Hormat kami,", lh.signatory_name, lh.signatory_title],
    }  # fmt: skip


def _rows(doc: InvoiceDoc) -> list[list[str]]:
    return [
        [str(i), ln.description, str(ln.quantity), ln.unit, format_rupiah(ln.unit_price),
         format_rupiah(ln.discount) if ln.discount else "-", format_rupiah(ln.amount)]
        for i, ln in enumerate(doc.lines, start=1)
    ]  # fmt: skip


HEADER = ["No", "Deskripsi", "Jml", "Satuan", "Harga Satuan", "Diskon", "Jumlah"]


def bare_reportlab(doc: InvoiceDoc) -> Callable[[], bytes]:
    """A minimal platypus document with the same content and fonts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table

    from bizcare.documents.style import FONT, FONT_BOLD, logo_reader, register_fonts

    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=9.5, leading=13)
    bold = ParagraphStyle("bb", parent=body, fontName=FONT_BOLD)
    texts, rows = _texts(doc), _rows(doc)
    reader = logo_reader(doc.letterhead.logo_png or b"")
    assert reader is not None
    logo_bytes = reader.fp.getvalue()

    def render() -> bytes:
        out = BytesIO()
        pdf = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                                topMargin=14 * mm, bottomMargin=20 * mm, invariant=1)  # fmt: skip
        story = [Image(BytesIO(logo_bytes), width=22 * mm, height=11 * mm)]
        for key in ("head", "meta", "to"):
            story += [Paragraph(escape(t), bold if i == 0 else body)
                      for i, t in enumerate(texts[key])]  # fmt: skip
        table = [HEADER] + [[*r[:1], Paragraph(escape(r[1]), body), *r[2:]] for r in rows]
        widths = [w * mm for w in (8, 62, 13, 15, 27, 23, 30)]  # as BizCare's table
        style = [("FONT", (0, 0), (-1, -1), FONT, 9)]
        story.append(Table(table, colWidths=widths, repeatRows=1, style=style))
        story += [Paragraph(escape(t), body) for t in texts["totals"] + texts["end"]]
        pdf.build(story)
        return out.getvalue()

    return render


def weasyprint_html(doc: InvoiceDoc) -> str:
    """The same invoice as a web ERP would template it."""
    fonts = resource("fonts")
    face = "".join(
        f"@font-face {{ font-family: Biz; src: url('{(fonts / f).as_uri()}'); font-weight: {w}; }}"
        for f, w in (("LiberationSans-Regular.ttf", 400), ("LiberationSans-Bold.ttf", 700))
    )
    logo = base64.b64encode(doc.letterhead.logo_png or b"").decode()
    texts, rows = _texts(doc), _rows(doc)

    def block(key: str) -> str:
        return "".join(f"<p>{escape(t)}</p>" for t in texts[key])

    head = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{face}
      @page {{ size: A4; margin: 14mm 16mm 20mm;
              @bottom-right {{ content: "Halaman " counter(page) " dari " counter(pages);
                              font-family: Biz; font-size: 7.5pt; }} }}
      body {{ font-family: Biz; font-size: 9.5pt; color: #1f2933; }} p {{ margin: 0 0 2pt; }}
      header {{ display: flex; justify-content: space-between;
               border-bottom: 1.2pt solid #0b4f6c; }}
      table {{ width: 100%; border-collapse: collapse; }} thead {{ display: table-header-group; }}
      th {{ background: #0b4f6c; color: white; text-align: left; padding: 4pt; }}
      td {{ padding: 3.5pt 4pt; }} tr:nth-child(even) td {{ background: #f3f5f7; }}
      td:nth-child(n+5) {{ text-align: right; }} .totals {{ margin-left: 60%; }}
    </style></head><body>
      <header><div><img src="data:image/png;base64,{logo}" style="height: 11mm">{block("head")}
      </div><div>{block("meta")}</div></header>
      <section>{block("to")}</section>
      <table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
      <div class="totals">{block("totals")}</div><section>{block("end")}</section>
    </body></html>"""


def timed(fn: Callable[[], bytes]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cpu_timed(fn: Callable[[], bytes], cpu: list[float]) -> float:
    """Wall time, and the process's CPU time appended to ``cpu`` (less sensitive to load)."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    cpu.append(time.process_time() - c0)
    return time.perf_counter() - t0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1e3:6.2f} ms   p95 {p95(values) * 1e3:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--lines", type=int, default=8)
    parser.add_argument("--weasy-runs", type=int, default=15)
    args = parser.parse_args()

    from bizcare.documents.invoice import render_invoice

    doc = sample_invoice(args.lines)
    ours: Callable[[], bytes] = lambda: render_invoice(doc)  # noqa: E731
    bare = bare_reportlab(doc)
    for _ in range(10):  # warm up: fonts, styles, logo cache, imports
        ours()
        bare()
    t_ours: list[float] = []
    t_bare: list[float] = []
    c_ours: list[float] = []
    c_bare: list[float] = []
    for _ in range(args.runs):
        t_ours.append(cpu_timed(ours, c_ours))
        t_bare.append(cpu_timed(bare, c_bare))
    med_ours, med_bare = statistics.median(t_ours), statistics.median(t_bare)
    ratio = med_ours / med_bare
    print(f"invoice PDF, {args.lines} lines, logo, PPN ({args.runs} runs, alternating)")
    print(f"  BizCare render_invoice  {_ms(t_ours)}   target < 10 ms median: "
          f"{'ok' if med_ours < 0.010 else 'MISSED'}")  # fmt: skip
    print(f"  bare ReportLab          {_ms(t_bare)}")
    cpu_ours, cpu_bare = statistics.median(c_ours), statistics.median(c_bare)
    print(f"  CPU time medians        BizCare {cpu_ours * 1e3:.2f} ms, bare {cpu_bare * 1e3:.2f} ms"
          f" (ratio {cpu_ours / cpu_bare:.2f}x; load {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs)")  # fmt: skip
    print(f"  ratio BizCare / bare    {ratio:5.2f}x   target < 2.5x: "
          f"{'ok' if ratio < 2.5 else 'MISSED'}")  # fmt: skip

    try:
        from weasyprint import HTML
    except ImportError:
        print("  weasyprint not installed (pip install weasyprint to compare; not a dependency)")
        return
    html = weasyprint_html(doc)
    HTML(string=html).write_pdf()  # warm up: fontconfig, CSS defaults
    t_weasy = [timed(lambda: HTML(string=html).write_pdf()) for _ in range(args.weasy_runs)]
    med_weasy = statistics.median(t_weasy)
    print(f"  WeasyPrint (HTML)       median {med_weasy * 1e3:6.2f} ms   ({args.weasy_runs} runs)")
    print(f"  ratio WeasyPrint / BizCare {med_weasy / med_ours:5.1f}x   target >= 20x: "
          f"{'ok' if med_weasy / med_ours >= 20 else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
