"""The dialog to add or edit a customer of either kind, flagging duplicates while typing."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.enums import EXTERNAL_CATEGORIES, Channel, CustomerCategory, CustomerKind
from bizcare.domain.errors import ValidationError
from bizcare.services.customers import (
    CustomerInput,
    customer_input,
    find_duplicates,
    list_divisions,
)
from bizcare.services.customers import ops as customer_ops
from bizcare.storage.db import Database
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.errors import error_text
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import restyle
from bizcare.ui.customers.divisions import DivisionsDialog
from bizcare.ui.customers.duplicates import DuplicateBanner
from bizcare.ui.customers.labels import GENDERS, category_label, channel_label, gender_label
from bizcare.ui.customers.widgets import OptionalDateEdit, to_date, to_qdate

DUPLICATE_CHECK_MS = 300


def _text_box(height: int = 56) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class CustomerForm(QDialog):
    """Add (``customer_id`` None) or edit a customer; saving goes through the service.

    Signals:
        saved(int): the customer's id after a successful save.
        open_existing(int): the user chose to open a customer flagged as a duplicate.
        merge_requested(int, int): merge (this customer, the flagged duplicate).
    """

    saved = Signal(int)
    open_existing = Signal(int)
    merge_requested = Signal(int, int)

    def __init__(self, db: Database, customer_id: int | None = None,
                 parent: QWidget | None = None, *, hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub if hub is not None else EventHub()
        self.customer_id = customer_id
        self._last_division = ""
        self.setWindowTitle(self.tr("New customer") if customer_id is None
                            else self.tr("Edit customer"))
        self.setMinimumWidth(860)
        self._build()
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_CHECK_MS)
        self._dup_timer.timeout.connect(self.check_duplicates)
        for edit in (self.phone, self.whatsapp, self.email):
            edit.textChanged.connect(self._dup_timer.start)
        self._load_divisions()
        if customer_id is not None:
            self._load(db.run(lambda s: customer_input(s, customer_id), write=False))
        self._kind_changed()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.external = QRadioButton(self.tr("External customer"))
        self.internal = QRadioButton(self.tr("Internal (a division of the business)"))
        self.external.setChecked(True)
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.external)
        self._kinds.addButton(self.internal)
        self.external.toggled.connect(self._kind_changed)
        self.category = QComboBox()
        for value in EXTERNAL_CATEGORIES:
            self.category.addItem(category_label(value), value.value)
        self.division = QComboBox()
        self.division.setEditable(True)
        self.division.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        division_edit = self.division.lineEdit()
        if division_edit is not None:
            division_edit.setPlaceholderText(self.tr("Pick or type a new division"))
        self.division.currentTextChanged.connect(self._division_changed)
        self.manage_divisions = QPushButton(self.tr("Divisions…"))
        self.manage_divisions.clicked.connect(self._edit_divisions)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Budi Santoso"))
        self.company = QLineEdit()
        self.contact_person = QLineEdit()
        self.birth_date = OptionalDateEdit()
        self.gender = QComboBox()
        for gender in GENDERS:
            self.gender.addItem(gender_label(gender), gender)
        self.joined_on = QDateEdit(QDate.currentDate())
        self.joined_on.setDisplayFormat("dd/MM/yyyy")
        self.joined_on.setCalendarPopup(True)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0812-3456-7890")
        self.whatsapp = QLineEdit()
        self.whatsapp.setPlaceholderText(self.tr("if different from the phone"))
        self.email = QLineEdit()
        self.email.setPlaceholderText("nama@contoh.co.id")
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.address = _text_box()
        self.city = QLineEdit()
        self.province = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separated by commas, e.g. langganan, grosir"))
        self.npwp = QLineEdit()
        self.npwp.setPlaceholderText("01.234.567.8-901.000")
        self.preferences = _text_box(44)
        self.needs = _text_box(44)
        self.notes = _text_box(44)
        self.consent = QCheckBox(self.tr("Agrees to receive promotions"))

        identity = QGroupBox(self.tr("Identity"))
        form = QFormLayout(identity)
        kinds = QVBoxLayout()
        kinds.addWidget(self.external)
        kinds.addWidget(self.internal)
        form.addRow(self.tr("Kind:"), kinds)
        form.addRow(self.tr("Category:"), self.category)
        division_row = QHBoxLayout()
        division_row.addWidget(self.division, 1)
        division_row.addWidget(self.manage_divisions)
        self._division_row = QWidget()
        self._division_row.setLayout(division_row)
        division_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Division:"), self._division_row)
        form.addRow(self.tr("Name:") + " *", self.name)
        form.addRow(self.tr("Company:"), self.company)
        form.addRow(self.tr("Contact person:"), self.contact_person)
        form.addRow(self.tr("Birth date:"), self.birth_date)
        form.addRow(self.tr("Gender:"), self.gender)
        form.addRow(self.tr("Joined on:"), self.joined_on)
        self._identity_form = form

        contact = QGroupBox(self.tr("Contact"))
        form2 = QFormLayout(contact)
        form2.addRow(self.tr("Phone:"), self.phone)
        form2.addRow(self.tr("WhatsApp:"), self.whatsapp)
        form2.addRow(self.tr("E-mail:"), self.email)
        form2.addRow(self.tr("Preferred channel:"), self.channel)
        form2.addRow(self.tr("Address:"), self.address)
        form2.addRow(self.tr("City:"), self.city)
        form2.addRow(self.tr("Province:"), self.province)
        form2.addRow(self.tr("NPWP:"), self.npwp)

        more = QGroupBox(self.tr("Care notes"))
        form3 = QFormLayout(more)
        form3.addRow(self.tr("Tags:"), self.tags)
        form3.addRow(self.tr("Preferences:"), self.preferences)
        form3.addRow(self.tr("Needs:"), self.needs)
        form3.addRow(self.tr("Notes:"), self.notes)
        form3.addRow("", self.consent)

        self.banner = DuplicateBanner(editing=self.customer_id is not None)
        self.banner.open_existing.connect(self._open_existing)
        self.banner.merge.connect(self._merge)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(identity, 0, 0)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(more, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {
            "name": self.name, "kind": self.external, "category": self.category,
            "company": self.company, "division": self.division,
            "contact_person": self.contact_person, "phone": self.phone,
            "whatsapp": self.whatsapp, "email": self.email, "address": self.address,
            "city": self.city, "province": self.province, "birth_date": self.birth_date,
            "gender": self.gender, "preferred_channel": self.channel,
            "preferences": self.preferences, "needs": self.needs, "tags": self.tags,
            "npwp": self.npwp, "notes": self.notes, "joined_on": self.joined_on,
        }

    # -- kinds and divisions -------------------------------------------------------------
    def _kind_changed(self) -> None:
        internal = self.internal.isChecked()
        self._identity_form.setRowVisible(self.category, not internal)
        self._identity_form.setRowVisible(self._division_row, internal)
        self._identity_form.setRowVisible(self.contact_person, internal)
        self._identity_form.setRowVisible(self.company, not internal)
        self._identity_form.setRowVisible(self.birth_date, not internal)
        self._identity_form.setRowVisible(self.gender, not internal)

    def _division_changed(self, text: str) -> None:
        # An internal customer is usually named after its division: fill the name in.
        if self.internal.isChecked() and (not self.name.text()
                                          or self.name.text() == self._last_division):
            self.name.setText(text)
        self._last_division = text

    def _load_divisions(self) -> None:
        current = self.division.currentText()
        names = self.db.run(lambda s: [d.name for d in list_divisions(s)], write=False)
        self.division.blockSignals(True)
        self.division.clear()
        self.division.addItems(names)
        self.division.setCurrentText(current)
        self.division.blockSignals(False)

    def _edit_divisions(self) -> None:
        dialog = DivisionsDialog(self.db, self, hub=self.hub)
        dialog.changed.connect(self._load_divisions)
        dialog.exec()

    # -- loading and gathering -------------------------------------------------------------
    def _load(self, data: CustomerInput) -> None:
        internal = data.kind == CustomerKind.INTERNAL
        (self.internal if internal else self.external).setChecked(True)
        index = self.category.findData(data.category)
        self.category.setCurrentIndex(max(index, 0))
        self._last_division = data.division
        self.division.setCurrentText(data.division)
        for name in ("name", "company", "contact_person", "phone", "whatsapp", "email",
                     "city", "province", "npwp"):
            getattr(self, name).setText(getattr(data, name))
        for name in ("address", "preferences", "needs", "notes"):
            getattr(self, name).setPlainText(getattr(data, name))
        self.birth_date.set_value(data.birth_date)
        self.gender.setCurrentIndex(max(self.gender.findData(data.gender), 0))
        self.channel.setCurrentIndex(max(self.channel.findData(data.preferred_channel), 0))
        if data.joined_on is not None:
            self.joined_on.setDate(to_qdate(data.joined_on))
        self.tags.setText(", ".join(data.tags))
        self.consent.setChecked(data.marketing_consent)

    def data(self) -> CustomerInput:
        """What the form holds, as typed (the service validates and cleans it)."""
        internal = self.internal.isChecked()
        return CustomerInput(
            name=self.name.text(),
            kind=CustomerKind.INTERNAL.value if internal else CustomerKind.EXTERNAL.value,
            category=(CustomerCategory.DIVISION.value if internal
                      else str(self.category.currentData())),
            company="" if internal else self.company.text(),
            division=self.division.currentText() if internal else "",
            contact_person=self.contact_person.text() if internal else "",
            phone=self.phone.text(), whatsapp=self.whatsapp.text(), email=self.email.text(),
            address=self.address.toPlainText(), city=self.city.text(),
            province=self.province.text(),
            birth_date=None if internal else self.birth_date.value(),
            gender="" if internal else str(self.gender.currentData()),
            preferred_channel=str(self.channel.currentData()),
            preferences=self.preferences.toPlainText(), needs=self.needs.toPlainText(),
            tags=[t for t in (p.strip() for p in self.tags.text().split(",")) if t],
            npwp=self.npwp.text(), marketing_consent=self.consent.isChecked(),
            notes=self.notes.toPlainText(), joined_on=to_date(self.joined_on.date()),
        )

    # -- duplicates ------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        """Ask the service for customers with the typed phone, WhatsApp or e-mail."""
        phones = [self.phone.text(), self.whatsapp.text()]
        email = self.email.text()

        def look(session):  # type: ignore[no-untyped-def]
            found = {}
            for phone in phones:
                for c in find_duplicates(session, phone, email, self.customer_id):
                    found[c.id] = c
            if not any(p.strip() for p in phones):
                for c in find_duplicates(session, "", email, self.customer_id):
                    found[c.id] = c
            return list(found.values())

        self.banner.show_matches(self.db.run(look, write=False))

    def _open_existing(self, customer_id: int) -> None:
        self.open_existing.emit(customer_id)
        self.reject()

    def _merge(self, other_id: int) -> None:
        # Keep what was typed: save first, then hand both customers to the merge dialog.
        if self.customer_id is None or not self._save_quietly():
            return
        self.merge_requested.emit(self.customer_id, other_id)
        self.accept()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.customer_id is None and self.banner.matches and not self._confirm_duplicate():
            return
        if self._save_quietly():
            self.accept()

    def _confirm_duplicate(self) -> bool:
        first = self.banner.matches[0]
        answer = QMessageBox.question(self, self.tr("Possible duplicate"), self.tr(
            "{code} {name} already has this phone number or e-mail. Save a new customer "
            "anyway?").format(code=first.code, name=first.name))
        return answer == QMessageBox.StandardButton.Yes

    def _save_quietly(self) -> bool:
        data = self.data()
        self._mark_invalid(None)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._mark_invalid(exc)  # shown next to the field, not in a message box

        return run_op(self, self.hub, partial(customer_ops.save_customer, self.db,
                                              self.customer_id, data),
                      on_success=self._saved, on_failure=refused, quiet=(ValidationError,))

    def _saved(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.saved.emit(customer_id)

    def _mark_invalid(self, exc: ValidationError | None) -> None:
        for widget in self._fields.values():
            if widget.property("invalid"):
                restyle(widget, invalid=False)
        if exc is None:
            self.error.hide()
            return
        self.error.setText(error_text(exc))
        self.error.show()
        culprit = self._fields.get(exc.field or "")
        if culprit is not None:
            restyle(culprit, invalid=True)
            culprit.setFocus()
