"""The demo shop: Toko Sumber Rejeki, an AC and electrical shop with a service team.

What it sells (at 2026 Jakarta prices), what each kind of customer typically buys in one
visit, its divisions and staff, its loyalty rewards and the tags it puts on customers.
"""

from __future__ import annotations

from dataclasses import dataclass

PROFILE = {
    "name": "Toko Sumber Rejeki",
    "address": "Jl. Letjen M.T. Haryono Kav. 10, Cawang, Kramat Jati",
    "city": "Jakarta Timur",
    "province": "DKI Jakarta",
    "postal_code": "13630",
    "phone": "021-5890 5002",
    "email": "admin@sumberrejeki.co.id",
    "npwp": "027418362005000",
    "signatory_name": "Siti Rahayu",
    "signatory_title": "Pemilik",
    "bank_accounts": (
        "BCA 123-456-7890 a.n. Toko Sumber Rejeki\n"
        "Mandiri 123-00-1234567-8 a.n. Toko Sumber Rejeki"
    ),
}

# Division name, its contact person, mailbox. Every division is also an internal customer.
DIVISIONS = (
    ("Sales", "Andi Wijaya", "sales"),
    ("Gudang", "Slamet Riyadi", "gudang"),
    ("Finance", "Maria Ulfa", "finance"),
    ("HR", "Novi Kurniasih", "hr"),
    ("IT", "Yoga Pratama", "it"),
    ("Customer Service", "Dewi Anggraini", "cs"),
)
MAIL_DOMAIN = "sumberrejeki.co.id"
OFFICE_PHONE = "+622158905002"
CS_STAFF = ("Dewi Anggraini", "Rina Marlina", "Fajar Nugroho")
TECHNICIANS = ("Joko Susilo", "Ahmad Fauzi", "Rudi Hartono", "Bayu Saputra")


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    unit: str
    price: int
    category: str
    is_service: bool = False


_S = True  # a service, for readability of the table below
CATALOGUE: tuple[Item, ...] = (
    # AC units and parts
    Item("AC-DK05", "AC Split Daikin 1/2 PK Standard", "unit", 3_650_000, "AC & Pendingin"),
    Item("AC-DK05I", "AC Split Daikin 1/2 PK Inverter", "unit", 4_350_000, "AC & Pendingin"),
    Item("AC-DK10", "AC Split Daikin 1 PK Standard", "unit", 4_600_000, "AC & Pendingin"),
    Item("AC-PN10", "AC Split Panasonic 1 PK Standard", "unit", 4_250_000, "AC & Pendingin"),
    Item("AC-SH05", "AC Split Sharp 1/2 PK", "unit", 3_150_000, "AC & Pendingin"),
    Item("AC-SH10", "AC Split Sharp 1 PK", "unit", 3_650_000, "AC & Pendingin"),
    Item("AC-GR15", "AC Split Gree 1,5 PK", "unit", 4_950_000, "AC & Pendingin"),
    Item("AC-LG20I", "AC Split LG 2 PK Inverter", "unit", 9_750_000, "AC & Pendingin"),
    Item("AC-DKC30", "AC Cassette Daikin 3 PK", "unit", 24_500_000, "AC & Pendingin"),
    Item("FR-R32", "Freon R32 (per kg)", "kg", 185_000, "AC & Pendingin"),
    Item("FR-R410", "Freon R410A (per kg)", "kg", 225_000, "AC & Pendingin"),
    Item("PP-AC", "Pipa AC Hoda 1/4 - 3/8 (per meter)", "m", 95_000, "AC & Pendingin"),
    Item("BR-AC", "Bracket outdoor AC", "set", 125_000, "AC & Pendingin"),
    # AC services
    Item("SV-CUCI1", "Cuci AC split 1/2 - 1 PK", "unit", 75_000, "Jasa Servis AC", _S),
    Item("SV-CUCI2", "Cuci AC split 1,5 - 2 PK", "unit", 100_000, "Jasa Servis AC", _S),
    Item("SV-OVH", "Cuci besar AC (overhaul)", "unit", 350_000, "Jasa Servis AC", _S),
    Item("SV-FR1", "Tambah freon R32", "unit", 200_000, "Jasa Servis AC", _S),
    Item("SV-FR2", "Isi freon R32 full", "unit", 350_000, "Jasa Servis AC", _S),
    Item("SV-PSG1", "Pasang AC baru 1/2 - 1 PK", "unit", 400_000, "Jasa Servis AC", _S),
    Item("SV-PSG2", "Pasang AC baru 1,5 - 2 PK", "unit", 500_000, "Jasa Servis AC", _S),
    Item("SV-BP", "Bongkar pasang AC", "unit", 450_000, "Jasa Servis AC", _S),
    Item("SV-CEK", "Cek & perbaikan AC tidak dingin", "unit", 150_000, "Jasa Servis AC", _S),
    Item("SV-KAP", "Ganti kapasitor AC", "unit", 175_000, "Jasa Servis AC", _S),
    Item("SV-KTR", "Kontrak perawatan AC (per unit per kunjungan)", "unit", 65_000,
         "Jasa Servis AC", _S),
    # Electrical work
    Item("SV-TTK", "Instalasi titik lampu", "titik", 125_000, "Jasa Instalasi Listrik", _S),
    Item("SV-STK", "Instalasi titik stop kontak", "titik", 135_000, "Jasa Instalasi Listrik", _S),
    Item("SV-PNL", "Penataan panel MCB", "paket", 750_000, "Jasa Instalasi Listrik", _S),
    Item("SV-CEKL", "Pemeriksaan instalasi listrik rumah", "paket", 250_000,
         "Jasa Instalasi Listrik", _S),
    Item("SV-JAM", "Jasa teknisi listrik (per jam)", "jam", 85_000, "Jasa Instalasi Listrik", _S),
    Item("SV-POMPA", "Servis pompa air", "unit", 150_000, "Jasa Instalasi Listrik", _S),
    # Lamps
    Item("LP-PH10", "Lampu LED Philips 10W", "pcs", 45_000, "Lampu"),
    Item("LP-PH14", "Lampu LED Philips 14,5W", "pcs", 62_000, "Lampu"),
    Item("LP-HN12", "Lampu LED Hannochs 12W", "pcs", 32_500, "Lampu"),
    Item("LP-PN9", "Lampu LED Panasonic 9W", "pcs", 38_000, "Lampu"),
    Item("LP-DL12", "Downlight LED panel bulat 12W", "pcs", 65_000, "Lampu"),
    Item("LP-TL18", "Lampu TL LED T8 18W", "pcs", 55_000, "Lampu"),
    Item("LP-SRT50", "Lampu sorot LED 50W outdoor", "pcs", 185_000, "Lampu"),
    Item("LP-EMG", "Lampu emergency LED", "pcs", 95_000, "Lampu"),
    # Cables
    Item("KB-NYM215", "Kabel NYM 2x1,5 mm (per meter)", "m", 9_500, "Kabel"),
    Item("KB-NYM225", "Kabel NYM 2x2,5 mm (per meter)", "m", 14_500, "Kabel"),
    Item("KB-NYM325", "Kabel NYM 3x2,5 mm (per meter)", "m", 19_000, "Kabel"),
    Item("KB-NYA15R", "Kabel NYA 1,5 mm (roll 50 m)", "roll", 285_000, "Kabel"),
    Item("KB-NYM215R", "Kabel NYM 2x1,5 mm (roll 50 m)", "roll", 465_000, "Kabel"),
    Item("KB-NYY075", "Kabel serabut NYYHY 2x0,75 mm (per meter)", "m", 6_500, "Kabel"),
    Item("KB-UTP6", "Kabel UTP Cat6 (per meter)", "m", 7_500, "Kabel"),
    # Fittings
    Item("PL-STK1", "Stop kontak Broco 1 lubang", "pcs", 18_500, "Perlengkapan Listrik"),
    Item("PL-SKL1", "Saklar tunggal Panasonic", "pcs", 21_000, "Perlengkapan Listrik"),
    Item("PL-TRM3", "Stop kontak arde 3 lubang", "pcs", 45_000, "Perlengkapan Listrik"),
    Item("PL-MCB10", "MCB Schneider 1P 10A", "pcs", 62_000, "Perlengkapan Listrik"),
    Item("PL-MCB16", "MCB Schneider 1P 16A", "pcs", 64_000, "Perlengkapan Listrik"),
    Item("PL-BOX4", "Box MCB 4 grup", "pcs", 85_000, "Perlengkapan Listrik"),
    Item("PL-FIT", "Fitting lampu plafon", "pcs", 7_500, "Perlengkapan Listrik"),
    Item("PL-ISO", "Isolasi listrik Nitto", "pcs", 6_000, "Perlengkapan Listrik"),
    Item("PL-CND", "Pipa conduit PVC 20 mm (batang 4 m)", "batang", 15_000,
         "Perlengkapan Listrik"),
    Item("PL-KLM", "Klem kabel (isi 100)", "pak", 14_000, "Perlengkapan Listrik"),
    Item("PL-TMR", "Timer digital", "pcs", 95_000, "Perlengkapan Listrik"),
    # Household electronics
    Item("EL-KPS16", "Kipas angin berdiri Miyako 16 inci", "unit", 245_000,
         "Elektronik Rumah Tangga"),
    Item("EL-KPD", "Kipas angin dinding Maspion", "unit", 215_000, "Elektronik Rumah Tangga"),
    Item("EL-EXH8", "Exhaust fan KDK 8 inci", "unit", 265_000, "Elektronik Rumah Tangga"),
    Item("EL-DSP", "Dispenser Sanken galon bawah", "unit", 1_650_000, "Elektronik Rumah Tangga"),
    Item("EL-RC18", "Rice cooker Cosmos 1,8 L", "unit", 385_000, "Elektronik Rumah Tangga"),
    Item("EL-STR", "Setrika Philips", "unit", 265_000, "Elektronik Rumah Tangga"),
    Item("EL-WH15", "Water heater listrik Ariston 15 L", "unit", 2_150_000,
         "Elektronik Rumah Tangga"),
    Item("EL-KLK2", "Kulkas 2 pintu Sharp 200 L", "unit", 3_450_000, "Elektronik Rumah Tangga"),
    Item("EL-TV43", "TV LED 43 inci Android", "unit", 3_799_000, "Elektronik Rumah Tangga"),
    Item("EL-PMP", "Pompa air Shimizu PS-135E", "unit", 765_000, "Pompa & Air"),
)

# Free-text lines that are not in the catalogue (delivery, site material).
DELIVERY = ("Ongkos kirim dalam kota", 50_000)
SITE_MATERIAL = ("Material tambahan sesuai kondisi lapangan", (37_500, 412_500))

# One visit's basket: (weight, ((sku, quantity range, step, chance the line is there), ...)).
# The first line is always there; quantities are Decimal (cables by the metre, freon by kg).
Recipe = tuple[float, tuple[tuple[str, int | str, int | str, str, float], ...]]

RECIPES: dict[str, tuple[Recipe, ...]] = {
    "perorangan": (
        (30, (("SV-CUCI1", 1, 4, "1", 1.0), ("SV-FR1", 1, 2, "1", 0.25))),
        (8, (("SV-CUCI2", 1, 2, "1", 1.0), ("SV-CUCI1", 1, 2, "1", 0.4))),
        (8, (("SV-CEK", 1, 1, "1", 1.0), ("SV-FR2", 1, 1, "1", 0.5), ("SV-KAP", 1, 1, "1", 0.3))),
        (4, (("SV-OVH", 1, 2, "1", 1.0),)),
        (7, (("AC-SH05", 1, 1, "1", 1.0), ("SV-PSG1", 1, 1, "1", 0.9), ("PP-AC", 3, 6, "1", 0.9),
             ("BR-AC", 1, 1, "1", 0.7))),
        (5, (("AC-DK10", 1, 1, "1", 1.0), ("SV-PSG1", 1, 1, "1", 0.9), ("PP-AC", 3, 5, "1", 0.9),
             ("BR-AC", 1, 1, "1", 0.6))),
        (3, (("AC-DK05I", 1, 2, "1", 1.0), ("SV-PSG1", 1, 2, "1", 0.9),
             ("PP-AC", "3", "8", "0.5", 0.9))),
        (3, (("SV-BP", 1, 2, "1", 1.0), ("PP-AC", "1", "4", "0.5", 0.6))),
        (9, (("LP-PH10", 2, 8, "1", 1.0), ("PL-STK1", 1, 4, "1", 0.4),
             ("PL-SKL1", 1, 3, "1", 0.3))),
        (6, (("KB-NYM215", "5", "30", "0.5", 1.0), ("PL-STK1", 1, 4, "1", 0.5),
             ("PL-ISO", 1, 2, "1", 0.5), ("SV-JAM", "1", "4", "0.5", 0.4))),
        (5, (("SV-TTK", 1, 6, "1", 1.0), ("LP-DL12", 1, 6, "1", 0.6), ("KB-NYM215", "5", "20",
             "0.5", 0.6))),
        (3, (("SV-CEKL", 1, 1, "1", 1.0), ("PL-MCB10", 1, 3, "1", 0.5))),
        (5, (("EL-KPS16", 1, 2, "1", 1.0),)),
        (3, (("EL-RC18", 1, 1, "1", 1.0), ("EL-STR", 1, 1, "1", 0.3))),
        (2, (("EL-WH15", 1, 1, "1", 1.0), ("SV-JAM", "1", "3", "0.5", 0.7))),
        (2, (("EL-KLK2", 1, 1, "1", 1.0),)),
        (2, (("EL-TV43", 1, 1, "1", 1.0),)),
        (2, (("EL-PMP", 1, 1, "1", 1.0), ("SV-POMPA", 1, 1, "1", 0.5))),
        (2, (("EL-DSP", 1, 1, "1", 1.0),)),
    ),
    "ritel": (
        (10, (("LP-HN12", 10, 48, "1", 1.0), ("LP-PH10", 6, 24, "1", 0.5))),
        (8, (("KB-NYM215R", 1, 6, "1", 1.0), ("KB-NYA15R", 1, 4, "1", 0.4),
             ("PL-ISO", 10, 40, "1", 0.5))),
        (8, (("PL-STK1", 10, 40, "1", 1.0), ("PL-SKL1", 10, 30, "1", 0.7),
             ("PL-FIT", 10, 50, "1", 0.5))),
        (4, (("PL-MCB10", 5, 20, "1", 1.0), ("PL-MCB16", 5, 10, "1", 0.5),
             ("PL-BOX4", 1, 5, "1", 0.4))),
        (4, (("SV-CUCI1", 1, 3, "1", 1.0),)),
        (3, (("EL-KPD", 2, 6, "1", 1.0), ("EL-EXH8", 1, 3, "1", 0.4))),
        (2, (("AC-SH10", 1, 1, "1", 1.0), ("SV-PSG1", 1, 1, "1", 1.0), ("PP-AC", 3, 6, "1", 1.0))),
    ),
    "reseller": (
        (10, (("LP-PH10", 24, 120, "12", 1.0), ("LP-PH14", 12, 60, "12", 0.6),
              ("LP-PN9", 12, 48, "12", 0.4))),
        (8, (("KB-NYM215R", 5, 30, "1", 1.0), ("KB-NYM225", "50", "300", "50", 0.5),
             ("KB-UTP6", "100", "305", "5", 0.3))),
        (6, (("EL-KPS16", 4, 20, "1", 1.0), ("EL-KPD", 4, 12, "1", 0.5))),
        (4, (("EL-RC18", 4, 12, "1", 1.0), ("EL-STR", 4, 12, "1", 0.5))),
        (5, (("PL-TRM3", 20, 100, "10", 1.0), ("PL-TMR", 5, 20, "1", 0.5),
             ("LP-EMG", 5, 20, "1", 0.4))),
        (3, (("AC-SH05", 2, 6, "1", 1.0), ("AC-SH10", 1, 4, "1", 0.6))),
        (2, (("FR-R32", "5", "20", "0.5", 1.0), ("FR-R410", "2", "10", "0.5", 0.5))),
    ),
    "b2b": (
        (10, (("SV-KTR", 4, 40, "1", 1.0), ("SV-FR1", 1, 4, "1", 0.4), ("SV-KAP", 1, 2, "1", 0.2))),
        (6, (("AC-DK10", 2, 8, "1", 1.0), ("SV-PSG1", 2, 8, "1", 1.0), ("PP-AC", 8, 40, "1", 1.0),
             ("BR-AC", 2, 8, "1", 0.8))),
        (3, (("AC-LG20I", 1, 4, "1", 1.0), ("SV-PSG2", 1, 4, "1", 1.0),
             ("PP-AC", "5", "20", "0.5", 1.0))),
        (2, (("AC-DKC30", 1, 3, "1", 1.0), ("PP-AC", 10, 30, "1", 1.0),
             ("SV-JAM", "4", "16", "0.5", 1.0))),
        (6, (("SV-TTK", 5, 30, "1", 1.0), ("LP-TL18", 10, 100, "5", 0.8),
             ("KB-NYM225", "25", "200", "0.5", 0.8), ("PL-CND", 10, 60, "1", 0.5))),
        (4, (("LP-DL12", 10, 80, "1", 1.0), ("LP-SRT50", 2, 10, "1", 0.5))),
        (4, (("SV-PNL", 1, 2, "1", 1.0), ("PL-MCB16", 4, 12, "1", 0.8),
             ("SV-JAM", "2", "8", "0.5", 0.6))),
        (3, (("SV-CUCI2", 4, 20, "1", 1.0), ("SV-CUCI1", 4, 20, "1", 0.7))),
        (2, (("EL-DSP", 2, 6, "1", 1.0), ("EL-WH15", 1, 4, "1", 0.4))),
        (2, (("KB-UTP6", "100", "305", "5", 1.0), ("PL-KLM", 2, 10, "1", 0.8),
             ("SV-JAM", "2", "6", "0.5", 0.6))),
    ),
}

LINE_DISCOUNT_BP = {"reseller": 750, "ritel": 250}  # reseller 7,5 %, ritel 2,5 % on goods

# Customer loyalty rewards: name, points, stock (None: not a physical item).
REWARDS = (
    ("Payung lipat Sumber Rejeki", 150, 120),
    ("Tumbler Sumber Rejeki", 200, 80),
    ("Voucher belanja Rp25.000", 250, None),
    ("Lampu LED Philips 10W", 300, 200),
    ("Gratis cuci AC 1 unit", 400, None),
    ("Voucher belanja Rp50.000", 500, None),
    ("Voucher belanja Rp100.000", 1000, None),
    ("Kipas angin berdiri Miyako 16 inci", 1500, 15),
)

TIERS = (("Silver", 0, 10_000), ("Gold", 5_000_000, 12_500), ("Platinum", 20_000_000, 15_000))
WELCOME_BONUS = 25
CAMPAIGN_NAME = "Hari Pelanggan Nasional {year}"
CAMPAIGN_MULTIPLIER_BP = 20_000

TAGS = ("pelanggan setia", "langganan servis AC", "proyek", "kontraktor", "hotel & restoran",
        "kantor", "sekolah", "grosir", "online shop", "VIP", "pelanggan baru", "tempo 30 hari",
        "suka promo", "rumah kos")

# Payment methods by kind of customer: (method, weight).
METHODS = {
    "perorangan": (("tunai", 32), ("qris", 26), ("transfer", 22), ("ewallet", 12), ("kartu", 8)),
    "ritel": (("tunai", 35), ("transfer", 40), ("qris", 20), ("kartu", 5)),
    "reseller": (("transfer", 80), ("qris", 10), ("tunai", 10)),
    "b2b": (("transfer", 94), ("kartu", 3), ("tunai", 3)),
}
BANKS = ("BCA", "Mandiri", "BRI", "BNI", "CIMB Niaga", "BSI", "Permata")
EWALLETS = ("GoPay", "OVO", "DANA", "ShopeePay", "LinkAja")
