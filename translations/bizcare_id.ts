<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>Adjust points – {name}</source>
            <translation>Sesuaikan poin – {name}</translation>
        </message>
        <message>
            <source>Use a minus sign to remove points. Every adjustment is recorded with its reason.</source>
            <translation>Gunakan tanda minus untuk mengurangi poin. Setiap penyesuaian dicatat beserta alasannya.</translation>
        </message>
        <message>
            <source> points</source>
            <translation> poin</translation>
        </message>
        <message>
            <source>e.g. compensation for a late delivery</source>
            <translation>mis. kompensasi keterlambatan pengiriman</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poin</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Points adjusted by {points}.</source>
            <translation>Poin disesuaikan sebesar {points}.</translation>
        </message>
    </context>
    <context>
        <name>Ageing</name>
        <message>
            <source>Not yet due</source>
            <translation>Belum jatuh tempo</translation>
        </message>
        <message>
            <source>1–30 days</source>
            <translation>1–30 hari</translation>
        </message>
        <message>
            <source>31–60 days</source>
            <translation>31–60 hari</translation>
        </message>
        <message>
            <source>61–90 days</source>
            <translation>61–90 hari</translation>
        </message>
        <message>
            <source>Over 90 days</source>
            <translation>&gt; 90 hari</translation>
        </message>
    </context>
    <context>
        <name>AgeingModel</name>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Semua pelanggan</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>BillingOps</name>
        <message>
            <source>Invoice {number} issued.</source>
            <translation>Invoice {number} diterbitkan.</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Draf disimpan.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Hapus draf</translation>
        </message>
        <message>
            <source>Delete this draft invoice? It has no number yet, so nothing is lost from the numbering.</source>
            <translation>Hapus draf invoice ini? Draf belum bernomor, jadi tidak ada nomor yang terlewat.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Draft deleted.</source>
            <translation>Draf dihapus.</translation>
        </message>
        <message>
            <source>Copied as a new draft.</source>
            <translation>Disalin sebagai draf baru.</translation>
        </message>
        <message>
            <source>Payment recorded; kwitansi {number} issued.</source>
            <translation>Pembayaran dicatat; kwitansi {number} diterbitkan.</translation>
        </message>
        <message>
            <source>Kwitansi</source>
            <translation>Kwitansi</translation>
        </message>
        <message>
            <source>Invoice {number} voided.</source>
            <translation>Invoice {number} dibatalkan.</translation>
        </message>
        <message>
            <source>Kwitansi {number} voided.</source>
            <translation>Kwitansi {number} dibatalkan.</translation>
        </message>
        <message>
            <source>Kwitansi {number} issued.</source>
            <translation>Kwitansi {number} diterbitkan.</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <source>+ New Invoice</source>
            <translation>+ Invoice Baru</translation>
        </message>
        <message>
            <source>Create a new invoice (Ctrl+N)</source>
            <translation>Buat invoice baru (Ctrl+N)</translation>
        </message>
        <message>
            <source>Cash-sale kwitansi…</source>
            <translation>Kwitansi penjualan tunai…</translation>
        </message>
        <message>
            <source>A kwitansi for money received without an invoice</source>
            <translation>Kwitansi untuk uang yang diterima tanpa invoice</translation>
        </message>
        <message>
            <source>Export month's documents…</source>
            <translation>Ekspor dokumen bulanan…</translation>
        </message>
        <message>
            <source>Save every invoice and kwitansi PDF of a month into a folder</source>
            <translation>Simpan semua PDF invoice dan kwitansi satu bulan ke dalam folder</translation>
        </message>
        <message>
            <source>Catalogue…</source>
            <translation>Katalog…</translation>
        </message>
        <message>
            <source>Products and services picked into invoice lines</source>
            <translation>Produk dan jasa yang dapat dipilih ke baris invoice</translation>
        </message>
        <message>
            <source>No invoices yet.</source>
            <translation>Belum ada invoice.</translation>
        </message>
        <message>
            <source>Create the first invoice</source>
            <translation>Buat invoice pertama</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Kwitansi</source>
            <translation>Kwitansi</translation>
        </message>
        <message>
            <source>Receivables</source>
            <translation>Piutang</translation>
        </message>
        <message>
            <source>{count} invoices</source>
            <translation>{count} invoice</translation>
        </message>
        <message>
            <source>{count} kwitansi</source>
            <translation>{count} kwitansi</translation>
        </message>
    </context>
    <context>
        <name>CashReceiptDialog</name>
        <message>
            <source>Cash-sale kwitansi</source>
            <translation>Kwitansi penjualan tunai</translation>
        </message>
        <message>
            <source>e.g. Pembelian 2 karung beras 25 kg</source>
            <translation>mis. Pembelian 2 karung beras 25 kg</translation>
        </message>
        <message>
            <source>&amp;Received from</source>
            <translation>&amp;Diterima dari</translation>
        </message>
        <message>
            <source>&amp;Amount (Rp)</source>
            <translation>&amp;Jumlah (Rp)</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;Untuk pembayaran</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Metode</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <source>Re&amp;ference</source>
            <translation>Re&amp;ferensi</translation>
        </message>
        <message>
            <source>&amp;Issue kwitansi</source>
            <translation>&amp;Terbitkan kwitansi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <source>Products and services</source>
            <translation>Produk dan Jasa</translation>
        </message>
        <message>
            <source>Search name, SKU or category…</source>
            <translation>Cari nama, SKU, atau kategori…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>This is a service</source>
            <translation>Ini adalah jasa</translation>
        </message>
        <message>
            <source>Active (offered on new invoices)</source>
            <translation>Aktif (ditawarkan pada invoice baru)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Satuan</translation>
        </message>
        <message>
            <source>&amp;Price (Rp)</source>
            <translation>&amp;Harga (Rp)</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ka&amp;tegori</translation>
        </message>
        <message>
            <source>&amp;New item</source>
            <translation>Item &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>S&amp;impan</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Campaign</source>
            <extracomment>Whether a row is active, as a bool (never read back from the translated "Yes"/"No").</extracomment>
            <translation>Kampanye</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poin</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Hadiah</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Aturan</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Voucher</translation>
        </message>
        <message>
            <source>Add Hari Pelanggan Nasional (4 Sep, ×2)</source>
            <translation>Tambah Hari Pelanggan Nasional (4 Sep, ×2)</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampanye</translation>
        </message>
        <message>
            <source>Add campaign…</source>
            <translation>Tambah kampanye…</translation>
        </message>
        <message>
            <source>Active on/off</source>
            <translation>Aktif/nonaktifkan</translation>
        </message>
        <message>
            <source>Rewards catalogue</source>
            <translation>Katalog hadiah</translation>
        </message>
        <message>
            <source>Add reward…</source>
            <translation>Tambah hadiah…</translation>
        </message>
        <message>
            <source>Change reward (stock, points)…</source>
            <translation>Ubah hadiah (stok, poin)…</translation>
        </message>
        <message>
            <source>Automatic vouchers</source>
            <translation>Voucher otomatis</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>Tambah aturan…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>tak terbatas</translation>
        </message>
        <message>
            <source>every {n} points</source>
            <translation>setiap {n} poin</translation>
        </message>
        <message>
            <source>every {n}th paid purchase</source>
            <translation>setiap pembelian lunas ke-{n}</translation>
        </message>
        <message>
            <source>reaching {tier}</source>
            <translation>mencapai {tier}</translation>
        </message>
        <message>
            <source>Campaign added.</source>
            <translation>Kampanye ditambahkan.</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Kampanye baru</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Points multiplier</source>
            <translation>Pengali poin</translation>
        </message>
        <message>
            <source>Campaign saved.</source>
            <translation>Kampanye disimpan.</translation>
        </message>
        <message>
            <source>New reward</source>
            <translation>Hadiah baru</translation>
        </message>
        <message>
            <source>Change reward</source>
            <translation>Ubah hadiah</translation>
        </message>
        <message>
            <source>Limited stock</source>
            <translation>Stok terbatas</translation>
        </message>
        <message>
            <source>Reward saved.</source>
            <translation>Hadiah disimpan.</translation>
        </message>
        <message>
            <source>New automatic voucher</source>
            <translation>Voucher otomatis baru</translation>
        </message>
        <message>
            <source>Every N points earned</source>
            <translation>Setiap N poin diperoleh</translation>
        </message>
        <message>
            <source>Every Nth paid purchase</source>
            <translation>Setiap pembelian lunas ke-N</translation>
        </message>
        <message>
            <source>Reaching {tier}</source>
            <translation>Mencapai {tier}</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Voucher value</source>
            <translation>Nilai voucher</translation>
        </message>
        <message>
            <source>Rule saved.</source>
            <translation>Aturan disimpan.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>CataloguePicker</name>
        <message>
            <source>Add from catalogue: type a product or service…</source>
            <translation>Tambah dari katalog: ketik nama produk atau jasa…</translation>
        </message>
    </context>
    <context>
        <name>CustomerCountLabel</name>
        <message>
            <source>1 customer</source>
            <translation>1 pelanggan</translation>
        </message>
        <message>
            <source>{count} customers</source>
            <translation>{count} pelanggan</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <source>Choose a customer in the list to see the details.</source>
            <translation>Pilih pelanggan di daftar untuk melihat detailnya.</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Open a WhatsApp chat with a greeting, and note the contact in the history</source>
            <translation>Buka obrolan WhatsApp dengan salam pembuka, dan catat kontak ini di riwayat</translation>
        </message>
        <message>
            <source>Log contact…</source>
            <translation>Catat kontak…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arsipkan</translation>
        </message>
        <message>
            <source>Merge with another customer…</source>
            <translation>Gabungkan dengan pelanggan lain…</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Saluran favorit</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Pelanggan sejak</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>NPWP</source>
            <translation>NPWP</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promosi</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferensi</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Invoices and points could not be read: {reason}</source>
            <translation>Invoice dan poin tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Tentang pelanggan</translation>
        </message>
        <message>
            <source>Division {name}</source>
            <translation>Divisi {name}</translation>
        </message>
        <message>
            <source>Merged into another customer and archived.</source>
            <translation>Sudah digabungkan ke pelanggan lain dan diarsipkan.</translation>
        </message>
        <message>
            <source>This customer is archived.</source>
            <translation>Pelanggan ini diarsipkan.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <source>May be sent promotions</source>
            <translation>Boleh dikirimi promosi</translation>
        </message>
        <message>
            <source>Not to be sent promotions</source>
            <translation>Tidak ingin dikirimi promosi</translation>
        </message>
    </context>
    <context>
        <name>CustomerFilterBar</name>
        <message>
            <source>Search name, code, phone, e-mail, city… (Ctrl+F)</source>
            <translation>Cari nama, kode, telepon, email, kota… (Ctrl+F)</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Semua kota</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Semua tag</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Tampilkan arsip</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Kategori:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Kota:</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Tag:</translation>
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <source>New customer</source>
            <translation>Pelanggan baru</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Ubah data pelanggan</translation>
        </message>
        <message>
            <source>External customer</source>
            <translation>Pelanggan eksternal</translation>
        </message>
        <message>
            <source>Internal (a division of the business)</source>
            <translation>Internal (divisi di usaha Anda)</translation>
        </message>
        <message>
            <source>Pick or type a new division</source>
            <translation>Pilih atau ketik divisi baru</translation>
        </message>
        <message>
            <source>Divisions…</source>
            <translation>Divisi…</translation>
        </message>
        <message>
            <source>e.g. Budi Santoso</source>
            <translation>mis. Budi Santoso</translation>
        </message>
        <message>
            <source>if different from the phone</source>
            <translation>jika berbeda dari nomor telepon</translation>
        </message>
        <message>
            <source>separated by commas, e.g. langganan, grosir</source>
            <translation>pisahkan dengan koma, mis. langganan, grosir</translation>
        </message>
        <message>
            <source>Agrees to receive promotions</source>
            <translation>Bersedia menerima promosi</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Kategori:</translation>
        </message>
        <message>
            <source>Division:</source>
            <translation>Divisi:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Perusahaan:</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>Narahubung:</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Tanggal lahir:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Jenis kelamin:</translation>
        </message>
        <message>
            <source>Joined on:</source>
            <translation>Bergabung sejak:</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>WhatsApp:</source>
            <translation>WhatsApp:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Email:</translation>
        </message>
        <message>
            <source>Preferred channel:</source>
            <translation>Saluran favorit:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Kota:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Provinsi:</translation>
        </message>
        <message>
            <source>NPWP:</source>
            <translation>NPWP:</translation>
        </message>
        <message>
            <source>Care notes</source>
            <translation>Catatan layanan</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <source>Preferences:</source>
            <translation>Preferensi:</translation>
        </message>
        <message>
            <source>Needs:</source>
            <translation>Kebutuhan:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Kemungkinan duplikat</translation>
        </message>
        <message>
            <source>{code} {name} already has this phone number or e-mail. Save a new customer anyway?</source>
            <translation>Nomor telepon atau email ini sudah dipakai {code} {name}. Tetap simpan sebagai pelanggan baru?</translation>
        </message>
    </context>
    <context>
        <name>CustomerList</name>
        <message>
            <source>{count} customers</source>
            <extracomment>Shown in the detail; the list offers it through the header's context menu.</extracomment>
            <translation>{count} pelanggan</translation>
        </message>
        <message>
            <source>{count} of {total} customers</source>
            <translation>{count} dari {total} pelanggan</translation>
        </message>
    </context>
    <context>
        <name>CustomerOverview</name>
        <message>
            <source>Void</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>(draft)</source>
            <translation>(draf)</translation>
        </message>
        <message>
            <source>Cash sale</source>
            <translation>Penjualan tunai</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Untuk</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>The latest {shown} of {total}.</source>
            <translation>{shown} terbaru dari {total}.</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <source>Type a customer code or name…</source>
            <translation>Ketik kode atau nama pelanggan…</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <source>Code</source>
            <extracomment>Rows near the top served with OFFSET; deeper pages come from the query's id list.</extracomment>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (diarsipkan)</translation>
        </message>
        <message>
            <source>Division {name}</source>
            <translation>Divisi {name}</translation>
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <source>No customers yet.</source>
            <extracomment>What the tab shows: the list (customers) and the shown customer's money and points.</extracomment>
            <translation>Belum ada pelanggan.</translation>
        </message>
        <message>
            <source>Add first customer</source>
            <translation>Tambah pelanggan pertama</translation>
        </message>
        <message>
            <source>Import from Excel or CSV…</source>
            <translation>Impor dari Excel atau CSV…</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>+ New Customer</source>
            <translation>+ Pelanggan Baru</translation>
        </message>
        <message>
            <source>Add a customer (Ctrl+N)</source>
            <translation>Tambah pelanggan (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Impor…</translation>
        </message>
        <message>
            <source>Import customers from a CSV or Excel file</source>
            <translation>Impor pelanggan dari berkas CSV atau Excel</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <source>Save the customers shown to CSV or Excel</source>
            <translation>Simpan pelanggan yang ditampilkan ke CSV atau Excel</translation>
        </message>
        <message>
            <source>Contacts you promised to follow up</source>
            <translation>Kontak yang dijanjikan untuk ditindaklanjuti</translation>
        </message>
        <message>
            <source>Follow-ups ({count})</source>
            <translation>Tindak lanjut ({count})</translation>
        </message>
        <message>
            <source>Archive customer</source>
            <translation>Arsipkan pelanggan</translation>
        </message>
        <message>
            <source>Archive {name}? The history is kept, and you can restore the customer at any time.</source>
            <translation>Arsipkan {name}? Riwayatnya tetap tersimpan, dan pelanggan ini bisa dipulihkan kapan saja.</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Read the figures again (F5)</source>
            <translation>Baca ulang angka-angka (F5)</translation>
        </message>
        <message>
            <source>Sales this month</source>
            <translation>Penjualan bulan ini</translation>
        </message>
        <message>
            <source>Invoices issued from the 1st of this month up to today (not drafts, not void), compared with the same days of last month.</source>
            <translation>Invoice yang diterbitkan sejak tanggal 1 bulan ini sampai hari ini (bukan draf, bukan yang dibatalkan), dibandingkan dengan hari-hari yang sama bulan lalu.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Terbayar</translation>
        </message>
        <message>
            <source>Money received from the 1st of this month up to today: every payment with a kwitansi, cash sales included.</source>
            <translation>Uang yang diterima sejak tanggal 1 bulan ini sampai hari ini: setiap pembayaran berkwitansi, termasuk penjualan tunai.</translation>
        </message>
        <message>
            <source>Receivables</source>
            <translation>Piutang</translation>
        </message>
        <message>
            <source>Still owed on issued and partly paid invoices today, and how much of it is past its due date; compared with the balance on the same day last month.</source>
            <translation>Sisa tagihan pada invoice yang terbit atau baru dibayar sebagian per hari ini, dan berapa yang sudah lewat jatuh tempo; dibandingkan dengan saldo pada tanggal yang sama bulan lalu.</translation>
        </message>
        <message>
            <source>Active customers</source>
            <translation>Pelanggan aktif</translation>
        </message>
        <message>
            <source>External customers who paid something in the last 90 days; compared with the 90 days up to the same day last month.</source>
            <translation>Pelanggan eksternal yang melakukan pembayaran dalam 90 hari terakhir; dibandingkan dengan 90 hari sampai tanggal yang sama bulan lalu.</translation>
        </message>
        <message>
            <source>Sales and payments, last 12 months</source>
            <translation>Penjualan dan pembayaran, 12 bulan terakhir</translation>
        </message>
        <message>
            <source>The figures could not be read: {reason}</source>
            <translation>Angka-angka tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>compared with {days}   ·   updated {time}</source>
            <translation>dibandingkan dengan {days}   ·   diperbarui {time}</translation>
        </message>
        <message>
            <source>{count} invoices</source>
            <translation>{count} invoice</translation>
        </message>
        <message>
            <source>{count} payments</source>
            <translation>{count} pembayaran</translation>
        </message>
        <message>
            <source>paid in the last 90 days</source>
            <translation>membayar dalam 90 hari terakhir</translation>
        </message>
        <message>
            <source>nothing past due</source>
            <translation>tidak ada yang lewat jatuh tempo</translation>
        </message>
        <message>
            <source>{amount} past due ({count} invoices)</source>
            <translation>{amount} lewat jatuh tempo ({count} invoice)</translation>
        </message>
    </context>
    <context>
        <name>DivisionsDialog</name>
        <message>
            <source>Divisions</source>
            <translation>Divisi</translation>
        </message>
        <message>
            <source>Divisions of your business that are served as internal customers (Sales, Warehouse, Finance…).</source>
            <translation>Divisi di usaha Anda yang dilayani sebagai pelanggan internal (Sales, Gudang, Keuangan…).</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Ganti nama…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Nonaktifkan</translation>
        </message>
        <message>
            <source>{name} (inactive)</source>
            <translation>{name} (tidak aktif)</translation>
        </message>
        <message>
            <source>A&amp;ctivate</source>
            <translation>&amp;Aktifkan</translation>
        </message>
        <message>
            <source>New division</source>
            <translation>Divisi baru</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Rename division</source>
            <translation>Ganti nama divisi</translation>
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <source>Open existing</source>
            <translation>Buka yang sudah ada</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Gabungkan…</translation>
        </message>
        <message>
            <source>Save this customer, then merge the two: history moves to the one you keep.</source>
            <translation>Simpan pelanggan ini, lalu gabungkan keduanya: riwayat pindah ke pelanggan yang dipertahankan.</translation>
        </message>
        <message>
            <source>This phone number or e-mail already belongs to {code} {name}.</source>
            <translation>Nomor telepon atau email ini sudah dipakai {code} {name}.</translation>
        </message>
        <message>
            <source>This phone number or e-mail already belongs to {count} customers.</source>
            <translation>Nomor telepon atau email ini sudah dipakai {count} pelanggan.</translation>
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
        <name>ExpiringList</name>
        <message>
            <source>Points about to expire</source>
            <translation>Poin akan hangus</translation>
        </message>
        <message>
            <source>No loyalty points expire in the next 30 days.</source>
            <translation>Tidak ada poin loyalitas yang hangus dalam 30 hari ke depan.</translation>
        </message>
        <message>
            <source>{points} points of {customers} customers in the next 30 days</source>
            <translation>{points} poin milik {customers} pelanggan dalam 30 hari ke depan</translation>
        </message>
        <message>
            <source>{points} pts</source>
            <translation>{points} poin</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export month's documents</source>
            <translation>Ekspor dokumen bulanan</translation>
        </message>
        <message>
            <source>Every invoice and kwitansi of the month is saved as a PDF, named after its number.</source>
            <translation>Setiap invoice dan kwitansi pada bulan tersebut disimpan sebagai PDF dengan nama sesuai nomornya.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Bulan</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Folder</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Ekspor</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Buka folder</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Pilih folder</translation>
        </message>
        <message>
            <source>Exporting documents…</source>
            <translation>Mengekspor dokumen…</translation>
        </message>
        <message>
            <source>Please choose a folder.</source>
            <translation>Silakan pilih folder.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Mengekspor…</translation>
        </message>
        <message>
            <source>{invoices} invoices and {receipts} kwitansi saved in {folder}.</source>
            <translation>{invoices} invoice dan {receipts} kwitansi disimpan di {folder}.</translation>
        </message>
        <message>
            <source>Export cancelled. No files were written.</source>
            <translation>Ekspor dibatalkan. Tidak ada berkas yang ditulis.</translation>
        </message>
    </context>
    <context>
        <name>FigureCard</name>
        <message>
            <source>{period}: {value}</source>
            <translation>{period}: {value}</translation>
        </message>
        <message>
            <source>{arrow} {percent}% vs {period} ({value})</source>
            <translation>{arrow} {percent}% vs {period} ({value})</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search number, customer code or name…</source>
            <translation>Cari nomor, kode, atau nama pelanggan…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>Semua bulan</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Semua pelanggan</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Bulan:</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Pelanggan:</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Overdue invoices ({count})</source>
            <extracomment>By ``services.dashboard.FollowUpKind`` value.</extracomment>
            <translation>Invoice lewat jatuh tempo ({count})</translation>
        </message>
        <message>
            <source>Follow-ups due ({count})</source>
            <translation>Tindak lanjut yang jatuh tempo ({count})</translation>
        </message>
        <message>
            <source>Open complaints ({count})</source>
            <translation>Keluhan terbuka ({count})</translation>
        </message>
        <message>
            <source>Internal requests past due ({count})</source>
            <translation>Permintaan internal terlambat ({count})</translation>
        </message>
        <message>
            <source>Needs follow-up</source>
            <translation>Perlu ditindaklanjuti</translation>
        </message>
        <message>
            <source>Nothing needs following up today: no overdue invoices, follow-ups, open complaints or late requests.</source>
            <translation>Tidak ada yang perlu ditindaklanjuti hari ini: tidak ada invoice lewat jatuh tempo, tindak lanjut, keluhan terbuka, atau permintaan yang terlambat.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsDialog</name>
        <message>
            <source>Follow-ups due</source>
            <translation>Tindak lanjut jatuh tempo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>&amp;Buka pelanggan</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Tandai &amp;selesai</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>{count} follow-ups are due.</source>
            <translation>{count} tindak lanjut sudah jatuh tempo.</translation>
        </message>
        <message>
            <source>No follow-ups are due. Well done!</source>
            <translation>Tidak ada tindak lanjut yang jatuh tempo. Kerja bagus!</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import customers</source>
            <translation>Impor pelanggan</translation>
        </message>
        <message>
            <source>{file}: {rows} rows</source>
            <translation>{file}: {rows} baris</translation>
        </message>
        <message>
            <source>Check which column of the file goes into which field. Columns set to “do not import” are left out.</source>
            <translation>Periksa kolom berkas mana yang masuk ke data apa. Kolom bertanda “jangan diimpor” dilewati.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Kemungkinan duplikat</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Kemungkinan duplikat</translation>
        </message>
        <message>
            <source>Data preview</source>
            <translation>Pratinjau data</translation>
        </message>
        <message>
            <source>Skip the rows with problems and import the rest</source>
            <translation>Lewati baris bermasalah dan impor sisanya</translation>
        </message>
        <message>
            <source>Leave out the possible duplicates</source>
            <translation>Jangan impor baris yang kemungkinan duplikat</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Kolom di berkas</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Contoh isi</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Impor sebagai</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>— do not import —</source>
            <translation>— jangan diimpor —</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>tidak diimpor</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Memeriksa baris…</translation>
        </message>
        <message>
            <source>Problems ({count})</source>
            <translation>Masalah ({count})</translation>
        </message>
        <message>
            <source>Possible duplicates ({count})</source>
            <translation>Kemungkinan duplikat ({count})</translation>
        </message>
        <message>
            <source>{good} rows are ready to import, {bad} rows have problems, {dup} look like customers you already have.</source>
            <translation>{good} baris siap diimpor, {bad} baris bermasalah, {dup} tampaknya pelanggan yang sudah ada.</translation>
        </message>
        <message>
            <source>The rows could not be checked.</source>
            <translation>Baris tidak dapat diperiksa.</translation>
        </message>
        <message>
            <source>Import {count} customers</source>
            <translation>Impor {count} pelanggan</translation>
        </message>
        <message>
            <source>Fix those rows in the file, or tick “Skip the rows with problems”.</source>
            <translation>Perbaiki baris tersebut di berkas, atau centang “Lewati baris bermasalah”.</translation>
        </message>
        <message>
            <source>Importing customers…</source>
            <translation>Mengimpor pelanggan…</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was imported.</source>
            <translation>Impor dibatalkan. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>Nothing was imported: some rows have problems.</source>
            <translation>Tidak ada yang diimpor: beberapa baris bermasalah.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Tidak ada yang diimpor.</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>Log contact with {name}</source>
            <translation>Catat kontak dengan {name}</translation>
        </message>
        <message>
            <source>What was said or agreed</source>
            <translation>Apa yang dibicarakan atau disepakati</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Tindak lanjut pada</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Saluran:</translation>
        </message>
        <message>
            <source>Direction:</source>
            <translation>Arah:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Waktu:</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Ringkasan:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>InteractionList</name>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Double-click to mark the follow-up done</source>
            <translation>Klik dua kali untuk menandai tindak lanjut selesai</translation>
        </message>
        <message>
            <source>done {date}</source>
            <translation>selesai {date}</translation>
        </message>
    </context>
    <context>
        <name>InternalPage</name>
        <message>
            <source>Appreciation for internal customers: points when an internal request is completed on time with a good rating, or given by hand. Separate from customer points.</source>
            <translation>Apresiasi untuk pelanggan internal: poin saat permintaan internal selesai tepat waktu dengan penilaian baik, atau diberikan manual. Terpisah dari poin pelanggan.</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Bulan ini</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>3 bulan terakhir</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Tahun ini</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Sepanjang waktu</translation>
        </message>
        <message>
            <source>Give appreciation…</source>
            <translation>Beri apresiasi…</translation>
        </message>
        <message>
            <source>Award completed requests</source>
            <translation>Beri poin permintaan selesai</translation>
        </message>
        <message>
            <source>Give points for every request completed on time with a good rating that has not been appreciated yet.</source>
            <translation>Beri poin untuk setiap permintaan yang selesai tepat waktu dengan penilaian baik dan belum diapresiasi.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Division</source>
            <translation>Divisi</translation>
        </message>
        <message>
            <source>Points in period</source>
            <translation>Poin periode ini</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>No appreciation points yet.</source>
            <translation>Belum ada poin apresiasi.</translation>
        </message>
        <message>
            <source>{count} requests appreciated.</source>
            <translation>{count} permintaan diapresiasi.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceDetailPanel</name>
        <message>
            <source>Edit</source>
            <translation>Ubah</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Terbitkan</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Hapus draf</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Catat pembayaran…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Batalkan…</translation>
        </message>
        <message>
            <source>Duplicate as new draft</source>
            <translation>Duplikat sebagai draf baru</translation>
        </message>
        <message>
            <source>Preview PDF</source>
            <translation>Pratinjau PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Jml</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Harga satuan</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Diskon</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Payments and kwitansi</source>
            <translation>Pembayaran dan kwitansi</translation>
        </message>
        <message>
            <source>Kwitansi</source>
            <translation>Kwitansi</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>No payments yet.</source>
            <translation>Belum ada pembayaran.</translation>
        </message>
        <message>
            <source>Notes and payment instructions</source>
            <translation>Catatan dan petunjuk pembayaran</translation>
        </message>
        <message>
            <source>Draft #{id}</source>
            <translation>Draf #{id}</translation>
        </message>
        <message>
            <source>Date {date} · due {due}</source>
            <translation>Tanggal {date} · jatuh tempo {due}</translation>
        </message>
        <message>
            <source>Voided: {reason}</source>
            <translation>Dibatalkan: {reason}</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>DPP</source>
            <translation>DPP</translation>
        </message>
        <message>
            <source>Loyalty discount ({points} points)</source>
            <translation>Potongan loyalitas ({points} poin)</translation>
        </message>
        <message>
            <source>Loyalty discount</source>
            <translation>Potongan loyalitas</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Terbayar</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Sisa tagihan</translation>
        </message>
    </context>
    <context>
        <name>InvoiceEditor</name>
        <message>
            <source>New invoice</source>
            <translation>Invoice baru</translation>
        </message>
        <message>
            <source>Edit draft invoice</source>
            <translation>Ubah draf invoice</translation>
        </message>
        <message>
            <source>&amp;Customer</source>
            <translation>&amp;Pelanggan</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Loyalitas</translation>
        </message>
        <message>
            <source>D&amp;ue date</source>
            <translation>&amp;Jatuh tempo</translation>
        </message>
        <message>
            <source>Invoice &amp;date</source>
            <translation>&amp;Tanggal invoice</translation>
        </message>
        <message>
            <source>+ Free-text line</source>
            <translation>+ Baris bebas</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <source>Printed under the lines (optional)</source>
            <translation>Dicetak di bawah rincian (opsional)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Catatan</translation>
        </message>
        <message>
            <source>Payment
instructions</source>
            <translation>Petunjuk
pembayaran</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>Simpan &amp;draf</translation>
        </message>
        <message>
            <source>&amp;Issue invoice</source>
            <translation>&amp;Terbitkan invoice</translation>
        </message>
        <message>
            <source>Gives the invoice its number. An issued invoice can no longer be edited, only paid or voided.</source>
            <translation>Memberi nomor pada invoice. Invoice yang sudah terbit tidak dapat diubah lagi, hanya dibayar atau dibatalkan.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>DPP</source>
            <translation>DPP</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>Invoice discount</source>
            <translation>Diskon invoice</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>TOTAL</translation>
        </message>
        <message>
            <source>The PPN mode is set in Settings.</source>
            <translation>Mode PPN diatur di Pengaturan.</translation>
        </message>
        <message>
            <source>({days} days)</source>
            <translation>({days} hari)</translation>
        </message>
        <message>
            <source>Voucher {code}</source>
            <translation>Voucher {code}</translation>
        </message>
        <message>
            <source>Points discount ({points} points)</source>
            <translation>Potongan poin ({points} poin)</translation>
        </message>
    </context>
    <context>
        <name>InvoiceTableModel</name>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Sisa tagihan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Draft #{id}</source>
            <translation>Draf #{id}</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Jml</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Harga satuan</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Diskon</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
    </context>
    <context>
        <name>LogoPicker</name>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>No logo yet</source>
            <translation>Belum ada logo</translation>
        </message>
        <message>
            <source>Cannot read {file}.</source>
            <translation>Berkas {file} tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Pilih logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Gambar (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyPanel</name>
        <message>
            <source>Use &amp;points</source>
            <translation>Pakai &amp;poin</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>Use as many points as the balance and the total allow</source>
            <translation>Pakai poin sebanyak yang dimungkinkan oleh saldo dan total tagihan</translation>
        </message>
        <message>
            <source>No voucher</source>
            <translation>Tanpa voucher</translation>
        </message>
        <message>
            <source>Loyalty: choose a customer</source>
            <translation>Poin loyalitas: pilih pelanggan terlebih dahulu</translation>
        </message>
        <message>
            <source>Internal customer: no loyalty points on invoices</source>
            <translation>Pelanggan internal: poin loyalitas tidak berlaku untuk invoice</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} poin</translation>
        </message>
        <message>
            <source>1 point = {value} · at least {minimum} points</source>
            <translation>1 poin = {value} · minimal {minimum} poin</translation>
        </message>
        <message>
            <source>{points} expire on {date}</source>
            <translation>{points} poin hangus pada {date}</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyTab</name>
        <message>
            <source>Earned</source>
            <translation>Perolehan</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Redeemed</source>
            <translation>Penukaran</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Hangus</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Penyesuaian</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Pembatalan</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Points expiring soon</source>
            <translation>Poin akan hangus</translation>
        </message>
        <message>
            <source>Internal appreciation</source>
            <translation>Apresiasi internal</translation>
        </message>
        <message>
            <source>Rewards &amp;&amp; campaigns</source>
            <translation>Hadiah &amp;&amp; kampanye</translation>
        </message>
        <message>
            <source>Programme settings</source>
            <translation>Pengaturan program</translation>
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
            <source>Backup restored. The data it replaced is kept in {path}</source>
            <translation>Cadangan berhasil dipulihkan. Data yang digantikan disimpan di {path}</translation>
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
        <name>MemberDetail</name>
        <message>
            <source>Points</source>
            <translation>Poin</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Masa berlaku</translation>
        </message>
        <message>
            <source>Paid in 12 months</source>
            <translation>Dibayar 12 bulan terakhir</translation>
        </message>
        <message>
            <source>Vouchers</source>
            <translation>Voucher</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Hangus</translation>
        </message>
        <message>
            <source>Reference / reason</source>
            <translation>Referensi / keterangan</translation>
        </message>
        <message>
            <source>Choose a member on the left.</source>
            <translation>Pilih anggota di sebelah kiri.</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} poin</translation>
        </message>
        <message>
            <source>{tier} · points {multiplier}</source>
            <translation>{tier} · poin {multiplier}</translation>
        </message>
        <message>
            <source>{points} points expire on {date}</source>
            <translation>{points} poin hangus pada {date}</translation>
        </message>
        <message>
            <source>{points} points expire within 30 days</source>
            <translation>{points} poin hangus dalam 30 hari</translation>
        </message>
        <message>
            <source>No points waiting to expire</source>
            <translation>Tidak ada poin yang akan hangus</translation>
        </message>
        <message>
            <source>{code}: {value}, since {date}</source>
            <translation>{code}: {value}, sejak {date}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poin</translation>
        </message>
        <message>
            <source>Expiring in 30 days</source>
            <translation>Hangus ≤ 30 hari</translation>
        </message>
        <message>
            <source>Next expiry</source>
            <translation>Hangus berikutnya</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>&amp;Redeem points</source>
            <translation>&amp;Tukar poin</translation>
        </message>
        <message>
            <source>Redeem points for the selected member (Ctrl+R)</source>
            <translation>Tukar poin anggota yang dipilih (Ctrl+R)</translation>
        </message>
        <message>
            <source>Adjust…</source>
            <translation>Sesuaikan…</translation>
        </message>
        <message>
            <source>Search name, code or phone…</source>
            <translation>Cari nama, kode, atau telepon…</translation>
        </message>
        <message>
            <source>Only with points</source>
            <translation>Hanya yang punya poin</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Internal (appreciation)</source>
            <translation>Internal (apresiasi)</translation>
        </message>
        <message>
            <source>No members yet: customers collect points when a kwitansi records their payment.</source>
            <translation>Belum ada anggota: pelanggan mengumpulkan poin saat kwitansi mencatat pembayarannya.</translation>
        </message>
        <message>
            <source>Set up the programme</source>
            <translation>Atur program</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge customers</source>
            <translation>Gabungkan pelanggan</translation>
        </message>
        <message>
            <source>Two records of the same customer become one. All history (invoices, payments, receipts, contacts, points, feedback and complaints) moves to the customer you keep; the other is archived. The merge is recorded in the audit log.</source>
            <translation>Dua data untuk pelanggan yang sama dijadikan satu. Seluruh riwayat (invoice, pembayaran, kuitansi, kontak, poin, masukan, dan keluhan) pindah ke pelanggan yang dipertahankan; yang lain diarsipkan. Penggabungan dicatat di log audit.</translation>
        </message>
        <message>
            <source>Search the other customer by name, phone, e-mail or code</source>
            <translation>Cari pelanggan lainnya berdasarkan nama, telepon, email, atau kode</translation>
        </message>
        <message>
            <source>The other customer</source>
            <translation>Pelanggan lainnya</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Pertahankan</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Gabungkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>(choose the other customer above)</source>
            <translation>(pilih pelanggan lainnya di atas)</translation>
        </message>
    </context>
    <context>
        <name>NumberingForm</name>
        <message>
            <source>Document numbers</source>
            <translation>Penomoran dokumen</translation>
        </message>
        <message>
            <source>&amp;Invoice</source>
            <translation>&amp;Invoice</translation>
        </message>
        <message>
            <source>&amp;Kwitansi</source>
            <translation>&amp;Kwitansi</translation>
        </message>
        <message>
            <source>{yyyy} year · {yy} two-digit year · {mm} month · {rm} month in Roman numerals (XI) · {seq:04d} running number with 4 digits. Numbering restarts every month when the pattern has a month, every year when it has only a year.</source>
            <translation>{yyyy} tahun · {yy} tahun dua digit · {mm} bulan · {rm} bulan dalam angka Romawi (XI) · {seq:04d} nomor urut 4 digit. Nomor urut mulai lagi setiap bulan bila pola memuat bulan, setiap tahun bila hanya memuat tahun.</translation>
        </message>
    </context>
    <context>
        <name>OverdueModel</name>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Hari terlambat</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Sisa tagihan</translation>
        </message>
        <message>
            <source>Suggested reminder</source>
            <translation>Saran pengingat</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>Level {level}</translation>
        </message>
    </context>
    <context>
        <name>PatternEdit</name>
        <message>
            <source>Next: —</source>
            <extracomment>Common Indonesian layouts, offered in the pattern boxes (any other can be typed). (series, pattern) -&gt; the next number, or ValidationError for a bad pattern.</extracomment>
            <translation>Berikutnya: —</translation>
        </message>
        <message>
            <source>Next: {number}</source>
            <translation>Berikutnya: {number}</translation>
        </message>
    </context>
    <context>
        <name>PayDialog</name>
        <message>
            <source>Record payment – {number}</source>
            <translation>Catat pembayaran – {number}</translation>
        </message>
        <message>
            <source>{customer}&lt;br&gt;Total {total} · paid {paid} · &lt;b&gt;outstanding {outstanding}&lt;/b&gt;</source>
            <translation>{customer}&lt;br&gt;Total {total} · terbayar {paid} · &lt;b&gt;sisa {outstanding}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>e.g. transfer reference (optional)</source>
            <translation>mis. nomor referensi transfer (opsional)</translation>
        </message>
        <message>
            <source>&amp;Amount (Rp)</source>
            <translation>&amp;Jumlah (Rp)</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Metode</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Referensi</translation>
        </message>
        <message>
            <source>A kwitansi is issued automatically for this payment.</source>
            <translation>Kwitansi diterbitkan otomatis untuk pembayaran ini.</translation>
        </message>
        <message>
            <source>Record &amp;payment</source>
            <translation>Catat &amp;pembayaran</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Preview kwitansi</source>
            <translation>Pratinjau kwitansi</translation>
        </message>
        <message>
            <source>Print kwitansi…</source>
            <translation>Cetak kwitansi…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>&lt;p&gt;Payment of &lt;b&gt;{amount}&lt;/b&gt; recorded.&lt;/p&gt;&lt;p&gt;Kwitansi issued:&lt;/p&gt;&lt;p style='font-size:16pt'&gt;&lt;b&gt;{number}&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pembayaran sebesar &lt;b&gt;{amount}&lt;/b&gt; telah dicatat.&lt;/p&gt;&lt;p&gt;Kwitansi yang diterbitkan:&lt;/p&gt;&lt;p style='font-size:16pt'&gt;&lt;b&gt;{number}&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview – {title}</source>
            <translation>Pratinjau – {title}</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Simpan PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Simpan PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PreferencesForm</name>
        <message>
            <source>No PPN (not a PKP)</source>
            <translation>Tanpa PPN (bukan PKP)</translation>
        </message>
        <message>
            <source>PPN 11%</source>
            <translation>PPN 11%</translation>
        </message>
        <message>
            <source>PPN 12% on DPP 11/12</source>
            <translation>PPN 12% atas DPP 11/12</translation>
        </message>
        <message>
            <source>Invoices show no PPN. Keep this unless the business is registered as a PKP (Pengusaha Kena Pajak).</source>
            <translation>Invoice tanpa PPN. Biarkan pilihan ini kecuali usaha Anda terdaftar sebagai PKP (Pengusaha Kena Pajak).</translation>
        </message>
        <message>
            <source>11% PPN is added to the price after discount.</source>
            <translation>PPN 11% ditambahkan pada harga setelah diskon.</translation>
        </message>
        <message>
            <source>12% PPN on a tax base (DPP) of 11/12 of the price after discount: the customer pays the same as with 11%, and the invoice shows the DPP.</source>
            <translation>PPN 12% atas dasar pengenaan pajak (DPP) sebesar 11/12 dari harga setelah diskon: pelanggan membayar sama seperti dengan PPN 11%, dan invoice mencantumkan DPP.</translation>
        </message>
        <message>
            <source> days</source>
            <extracomment>Each language in its own words, so anyone can find theirs.</extracomment>
            <translation> hari</translation>
        </message>
        <message>
            <source>Due date = invoice date + these days; 0 means due on receipt.</source>
            <translation>Jatuh tempo = tanggal invoice + jumlah hari ini; 0 berarti dibayar saat diterima.</translation>
        </message>
        <message>
            <source>A kwitansi above this amount gets a box for the meterai (stamp duty).</source>
            <translation>Kwitansi di atas jumlah ini diberi kotak untuk meterai.</translation>
        </message>
        <message>
            <source>Tax and payment</source>
            <translation>Pajak dan pembayaran</translation>
        </message>
        <message>
            <source>&amp;PPN</source>
            <translation>&amp;PPN</translation>
        </message>
        <message>
            <source>Payment &amp;terms</source>
            <translation>Termin pemba&amp;yaran</translation>
        </message>
        <message>
            <source>Meterai &amp;above</source>
            <translation>Meterai di a&amp;tas</translation>
        </message>
        <message>
            <source>Meterai &amp;value</source>
            <translation>Nilai mete&amp;rai</translation>
        </message>
        <message>
            <source>{sample} (standard spelling)</source>
            <translation>{sample} (ejaan baku)</translation>
        </message>
        <message>
            <source>{sample} (with a space)</source>
            <translation>{sample} (dengan spasi)</translation>
        </message>
        <message>
            <source>The new language is used the next time BizCare starts.</source>
            <translation>Bahasa baru dipakai saat BizCare dibuka lagi.</translation>
        </message>
        <message>
            <source>Display and language</source>
            <translation>Tampilan dan bahasa</translation>
        </message>
        <message>
            <source>Rupiah</source>
            <translation>Rupiah</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Ba&amp;hasa</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>e.g. Toko Sumber Rejeki</source>
            <translation>mis. Toko Sumber Rejeki</translation>
        </message>
        <message>
            <source>Street, number, district</source>
            <translation>Jalan, nomor, kelurahan/kecamatan</translation>
        </message>
        <message>
            <source>e.g. Jakarta Timur</source>
            <translation>mis. Jakarta Timur</translation>
        </message>
        <message>
            <source>e.g. DKI Jakarta</source>
            <translation>mis. DKI Jakarta</translation>
        </message>
        <message>
            <source>e.g. Siti Rahayu</source>
            <translation>mis. Siti Rahayu</translation>
        </message>
        <message>
            <source>e.g. Owner</source>
            <translation>mis. Pemilik</translation>
        </message>
        <message>
            <source>BCA 123-456-7890 a.n. Toko Sumber Rejeki</source>
            <translation>BCA 123-456-7890 a.n. Toko Sumber Rejeki</translation>
        </message>
        <message>
            <source>15 digits, or the 16-digit NIK-based NPWP. Leave empty if none.</source>
            <translation>15 digit, atau NPWP 16 digit berbasis NIK. Kosongkan bila tidak ada.</translation>
        </message>
        <message>
            <source>One account per line; printed under "Payment" on invoices.</source>
            <translation>Satu rekening per baris; dicetak di bagian "Pembayaran" pada invoice.</translation>
        </message>
        <message>
            <source>PNG or JPEG up to 2 MB, printed on the letterhead.</source>
            <translation>PNG atau JPEG maks. 2 MB, dicetak pada kop surat.</translation>
        </message>
        <message>
            <source>Business profile</source>
            <translation>Profil usaha</translation>
        </message>
        <message>
            <source>Business &amp;name</source>
            <translation>Na&amp;ma usaha</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Alamat</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>K&amp;ota</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>Pro&amp;vinsi</translation>
        </message>
        <message>
            <source>Postal co&amp;de</source>
            <translation>Ko&amp;de pos</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Telepon</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>NP&amp;WP</source>
            <translation>NP&amp;WP</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Signature and payment</source>
            <translation>Tanda tangan dan pembayaran</translation>
        </message>
        <message>
            <source>Si&amp;gned by</source>
            <translation>Penandatan&amp;gan</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Jabatan</translation>
        </message>
        <message>
            <source>&amp;Bank accounts</source>
            <translation>&amp;Rekening bank</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan Semua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;Semua</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk Semua</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba Lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur Ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan ke Bawaan</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDetailPanel</name>
        <message>
            <source>Received from</source>
            <translation>Diterima dari</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>In words</source>
            <translation>Terbilang</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Untuk pembayaran</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>Preview PDF</source>
            <translation>Pratinjau PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <source>Void kwitansi…</source>
            <translation>Batalkan kwitansi…</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>SAH</translation>
        </message>
        <message>
            <source>Above the stamp-duty threshold: the printed kwitansi has a box for a meterai.</source>
            <translation>Di atas batas bea meterai: kwitansi cetak memuat kotak untuk meterai.</translation>
        </message>
        <message>
            <source>Voided: {reason}</source>
            <translation>Dibatalkan: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReceiptTableModel</name>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Diterima dari</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Above the stamp-duty threshold: affix a meterai.</source>
            <translation>Di atas batas bea meterai: tempelkan meterai.</translation>
        </message>
        <message>
            <source>Cash sale</source>
            <translation>Penjualan tunai</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>SAH</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesView</name>
        <message>
            <source>As of</source>
            <extracomment>Opens the wa.me link (replaceable, e.g. in tests).</extracomment>
            <translation>Per tanggal</translation>
        </message>
        <message>
            <source>Ageing per customer</source>
            <translation>Umur piutang per pelanggan</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Invoice jatuh tempo</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Pengingat</translation>
        </message>
        <message>
            <source>Choose a customer in the lists.</source>
            <translation>Pilih pelanggan pada daftar.</translation>
        </message>
        <message>
            <source>Send via WhatsApp</source>
            <translation>Kirim lewat WhatsApp</translation>
        </message>
        <message>
            <source>Numbers the reminder, logs it on the customer and opens WhatsApp with the text</source>
            <translation>Memberi nomor pengingat, mencatatnya di riwayat pelanggan, dan membuka WhatsApp dengan teksnya</translation>
        </message>
        <message>
            <source>Surat Tagihan (PDF)</source>
            <translation>Surat Tagihan (PDF)</translation>
        </message>
        <message>
            <source>Numbers the letter, logs it on the customer and opens it to print or save</source>
            <translation>Memberi nomor surat, mencatatnya pada pelanggan, lalu membukanya untuk dicetak atau disimpan</translation>
        </message>
        <message>
            <source>Receivables {total} · overdue {late} in {count} invoices</source>
            <translation>Piutang {total} · lewat jatuh tempo {late} pada {count} invoice</translation>
        </message>
        <message>
            <source>Reminder {number} logged.</source>
            <translation>Pengingat {number} dicatat.</translation>
        </message>
        <message>
            <source>Surat Tagihan {number} logged.</source>
            <translation>Surat Tagihan {number} telah dicatat.</translation>
        </message>
        <message>
            <source>Surat Tagihan {number}</source>
            <translation>Surat Tagihan {number}</translation>
        </message>
    </context>
    <context>
        <name>RedeemDialog</name>
        <message>
            <source>Redeem points – {name}</source>
            <translation>Tukar poin – {name}</translation>
        </message>
        <message>
            <source>Balance: {points} points</source>
            <translation>Saldo: {points} poin</translation>
        </message>
        <message>
            <source>A reward from the catalogue</source>
            <translation>Hadiah dari katalog</translation>
        </message>
        <message>
            <source>A number of points (discount or gift)</source>
            <translation>Sejumlah poin (potongan atau hadiah)</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>tak terbatas</translation>
        </message>
        <message>
            <source>{name} – {points} points (stock {stock})</source>
            <translation>{name} – {points} poin (stok {stock})</translation>
        </message>
        <message>
            <source> points</source>
            <translation> poin</translation>
        </message>
        <message>
            <source>e.g. discount on invoice INV/2026/11/0042</source>
            <translation>mis. potongan invoice INV/2026/11/0042</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Hadiah</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poin</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Untuk</translation>
        </message>
        <message>
            <source>Worth {amount} as a discount</source>
            <translation>Senilai potongan {amount}</translation>
        </message>
        <message>
            <source>{points} points redeemed for {reward}.</source>
            <translation>{points} poin ditukar dengan {reward}.</translation>
        </message>
        <message>
            <source>{points} points redeemed.</source>
            <translation>{points} poin ditukar.</translation>
        </message>
    </context>
    <context>
        <name>RelationshipCards</name>
        <message>
            <source>Outstanding</source>
            <translation>Piutang</translation>
        </message>
        <message>
            <source>{count} overdue · {amount}</source>
            <translation>{count} jatuh tempo · {amount}</translation>
        </message>
        <message>
            <source>Nothing overdue</source>
            <translation>Belum ada yang jatuh tempo</translation>
        </message>
        <message>
            <source>Nothing owed</source>
            <translation>Tidak ada piutang</translation>
        </message>
        <message>
            <source>Appreciation points</source>
            <translation>Poin apresiasi</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} poin</translation>
        </message>
        <message>
            <source>Loyalty points</source>
            <translation>Poin loyalitas</translation>
        </message>
        <message>
            <source>{tier} · {points} points</source>
            <translation>{tier} · {points} poin</translation>
        </message>
        <message>
            <source>{points} points expire on {date}</source>
            <translation>{points} poin hangus pada {date}</translation>
        </message>
        <message>
            <source>Appreciation points do not expire</source>
            <translation>Poin apresiasi tidak hangus</translation>
        </message>
        <message>
            <source>No points expiring</source>
            <translation>Tidak ada poin yang akan hangus</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>dan {count} lainnya</translation>
        </message>
        <message>
            <source>Open vouchers</source>
            <translation>Voucher aktif</translation>
        </message>
    </context>
    <context>
        <name>RelationshipPages</name>
        <message>
            <source>No invoices yet.</source>
            <translation>Belum ada invoice.</translation>
        </message>
        <message>
            <source>No kwitansi yet.</source>
            <translation>Belum ada kwitansi.</translation>
        </message>
        <message>
            <source>Contact history</source>
            <translation>Riwayat kontak</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Kwitansi</source>
            <translation>Kwitansi</translation>
        </message>
        <message>
            <source>Contact history ({count})</source>
            <translation>Riwayat kontak ({count})</translation>
        </message>
        <message>
            <source>Open follow-ups: {count}</source>
            <translation>Tindak lanjut terbuka: {count}</translation>
        </message>
        <message>
            <source>Invoices ({count})</source>
            <translation>Invoice ({count})</translation>
        </message>
        <message>
            <source>Kwitansi ({count})</source>
            <translation>Kwitansi ({count})</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source>Points expiring within</source>
            <translation>Poin yang hangus dalam</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Points expiring</source>
            <translation>Poin hangus</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Tanggal hangus</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Salin teks</translation>
        </message>
        <message>
            <source>Send via WhatsApp</source>
            <translation>Kirim lewat WhatsApp</translation>
        </message>
        <message>
            <source>Reading the members…</source>
            <translation>Membaca daftar anggota…</translation>
        </message>
        <message>
            <source>{count} members, {points} points, until {date}</source>
            <translation>{count} anggota, {points} poin, sampai {date}</translation>
        </message>
        <message>
            <source>No points expire in this period.</source>
            <translation>Tidak ada poin yang hangus pada periode ini.</translation>
        </message>
        <message>
            <source>our shop</source>
            <translation>toko kami</translation>
        </message>
        <message>
            <source>Message copied.</source>
            <translation>Pesan disalin.</translation>
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
        <name>RevenueChart</name>
        <message>
            <source>Rp{n}tn</source>
            <extracomment>(size of the unit, English source with {n}); the Indonesian glossary says jt, M, rb, T.</extracomment>
            <translation>Rp{n} T</translation>
        </message>
        <message>
            <source>Rp{n}bn</source>
            <translation>Rp{n} M</translation>
        </message>
        <message>
            <source>Rp{n}m</source>
            <translation>Rp{n} jt</translation>
        </message>
        <message>
            <source>Rp{n}k</source>
            <translation>Rp{n} rb</translation>
        </message>
        <message>
            <source>Sales: {amount}</source>
            <translation>Penjualan: {amount}</translation>
        </message>
        <message>
            <source>Received: {amount}</source>
            <translation>Terbayar: {amount}</translation>
        </message>
        <message>
            <source>No sales or payments in the last 12 months yet.</source>
            <translation>Belum ada penjualan atau pembayaran dalam 12 bulan terakhir.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Terbayar</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Penjualan</translation>
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
        <name>SettingsPage</name>
        <message>
            <source>Earning</source>
            <translation>Perolehan poin</translation>
        </message>
        <message>
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <source> points</source>
            <translation> poin</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source>1 point for every (paid)</source>
            <translation>1 poin setiap (dibayar)</translation>
        </message>
        <message>
            <source>Minimum purchase</source>
            <translation>Pembelian minimum</translation>
        </message>
        <message>
            <source>Points expire after (0 = never)</source>
            <translation>Poin hangus setelah (0 = tidak pernah)</translation>
        </message>
        <message>
            <source>1 point is worth</source>
            <translation>Nilai 1 poin</translation>
        </message>
        <message>
            <source>Minimum redemption</source>
            <translation>Penukaran minimum</translation>
        </message>
        <message>
            <source>Birthday bonus</source>
            <translation>Bonus ulang tahun</translation>
        </message>
        <message>
            <source>Late birthday greeting up to</source>
            <translation>Ucapan ulang tahun terlambat paling lama</translation>
        </message>
        <message>
            <source>Internal request on time, well rated</source>
            <translation>Permintaan internal tepat waktu, dinilai baik</translation>
        </message>
        <message>
            <source>Good rating from</source>
            <translation>Penilaian baik mulai</translation>
        </message>
        <message>
            <source>Count the PPN in the amount paid</source>
            <translation>Hitung PPN dalam jumlah yang dibayar</translation>
        </message>
        <message>
            <source>Off: points are earned on the amount paid excluding PPN (usual).</source>
            <translation>Mati: poin dihitung dari jumlah yang dibayar tanpa PPN (umum).</translation>
        </message>
        <message>
            <source>Redemption and bonuses</source>
            <translation>Penukaran dan bonus</translation>
        </message>
        <message>
            <source>Tiers (rolling 12-month paid spend)</source>
            <translation>Tingkat (belanja lunas 12 bulan terakhir)</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>From spend (Rp)</source>
            <translation>Mulai belanja (Rp)</translation>
        </message>
        <message>
            <source>Points multiplier (%)</source>
            <translation>Pengali poin (%)</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Tambah tingkat</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>Hapus tingkat</translation>
        </message>
        <message>
            <source>Example: Gold from Rp5.000.000 with 125% earns 1,25 times the points. A tier is held while the spend of the last 12 months reaches it.</source>
            <translation>Contoh: Gold mulai Rp5.000.000 dengan 125% mendapat 1,25 kali poin. Tingkat berlaku selama belanja 12 bulan terakhir mencapainya.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Simpan pengaturan</translation>
        </message>
        <message>
            <source>Loyalty settings saved.</source>
            <translation>Pengaturan loyalitas disimpan.</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save all settings (Ctrl+S)</source>
            <translation>Simpan semua pengaturan (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Undo changes</source>
            <translation>&amp;Urungkan perubahan</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Ada perubahan yang belum disimpan.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Pengaturan disimpan.</translation>
        </message>
        <message>
            <source>Restart BizCare to use the new language.</source>
            <translation>Buka ulang BizCare untuk memakai bahasa baru.</translation>
        </message>
        <message>
            <source>Nothing was saved: please correct the marked field.</source>
            <translation>Belum ada yang disimpan: mohon perbaiki isian yang ditandai.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>Import customers</source>
            <translation>Impor pelanggan</translation>
        </message>
        <message>
            <source>Customer lists (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>Daftar pelanggan (*.csv *.xlsx);;CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Membaca {file}…</translation>
        </message>
        <message>
            <source>{count} customers imported.</source>
            <translation>{count} pelanggan diimpor.</translation>
        </message>
        <message>
            <source>CSV for Excel in Indonesian, semicolons (*.csv)</source>
            <translation>CSV untuk Excel berbahasa Indonesia, titik koma (*.csv)</translation>
        </message>
        <message>
            <source>CSV, commas (*.csv)</source>
            <translation>CSV, koma (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translation>Ekspor pelanggan</translation>
        </message>
        <message>
            <source>Exporting customers…</source>
            <translation>Mengekspor pelanggan…</translation>
        </message>
        <message>
            <source>{count} customers saved to {file}.</source>
            <translation>{count} pelanggan disimpan ke {file}.</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void {number}</source>
            <translation>Batalkan {number}</translation>
        </message>
        <message>
            <source>Invoice {number} keeps its number and is shown as VOID. This cannot be undone.</source>
            <translation>Invoice {number} tetap memakai nomornya dan ditandai BATAL. Tindakan ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>Kwitansi {number} and its payment are voided; the invoice it paid is open again. This cannot be undone.</source>
            <translation>Kwitansi {number} beserta pembayarannya dibatalkan; invoice yang dibayarnya kembali terbuka. Tindakan ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Alasan (wajib):</translation>
        </message>
        <message>
            <source>Also void its payments of {amount} and their kwitansi (money refunded)</source>
            <translation>Batalkan juga pembayaran {amount} dan kwitansinya (uang dikembalikan)</translation>
        </message>
        <message>
            <source>&amp;Void</source>
            <translation>&amp;Batalkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>_ListCard</name>
        <message>
            <source>… and {count} more</source>
            <translation>… dan {count} lainnya</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumen %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>argumen berikut wajib diisi: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumen tidak dikenal: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nilai %(type)s tidak valid: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>membutuhkan satu nilai</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>membutuhkan setidaknya satu nilai</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>membutuhkan paling banyak satu nilai</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>tidak boleh dipakai bersama argumen %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>salah satu argumen %s wajib diisi</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumen eksplisit %r diabaikan</translation>
        </message>
    </context>
    <context>
        <name>billing</name>
        <message>
            <source>DRAFT</source>
            <translation>DRAF</translation>
        </message>
        <message>
            <source>ISSUED</source>
            <translation>TERBIT</translation>
        </message>
        <message>
            <source>PARTIAL</source>
            <translation>SEBAGIAN</translation>
        </message>
        <message>
            <source>PAID</source>
            <translation>LUNAS</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>JATUH TEMPO</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>BATAL</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Tunai</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Transfer bank</translation>
        </message>
        <message>
            <source>QRIS</source>
            <translation>QRIS</translation>
        </message>
        <message>
            <source>E-wallet</source>
            <translation>E-wallet</translation>
        </message>
        <message>
            <source>Debit/credit card</source>
            <translation>Kartu debit/kredit</translation>
        </message>
        <message>
            <source>No PPN (not a PKP)</source>
            <translation>Tanpa PPN (bukan PKP)</translation>
        </message>
        <message>
            <source>PPN 11%</source>
            <translation>PPN 11%</translation>
        </message>
        <message>
            <source>PPN 12% on DPP 11/12</source>
            <translation>PPN 12% atas DPP 11/12</translation>
        </message>
        <message>
            <source>Level 1 – friendly reminder</source>
            <translation>Level 1 – pengingat ramah</translation>
        </message>
        <message>
            <source>Level 2 – second reminder</source>
            <translation>Level 2 – pengingat kedua</translation>
        </message>
        <message>
            <source>Level 3 – formal letter</source>
            <translation>Level 3 – surat resmi</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>possible duplicate of {code} {name}</source>
            <translation>kemungkinan duplikat dari {code} {name}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>baris {line}: {reason}</translation>
        </message>
        <message>
            <source>line {line}: possible duplicate: {reason}</source>
            <translation>baris {line}: kemungkinan duplikat: {reason}</translation>
        </message>
        <message>
            <source>Restored {path}. The data it replaced is kept in {kept}</source>
            <translation>{path} berhasil dipulihkan. Data yang digantikan disimpan di {kept}</translation>
        </message>
    </context>
    <context>
        <name>customers</name>
        <message>
            <source>External</source>
            <translation>Eksternal</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Perorangan</translation>
        </message>
        <message>
            <source>B2B</source>
            <translation>B2B</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>Reseller</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Ritel</translation>
        </message>
        <message>
            <source>Division</source>
            <translation>Divisi</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Kunjungan</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Media sosial</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Surat</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Tidak disebutkan</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>Demo data created: {customers} customers ({internal} internal), {invoices} invoices, {receipts} kwitansi, {entries} loyalty entries, {interactions} contacts, {feedback} feedback, {complaints} complaints, {requests} internal requests, from {start} to {end} (seed {seed}).</source>
            <translation>Data demo dibuat: {customers} pelanggan ({internal} internal), {invoices} invoice, {receipts} kwitansi, {entries} catatan poin loyalitas, {interactions} kontak, {feedback} umpan balik, {complaints} keluhan, {requests} permintaan internal, dari {start} sampai {end} (seed {seed}).</translation>
        </message>
        <message>
            <source>The database already has {count} customers; no demo data was added.</source>
            <translation>Basis data sudah berisi {count} pelanggan; data demo tidak ditambahkan.</translation>
        </message>
        <message>
            <source>The previous data was backed up to {path}</source>
            <translation>Data sebelumnya telah dicadangkan ke {path}</translation>
        </message>
        <message>
            <source>Demo data is ready.</source>
            <translation>Data demo siap.</translation>
        </message>
        <message>
            <source>Saving customers…</source>
            <translation>Menyimpan pelanggan…</translation>
        </message>
        <message>
            <source>Saving invoices…</source>
            <translation>Menyimpan invoice…</translation>
        </message>
        <message>
            <source>Saving payments and kwitansi…</source>
            <translation>Menyimpan pembayaran dan kwitansi…</translation>
        </message>
        <message>
            <source>Saving loyalty points…</source>
            <translation>Menyimpan poin loyalitas…</translation>
        </message>
        <message>
            <source>Saving contacts, feedback and requests…</source>
            <translation>Menyimpan riwayat kontak, umpan balik, dan permintaan…</translation>
        </message>
        <message>
            <source>Creating customers…</source>
            <translation>Membuat pelanggan…</translation>
        </message>
        <message>
            <source>Creating invoices, payments and loyalty points…</source>
            <translation>Membuat invoice, pembayaran, dan poin loyalitas…</translation>
        </message>
        <message>
            <source>Creating contacts, feedback and requests…</source>
            <translation>Membuat riwayat kontak, umpan balik, dan permintaan…</translation>
        </message>
        <message>
            <source>Numbering invoices and kwitansi…</source>
            <translation>Memberi nomor invoice dan kwitansi…</translation>
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
            <source>“{value}” is not a quantity.</source>
            <translation>“{value}” bukan jumlah yang valid.</translation>
        </message>
        <message>
            <source>The quantity must be more than 0 and at most 1,000,000.</source>
            <translation>Jumlah harus lebih dari 0 dan paling banyak 1.000.000.</translation>
        </message>
        <message>
            <source>A quantity can have at most three decimals: {value}</source>
            <translation>Jumlah paling banyak tiga angka desimal: {value}</translation>
        </message>
        <message>
            <source>Amounts cannot be negative.</source>
            <translation>Jumlah tidak boleh negatif.</translation>
        </message>
        <message>
            <source>Line {line}: the discount is larger than the line amount.</source>
            <translation>Baris {line}: diskon lebih besar daripada jumlah baris.</translation>
        </message>
        <message>
            <source>Unknown PPN mode: {value}</source>
            <translation>Mode PPN tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>The invoice discount is larger than the subtotal.</source>
            <translation>Diskon invoice lebih besar daripada subtotal.</translation>
        </message>
        <message>
            <source>Payment terms must be 0 to 365 days.</source>
            <translation>Termin pembayaran harus 0 sampai 365 hari.</translation>
        </message>
        <message>
            <source>The stamp-duty threshold must be a whole Rupiah amount, zero or more.</source>
            <translation>Batas meterai harus berupa jumlah Rupiah bulat, nol atau lebih.</translation>
        </message>
        <message>
            <source>The stamp-duty value must be a whole Rupiah amount, zero or more.</source>
            <translation>Nilai meterai harus berupa jumlah Rupiah bulat, nol atau lebih.</translation>
        </message>
        <message>
            <source>Unknown language: {value}</source>
            <translation>Bahasa tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>A postal code has 5 digits: {value}</source>
            <translation>Kode pos terdiri dari 5 angka: {value}</translation>
        </message>
        <message>
            <source>The business name cannot be empty.</source>
            <translation>Nama usaha tidak boleh kosong.</translation>
        </message>
        <message>
            <source>Too long: at most {limit} characters.</source>
            <translation>Terlalu panjang: paling banyak {limit} karakter.</translation>
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
            <source>{path} cannot be restored: {count} records refer to records that are missing (first in table {table}).</source>
            <translation>{path} tidak dapat dipulihkan: {count} catatan merujuk ke catatan yang tidak ada (yang pertama di tabel {table}).</translation>
        </message>
        <message>
            <source>{path} is not a BizCare backup: it has no BizCare schema version.</source>
            <translation>{path} bukan cadangan BizCare: berkas ini tidak memiliki versi skema BizCare.</translation>
        </message>
        <message>
            <source>{path} is not a complete BizCare backup: the table {table} is missing.</source>
            <translation>{path} bukan cadangan BizCare yang lengkap: tabel {table} tidak ada.</translation>
        </message>
        <message>
            <source>{path} is not a complete BizCare backup: the column {table}.{column} is missing.</source>
            <translation>{path} bukan cadangan BizCare yang lengkap: kolom {table}.{column} tidak ada.</translation>
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
            <source>Another window changed the same data at the same moment; nothing was saved. Try again.</source>
            <translation>Jendela lain mengubah data yang sama pada saat yang sama; tidak ada yang disimpan. Silakan coba lagi.</translation>
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
        <message>
            <source>A date looks like 2026-11-24: {value}</source>
            <translation>Format tanggal seperti 2026-11-24: {value}</translation>
        </message>
        <message>
            <source>A line looks like "DESC;QTY;PRICE": {value}</source>
            <translation>Format baris seperti "DESKRIPSI;JUMLAH;HARGA": {value}</translation>
        </message>
        <message>
            <source>The database already has {count} customers. Use --force to replace all data with demo data (a backup is made first).</source>
            <translation>Basis data sudah berisi {count} pelanggan. Gunakan --force untuk mengganti semua data dengan data demo (cadangan dibuat terlebih dahulu).</translation>
        </message>
        <message>
            <source>Customer {code} not found.</source>
            <translation>Pelanggan {code} tidak ditemukan.</translation>
        </message>
        <message>
            <source>Invoice {number} not found.</source>
            <translation>Invoice {number} tidak ditemukan.</translation>
        </message>
        <message>
            <source>Kwitansi {number} not found.</source>
            <translation>Kwitansi {number} tidak ditemukan.</translation>
        </message>
        <message>
            <source>{handle} is no longer a draft: it was issued as {number}.</source>
            <translation>{handle} bukan draf lagi: sudah diterbitkan sebagai {number}.</translation>
        </message>
        <message>
            <source>Invoice {number} not found. Did you mean {matches}?</source>
            <translation>Invoice {number} tidak ditemukan. Maksud Anda {matches}?</translation>
        </message>
        <message>
            <source>Invoice {number} not found. Give the full number, e.g. INV/2026/11/0005, or a draft as draft:12.</source>
            <translation>Invoice {number} tidak ditemukan. Tulis nomor lengkapnya, mis. INV/2026/11/0005, atau draf sebagai draft:12.</translation>
        </message>
        <message>
            <source>Kwitansi {number} not found. Did you mean {matches}?</source>
            <translation>Kwitansi {number} tidak ditemukan. Maksud Anda {matches}?</translation>
        </message>
        <message>
            <source>Kwitansi {number} not found. Give the full number, e.g. KW/2026/11/0005.</source>
            <translation>Kwitansi {number} tidak ditemukan. Tulis nomor lengkapnya, mis. KW/2026/11/0005.</translation>
        </message>
        <message>
            <source>Not valid text (the characters are not UTF-8): {value}</source>
            <translation>Teks tidak valid (karakternya bukan UTF-8): {value}</translation>
        </message>
        <message>
            <source>Text cannot contain a NUL character: {value}</source>
            <translation>Teks tidak boleh berisi karakter NUL: {value}</translation>
        </message>
        <message>
            <source>The text is longer than {limit} characters.</source>
            <translation>Teksnya lebih dari {limit} karakter.</translation>
        </message>
        <message>
            <source>Give a number such as INV/2026/11/0005, or a draft as draft:12.</source>
            <translation>Tulis nomor seperti INV/2026/11/0005, atau draf sebagai draft:12.</translation>
        </message>
        <message>
            <source>A draft is named like draft:12: {value}</source>
            <translation>Draf ditulis seperti draft:12: {value}</translation>
        </message>
        <message>
            <source>Give a whole number from {low} to {high}: {value}</source>
            <translation>Isi bilangan bulat dari {low} sampai {high}: {value}</translation>
        </message>
        <message>
            <source>A date must lie between {first} and {last}: {value}</source>
            <translation>Tanggal harus antara {first} dan {last}: {value}</translation>
        </message>
        <message>
            <source>A month looks like 2026-11: {value}</source>
            <translation>Format bulan seperti 2026-11: {value}</translation>
        </message>
        <message>
            <source>The separator must be one character, e.g. ; or tab: {value}</source>
            <translation>Pemisah harus satu karakter, mis. ; atau tab: {value}</translation>
        </message>
        <message>
            <source>Give a file name.</source>
            <translation>Isi nama berkas.</translation>
        </message>
        <message>
            <source>No permission to write in {path}.</source>
            <translation>Tidak ada izin untuk menulis di {path}.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder.</source>
            <translation>{path} adalah berkas, bukan folder.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} adalah folder; isi nama berkas.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>Folder {path} tidak ada.</translation>
        </message>
        <message>
            <source>File {path} not found.</source>
            <translation>Berkas {path} tidak ditemukan.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} bukan berkas biasa.</translation>
        </message>
        <message>
            <source>Give a database URL, e.g. postgresql+psycopg://user@host/bizcare</source>
            <translation>Isi URL basis data, mis. postgresql+psycopg://user@host/bizcare</translation>
        </message>
        <message>
            <source>Catalogue item {id} not found.</source>
            <translation>Item katalog {id} tidak ditemukan.</translation>
        </message>
        <message>
            <source>A catalogue item needs a name.</source>
            <translation>Item katalog harus memiliki nama.</translation>
        </message>
        <message>
            <source>Another catalogue item already has SKU {sku}.</source>
            <translation>SKU {sku} sudah dipakai item katalog lain.</translation>
        </message>
        <message>
            <source>Too long, at most {limit} characters: {value}…</source>
            <translation>Terlalu panjang, maksimal {limit} karakter: {value}…</translation>
        </message>
        <message>
            <source>Gender must be L (laki-laki) or P (perempuan): {value}</source>
            <translation>Jenis kelamin harus L (laki-laki) atau P (perempuan): {value}</translation>
        </message>
        <message>
            <source>Unknown channel: {value} (use WhatsApp, telepon, email, kunjungan or media sosial).</source>
            <translation>Saluran tidak dikenal: {value} (gunakan WhatsApp, telepon, email, kunjungan, atau media sosial).</translation>
        </message>
        <message>
            <source>A tag may have at most {limit} characters: {value}</source>
            <translation>Tag maksimal {limit} karakter: {value}</translation>
        </message>
        <message>
            <source>A customer may have at most {limit} tags.</source>
            <translation>Satu pelanggan maksimal memiliki {limit} tag.</translation>
        </message>
        <message>
            <source>The customer needs a name.</source>
            <translation>Nama pelanggan wajib diisi.</translation>
        </message>
        <message>
            <source>An internal customer needs a division.</source>
            <translation>Pelanggan internal wajib memiliki divisi.</translation>
        </message>
        <message>
            <source>The birth date must be between 1900 and today.</source>
            <translation>Tanggal lahir harus antara tahun 1900 dan hari ini.</translation>
        </message>
        <message>
            <source>Unknown kind of customer: {value}</source>
            <translation>Jenis pelanggan tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>Unknown category: {value} (use perorangan, B2B, reseller or ritel).</source>
            <translation>Kategori tidak dikenal: {value} (gunakan perorangan, B2B, reseller, atau ritel).</translation>
        </message>
        <message>
            <source>Cannot sort customers by {value}.</source>
            <translation>Pelanggan tidak dapat diurutkan menurut {value}.</translation>
        </message>
        <message>
            <source>The kind of a customer cannot be changed.</source>
            <translation>Jenis pelanggan tidak dapat diubah.</translation>
        </message>
        <message>
            <source>Customer {code} was merged into another one and cannot be restored.</source>
            <translation>Pelanggan {code} sudah digabungkan ke pelanggan lain dan tidak dapat dipulihkan.</translation>
        </message>
        <message>
            <source>A division name must have 1 to 100 characters.</source>
            <translation>Nama divisi harus terdiri dari 1 sampai 100 karakter.</translation>
        </message>
        <message>
            <source>There is already a division called {name}.</source>
            <translation>Divisi bernama {name} sudah ada.</translation>
        </message>
        <message>
            <source>Division not found.</source>
            <translation>Divisi tidak ditemukan.</translation>
        </message>
        <message>
            <source>The database already has {count} customers; demo data only goes into an empty database.</source>
            <translation>Basis data sudah berisi {count} pelanggan; data demo hanya dapat dimasukkan ke basis data yang masih kosong.</translation>
        </message>
        <message>
            <source>The number of demo customers must be 1 to {limit}.</source>
            <translation>Jumlah pelanggan demo harus antara 1 dan {limit}.</translation>
        </message>
        <message>
            <source>The demo history must cover 0 to {limit} months.</source>
            <translation>Riwayat demo harus mencakup 0 sampai {limit} bulan.</translation>
        </message>
        <message>
            <source>The delimiter must be a comma, semicolon, tab or |.</source>
            <translation>Pemisah harus berupa koma, titik koma, tab, atau |.</translation>
        </message>
        <message>
            <source>The file {name} could not be written: {detail}</source>
            <translation>Berkas {name} tidak dapat ditulis: {detail}</translation>
        </message>
        <message>
            <source>Save the list as .xlsx or .csv first, then import it.</source>
            <translation>Simpan daftar sebagai .xlsx atau .csv terlebih dahulu, lalu impor.</translation>
        </message>
        <message>
            <source>The file is too big to import ({name}).</source>
            <translation>Berkas terlalu besar untuk diimpor ({name}).</translation>
        </message>
        <message>
            <source>The file is empty: {name}</source>
            <translation>Berkas kosong: {name}</translation>
        </message>
        <message>
            <source>{name} mixes two text encodings (line {line}): save it again as CSV UTF-8 and import that file.</source>
            <translation>{name} mencampur dua pengodean teks (baris {line}): simpan ulang sebagai CSV UTF-8 lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>{name} is not valid {encoding} text (line {line}): save it again as CSV UTF-8 and import that file.</source>
            <translation>{name} bukan teks {encoding} yang sah (baris {line}): simpan ulang sebagai CSV UTF-8 lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>{name} is not a text file: save the list as CSV or .xlsx and import that.</source>
            <translation>{name} bukan berkas teks: simpan daftar sebagai CSV atau .xlsx lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>{name} is not a file: choose a saved CSV or Excel file.</source>
            <translation>{name} bukan berkas: pilih berkas CSV atau Excel yang sudah disimpan.</translation>
        </message>
        <message>
            <source>The file {name} could not be read: {detail}</source>
            <translation>Berkas {name} tidak dapat dibaca: {detail}</translation>
        </message>
        <message>
            <source>Line {line} of the file is not valid CSV: {detail}</source>
            <translation>Baris {line} pada berkas bukan CSV yang valid: {detail}</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook (.xlsx).</source>
            <translation>{name} bukan buku kerja Excel (.xlsx) yang dapat dibaca.</translation>
        </message>
        <message>
            <source>Unknown customer field: {value}</source>
            <translation>Kolom data pelanggan tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>Two columns are mapped to the same field.</source>
            <translation>Dua kolom dipetakan ke data yang sama.</translation>
        </message>
        <message>
            <source>Choose the column that holds the customer's name.</source>
            <translation>Pilih kolom yang berisi nama pelanggan.</translation>
        </message>
        <message>
            <source>Unknown kind of customer: {value} (use perorangan, B2B, reseller, ritel or internal).</source>
            <extracomment>Customer field -&gt; English label (translatable, context "fields") for the mapping UI.</extracomment>
            <translation>Jenis pelanggan tidak dikenal: {value} (gunakan perorangan, B2B, reseller, ritel, atau internal).</translation>
        </message>
        <message>
            <source>Write dates as dd/mm/yyyy, not {value}</source>
            <translation>Tulis tanggal dengan format hh/bb/tttt, bukan {value}</translation>
        </message>
        <message>
            <source>Write ya or tidak, not {value}</source>
            <translation>Tulis ya atau tidak, bukan {value}</translation>
        </message>
        <message>
            <source>{count} rows have problems, so nothing was imported.</source>
            <translation>{count} baris bermasalah, jadi tidak ada data yang diimpor.</translation>
        </message>
        <message>
            <source>Write a short summary of the contact.</source>
            <translation>Tuliskan ringkasan singkat kontak ini.</translation>
        </message>
        <message>
            <source>The summary may have at most {limit} characters.</source>
            <translation>Ringkasan maksimal {limit} karakter.</translation>
        </message>
        <message>
            <source>Unknown direction: {value}</source>
            <translation>Arah tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>This contact no longer exists.</source>
            <translation>Catatan kontak ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>This customer has no WhatsApp or phone number.</source>
            <translation>Pelanggan ini tidak memiliki nomor WhatsApp atau telepon.</translation>
        </message>
        <message>
            <source>Points must be a whole number, zero or more.</source>
            <translation>Poin harus berupa bilangan bulat, nol atau lebih.</translation>
        </message>
        <message>
            <source>Internal customers cannot pay with points or vouchers.</source>
            <translation>Pelanggan internal tidak dapat membayar dengan poin atau voucher.</translation>
        </message>
        <message>
            <source>At least {minimum} points must be redeemed at once.</source>
            <translation>Penukaran minimal {minimum} poin sekaligus.</translation>
        </message>
        <message>
            <source>{code} has {balance} points; {points} are needed. Nothing was changed.</source>
            <translation>{code} memiliki {balance} poin; dibutuhkan {points} poin. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Voucher {code} does not belong to {customer}.</source>
            <translation>Voucher {code} bukan milik {customer}.</translation>
        </message>
        <message>
            <source>Voucher {code} was already used.</source>
            <translation>Voucher {code} sudah digunakan.</translation>
        </message>
        <message>
            <source>Unknown sort column: {value}</source>
            <translation>Kolom pengurutan tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>Unknown invoice status: {value}</source>
            <translation>Status invoice tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>Customer {code} is archived; it cannot be billed.</source>
            <translation>Pelanggan {code} sudah diarsipkan sehingga tidak dapat ditagih.</translation>
        </message>
        <message>
            <source>The due date cannot be before the invoice date.</source>
            <translation>Tanggal jatuh tempo tidak boleh sebelum tanggal invoice.</translation>
        </message>
        <message>
            <source>An invoice needs at least one line before issuing.</source>
            <translation>Invoice harus memiliki minimal satu baris sebelum diterbitkan.</translation>
        </message>
        <message>
            <source>An invoice must total more than Rp0 to be issued.</source>
            <translation>Total invoice harus lebih dari Rp0 agar dapat diterbitkan.</translation>
        </message>
        <message>
            <source>Please give a reason for voiding.</source>
            <translation>Mohon isi alasan pembatalan.</translation>
        </message>
        <message>
            <source>A draft has no number to void; delete it instead.</source>
            <translation>Draf belum bernomor sehingga tidak dapat dibatalkan; hapus saja drafnya.</translation>
        </message>
        <message>
            <source>Invoice {number} has payments of {amount}. Void its kwitansi first, or void the payments together with the invoice.</source>
            <translation>Invoice {number} sudah dibayar sebesar {amount}. Batalkan kwitansinya terlebih dahulu, atau batalkan pembayarannya bersama invoice.</translation>
        </message>
        <message>
            <source>Every line needs a description.</source>
            <translation>Setiap baris harus memiliki deskripsi.</translation>
        </message>
        <message>
            <source>Invoice {number} is issued: it cannot be changed or deleted, only voided.</source>
            <translation>Invoice {number} sudah diterbitkan: tidak dapat diubah atau dihapus, hanya dapat dibatalkan.</translation>
        </message>
        <message>
            <source>Invoice {number} is void.</source>
            <translation>Invoice {number} sudah dibatalkan.</translation>
        </message>
        <message>
            <source>Invoice {number} is already issued.</source>
            <translation>Invoice {number} sudah diterbitkan.</translation>
        </message>
        <message>
            <source>A campaign needs a name of up to 200 characters.</source>
            <translation>Kampanye memerlukan nama hingga 200 karakter.</translation>
        </message>
        <message>
            <source>A campaign cannot end before it starts.</source>
            <translation>Kampanye tidak boleh berakhir sebelum dimulai.</translation>
        </message>
        <message>
            <source>The campaign multiplier must be between ×1 and ×10.</source>
            <translation>Pengali kampanye harus antara ×1 dan ×10.</translation>
        </message>
        <message>
            <source>That campaign no longer exists.</source>
            <translation>Kampanye tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <source>Points must be a whole number above zero.</source>
            <translation>Poin harus berupa bilangan bulat di atas nol.</translation>
        </message>
        <message>
            <source>Please give a reason for the adjustment.</source>
            <translation>Mohon isi alasan penyesuaian.</translation>
        </message>
        <message>
            <source>An adjustment must add or remove at least one point.</source>
            <translation>Penyesuaian harus menambah atau mengurangi minimal satu poin.</translation>
        </message>
        <message>
            <source>Reward {name} not found.</source>
            <translation>Hadiah {name} tidak ditemukan.</translation>
        </message>
        <message>
            <source>A reward needs a name of up to 200 characters.</source>
            <translation>Hadiah memerlukan nama hingga 200 karakter.</translation>
        </message>
        <message>
            <source>The stock must be zero or more.</source>
            <translation>Stok harus nol atau lebih.</translation>
        </message>
        <message>
            <source>A reward called {name} already exists.</source>
            <translation>Hadiah bernama {name} sudah ada.</translation>
        </message>
        <message>
            <source>Reward {name} is not available now.</source>
            <translation>Hadiah {name} sedang tidak tersedia.</translation>
        </message>
        <message>
            <source>Reward {name} is out of stock.</source>
            <translation>Stok hadiah {name} habis.</translation>
        </message>
        <message>
            <source>A rule needs a name of up to 200 characters.</source>
            <translation>Aturan memerlukan nama hingga 200 karakter.</translation>
        </message>
        <message>
            <source>Unknown rule trigger: {value}</source>
            <translation>Pemicu aturan tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>The rule needs a threshold above zero or a tier.</source>
            <translation>Aturan memerlukan ambang di atas nol atau sebuah tingkat.</translation>
        </message>
        <message>
            <source>A voucher must be worth more than Rp0.</source>
            <translation>Nilai voucher harus lebih dari Rp0.</translation>
        </message>
        <message>
            <source>That rule no longer exists.</source>
            <translation>Aturan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <source>Voucher {code} not found.</source>
            <translation>Voucher {code} tidak ditemukan.</translation>
        </message>
        <message>
            <source>That item no longer exists.</source>
            <translation>Data tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <source>The earn rate must be at least Rp1 per point.</source>
            <translation>Nilai perolehan minimal Rp1 per poin.</translation>
        </message>
        <message>
            <source>Points are earned either with or without PPN.</source>
            <translation>Poin dihitung dengan atau tanpa PPN saja.</translation>
        </message>
        <message>
            <source>The minimum purchase must be zero or more.</source>
            <translation>Pembelian minimum harus nol atau lebih.</translation>
        </message>
        <message>
            <source>Points expire after 0 to 120 months (0 = never).</source>
            <translation>Poin hangus setelah 0 sampai 120 bulan (0 = tidak pernah).</translation>
        </message>
        <message>
            <source>A point must be worth at least Rp1.</source>
            <translation>Nilai satu poin minimal Rp1.</translation>
        </message>
        <message>
            <source>The minimum redemption must be at least 1 point.</source>
            <translation>Penukaran minimum harus minimal 1 poin.</translation>
        </message>
        <message>
            <source>The birthday bonus must be zero or more points.</source>
            <translation>Bonus ulang tahun harus nol poin atau lebih.</translation>
        </message>
        <message>
            <source>A missed birthday can be celebrated up to 60 days late.</source>
            <translation>Ulang tahun yang terlewat dapat dirayakan paling lambat 60 hari kemudian.</translation>
        </message>
        <message>
            <source>Appreciation points must be zero or more.</source>
            <translation>Poin apresiasi harus nol atau lebih.</translation>
        </message>
        <message>
            <source>A good rating is between 1 and 5.</source>
            <translation>Penilaian baik bernilai antara 1 dan 5.</translation>
        </message>
        <message>
            <source>Every tier needs a name of up to 50 characters.</source>
            <translation>Setiap tingkat memerlukan nama hingga 50 karakter.</translation>
        </message>
        <message>
            <source>The spend threshold of {name} must be zero or more.</source>
            <translation>Ambang belanja {name} harus nol atau lebih.</translation>
        </message>
        <message>
            <source>The multiplier of {name} must be between ×1 and ×10.</source>
            <translation>Pengali {name} harus antara ×1 dan ×10.</translation>
        </message>
        <message>
            <source>Tier names and spend thresholds must all differ.</source>
            <translation>Nama tingkat dan ambang belanja harus berbeda satu sama lain.</translation>
        </message>
        <message>
            <source>Choose two different customers to merge.</source>
            <translation>Pilih dua pelanggan yang berbeda untuk digabungkan.</translation>
        </message>
        <message>
            <source>Customer {code} has already been merged.</source>
            <translation>Pelanggan {code} sudah digabungkan.</translation>
        </message>
        <message>
            <source>An internal and an external customer cannot be merged.</source>
            <translation>Pelanggan internal dan eksternal tidak dapat digabungkan.</translation>
        </message>
        <message>
            <source>This invoice is still a draft: issue it before recording a payment.</source>
            <translation>Invoice ini masih draf: terbitkan terlebih dahulu sebelum mencatat pembayaran.</translation>
        </message>
        <message>
            <source>Invoice {number} is void: it cannot be paid.</source>
            <translation>Invoice {number} sudah dibatalkan sehingga tidak dapat dibayar.</translation>
        </message>
        <message>
            <source>Invoice {number} is already paid in full.</source>
            <translation>Invoice {number} sudah lunas.</translation>
        </message>
        <message>
            <source>A payment of {amount} is more than the {balance} still owed on invoice {number}.</source>
            <translation>Pembayaran sebesar {amount} melebihi sisa tagihan {balance} pada invoice {number}.</translation>
        </message>
        <message>
            <source>The payment date cannot be before the invoice date.</source>
            <translation>Tanggal pembayaran tidak boleh sebelum tanggal invoice.</translation>
        </message>
        <message>
            <source>Please say what the payment is for.</source>
            <translation>Mohon isi keterangan untuk pembayaran apa.</translation>
        </message>
        <message>
            <source>Kwitansi {number} is already void.</source>
            <translation>Kwitansi {number} sudah dibatalkan.</translation>
        </message>
        <message>
            <source>Unknown payment method: {value}</source>
            <translation>Metode pembayaran tidak dikenal: {value}</translation>
        </message>
        <message>
            <source>The payment date cannot be in the future.</source>
            <translation>Tanggal pembayaran tidak boleh melewati hari ini.</translation>
        </message>
        <message>
            <source>The amount must be more than Rp0.</source>
            <translation>Nominal harus lebih dari Rp0.</translation>
        </message>
        <message>
            <source>A reminder level is 1, 2 or 3.</source>
            <translation>Level pengingat adalah 1, 2, atau 3.</translation>
        </message>
        <message>
            <source>Customer {code} has no overdue invoices.</source>
            <translation>Pelanggan {code} tidak memiliki invoice yang lewat jatuh tempo.</translation>
        </message>
        <message>
            <source>Please choose a customer from the list.</source>
            <translation>Silakan pilih pelanggan dari daftar.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translation>“{text}” bukan bilangan bulat.</translation>
        </message>
        <message>
            <source>BizCare is already open with this database ({path}). Use that window, or close it first.</source>
            <translation>BizCare sudah terbuka dengan basis data ini ({path}). Gunakan jendela itu, atau tutup dulu.</translation>
        </message>
        <message>
            <source>Points can only be written off as of today or earlier, not {day}.</source>
            <translation>Poin hanya dapat dihanguskan per hari ini atau sebelumnya, bukan {day}.</translation>
        </message>
        <message>
            <source>Amounts above Rp{limit} are not accepted.</source>
            <translation>Nominal di atas Rp{limit} tidak diterima.</translation>
        </message>
        <message>
            <source>The database {path} is open in another BizCare program (a window or a command). Close it and try again.</source>
            <translation>Basis data {path} sedang dibuka oleh program BizCare lain (jendela atau perintah). Tutup dulu, lalu coba lagi.</translation>
        </message>
        <message>
            <source>The database {path} is being restored or replaced by another BizCare program. Try again in a moment.</source>
            <translation>Basis data {path} sedang dipulihkan atau diganti oleh program BizCare lain. Coba lagi sebentar lagi.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <source>Division</source>
            <translation>Divisi</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>No. HP</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Preferred channel</source>
            <translation>Saluran favorit</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferensi</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>NPWP</source>
            <translation>NPWP</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>Persetujuan pemasaran</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Tanggal bergabung</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>{label} {value} already belongs to {code} {name}.</source>
            <translation>{label} {value} sudah dimiliki {code} {name}.</translation>
        </message>
        <message>
            <source>Same {label} as line {line}.</source>
            <translation>{label} sama dengan baris {line}.</translation>
        </message>
    </context>
    <context>
        <name>loyalty</name>
        <message>
            <source>Welcome bonus</source>
            <translation>Bonus member baru</translation>
        </message>
        <message>
            <source>Birthday bonus</source>
            <translation>Bonus ulang tahun</translation>
        </message>
        <message>
            <source>Expired (first in, first out)</source>
            <translation>Hangus (yang lebih dulu diperoleh, lebih dulu hangus)</translation>
        </message>
        <message>
            <source>Hello {name}, {points} of your {business} points will expire on {date}. Use them on your next visit so they are not lost. Thank you!</source>
            <translation>Halo {name}, {points} poin Anda di {business} akan hangus pada {date}. Yuk gunakan pada kunjungan berikutnya agar tidak hangus. Terima kasih!</translation>
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