"""Word lists for demo customers: names by region, cities with provinces, streets, businesses.

Names follow how Indonesians are actually named, which differs by region: Javanese and
Sundanese given names (often two, no family name), Batak and Manado family names, Minang
and Bugis names, Chinese-Indonesian names with Indonesian surnames, Balinese birth-order
names (I Wayan, Ni Made). A customer's city picks the mix, so Medan has many Batak names and
Denpasar many Balinese ones, as it would in a real customer list.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- given names and family names per naming tradition --------------------------------------
# Each tradition: male given names, female given names, male second names, female second
# names (or shared family names when the tradition has them).


@dataclass(frozen=True)
class Naming:
    male: tuple[str, ...]
    female: tuple[str, ...]
    male_last: tuple[str, ...]
    female_last: tuple[str, ...]
    single_name_share: float = 0.0  # Javanese elders often have one name only


JAVANESE = Naming(
    male=("Budi", "Agus", "Bambang", "Joko", "Slamet", "Sugeng", "Eko", "Dwi", "Teguh", "Hadi",
          "Wahyu", "Bayu", "Adi", "Yudi", "Heru", "Sigit", "Tri", "Danang", "Aris", "Arif",
          "Imam", "Hendro", "Gilang", "Fajar", "Dimas", "Yoga", "Anton", "Wawan", "Sutrisno",
          "Sugiyono", "Suparman", "Rudi", "Priyo", "Setyo", "Galih", "Bagus", "Rizky"),
    female=("Sri", "Siti", "Dewi", "Endang", "Wulan", "Ratna", "Ani", "Rina", "Yuni", "Dyah",
            "Sekar", "Ayu", "Puji", "Nining", "Kartini", "Indah", "Putri", "Retno", "Sulastri",
            "Suharti", "Tutik", "Winarti", "Lestari", "Anggun", "Nur", "Eka", "Novi"),
    male_last=("Santoso", "Setiawan", "Prasetyo", "Nugroho", "Susanto", "Wibowo", "Kurniawan",
               "Saputra", "Purnomo", "Hidayat", "Suryadi", "Pratama", "Utomo", "Sulistyo",
               "Riyadi", "Haryanto", "Wicaksono", "Prabowo", "Raharjo", "Mulyono", "Susilo",
               "Firmansyah", "Hartanto", "Widodo", "Handoko"),
    female_last=("Rahayu", "Wahyuni", "Lestari", "Handayani", "Kusumawati", "Permatasari",
                 "Wulandari", "Anggraini", "Puspitasari", "Susanti", "Rahmawati", "Setyaningsih",
                 "Suryani", "Utami", "Mulyani", "Fitriani", "Pertiwi", "Maharani"),
    single_name_share=0.08,
)

SUNDANESE = Naming(
    male=("Asep", "Dede", "Ujang", "Cecep", "Dadang", "Acep", "Yayan", "Iwan", "Rahmat", "Deden",
          "Ade", "Hendra", "Agung", "Jajang", "Encep", "Dudi", "Wawan", "Ridwan", "Yana",
          "Ilham", "Rian", "Aceng"),
    female=("Euis", "Neng", "Rina", "Ai", "Iis", "Lilis", "Yanti", "Tati", "Nenden", "Imas",
            "Cucu", "Eneng", "Rika", "Rini", "Dewi", "Siti", "Yuyun", "Teti", "Wida"),
    male_last=("Saepudin", "Sunarya", "Hidayat", "Kurniawan", "Supriatna", "Permana", "Suryana",
               "Setiadi", "Gunawan", "Firmansyah", "Ramdani", "Sopandi", "Nugraha", "Mulyana",
               "Hermawan", "Somantri", "Rusmana"),
    female_last=("Rahmawati", "Nurhayati", "Kurniasih", "Sumiati", "Komalasari", "Rosita",
                 "Nurjanah", "Suryani", "Handayani", "Lestari", "Maryani", "Fitriani"),
)

BATAK = Naming(
    male=("Maruli", "Hotman", "Togar", "Parlindungan", "Binsar", "Daniel", "Johannes", "Samuel",
          "Roy", "Henry", "Fernando", "Ricky", "Immanuel", "Jonathan", "Poltak", "Tigor", "Sahat",
          "Martua", "Bonar", "Rizal", "Ahmad"),
    female=("Tiurma", "Rosmawati", "Lasma", "Debora", "Ruth", "Sondang", "Maria", "Yohana",
            "Agnes", "Hotnida", "Rosdiana", "Nurmala", "Christina", "Erni", "Juliana", "Dameria"),
    male_last=("Siregar", "Nasution", "Simanjuntak", "Hutapea", "Sitompul", "Lubis", "Harahap",
               "Situmorang", "Panjaitan", "Sinaga", "Sihombing", "Hutagalung", "Pardede",
               "Manurung", "Silalahi", "Simatupang", "Tambunan", "Napitupulu", "Pasaribu",
               "Sitorus", "Tampubolon", "Marpaung", "Gultom", "Damanik"),
    female_last=(),  # women keep the family name too: the male list is used
)

MINANG = Naming(
    male=("Rizal", "Yusuf", "Afrizal", "Zulkifli", "Fadli", "Hendri", "Syafrizal", "Irwan",
          "Andri", "Zulhendri", "Fauzi", "Ikhsan", "Rahmat", "Ilham", "Yohanes", "Edi", "Dedi"),
    female=("Yusnita", "Rahmi", "Fitri", "Desi", "Nurul", "Elvi", "Yulia", "Syafitri", "Yenni",
            "Mardiana", "Zuraida", "Rosnita", "Vivi", "Weni"),
    male_last=("Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Jambak", "Syafei",
               "Hamzah", "Rasyid", "Zainal", "Effendi", "Arifin", "Malik", "Datuak"),
    female_last=(),
)

CHINESE_INDONESIAN = Naming(
    male=("Hendra", "Yohanes", "Susanto", "Kurniawan", "Andreas", "Steven", "Kevin", "Wilson",
          "Hartono", "Sugianto", "Rudy", "Ferry", "Edwin", "Alvin", "Jimmy", "Vincent", "Felix",
          "Darmawan", "William", "Sandy", "Hengky", "Robert", "Johan", "Irwan", "Benny"),
    female=("Lina", "Lanny", "Meiliana", "Susan", "Angela", "Jessica", "Vivian", "Yuliana",
            "Fenny", "Lily", "Melinda", "Cindy", "Stefani", "Elisabeth", "Linda", "Caroline",
            "Natalia", "Verawati", "Mei Lan", "Olivia", "Sherly", "Shinta"),
    male_last=("Wijaya", "Gunawan", "Halim", "Salim", "Tanuwijaya", "Santoso", "Hartono",
               "Setiadi", "Kusuma", "Sutanto", "Tanoto", "Lim", "Tan", "Liem", "Wibisono",
               "Hermawan", "Sugiarto", "Tjandra", "Lukito", "Budiman", "Widjaja", "Chandra",
               "Susilo", "Kurniadi", "Gozali", "Tjahjadi", "Oei", "Kwee"),
    female_last=(),
)

BALINESE_MALE_PREFIX = ("I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Gede",
                        "I Kadek", "I Komang", "Gede", "Putu", "Made", "Komang")
BALINESE_FEMALE_PREFIX = ("Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Luh",
                          "Ni Kadek", "Ni Komang", "Luh", "Putu", "Made", "Kadek")
BALINESE = Naming(
    male=("Sudarsana", "Suardana", "Artawan", "Wirawan", "Sudiarta", "Mahendra", "Adnyana",
          "Widiantara", "Darmawan", "Sutama", "Suparta", "Arsana", "Gunadi", "Budiarta",
          "Ardana", "Sukadana", "Wiranata", "Suyasa"),
    female=("Ayu Lestari", "Sri Wahyuni", "Ari Susanti", "Ayu Kartika", "Sukmawati", "Ariani",
            "Yuliantari", "Ratna Dewi", "Suastini", "Kusumawati", "Ayu Pratiwi", "Widiastuti",
            "Sri Utami", "Eka Purnami", "Sudiarni"),
    male_last=(),
    female_last=(),
)

BUGIS = Naming(
    male=("Muhammad Arsyad", "Syamsul", "Rusdi", "Amiruddin", "Haeruddin", "Ilham", "Syahrir",
          "Baharuddin", "Jufri", "Hasanuddin", "Nasrul", "Irfan", "Firman", "Akbar", "Takdir",
          "Asri", "Mustari"),
    female=("Nurul", "Hasnawati", "Nurhayati", "Sitti Aminah", "Hasriani", "Rosmiati",
            "Kasmawati", "Nurlina", "Haslinda", "Harmawati", "Irmawati", "Sumarni", "Musdalifah"),
    male_last=("Hamzah", "Rahman", "Saleh", "Said", "Latief", "Husain", "Karim", "Syarif", "Amir",
               "Mappangara", "Pawelloi", "Baso", "Tahir", "Arifin"),
    female_last=(),
)

MANADO = Naming(
    male=("Ronald", "Frangky", "Jefry", "Stenly", "Recky", "Alfons", "Marthen", "Hendrik",
          "Fransiskus", "Deddy", "Jemmy", "Richard", "Novry", "Billy"),
    female=("Meyta", "Vanny", "Grace", "Inggrid", "Mercy", "Olivia", "Femmy", "Jeane", "Sintia",
            "Marlyn", "Stevani", "Debby"),
    male_last=("Tumbelaka", "Lumenta", "Wowor", "Runtuwene", "Sondakh", "Lasut", "Rondonuwu",
               "Pangemanan", "Mandagi", "Kalalo", "Supit", "Lengkong", "Pantow", "Rumengan",
               "Wenas", "Lumintang", "Mamahit"),
    female_last=(),
)

# Betawi, Malay, Banjar and the many Indonesians with Arabic-origin names.
GENERAL = Naming(
    male=("Muhammad Rizki", "Ahmad", "Muhammad Fadhil", "Rizal", "Hasan", "Ridwan", "Ilham",
          "Fikri", "Hafiz", "Arief", "Irfan", "Yusuf", "Faisal", "Hamdan", "Syahrul", "Zainal",
          "Abdul Rahman", "Abdullah", "Fauzan", "Haris", "Rafi", "Aldi", "Farhan", "Reza",
          "Mamat", "Jaelani", "Husin", "Rohman", "Taufik", "Nanda"),
    female=("Siti Nurhaliza", "Nur Aisyah", "Siti Aminah", "Fatimah", "Nurul Hidayah", "Aisyah",
            "Khadijah", "Zahra", "Salsabila", "Nabila", "Dinda", "Nadia", "Annisa", "Fitri",
            "Rahma", "Aulia", "Laila", "Maya", "Rani", "Mega", "Yulia", "Wati", "Zulaikha"),
    male_last=("Hidayat", "Ramadhan", "Firmansyah", "Maulana", "Hakim", "Saputra", "Pratama",
               "Syahputra", "Fadillah", "Rahman", "Setiawan", "Gunawan", "Kurniawan", "Hamid",
               "Syarifuddin", "Ismail", "Yahya", "Nasrullah", "Alamsyah", "Iskandar"),
    female_last=("Rahmawati", "Fitriani", "Safitri", "Ramadhani", "Puspita", "Maharani",
                 "Amelia", "Oktaviani", "Nuraini", "Hasanah", "Agustina", "Handayani",
                 "Fauziah", "Kartika", "Novitasari", "Damayanti", "Sari"),
)

NAMINGS: dict[str, Naming] = {
    "jawa": JAVANESE, "sunda": SUNDANESE, "batak": BATAK, "minang": MINANG,
    "tionghoa": CHINESE_INDONESIAN, "bali": BALINESE, "bugis": BUGIS, "manado": MANADO,
    "umum": GENERAL,
}  # fmt: skip

# Honorifics and degrees as they appear on real customer lists (and on invoices).
MALE_TITLES = ("H.", "Ir.", "Drs.", "dr.")
FEMALE_TITLES = ("Hj.", "Dra.", "dr.")
DEGREES = ("S.E.", "S.T.", "S.Kom.", "S.H.", "M.M.", "S.Pd.")

# -- places -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    name: str
    province: str
    area_code: str  # landline prefix after +62
    weight: float  # share of this shop's customers (the shop is in Jakarta Timur)
    mix: tuple[tuple[str, float], ...]  # naming traditions and their shares
    districts: tuple[str, ...]


_JAKARTA_MIX = (("jawa", 34), ("umum", 18), ("sunda", 14), ("tionghoa", 12), ("batak", 8),
                ("minang", 7), ("manado", 3), ("bugis", 2), ("bali", 2))
_WEST_JAVA_MIX = (("sunda", 66), ("jawa", 14), ("umum", 8), ("tionghoa", 8), ("batak", 4))
_EAST_JAVA_MIX = (("jawa", 72), ("tionghoa", 14), ("umum", 10), ("batak", 2), ("manado", 2))
_CENTRAL_JAVA_MIX = (("jawa", 80), ("tionghoa", 12), ("umum", 6), ("sunda", 2))

CITIES: tuple[City, ...] = (
    City("Jakarta Timur", "DKI Jakarta", "21", 18, _JAKARTA_MIX,
         ("Duren Sawit", "Jatinegara", "Kramat Jati", "Cakung", "Pulo Gadung", "Makasar",
          "Matraman", "Pasar Rebo", "Ciracas", "Cipayung")),
    City("Jakarta Selatan", "DKI Jakarta", "21", 9, _JAKARTA_MIX,
         ("Tebet", "Pancoran", "Kebayoran Baru", "Mampang Prapatan", "Pasar Minggu",
          "Jagakarsa", "Cilandak", "Setiabudi")),
    City("Jakarta Pusat", "DKI Jakarta", "21", 5, _JAKARTA_MIX,
         ("Menteng", "Tanah Abang", "Senen", "Cempaka Putih", "Gambir", "Kemayoran")),
    City("Jakarta Barat", "DKI Jakarta", "21", 6, _JAKARTA_MIX,
         ("Grogol Petamburan", "Kebon Jeruk", "Cengkareng", "Kalideres", "Tambora",
          "Taman Sari", "Palmerah")),
    City("Jakarta Utara", "DKI Jakarta", "21", 5, _JAKARTA_MIX,
         ("Kelapa Gading", "Tanjung Priok", "Penjaringan", "Koja", "Cilincing", "Pademangan")),
    City("Bekasi", "Jawa Barat", "21", 10, _JAKARTA_MIX,
         ("Bekasi Barat", "Bekasi Timur", "Bekasi Selatan", "Rawalumbu", "Pondok Gede",
          "Jatiasih", "Mustika Jaya")),
    City("Depok", "Jawa Barat", "21", 5, _JAKARTA_MIX,
         ("Beji", "Pancoran Mas", "Sukmajaya", "Cimanggis", "Cinere", "Tapos")),
    City("Bogor", "Jawa Barat", "251", 3, _WEST_JAVA_MIX,
         ("Bogor Tengah", "Bogor Utara", "Tanah Sareal", "Bogor Barat", "Bogor Selatan")),
    City("Tangerang", "Banten", "21", 4, _JAKARTA_MIX,
         ("Cipondoh", "Karawaci", "Ciledug", "Batuceper", "Pinang")),
    City("Tangerang Selatan", "Banten", "21", 4, _JAKARTA_MIX,
         ("Serpong", "Pamulang", "Ciputat", "Pondok Aren", "Serpong Utara")),
    City("Bandung", "Jawa Barat", "22", 4, _WEST_JAVA_MIX,
         ("Coblong", "Sukajadi", "Cicendo", "Antapani", "Buahbatu", "Lengkong")),
    City("Surabaya", "Jawa Timur", "31", 4, _EAST_JAVA_MIX,
         ("Gubeng", "Wonokromo", "Tegalsari", "Rungkut", "Sukolilo", "Genteng")),
    City("Semarang", "Jawa Tengah", "24", 2, _CENTRAL_JAVA_MIX,
         ("Semarang Tengah", "Banyumanik", "Tembalang", "Pedurungan", "Candisari")),
    City("Yogyakarta", "DI Yogyakarta", "274", 2, _CENTRAL_JAVA_MIX,
         ("Gondokusuman", "Umbulharjo", "Jetis", "Mergangsan", "Kotagede")),
    City("Surakarta", "Jawa Tengah", "271", 1, _CENTRAL_JAVA_MIX,
         ("Laweyan", "Banjarsari", "Jebres", "Pasar Kliwon")),
    City("Malang", "Jawa Timur", "341", 1.5, _EAST_JAVA_MIX,
         ("Klojen", "Lowokwaru", "Blimbing", "Sukun")),
    City("Medan", "Sumatera Utara", "61", 2,
         (("batak", 52), ("tionghoa", 20), ("jawa", 14), ("umum", 8), ("minang", 6)),
         ("Medan Baru", "Medan Petisah", "Medan Johor", "Medan Sunggal", "Medan Helvetia")),
    City("Palembang", "Sumatera Selatan", "711", 1.5,
         (("umum", 50), ("jawa", 20), ("tionghoa", 15), ("minang", 10), ("batak", 5)),
         ("Ilir Timur I", "Ilir Barat I", "Seberang Ulu I", "Kemuning", "Sukarami")),
    City("Padang", "Sumatera Barat", "751", 1,
         (("minang", 84), ("umum", 8), ("jawa", 5), ("batak", 3)),
         ("Padang Utara", "Padang Barat", "Kuranji", "Lubuk Begalung")),
    City("Makassar", "Sulawesi Selatan", "411", 1.5,
         (("bugis", 68), ("umum", 10), ("tionghoa", 10), ("jawa", 7), ("manado", 5)),
         ("Panakkukang", "Rappocini", "Tamalate", "Ujung Pandang", "Mamajang")),
    City("Denpasar", "Bali", "361", 1.5,
         (("bali", 74), ("jawa", 14), ("umum", 6), ("tionghoa", 6)),
         ("Denpasar Barat", "Denpasar Timur", "Denpasar Selatan", "Denpasar Utara")),
    City("Manado", "Sulawesi Utara", "431", 0.7,
         (("manado", 80), ("umum", 8), ("tionghoa", 7), ("jawa", 5)),
         ("Wenang", "Malalayang", "Sario", "Tikala")),
    City("Balikpapan", "Kalimantan Timur", "542", 0.7,
         (("jawa", 38), ("bugis", 28), ("umum", 24), ("tionghoa", 6), ("batak", 4)),
         ("Balikpapan Kota", "Balikpapan Selatan", "Balikpapan Utara", "Balikpapan Tengah")),
)

STREETS = (
    "Jl. Merdeka", "Jl. Jend. Sudirman", "Jl. Diponegoro", "Jl. Gajah Mada", "Jl. Hayam Wuruk",
    "Jl. Pemuda", "Jl. Ahmad Yani", "Jl. Gatot Subroto", "Jl. Pahlawan", "Jl. Veteran",
    "Jl. R.A. Kartini", "Jl. Cendrawasih", "Jl. Kenari", "Jl. Melati", "Jl. Mawar",
    "Jl. Anggrek", "Jl. Kenanga", "Jl. Flamboyan", "Jl. Cempaka", "Jl. Dahlia", "Jl. Teratai",
    "Jl. Kamboja", "Jl. Nangka", "Jl. Mangga", "Jl. Rambutan", "Jl. Durian", "Jl. Salak",
    "Jl. Masjid", "Jl. Pendidikan", "Jl. Swadaya", "Jl. Karya", "Jl. Bhayangkara",
    "Jl. Pramuka", "Jl. Imam Bonjol", "Jl. Teuku Umar", "Jl. Cut Nyak Dien", "Jl. Pattimura",
    "Jl. Sisingamangaraja", "Jl. Sultan Hasanuddin", "Jl. Dr. Sutomo", "Jl. Ki Hajar Dewantara",
    "Jl. K.H. Wahid Hasyim", "Jl. H.O.S. Cokroaminoto", "Jl. Ir. H. Juanda", "Jl. Panglima Polim",
    "Jl. Raden Saleh", "Jl. Sultan Agung", "Jl. Pangeran Antasari", "Jl. Bougenville",
    "Jl. Raya Kalimalang", "Jl. Raya Bogor", "Jl. Kebon Sirih", "Jl. Nusantara", "Jl. Sentosa",
    "Jl. Damai", "Jl. Harapan", "Jl. Delima", "Jl. Belimbing", "Jl. Manggis", "Jl. Jambu",
)
HOUSING = ("Perumahan Griya Asri", "Perum Bumi Indah", "Komplek Villa Mutiara",
           "Cluster Harmoni", "Perumahan Taman Sari Indah", "Komplek Pondok Hijau",
           "Perum Graha Permai", "Perumahan Citra Lestari", "Komplek Bukit Indah")
BUSINESS_BLOCKS = ("Ruko Sentra Niaga", "Ruko Galaxy", "Ruko Grand Boulevard", "Rukan Permata",
                   "Ruko Mega Mall", "Pertokoan Pasar Baru", "Ruko Emerald")

# -- phones and e-mail --------------------------------------------------------------------------
# Mobile prefixes in use (without the leading 0) and their operators' share of subscribers.
MOBILE_PREFIXES = (
    ("811", 3), ("812", 10), ("813", 8), ("821", 8), ("822", 7), ("823", 3), ("851", 2),
    ("852", 6), ("853", 4), ("814", 1), ("815", 2), ("816", 2), ("855", 1), ("856", 4),
    ("857", 5), ("858", 2), ("817", 3), ("818", 2), ("819", 3), ("859", 2), ("877", 4),
    ("878", 4), ("831", 1), ("832", 1), ("838", 2), ("895", 2), ("896", 2), ("897", 1),
    ("898", 2), ("899", 1), ("881", 1), ("882", 1), ("887", 1), ("889", 1),
)
PERSONAL_MAIL = (("gmail.com", 72), ("yahoo.co.id", 9), ("yahoo.com", 6), ("hotmail.com", 4),
                 ("outlook.com", 4), ("icloud.com", 2), ("ymail.com", 1), ("rocketmail.com", 1))
COMPANY_MAILBOXES = ("purchasing", "admin", "finance", "info", "procurement", "ga", "office")

# -- business names -------------------------------------------------------------------------------
COMPANY_WORDS = (
    "Maju", "Jaya", "Abadi", "Sentosa", "Makmur", "Sejahtera", "Berkah", "Mandiri", "Karya",
    "Cipta", "Sinar", "Mulia", "Prima", "Nusantara", "Indah", "Utama", "Bersama", "Lestari",
    "Gemilang", "Cahaya", "Surya", "Bintang", "Mitra", "Sukses", "Anugerah", "Sumber", "Rejeki",
    "Tunggal", "Perkasa", "Dinamika", "Graha", "Buana", "Persada", "Kencana", "Harapan",
    "Andalan", "Artha", "Duta", "Inti", "Citra", "Wahana", "Karunia", "Langgeng", "Barokah",
    "Santosa", "Agung", "Samudra", "Pratama", "Mega", "Putra",
)
COMPANY_TRADES = (
    "Teknik", "Elektrindo", "Konstruksi", "Properti", "Logistik", "Pangan", "Solusi",
    "Engineering", "Digital", "Niaga", "Kreasi", "Sarana", "Mekanikal",
)
B2B_FORMS = (
    ("PT", 42), ("CV", 28), ("UD", 4), ("Koperasi", 2), ("Yayasan Pendidikan", 4),
    ("Hotel", 4), ("Klinik Pratama", 3), ("Rumah Makan", 4), ("Sekolah", 2), ("Kantor Notaris", 1),
    ("Apotek", 2), ("Bengkel", 2), ("Kos", 2),
)
RITEL_FORMS = ("Toko Bangunan", "Toko Kelontong", "Warung", "Minimarket", "Toko Listrik",
               "Depot Air Minum", "Toko", "Toko Material", "Toko Elektronik")
RITEL_WORDS = ("Berkah", "Sinar Jaya", "Makmur", "Sumber Rezeki", "Harapan", "Sentosa",
               "Mulia", "Barokah", "Amanah", "Lancar", "Bintang", "Maju", "Abadi", "Mandiri",
               "Keluarga", "Cahaya", "Rukun", "Sejahtera", "Bahagia", "Murah Meriah", "Dua Saudara",
               "Sido Mulyo", "Mekar", "Tiga Putra")
RESELLER_PATTERNS = ("{w} Elektronik", "Grosir Listrik {w}", "{w} Store", "{w} Official Shop",
                     "Toko Online {w}", "CV {w} Elektrik", "{w} Elektrik Supply", "UD {w} Teknik")
