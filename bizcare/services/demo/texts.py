"""What people write at the demo shop: notes, chats, feedback, complaints, internal requests.

Texts are Indonesian because they are data (what the staff typed), not the program's
interface. ``{item}`` and ``{invoice}`` are filled in by the generator.
"""

from __future__ import annotations

PREFERENCES = {
    "perorangan": (
        "Lebih suka dihubungi lewat WhatsApp sore hari", "Minta teknisi yang sama setiap servis",
        "Suka AC merek Daikin", "Lebih suka bayar pakai QRIS", "Tidak bisa ditelepon jam kerja",
        "Hanya mau produk hemat energi", "Jadwal servis hari Sabtu pagi",
        "Minta teknisi memakai sepatu bersih di dalam rumah", "Ada anjing di rumah, kabari dulu",
    ),
    "ritel": (
        "Kirim barang pagi sebelum toko buka", "Bayar transfer setiap akhir pekan",
        "Suka lampu merek Hannochs", "Minta nota dikirim lewat WhatsApp",
    ),
    "reseller": (
        "Minta harga grosir per dus", "Pengiriman lewat ekspedisi langganan",
        "Minta foto produk untuk katalog online", "Stok diambil sendiri ke gudang",
    ),
    "b2b": (
        "Invoice dikirim lewat e-mail ke bagian keuangan", "Pembayaran tempo 30 hari",
        "Wajib ada faktur dan kwitansi asli", "Kunjungan teknisi di luar jam operasional",
        "Minta laporan servis setiap kunjungan", "Penawaran harga harus disetujui manajer",
    ),
}
NEEDS = {
    "perorangan": (
        "Cuci AC rutin setiap 3 bulan", "Instalasi listrik untuk renovasi rumah",
        "Mengganti AC lama dengan AC inverter", "Menambah titik lampu di teras",
        "AC kamar anak sering tidak dingin", "Pompa air sering mati",
    ),
    "ritel": (
        "Stok lampu LED dan stop kontak untuk dijual", "Kabel NYM per roll setiap bulan",
        "AC untuk ruang toko",
    ),
    "reseller": (
        "Stok lampu LED untuk dijual kembali di marketplace", "Kipas angin menjelang musim panas",
        "Harga khusus untuk pembelian di atas Rp10 juta",
    ),
    "b2b": (
        "Perawatan AC kantor secara berkala", "Pasokan kabel untuk proyek perumahan",
        "Pemasangan AC untuk ruko baru", "Penggantian lampu gedung ke LED",
        "Instalasi listrik gedung sekolah", "Perawatan AC kamar hotel setiap bulan",
    ),
}
NOTES = (
    "Pelanggan lama sejak toko masih di Cawang.", "Parkir mobil teknisi di depan ruko.",
    "Rumah di ujung gang, cat pagar hijau.", "Hubungi istri/suami bila tidak bisa dihubungi.",
    "Minta dikabari bila ada promo AC.", "Pernah komplain, sudah selesai dengan baik.",
    "Direkomendasikan oleh pelanggan lain.", "Alamat pengiriman sama dengan alamat kantor.",
)

INQUIRIES = {
    "service": ("Minta jadwal teknisi untuk {item}.", "Menanyakan biaya {item}.",
                "Menanyakan apakah teknisi bisa datang hari Sabtu untuk {item}."),
    "unit": ("Menanyakan harga {item} dan ketersediaan stok.", "Menanyakan garansi {item}.",
             "Minta penawaran harga untuk {item}.",
             "Menanyakan apakah bisa bayar pakai QRIS untuk {item}."),
    "goods": ("Menanyakan harga {item} dan ketersediaan stok.",
              "Minta harga grosir untuk {item}.", "Menanyakan apakah {item} bisa dikirim."),
}
THANKS = (
    "Mengirim foto kwitansi dan ucapan terima kasih lewat WhatsApp.",
    "Konfirmasi pekerjaan selesai dan meminta penilaian layanan.",
    "Mengirim kartu garansi dan nomor servis.",
)
SERVICE_FOLLOW_UP = "Mengingatkan jadwal cuci AC berikutnya (3 bulan sekali)."
QUOTE_FOLLOW_UP = "Mengirim penawaran harga untuk {item}; tindak lanjut persetujuan."
REMINDERS = (
    "Pengingat pembayaran invoice {invoice} (pengingat ramah).",
    "Pengingat kedua pembayaran invoice {invoice}.",
    "Surat tagihan resmi dikirim untuk invoice {invoice}.",
)
PROMO = "Menawarkan promo Hari Pelanggan Nasional: poin ×2 pada 4 September."
GENERAL_INBOUND = (
    "Menanyakan jam buka toko di hari Minggu.",
    "Menanyakan saldo poin loyalitas.",
    "Minta alamat toko dan lokasi Google Maps.",
    "Menanyakan lowongan kerja teknisi.",
)

FEEDBACK = {
    5: ("Pelayanan cepat, teknisinya ramah dan rapi.", "Barang sesuai pesanan, dikirim tepat "
        "waktu.", "Harga bersaing dan barangnya original. Mantap!", "AC jadi dingin lagi, "
        "terima kasih.", "Admin responsif di WhatsApp.", "Sudah langganan bertahun-tahun, "
        "selalu puas."),
    4: ("Secara umum puas, hanya antre agak lama.", "Teknisi datang sesuai jadwal, hasil "
        "bagus.", "Barang bagus, semoga ada diskon untuk pelanggan tetap.",
        "Pelayanan baik, ongkos kirim agak mahal."),
    3: ("Lumayan, tapi teknisi datang terlambat.", "Harga sedikit lebih mahal dari toko lain.",
        "Respons admin kadang lambat."),
    2: ("Teknisi terlambat dua jam tanpa kabar.", "AC masih kurang dingin setelah diservis.",
        "Barang yang dikirim kurang satu."),
    1: ("Kecewa, AC bocor lagi dua hari setelah dicuci.", "Tagihan tidak sesuai dengan "
        "penawaran awal.", "Barang rusak saat diterima dan belum diganti."),
}

# Category, (description, resolution) pairs.
COMPLAINTS = (
    ("Produk rusak", (
        ("Kipas angin yang dibeli tidak berputar saat dicoba di rumah.",
         "Unit diganti baru sesuai garansi toko."),
        ("Tiga lampu LED mati dalam seminggu pemakaian.",
         "Lampu diganti baru dan pelanggan diberi satu lampu cadangan."),
        ("Remote AC baru tidak berfungsi.", "Remote diganti di tempat oleh teknisi."),
    )),
    ("Kualitas servis", (
        ("AC menetes air di dalam ruangan setelah dicuci.",
         "Teknisi kembali membersihkan saluran pembuangan, tanpa biaya tambahan."),
        ("AC masih tidak dingin setelah tambah freon.",
         "Ditemukan kebocoran pipa, dilas dan diisi ulang; biaya freon tidak ditagih."),
        ("Dinding kotor dan berdebu setelah pemasangan AC.",
         "Teknisi datang membersihkan; permintaan maaf disampaikan ke pelanggan."),
    )),
    ("Keterlambatan", (
        ("Teknisi tidak datang sesuai jadwal yang dijanjikan.",
         "Jadwal ulang keesokan harinya dan diberi potongan jasa."),
        ("Pengiriman barang terlambat tiga hari.",
         "Barang dikirim dengan kurir khusus, ongkos kirim ditanggung toko."),
    )),
    ("Tagihan", (
        ("Jumlah pada invoice berbeda dengan penawaran harga.",
         "Rincian material tambahan dijelaskan; pelanggan menyetujui."),
        ("Pembayaran transfer belum tercatat di toko.",
         "Pembayaran dicocokkan dengan mutasi bank dan kwitansi dikirim."),
    )),
    ("Pelayanan staf", (
        ("Admin kurang ramah saat dihubungi lewat telepon.",
         "Sudah dibina oleh supervisor; permintaan maaf disampaikan ke pelanggan."),
        ("Pesan WhatsApp tidak dibalas dua hari.",
         "Nomor WhatsApp toko kini dipegang dua orang admin bergantian."),
    )),
)

# Provider division -> typical requests from other divisions.
REQUESTS = {
    "IT": ("Perbaikan printer kasir", "Instal ulang laptop admin",
           "Buat akun e-mail untuk staf baru", "Wi-Fi gudang sering putus",
           "Backup data penjualan bulanan"),
    "Gudang": ("Siapkan barang untuk pengiriman proyek", "Stock opname lampu LED",
               "Cek stok AC 1 PK untuk pesanan B2B", "Retur barang rusak ke supplier"),
    "Finance": ("Pencairan dana operasional teknisi", "Rekap piutang jatuh tempo",
                "Pembayaran tagihan listrik kantor", "Penggantian bensin teknisi"),
    "HR": ("Rekrutmen teknisi AC baru", "Jadwal pelatihan K3 teknisi",
           "Pengajuan cuti tahunan", "Pembaruan data BPJS karyawan"),
    "Sales": ("Penawaran harga untuk pelanggan proyek", "Data pelanggan B2B baru",
              "Materi promo Hari Pelanggan Nasional"),
    "Customer Service": ("Hubungi pelanggan dengan keluhan tertunda",
                         "Survei kepuasan pelanggan bulan ini", "Balas ulasan Google Maps"),
}
REQUEST_NOTES = ("Sudah selesai, terima kasih.", "Selesai, menunggu konfirmasi peminta.",
                 "Butuh persetujuan pemilik terlebih dulu.", "Barang dari supplier terlambat.")

VOID_REASONS = ("Salah input harga", "Pesanan dibatalkan pelanggan", "Invoice ganda",
                "Salah pelanggan", "Diganti dengan invoice baru (revisi jumlah)")
DRAFT_NOTES = ("Menunggu persetujuan penawaran", "Menunggu konfirmasi jadwal pemasangan", "")

# Segments: name, description, rules, (profitability, loyalty, retention, growth).
SEGMENTS = (
    ("Pelanggan B2B Jabodetabek", "Perusahaan di Jakarta dan sekitarnya: kontrak perawatan "
     "dan proyek.",
     {"match": "all", "conditions": [
         {"field": "category", "op": "in", "value": ["b2b"]},
         {"field": "city", "op": "in", "value": [
             "Jakarta Timur", "Jakarta Selatan", "Jakarta Pusat", "Jakarta Barat",
             "Jakarta Utara", "Bekasi", "Depok", "Bogor", "Tangerang", "Tangerang Selatan"]}]},
     (5, 4, 4, 4)),
    ("Reseller aktif", "Reseller yang belanja dalam 60 hari terakhir.",
     {"match": "all", "conditions": [
         {"field": "category", "op": "in", "value": ["reseller"]},
         {"field": "days_since_last_purchase", "op": "<=", "value": 60}]},
     (4, 4, 3, 5)),
    ("Pelanggan setia", "Belanja minimal 4 kali dalam 12 bulan.",
     {"match": "all", "conditions": [
         {"field": "purchases_12m", "op": ">=", "value": 4}]},
     (4, 5, 5, 3)),
    ("Berisiko berhenti", "Dulu rutin belanja, tetapi sudah lebih dari 120 hari tidak kembali.",
     {"match": "all", "conditions": [
         {"field": "days_since_last_purchase", "op": ">", "value": 120},
         {"field": "spend_12m", "op": ">=", "value": 1_000_000}]},
     (3, 2, 1, 3)),
    ("Langganan servis AC", "Pelanggan perorangan yang butuh cuci AC rutin.",
     {"match": "all", "conditions": [
         {"field": "category", "op": "in", "value": ["perorangan"]},
         {"field": "needs", "op": "contains", "value": "AC"}]},
     (3, 4, 4, 3)),
)
