"""The right-hand panel: one customer's contact data, tags, the money they owe, their points,
and their contacts, invoices and kwitansi.

The panel runs its own small actions (WhatsApp, logging a contact, closing a follow-up) and
asks the tab, by signal, for the ones that change the list (edit, archive, merge). Contact
data is read at once; the relationship (billing and loyalty) is read off the GUI thread by an
:class:`OverviewLoader` and fills in a moment later.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_date_long
from bizcare.domain.enums import Channel, CustomerKind
from bizcare.domain.errors import NotFoundError
from bizcare.domain.validation import format_npwp, format_phone
from bizcare.services.customers import CustomerSummary, customer_summary, whatsapp_number
from bizcare.services.customers import ops as customer_ops
from bizcare.storage.db import Database
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.errors import error_text, show_error
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import set_chip, set_tone
from bizcare.ui.customers.interactions import InteractionDialog, InteractionList
from bizcare.ui.customers.labels import (
    KIND_CHIPS,
    category_label,
    channel_label,
    gender_label,
    kind_label,
)
from bizcare.ui.customers.overview import LoadedOverview, OverviewLoader, RelationshipCards
from bizcare.ui.customers.overview_lists import RelationshipPages
from bizcare.ui.customers.widgets import chip, heading


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerDetail(QWidget):
    """Shows the customer chosen in the list (or a hint when none is).

    Signals:
        changed(): the panel changed data (a contact logged, a follow-up done).
        edit_requested(int), archive_requested(int), restore_requested(int),
        merge_requested(int): actions the tab carries out for this customer id.
    """

    changed = Signal()
    edit_requested = Signal(int)
    archive_requested = Signal(int)
    restore_requested = Signal(int)
    merge_requested = Signal(int)

    def __init__(self, db: Database, lang: str = "id", parent: QWidget | None = None, *,
                 hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang = db, lang
        if hub is None:  # on its own (not in the tab, which reloads it): follow its own ops
            hub = EventHub()
            hub.changed.connect(lambda _changes: self.reload())
        self.hub = hub
        self.summary: CustomerSummary | None = None
        self.active_dialog: QWidget | None = None
        self.loader = OverviewLoader(db, self)
        self.loader.loaded.connect(self._show_overview)
        self.loader.failed.connect(self._overview_failed)
        self.stack = QStackedWidget()
        self.hint = QLabel(self.tr("Choose a customer in the list to see the details."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        set_tone(self.hint, "muted")
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self._build_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    # -- building ------------------------------------------------------------------------
    def _build_page(self) -> QWidget:
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_chip = chip("", "blue")
        self.subtitle = QLabel()
        set_tone(self.subtitle, "muted")
        self.subtitle.setWordWrap(True)
        self.archived_note = QLabel()
        set_tone(self.archived_note, "warning")
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.kind_chip, 0, Qt.AlignmentFlag.AlignTop)

        self.whatsapp_button = QPushButton(self.tr("WhatsApp"))
        self.whatsapp_button.setObjectName("whatsappButton")
        self.whatsapp_button.setToolTip(self.tr(
            "Open a WhatsApp chat with a greeting, and note the contact in the history"))
        self.whatsapp_button.clicked.connect(self.send_whatsapp)
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.clicked.connect(self.log_contact)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.more_button = QPushButton(self.tr("More"))
        menu = QMenu(self.more_button)
        self.archive_action = menu.addAction(self.tr("Archive"))
        self.archive_action.triggered.connect(self._archive_or_restore)
        self.merge_action = menu.addAction(self.tr("Merge with another customer…"))
        self.merge_action.triggered.connect(lambda: self._request(self.merge_requested))
        self.more_button.setMenu(menu)
        actions = QHBoxLayout()
        for button in (self.whatsapp_button, self.log_button, self.edit_button,
                       self.more_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.values: dict[str, QLabel] = {}
        self.contact_form = self._form(("phone", self.tr("Phone")),
                                       ("whatsapp", self.tr("WhatsApp")),
                                       ("email", self.tr("E-mail")),
                                       ("contact_person", self.tr("Contact person")),
                                       ("address", self.tr("Address")),
                                       ("city", self.tr("City")),
                                       ("channel", self.tr("Prefers")))
        self.tags_row = QHBoxLayout()
        self.tags_row.setSpacing(6)
        self.about_form = self._form(("joined", self.tr("Customer since")),
                                     ("birth", self.tr("Birth date")),
                                     ("gender", self.tr("Gender")),
                                     ("npwp", self.tr("NPWP")),
                                     ("consent", self.tr("Promotions")),
                                     ("preferences", self.tr("Preferences")),
                                     ("needs", self.tr("Needs")),
                                     ("notes", self.tr("Notes")))
        self.relationship = RelationshipCards(self.lang)
        self.interactions = InteractionList(self.lang)
        self.interactions.complete_requested.connect(self.complete)
        self.pages = RelationshipPages(self.interactions, self.lang)
        self.pages.setMinimumHeight(260)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.archived_note)
        layout.addSpacing(4)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addWidget(self.relationship)
        layout.addWidget(heading(self.tr("Contact")))
        layout.addLayout(self.contact_form)
        layout.addWidget(heading(self.tr("About")))
        layout.addLayout(self.tags_row)
        layout.addLayout(self.about_form)
        layout.addSpacing(8)
        layout.addWidget(self.pages, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _form(self, *rows: tuple[str, str]) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(5)
        for key, text in rows:
            label = _value_label()
            self.values[key] = label
            caption = QLabel(text)
            set_tone(caption, "muted")
            form.addRow(caption, label)
        return form

    # -- showing -------------------------------------------------------------------------
    @property
    def customer_id(self) -> int | None:
        return self.summary.customer.id if self.summary is not None else None

    def show_customer(self, customer_id: int | None) -> None:
        """Load and show ``customer_id``; None (or a vanished customer) shows the hint."""
        if customer_id is None:
            self._forget()
            return
        try:
            summary = self.db.run(lambda s: customer_summary(s, customer_id), write=False)
        except NotFoundError:  # gone after a restore from backup: nothing to show
            summary = None
        except Exception as exc:  # noqa: BLE001 - user errors shown, bugs logged
            show_error(self, exc)
            summary = None
        if summary is None:
            self._forget()
            return
        if self.customer_id != customer_id:
            self._clear_overview()
        self.summary = summary
        self._fill()
        self.stack.setCurrentIndex(1)
        self.loader.load(customer_id)

    def _forget(self) -> None:
        self.summary = None
        self.loader.forget()
        self._clear_overview()
        self.stack.setCurrentIndex(0)

    def reload(self) -> None:
        self.show_customer(self.customer_id)

    def reload_overview(self) -> None:
        """Read the money and points again (after invoices, payments or points changed)."""
        if self.customer_id is not None:
            self.loader.load(self.customer_id)

    @property
    def busy(self) -> bool:
        """True while the relationship is still being read (the snapshot waits for it)."""
        return self.loader.busy

    def _fill(self) -> None:
        assert self.summary is not None
        s, c = self.summary, self.summary.customer
        internal = c.kind == CustomerKind.INTERNAL
        self.name.setText(c.name)
        set_chip(self.kind_chip, kind_label(c.kind), KIND_CHIPS.get(c.kind, "grey"))
        kind_text = (self.tr("Division {name}").format(name=s.division) if internal
                     else category_label(c.category))
        self.subtitle.setText(" · ".join(p for p in (c.code, kind_text, c.company) if p))
        self.archived_note.setVisible(c.archived)
        self.archived_note.setText(self.tr("Merged into another customer and archived.")
                                   if c.merged_into_id else self.tr("This customer is archived."))
        self.archive_action.setText(self.tr("Restore") if c.archived else self.tr("Archive"))
        self.merge_action.setEnabled(not c.archived)
        self.whatsapp_button.setEnabled(bool(whatsapp_number(c)) and not c.archived)
        city = ", ".join(p for p in (c.city, c.province) if p)
        self._set(self.contact_form, {
            "phone": format_phone(c.phone), "whatsapp": format_phone(c.whatsapp),
            "email": c.email, "contact_person": c.contact_person, "address": c.address,
            "city": city, "channel": channel_label(c.preferred_channel),
        })
        self._set(self.about_form, {
            "joined": format_date_long(c.joined_on, self.lang) if c.joined_on else "",
            "birth": format_date_long(c.birth_date, self.lang) if c.birth_date else "",
            "gender": gender_label(c.gender) if c.gender else "",
            "npwp": format_npwp(c.npwp) if c.npwp else "",
            "consent": self.tr("May be sent promotions") if c.marketing_consent
            else self.tr("Not to be sent promotions"),
            "preferences": c.preferences, "needs": c.needs, "notes": c.notes,
        })
        self._fill_tags(s.tags)
        self.pages.set_history_count(len(s.interactions), s.follow_ups_open)
        self.interactions.set_interactions(s.interactions, date.today())

    # -- the relationship (read off-thread) -----------------------------------------------
    def _show_overview(self, loaded: LoadedOverview) -> None:
        o = loaded.overview
        if o.customer_id != self.customer_id:
            return
        self.relationship.set_overview(o, loaded.spaced)
        self.pages.set_overview(o, loaded.spaced)

    def _overview_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):  # the customer vanished meanwhile (a restore)
            return
        self.relationship.show_error(self.tr(
            "Invoices and points could not be read: {reason}").format(reason=error_text(exc)))

    def _clear_overview(self) -> None:
        self.relationship.clear()
        self.pages.clear_overview()

    def _set(self, form: QFormLayout, values: dict[str, str]) -> None:
        for key, text in values.items():
            label = self.values[key]
            label.setText(text)
            form.setRowVisible(label, bool(text))

    def _fill_tags(self, tags: list[str]) -> None:
        while self.tags_row.count():
            item = self.tags_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for tag in tags:
            self.tags_row.addWidget(chip(tag, "indigo"))
        self.tags_row.addStretch(1)

    # -- actions -------------------------------------------------------------------------
    def _request(self, signal) -> None:  # type: ignore[no-untyped-def]
        if self.customer_id is not None:
            signal.emit(self.customer_id)

    def _archive_or_restore(self) -> None:
        if self.summary is None:
            return
        if self.summary.customer.archived:
            self._request(self.restore_requested)
        else:
            self._request(self.archive_requested)

    def send_whatsapp(self) -> None:
        """Open wa.me with the greeting filled in, then note the contact in the history."""
        if self.summary is None:
            return
        customer = self.summary.customer

        customer_id = customer.id
        assert customer_id is not None
        prepared: list[customer_ops.Greeting] = []
        if not run_op(self, self.hub, partial(customer_ops.whatsapp_greeting, self.db,
                                              customer_id), on_success=prepared.append):
            return
        message, link = prepared[0].message, prepared[0].link
        QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii")))
        run_op(self, self.hub, partial(customer_ops.log_interaction, self.db, customer_id,
                                       Channel.WHATSAPP.value, message),
               on_success=self._logged)

    def log_contact(self) -> None:
        if self.summary is None or self.customer_id is None:
            return
        dialog = InteractionDialog(self.db, self.customer_id, self.summary.customer.name, self,
                                   hub=self.hub)
        dialog.saved.connect(self._logged)
        self.active_dialog = dialog
        dialog.open()

    def _logged(self, _interaction_id: int) -> None:
        self.changed.emit()  # the broadcast of the operation reloads this panel

    def complete(self, interaction_id: int) -> None:
        run_op(self, self.hub, partial(customer_ops.complete_follow_up, self.db, interaction_id),
               on_success=lambda _r: self._logged(interaction_id))
