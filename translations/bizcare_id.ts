<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <source>Invoices before payment, kwitansi when money is received, and collection.</source>
            <translation>Invoice sebelum pembayaran, kwitansi saat uang diterima, dan penagihan.</translation>
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <source>Your customers, external and internal, with their contacts and history.</source>
            <translation>Pelanggan Anda, eksternal dan internal, beserta kontak dan riwayatnya.</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>The overview: this month's sales, payments, receivables and what needs follow-up.</source>
            <translation>Ringkasan: penjualan, pembayaran, dan piutang bulan ini, serta hal yang perlu ditindaklanjuti.</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>This part of BizCare is not available in this version yet.</source>
            <translation>Bagian BizCare ini belum tersedia di versi ini.</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyTab</name>
        <message>
            <source>Loyalty points: earn on paid purchases, tiers, rewards and expiry.</source>
            <translation>Poin loyalitas: didapat dari pembelian yang dibayar, tingkat, hadiah, dan masa berlaku.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Back up database…</source>
            <translation>&amp;Cadangkan basis data…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Pulihkan dari cadangan…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Lihat</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Buka folder &amp;log</translation>
        </message>
        <message>
            <source>&amp;About BizCare</source>
            <translation>&amp;Tentang BizCare</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>Basis data: {where}</translation>
        </message>
        <message>
            <source>last backup {when}</source>
            <translation>terakhir dicadangkan {when}</translation>
        </message>
        <message>
            <source>Back up database</source>
            <translation>Cadangkan basis data</translation>
        </message>
        <message>
            <source>BizCare database (*.db)</source>
            <translation>Basis data BizCare (*.db)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Mencadangkan…</translation>
        </message>
        <message>
            <source>Backup saved: {path}</source>
            <translation>Cadangan disimpan: {path}</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <source>Replace all current data with this backup? A safety copy of the current database is kept in the backups folder.</source>
            <translation>Ganti semua data saat ini dengan cadangan ini? Salinan pengaman basis data saat ini disimpan di folder cadangan.</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Cadangan berhasil dipulihkan.</translation>
        </message>
        <message>
            <source>About BizCare</source>
            <translation>Tentang BizCare</translation>
        </message>
        <message>
            <source>BizCare {version}
Customer care, loyalty and billing for Indonesian small businesses.

Log file: {log}</source>
            <translation>BizCare {version}
Layanan pelanggan, loyalitas, dan penagihan untuk UMKM Indonesia.

Berkas log: {log}</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>The monthly report as a PDF, with charts.</source>
            <translation>Laporan bulanan dalam PDF, lengkap dengan grafik.</translation>
        </message>
    </context>
    <context>
        <name>SegmentsTab</name>
        <message>
            <source>Group customers by demographics, preferences, behaviour and needs, and rank the groups.</source>
            <translation>Kelompokkan pelanggan menurut demografi, preferensi, perilaku, dan kebutuhan, lalu urutkan prioritasnya.</translation>
        </message>
    </context>
    <context>
        <name>ServiceTab</name>
        <message>
            <source>Feedback, complaints handled to closure, and requests between divisions.</source>
            <translation>Umpan balik, keluhan yang ditangani hingga selesai, dan permintaan antardivisi.</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>The business profile, numbering, tax and payment terms.</source>
            <translation>Profil usaha, penomoran, pajak, dan termin pembayaran.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Size must look like 1280x800: {value}</source>
            <translation>Ukuran harus seperti 1280x800: {value}</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}” bukan angka.</translation>
        </message>
        <message>
            <source>Enter an amount in Rupiah.</source>
            <translation>Masukkan jumlah dalam Rupiah.</translation>
        </message>
        <message>
            <source>“{text}” is not a Rupiah amount.</source>
            <translation>“{text}” bukan jumlah Rupiah.</translation>
        </message>
        <message>
            <source>Rupiah amounts have no cents: “{text}”.</source>
            <translation>Jumlah Rupiah tidak memakai sen: “{text}”.</translation>
        </message>
        <message>
            <source>{number} is too large to write in words (the limit is 999 trillion).</source>
            <translation>{number} terlalu besar untuk ditulis dengan kata (batasnya 999 triliun).</translation>
        </message>
        <message>
            <source>The operation could not be completed.</source>
            <translation>Operasi tidak dapat diselesaikan.</translation>
        </message>
        <message>
            <source>This database was created by a newer version of BizCare ({revision}). Please install the latest BizCare to open it.</source>
            <translation>Basis data ini dibuat oleh BizCare versi yang lebih baru ({revision}). Silakan pasang BizCare terbaru untuk membukanya.</translation>
        </message>
        <message>
            <source>A number pattern must have 1 to 40 characters.</source>
            <translation>Pola nomor harus terdiri dari 1 sampai 40 karakter.</translation>
        </message>
        <message>
            <source>A number pattern must contain {{seq}} exactly once.</source>
            <translation>Pola nomor harus memuat {{seq}} tepat satu kali.</translation>
        </message>
        <message>
            <source>Unknown part in number pattern {pattern}: use {{yyyy}}, {{yy}}, {{mm}}, {{rm}} and {{seq:04d}}.</source>
            <translation>Bagian tidak dikenal pada pola nomor {pattern}: gunakan {{yyyy}}, {{yy}}, {{mm}}, {{rm}}, dan {{seq:04d}}.</translation>
        </message>
        <message>
            <source>Not a valid e-mail address: {value}</source>
            <translation>Alamat e-mail tidak valid: {value}</translation>
        </message>
        <message>
            <source>NPWP must have 15 or 16 digits: {value}</source>
            <translation>NPWP harus 15 atau 16 digit: {value}</translation>
        </message>
        <message>
            <source>Not a valid phone number: {value}</source>
            <translation>Nomor telepon tidak valid: {value}</translation>
        </message>
        <message>
            <source>Unknown PPN mode: {value}</source>
            <translation>Mode PPN tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>Payment terms must be 0 to 365 days.</source>
            <translation>Termin pembayaran harus 0 sampai 365 hari.</translation>
        </message>
        <message>
            <source>The stamp-duty amounts must be zero or more.</source>
            <translation>Nilai bea meterai harus nol atau lebih.</translation>
        </message>
        <message>
            <source>Unknown language: {value}</source>
            <translation>Bahasa tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>The business name cannot be empty.</source>
            <translation>Nama usaha tidak boleh kosong.</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG under 2 MB.</source>
            <translation>Logo harus berupa PNG atau JPEG di bawah 2 MB.</translation>
        </message>
        <message>
            <source>Backup is only available for a database file.</source>
            <translation>Pencadangan hanya tersedia untuk basis data berupa berkas.</translation>
        </message>
        <message>
            <source>Backup file not found: {path}</source>
            <translation>Berkas cadangan tidak ditemukan: {path}</translation>
        </message>
        <message>
            <source>{path} is not a BizCare backup ({detail}).</source>
            <translation>{path} bukan cadangan BizCare ({detail}).</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be restored.</source>
            <translation>{path} rusak dan tidak dapat dipulihkan.</translation>
        </message>
        <message>
            <source>Restore is only available for a database file.</source>
            <translation>Pemulihan hanya tersedia untuk basis data berupa berkas.</translation>
        </message>
        <message>
            <source>The database is busy in another window. Try again.</source>
            <translation>Basis data sedang dipakai di jendela lain. Silakan coba lagi.</translation>
        </message>
        <message>
            <source>The disk is full or not writable.</source>
            <translation>Disk penuh atau tidak dapat ditulisi.</translation>
        </message>
        <message>
            <source>The database could not be read or written: {detail}</source>
            <translation>Basis data tidak dapat dibaca atau ditulis: {detail}</translation>
        </message>
        <message>
            <source>Something went wrong. The details are in the log file:
{path}</source>
            <translation>Terjadi kesalahan. Rinciannya ada di berkas log:
{path}</translation>
        </message>
        <message>
            <source>BizCare</source>
            <translation>BizCare</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Dibatalkan. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>Tidak dapat menulis {path}.</translation>
        </message>
    </context>
    <context>
        <name>tabs</name>
        <message>
            <source>Overview</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <source>Loyalty Points</source>
            <translation>Poin Loyalitas</translation>
        </message>
        <message>
            <source>Invoices &amp; Receipts</source>
            <translation>Invoice &amp; Kwitansi</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
    </context>
</TS>