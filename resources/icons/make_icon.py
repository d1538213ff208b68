"""Draw the BizCare app icon: a deep-teal rounded square, a white "B" and a small heart.

Run ``python resources/icons/make_icon.py`` to regenerate ``bizcare.png`` (256×256) and
``bizcare.ico`` (16–256 px). The letter is built from geometry, not from a font, so the
icon comes out the same on every machine; each size is painted from the vector shapes
rather than scaled down from the big bitmap, which keeps the small sizes crisp.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL_TOP = QColor("#14877c")
TEAL_BOTTOM = QColor("#0b5a53")
HEART = QColor("#ff8a65")


def _right_rounded(x: float, y: float, w: float, h: float) -> QPainterPath:
    """A rectangle whose right end is a half disc (the bowl of a "B")."""
    r = h / 2
    body, end = QPainterPath(), QPainterPath()
    body.addRect(QRectF(x, y, w - r, h))
    end.addEllipse(QRectF(x + w - 2 * r, y, 2 * r, h))
    return body.united(end)


def letter_b() -> QPainterPath:
    """The "B" on a 256-unit grid: a stem and two bowls with their counters cut out."""
    stem = QPainterPath()
    stem.addRect(QRectF(62, 52, 34, 152))
    upper = _right_rounded(62, 52, 100, 78)
    lower = _right_rounded(62, 122, 114, 82)
    outer = stem.united(upper).united(lower)
    upper_hole = _right_rounded(96, 80, 40, 24)
    lower_hole = _right_rounded(96, 150, 52, 26)
    return outer.subtracted(upper_hole).subtracted(lower_hole)


def heart(cx: float, cy: float, size: float) -> QPainterPath:
    """A heart centred on (cx, cy), ``size`` wide: care for the customer."""
    s = size / 2
    path = QPainterPath(QPointF(cx, cy + s * 0.95))
    path.cubicTo(cx - s * 1.25, cy + s * 0.05, cx - s * 0.85, cy - s * 1.05, cx, cy - s * 0.45)
    path.cubicTo(cx + s * 0.85, cy - s * 1.05, cx + s * 1.25, cy + s * 0.05, cx, cy + s * 0.95)
    return path


def render(size: int) -> QImage:
    """Paint the icon at ``size``×``size`` pixels from the vector shapes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    margin = 8 if size >= 32 else 4
    gradient = QLinearGradient(0, margin, 0, 256 - margin)
    gradient.setColorAt(0, TEAL_TOP)
    gradient.setColorAt(1, TEAL_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin), 52, 52)
    painter.setBrush(QColor("white"))
    painter.drawPath(letter_b())
    mark = heart(196, 186, 58 if size >= 32 else 76)
    painter.setPen(QPen(TEAL_BOTTOM, 8 if size >= 32 else 0))
    painter.setBrush(HEART)
    painter.drawPath(mark)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO container holding PNG entries (readable by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    (HERE / "bizcare.png").write_bytes(png_bytes(render(256)))
    (HERE / "bizcare.ico").write_bytes(ico_bytes([(s, png_bytes(render(s))) for s in ICO_SIZES]))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
