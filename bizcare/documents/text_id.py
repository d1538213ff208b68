"""Every word printed on a BizCare document, in Indonesian.

Documents are legal papers handed to Indonesian customers, so they are printed in Indonesian
whatever the UI language is. The words live here, in one table, rather than in Qt
translation files: the renderers are Qt-free, and a reprint must not change when somebody
edits a UI translation. Placeholders (``{page}``) are filled with ``str.format``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

__all__ = ["TEXT", "DocText", "ReminderWording"]


@dataclass(frozen=True)
class ReminderWording:
    """What one reminder level says: the subject line and the letter's paragraphs."""

    subject: str
    badge: str  # printed under the title; "" for none
    opening: str
    request: str
    closing: str


_FRIENDLY = ReminderWording(
    subject="Pemberitahuan Tagihan Jatuh Tempo",
    badge="",
    opening=(
        "Terima kasih atas kepercayaan Bapak/Ibu kepada kami. Melalui surat ini kami ingin "
        "mengingatkan bahwa berdasarkan catatan kami, tagihan berikut telah melewati tanggal "
        "jatuh tempo dan belum kami terima pembayarannya:"
    ),
    request=(
        "Kami mohon kesediaan Bapak/Ibu untuk melakukan pembayaran sesuai jumlah di atas. "
        "Apabila pembayaran telah dilakukan, mohon abaikan surat ini dan kami ucapkan "
        "terima kasih."
    ),
    closing=(
        "Jika ada pertanyaan mengenai tagihan ini, silakan menghubungi kami. Atas perhatian "
        "dan kerja samanya kami ucapkan terima kasih."
    ),
)

_SECOND = ReminderWording(
    subject="Pengingat Kedua Tagihan Jatuh Tempo",
    badge="PENGINGAT KEDUA",
    opening=(
        "Menindaklanjuti pemberitahuan kami sebelumnya, dengan ini kami sampaikan kembali "
        "bahwa sampai dengan tanggal surat ini kami belum menerima pembayaran atas tagihan "
        "berikut:"
    ),
    request=(
        "Kami mohon agar pembayaran dapat dilakukan dalam waktu 7 (tujuh) hari sejak tanggal "
        "surat ini. Apabila pembayaran telah dilakukan, mohon kirimkan bukti pembayarannya "
        "kepada kami agar dapat kami catat."
    ),
    closing=(
        "Apabila terdapat kendala dalam pembayaran, kami mengharapkan Bapak/Ibu segera "
        "menghubungi kami agar dapat dicarikan penyelesaian bersama. Atas perhatian dan "
        "kerja samanya kami ucapkan terima kasih."
    ),
)

_FORMAL = ReminderWording(
    subject="Surat Tagihan (Peringatan Terakhir)",
    badge="PERINGATAN TERAKHIR",
    opening=(
        "Dengan ini kami menyampaikan secara resmi bahwa tagihan berikut telah melewati "
        "tanggal jatuh tempo dan, meskipun telah kami ingatkan sebelumnya, sampai dengan "
        "tanggal surat ini belum dilunasi:"
    ),
    request=(
        "Kami meminta Bapak/Ibu untuk melunasi seluruh tagihan tersebut selambat-lambatnya "
        "7 (tujuh) hari sejak tanggal surat ini. Apabila sampai batas waktu tersebut "
        "pembayaran belum kami terima, dengan menyesal kami akan menempuh langkah penagihan "
        "lebih lanjut sesuai ketentuan yang berlaku."
    ),
    closing=(
        "Apabila pembayaran telah dilakukan, mohon kirimkan bukti pembayarannya kepada kami. "
        "Atas perhatian Bapak/Ibu kami ucapkan terima kasih."
    ),
)


@dataclass(frozen=True)
class DocText:
    """The printed words; one instance per document language (only Indonesian today)."""

    # Letterhead and page frame
    phone: str = "Telp"
    npwp: str = "NPWP"
    page_of: str = "Halaman {page} dari {pages}"
    continued: str = "{title} {number} (lanjutan)"

    # Invoice
    invoice_title: str = "INVOICE"
    draft: str = "DRAF"
    draft_number: str = "(belum diterbitkan)"
    to: str = "Kepada Yth."
    number: str = "Nomor"
    date: str = "Tanggal"
    due: str = "Jatuh Tempo"
    customer_code: str = "Kode Pelanggan"
    col_no: str = "No"
    col_description: str = "Deskripsi"
    col_quantity: str = "Jml"
    col_unit: str = "Satuan"
    col_unit_price: str = "Harga Satuan"
    col_discount: str = "Diskon"
    col_amount: str = "Jumlah"
    subtotal: str = "Subtotal"
    discount: str = "Diskon"
    voucher_discount: str = "Potongan voucher {code}"
    points_discount: str = "Potongan poin ({points} poin)"
    dpp: str = "DPP"
    total: str = "TOTAL"
    paid: str = "Terbayar"
    balance: str = "Sisa Tagihan"
    in_words: str = "Terbilang"
    payment: str = "Cara Pembayaran"
    notes: str = "Catatan"
    regards: str = "Hormat kami,"
    place_date: str = "{place}, {date}"
    stamp_paid: str = "LUNAS"
    stamp_void: str = "BATAL"
    void_reason: str = "Invoice ini dibatalkan. Alasan: {reason}"
    nil: str = "-"

    # Kuitansi
    receipt_title: str = "KUITANSI"
    receipt_number: str = "No."
    received_from: str = "Sudah terima dari"
    amount_in_words: str = "Uang sejumlah"
    purpose: str = "Untuk pembayaran"
    method: str = "Cara pembayaran"
    receiver: str = "Penerima,"
    meterai: str = "Meterai"
    points_earned: str = "Poin didapat: {points}"
    receipt_void: str = "Kuitansi ini dibatalkan."

    # Surat tagihan
    reminder_title: str = "SURAT TAGIHAN"
    attachment: str = "Lampiran"
    subject: str = "Perihal"
    salutation: str = "Dengan hormat,"
    col_invoice_number: str = "Nomor Invoice"
    col_issue_date: str = "Tanggal"
    col_due_date: str = "Jatuh Tempo"
    col_late: str = "Terlambat"
    col_total: str = "Total"
    col_outstanding: str = "Sisa Tagihan"
    days_late: str = "{days} hari"
    total_outstanding: str = "Total yang harus dibayar"
    reminder_levels: tuple[ReminderWording, ...] = field(default=(_FRIENDLY, _SECOND, _FORMAL))

    def reminder(self, level: int) -> ReminderWording:
        """The wording for level 1 (friendly), 2 (second) or 3 and above (formal letter)."""
        index = min(max(level, 1), len(self.reminder_levels)) - 1
        return self.reminder_levels[index]


TEXT: Final = DocText()
"""The Indonesian table every renderer prints from."""
