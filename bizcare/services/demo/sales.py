"""Demo billing: each customer's visits become invoices with lines, payments and kwitansi.

The money follows the billing rules exactly: line = round_half_up(price × qty) − line
discount, subtotal = Σ lines, base = subtotal − invoice discount, PPN by the settings' mode
(non-PKP by default, so none), total = base + PPN. Who pays how, and how late, depends on
the kind of customer: walk-in customers mostly pay on the spot, resellers and companies by
transfer, sometimes in instalments, sometimes late, a few not yet. Numbers are given later
(:func:`bizcare.services.demo.run.generate` numbers every document of a period in date order).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from bizcare.domain.enums import InvoiceStatus, PpnMode
from bizcare.domain.models.billing import QTY_SCALE
from bizcare.domain.money import BP, apply_bp, mul_qty, round_half_up
from bizcare.services.demo.catalogue import (
    BANKS,
    DELIVERY,
    EWALLETS,
    LINE_DISCOUNT_BP,
    METHODS,
    RECIPES,
    SITE_MATERIAL,
    Item,
)
from bizcare.services.demo.common import Calendar, Row, Weighted, office_time, poisson
from bizcare.services.demo.customers import Person
from bizcare.services.demo.texts import DRAFT_NOTES, VOID_REASONS

# Invoices per month of membership for an average customer of each kind.
RATES = {"perorangan": 0.18, "ritel": 0.45, "reseller": 0.7, "b2b": 0.55}
CASH_SALE_RATE = 0.05  # walk-in purchases paid on the spot without an invoice, per month
DRAFT_DAYS = 10  # drafts are recent work still waiting for a customer's answer
VOID_SHARE = 0.015
DRAFT, ISSUED, PARTIAL, PAID, VOID = (s.value for s in (
    InvoiceStatus.DRAFT, InvoiceStatus.ISSUED, InvoiceStatus.PARTIAL, InvoiceStatus.PAID,
    InvoiceStatus.VOID))


@dataclass(frozen=True)
class Terms:
    """What the settings say about new invoices and kwitansi."""

    payment_days: int
    ppn_mode: str
    meterai_threshold: int
    bank_accounts: str


@dataclass(slots=True)
class Bill:
    """One invoice with what happened to it, for the service-quality generator."""

    invoice: Row
    person: Person
    lines: list[Row]
    first_item: str
    is_service: bool
    payments: list[Row] = field(default_factory=list)
    settled_on: date | None = None


@dataclass
class Sales:
    invoices: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)
    receipts: list[Row] = field(default_factory=list)
    bills: list[Bill] = field(default_factory=list)
    # (receipt, bill or None, instalment number, settles): purposes need invoice numbers.
    purposes: list[tuple[Row, Bill | None, int, bool]] = field(default_factory=list)


def totals(lines: list[Row], discount: int, ppn_mode: str) -> dict[str, int]:
    """The invoice's money columns from its lines, rounded half up once per figure."""
    return _totals(sum(line_amount(line) for line in lines), discount, ppn_mode)


def _totals(subtotal: int, discount: int, ppn_mode: str) -> dict[str, int]:
    base = subtotal - discount
    dpp = ppn = 0
    if ppn_mode == PpnMode.PPN_11:
        dpp, ppn = base, round_half_up(Decimal(base * 1100) / BP)
    elif ppn_mode == PpnMode.PPN_12_DPP:
        dpp = round_half_up(Decimal(base * 11) / 12)
        ppn = round_half_up(Decimal(base * 11 * 1200) / (12 * BP))
    return {"subtotal": subtotal, "discount": discount, "dpp": dpp, "ppn": ppn,
            "total": base + ppn}


def line_amount(line: Row) -> int:
    """round_half_up(price × qty) − discount; whole quantities need no Decimal."""
    whole, fraction = divmod(line["quantity_milli"], QTY_SCALE)
    if fraction:
        gross = mul_qty(line["unit_price"], Decimal(line["quantity_milli"]) / QTY_SCALE)
    else:
        gross = line["unit_price"] * whole
    return int(gross - line["discount"])


class Biller:
    """Turns visits into invoices, lines, payments and kwitansi rows."""

    def __init__(self, rng: Random, cal: Calendar, items: dict[str, tuple[Item, int]],
                 terms: Terms, received_from: Callable[[Row], str],
                 words: Callable[[int], str], place: str, signatory: str) -> None:
        self.rng, self.cal, self.items, self.terms = rng, cal, items, terms
        self.services = {item_id for item, item_id in items.values() if item.is_service}
        self.received_from, self.words = received_from, words
        self.place, self.signatory = place, signatory
        self.recipes = {
            cat: Weighted([(tuple(_parse(line) for line in lines), weight)
                           for weight, lines in recipes])
            for cat, recipes in RECIPES.items()
        }
        self.methods = {cat: Weighted(pairs) for cat, pairs in METHODS.items()}
        self.sales = Sales()

    # -- one customer ---------------------------------------------------------------------
    def simulate(self, person: Person) -> tuple[list[Bill], list[Row]]:
        """Every invoice and cash sale of ``person`` over the period, and the kwitansi."""
        rng = self.rng
        first_receipt = len(self.sales.receipts)
        mean = RATES[person.category] * person.activity * self.cal.active_months(person.joined)
        bills = [self._invoice(person, day)
                 for day in self.cal.busy_days(rng, poisson(rng, mean), person.joined)]
        if person.category == "perorangan":
            cash_mean = CASH_SALE_RATE * person.activity * self.cal.active_months(person.joined)
            for day in self.cal.busy_days(rng, poisson(rng, cash_mean), person.joined):
                self._cash_sale(person, day)
        return bills, self.sales.receipts[first_receipt:]

    def _invoice(self, person: Person, day: date) -> Bill:
        rng, cat = self.rng, person.category
        invoice: Row = {"customer_id": person.row["id"], "created_at": office_time(rng, day, 8, 17)}
        lines = self._lines(invoice, cat)
        discount = 0
        subtotal = sum(line_amount(line) for line in lines)
        if cat == "b2b" and rng.random() < 0.2 and subtotal >= 1_000_000:
            discount = subtotal * rng.choice((200, 250, 300, 500)) // BP // 1000 * 1000
        days = 30 if "tempo 30 hari" in person.tags else self.terms.payment_days
        invoice.update(_totals(subtotal, discount, self.terms.ppn_mode))
        invoice.update({
            "number": None, "status": ISSUED, "issue_date": day,
            "due_date": day + timedelta(days=days), "ppn_mode": self.terms.ppn_mode,
            "voucher_id": None, "notes": "", "payment_instructions": self.terms.bank_accounts,
            "issued_at": invoice["created_at"] + timedelta(minutes=rng.randint(2, 40)),
            "voided_at": None, "void_reason": "",
        })
        first = lines[0]
        bill = Bill(invoice, person, lines, first["description"], first["item_id"] in self.services)
        self.sales.invoices.append(invoice)
        self.sales.lines.extend(lines)
        self.sales.bills.append(bill)
        age = (self.cal.today - day).days
        if age < DRAFT_DAYS and rng.random() < 0.12:
            invoice.update(status=DRAFT, issued_at=None,
                           notes=rng.choice(DRAFT_NOTES))
        elif rng.random() < VOID_SHARE:
            voided = min(day + timedelta(days=rng.randint(0, 5)), self.cal.today)
            invoice.update(status=VOID, void_reason=rng.choice(VOID_REASONS),
                           voided_at=max(office_time(rng, voided), invoice["issued_at"]))
        else:
            self._pay(bill)
        return bill

    def _lines(self, invoice: Row, category: str) -> list[Row]:
        rng = self.rng
        lines: list[Row] = []
        recipe = self.recipes[category].pick(rng)
        for index, (sku, low, step, steps, chance) in enumerate(recipe):
            if index and rng.random() >= chance:
                continue
            item, item_id = self.items[sku]
            qty = low + step * rng.randint(0, steps)
            gross = mul_qty(item.price, qty) if qty % 1 else item.price * int(qty)
            discount = 0
            bp = LINE_DISCOUNT_BP.get(category)
            share = 0.8 if category == "reseller" else 0.3
            if bp and not item.is_service and rng.random() < share:
                discount = apply_bp(gross, bp)
            lines.append(self._line(invoice, len(lines), item_id, item.name, qty, item.unit,
                                    item.price, discount))
        big = any(line["unit_price"] >= 1_000_000 for line in lines)
        if big and category in {"perorangan", "ritel"} and rng.random() < 0.35:
            lines.append(self._line(invoice, len(lines), None, DELIVERY[0], Decimal(1),
                                    "kali", DELIVERY[1], 0))
        if category == "b2b" and rng.random() < 0.15:
            low_price, high_price = SITE_MATERIAL[1]
            price = rng.randrange(low_price, high_price + 1, 2_500)
            lines.append(self._line(invoice, len(lines), None, SITE_MATERIAL[0], Decimal(1),
                                    "paket", price, 0))
        return lines

    @staticmethod
    def _line(invoice: Row, position: int, item_id: int | None, description: str,
              qty: Decimal, unit: str, price: int, discount: int) -> Row:
        return {"invoice_id": invoice, "position": position, "item_id": item_id,
                "description": description, "quantity_milli": int(qty * QTY_SCALE),
                "unit": unit, "unit_price": price, "discount": discount}

    # -- money received ---------------------------------------------------------------------
    def _pay(self, bill: Bill) -> None:
        invoice, person = bill.invoice, bill.person
        plan = _payment_plan(self.rng, person.category, invoice["total"],
                             invoice["issue_date"], invoice["due_date"])
        paid = 0
        method = self.methods[person.category].pick(self.rng)
        for number, (day, amount) in enumerate(plan, start=1):
            if day > self.cal.today:
                break
            if self.rng.random() < 0.3:
                method = self.methods[person.category].pick(self.rng)
            paid += amount
            settles = paid == invoice["total"]
            receipt = self._receive(person, amount, method, day, invoice, bill.payments)
            self.sales.purposes.append((receipt, bill, number, settles))
            if settles:
                bill.settled_on = day
        if paid:
            invoice["status"] = PAID if paid == invoice["total"] else PARTIAL

    def _cash_sale(self, person: Person, day: date) -> None:
        rng = self.rng
        skus = ("LP-PH10", "LP-HN12", "PL-STK1", "PL-SKL1", "PL-ISO", "PL-FIT", "PL-TRM3")
        parts = []
        amount = 0
        for sku in rng.sample(skus, rng.randint(1, 3)):
            item, _ = self.items[sku]
            qty = rng.randint(1, 6)
            amount += item.price * qty
            parts.append(f"{item.name} ({qty} {item.unit})")
        receipt = self._receive(person, amount, rng.choice(("tunai", "tunai", "qris")), day,
                                None, [])
        receipt["purpose"] = "Pembelian tunai: " + ", ".join(parts)

    def _receive(self, person: Person, amount: int, method: str, day: date,
                 invoice: Row | None, into: list[Row]) -> Row:
        rng = self.rng
        at = office_time(rng, day, 8, 20)
        after = into[-1]["created_at"] if into else invoice["issued_at"] if invoice else None
        if after is not None and at <= after:  # instalments and the invoice come first
            at = after + timedelta(minutes=rng.randint(5, 90))
        payment: Row = {
            "invoice_id": invoice, "customer_id": person.row["id"], "amount": amount,
            "method": method, "paid_on": day, "reference": _reference(rng, method),
            "voided_at": None, "created_at": at,
        }
        receipt: Row = {
            "number": None, "payment_id": payment, "customer_id": person.row["id"],
            "invoice_id": invoice, "amount": amount,
            "received_from": self.received_from(person.row), "amount_words": self.words(amount),
            "purpose": "", "place": self.place, "issued_on": day, "signatory": self.signatory,
            "meterai_required": amount > self.terms.meterai_threshold, "points_earned": 0,
            "voided_at": None, "void_reason": "", "created_at": at,
        }
        into.append(payment)
        self.sales.payments.append(payment)
        self.sales.receipts.append(receipt)
        return receipt


def _parse(line: tuple[str, int | str, int | str, str, float]
           ) -> tuple[str, Decimal, Decimal, int, float]:
    """A recipe line as (sku, lowest quantity, step, number of steps, chance)."""
    sku, low, high, step, chance = line
    lo, hi, st = Decimal(str(low)), Decimal(str(high)), Decimal(step)
    return sku, lo, st, int((hi - lo) / st), chance


def _split(rng: Random, total: int, parts: int) -> list[int]:
    """Instalments: round down-payments first, the rest on the last one."""
    unit = 50_000 if total >= 1_000_000 else 1_000
    amounts = []
    left = total
    for remaining in range(parts, 1, -1):
        share = left * rng.uniform(0.3, 0.6) if remaining > 2 else left * rng.uniform(0.4, 0.6)
        amount = int(share) // unit * unit
        if amount <= 0 or amount >= left:
            break
        amounts.append(amount)
        left -= amount
    amounts.append(left)
    return amounts


def _payment_plan(rng: Random, category: str, total: int, issued: date,
                  due: date) -> list[tuple[date, int]]:
    """When and how much a customer of ``category`` pays (dates may lie in the future)."""
    roll = rng.random()
    days = (due - issued).days
    if category in {"perorangan", "ritel"}:
        if roll < 0.86:
            return [(issued, total)]
        if roll < 0.95:
            return [(issued + timedelta(days=rng.randint(1, 10)), total)]
        if roll < 0.985:
            amounts = _split(rng, total, 2) if total >= 100_000 else [total]
            later = issued + timedelta(days=rng.randint(7, 30))
            return [(issued if i == 0 else later, amount) for i, amount in enumerate(amounts)]
        return _slow_payer(rng, total, due)
    on_time, instalments, late = ((0.55, 0.80, 0.94) if category == "reseller"
                                  else (0.50, 0.70, 0.92))
    if roll < on_time:
        return [(issued + timedelta(days=rng.randint(0, max(days, 1))), total)]
    if roll < instalments and total >= 500_000:
        amounts = _split(rng, total, rng.choice((2, 2, 3)))
        plan, day = [], issued
        for amount in amounts:
            day = day + timedelta(days=rng.randint(0, 25))
            plan.append((day, amount))
        return plan
    if roll < late:
        return [(due + timedelta(days=rng.randint(3, 60)), total)]
    return _slow_payer(rng, total, due)


def _slow_payer(rng: Random, total: int, due: date) -> list[tuple[date, int]]:
    """Pays after reminders and a formal letter, months late; one in five never pays."""
    if rng.random() < 0.2:
        return []
    return [(due + timedelta(days=rng.randint(45, 150)), total)]


def _reference(rng: Random, method: str) -> str:
    digits = str(rng.randrange(10**9, 10**10))
    if method == "transfer":
        return f"Transfer {rng.choice(BANKS)} {digits}"
    if method == "qris":
        return f"QRIS {digits}"
    if method == "ewallet":
        return f"{rng.choice(EWALLETS)} {digits}"
    if method == "kartu":
        return f"EDC {rng.choice(BANKS[:4])} approval {digits[:6]}"
    return ""


def invoice_purpose(bill: Bill, instalment: int, settles: bool, shown: int = 3) -> str:
    """"Pelunasan invoice INV/… — A, B, C dan 2 item lainnya", as the billing service says."""
    descriptions = [line["description"] for line in bill.lines]
    what = ", ".join(descriptions[:shown])
    if len(descriptions) > shown:
        what += f" dan {len(descriptions) - shown} item lainnya"
    head = "Pelunasan" if settles else f"Pembayaran ke-{instalment}"
    return f"{head} invoice {bill.invoice['number']} — {what}"
