"""Demo service quality and contact history: chats, reminders, feedback, complaints, requests.

Everything hangs off what happened in billing: an enquiry comes before a purchase, a thank
you after the payment, a cleaning reminder three months after an AC wash, payment
reminders while an invoice is overdue, feedback after some purchases (mostly happy, as in
real shops), and a complaint for a few of them — more likely after a bad score.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from bizcare.domain.enums import (
    ComplaintStatus,
    Direction,
    LedgerKind,
    LoyaltyProgram,
    Priority,
    RequestStatus,
)
from bizcare.services.demo.catalogue import CS_STAFF, DIVISIONS, TECHNICIANS
from bizcare.services.demo.common import Calendar, Row, Weighted, office_time, poisson
from bizcare.services.demo.customers import Person
from bizcare.services.demo.sales import DRAFT, VOID, Bill
from bizcare.services.demo.texts import (
    COMPLAINTS,
    FEEDBACK,
    GENERAL_INBOUND,
    INQUIRIES,
    PROMO,
    QUOTE_FOLLOW_UP,
    REMINDERS,
    REQUEST_NOTES,
    REQUESTS,
    SEGMENTS,
    SERVICE_FOLLOW_UP,
    THANKS,
)

SCORES = Weighted(((5, 45), (4, 33), (3, 12), (2, 6), (1, 4)))
PRIORITIES = Weighted(((Priority.LOW.value, 15), (Priority.NORMAL.value, 55),
                       (Priority.HIGH.value, 22), (Priority.URGENT.value, 8)))
DUE_DAYS = {"low": 7, "normal": 3, "high": 2, "urgent": 1}
REMINDER_AFTER_DUE = (3, 17, 31)  # days past due for the three reminder levels
INTERNAL_POINTS = 10  # appreciation for a request done on time with a good rating
INTERNAL_MIN_RATING = 4
FINANCE_STAFF = "Maria Ulfa"


@dataclass
class Service:
    interactions: list[Row] = field(default_factory=list)
    feedback: list[Row] = field(default_factory=list)
    complaints: list[Row] = field(default_factory=list)
    requests: list[Row] = field(default_factory=list)
    appreciation: list[Row] = field(default_factory=list)
    # (interaction, bill): reminder texts quote the invoice number, known only later.
    reminders: list[tuple[Row, Bill]] = field(default_factory=list)
    # (ledger entry, request): the reason starts with "#<request id> ", known only later.
    awarded: list[tuple[Row, Row]] = field(default_factory=list)


class Desk:
    """The customer-service desk of the demo shop."""

    def __init__(self, rng: Random, cal: Calendar) -> None:
        self.rng, self.cal = rng, cal
        self.out = Service()

    # -- contact history ----------------------------------------------------------------------
    def contacts(self, person: Person, bills: list[Bill]) -> None:
        rng, today = self.rng, self.cal.today
        for bill in bills:
            issued = bill.invoice["issue_date"]
            if rng.random() < 0.45:
                day = max(person.joined, issued - timedelta(days=rng.randint(0, 3)))
                kind = ("service" if bill.is_service else "unit"
                        if bill.lines[0]["unit"] == "unit" else "goods")
                self._log(person, day, Direction.INBOUND,
                          rng.choice(INQUIRIES[kind]).format(item=bill.first_item))
            if person.category == "b2b" and rng.random() < 0.3:
                day = max(person.joined, issued - timedelta(days=rng.randint(3, 10)))
                self._log(person, day, Direction.OUTBOUND,
                          QUOTE_FOLLOW_UP.format(item=bill.first_item),
                          follow_up=day + timedelta(days=3), done=True)
            if bill.settled_on and rng.random() < 0.35:
                day = min(bill.settled_on + timedelta(days=rng.randint(0, 1)), today)
                self._log(person, day, Direction.OUTBOUND, rng.choice(THANKS))
            if bill.is_service and bill.first_item.startswith("Cuci AC") and (
                    bill.invoice["status"] != VOID):
                follow = issued + timedelta(days=90)
                self._log(person, issued, Direction.OUTBOUND, SERVICE_FOLLOW_UP,
                          follow_up=follow, done=follow < today and rng.random() < 0.85)
            self._reminders(person, bill)
        for day in self.cal.campaign_days:
            if person.row["marketing_consent"] and person.joined < day and rng.random() < 0.1:
                self._log(person, day - timedelta(days=rng.randint(1, 7)), Direction.OUTBOUND,
                          PROMO)
        if rng.random() < 0.1 and self.cal.days:
            day = self.cal.busy_days(rng, 1, person.joined)
            if day:
                self._log(person, day[0], Direction.INBOUND, rng.choice(GENERAL_INBOUND))

    def _reminders(self, person: Person, bill: Bill) -> None:
        invoice = bill.invoice
        if invoice["status"] in {DRAFT, VOID}:
            return
        for level, after in enumerate(REMINDER_AFTER_DUE):
            day = invoice["due_date"] + timedelta(days=after)
            if day > self.cal.today or (bill.settled_on and day >= bill.settled_on):
                return
            follow = day + timedelta(days=7)
            row = self._log(person, day, Direction.OUTBOUND, REMINDERS[level],
                            follow_up=follow, done=bool(bill.settled_on) or (
                                level < 2 and follow < self.cal.today), staff=FINANCE_STAFF,
                            channel="email" if person.row["preferred_channel"] == "email"
                            else "whatsapp")
            self.out.reminders.append((row, bill))

    def _log(self, person: Person, day: date, direction: Direction, summary: str, *,
             follow_up: date | None = None, done: bool = False, staff: str | None = None,
             channel: str | None = None) -> Row:
        row: Row = {
            "customer_id": person.row["id"], "occurred_at": office_time(self.rng, day),
            "channel": channel or person.row["preferred_channel"],
            "direction": direction.value, "summary": summary, "follow_up_on": follow_up,
            "follow_up_done": done, "created_by": staff or self.rng.choice(CS_STAFF),
        }
        self.out.interactions.append(row)
        return row

    # -- feedback and complaints ------------------------------------------------------------
    def satisfaction(self, person: Person, bills: list[Bill]) -> None:
        rng, today = self.rng, self.cal.today
        for bill in bills:
            score = None
            if bill.settled_on and rng.random() < (0.3 if bill.is_service else 0.15):
                score = SCORES.pick(rng)
                nps_range = {5: (9, 10), 4: (7, 9), 3: (5, 8), 2: (2, 6), 1: (0, 4)}[score]
                self.out.feedback.append({
                    "customer_id": person.row["id"], "invoice_id": bill.invoice,
                    "received_on": min(bill.settled_on + timedelta(days=rng.randint(0, 3)),
                                       today),
                    "channel": person.row["preferred_channel"], "score": score,
                    "nps": rng.randint(*nps_range) if rng.random() < 0.4 else None,
                    "comment": rng.choice(FEEDBACK[score]) if rng.random() < 0.6 else "",
                })
            unhappy = score is not None and score <= 2 and rng.random() < 0.6
            open_bill = bill.invoice["status"] not in {DRAFT, VOID}
            if open_bill and (unhappy or rng.random() < 0.012):
                self._complaint(person, bill)

    def _complaint(self, person: Person, bill: Bill) -> None:
        rng, today = self.rng, self.cal.today
        opened = min(bill.invoice["issue_date"] + timedelta(days=rng.randint(1, 10)), today)
        pool = COMPLAINTS[1:3] if bill.is_service and rng.random() < 0.7 else COMPLAINTS
        category, cases = rng.choice(pool)
        description, resolution = rng.choice(cases)
        priority = PRIORITIES.pick(rng)
        due = opened + timedelta(days=DUE_DAYS[priority])
        age = (today - opened).days
        roll = rng.random()
        if age > 14:
            status = ComplaintStatus.CLOSED if roll < 0.8 else ComplaintStatus.RESOLVED
        elif age > 3:
            status = (ComplaintStatus.RESOLVED if roll < 0.45 else ComplaintStatus.IN_PROGRESS
                      if roll < 0.8 else ComplaintStatus.OPEN)
        else:
            status = ComplaintStatus.OPEN if roll < 0.6 else ComplaintStatus.IN_PROGRESS
        resolved = closed = None
        if status in {ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED}:
            resolved = min(opened + timedelta(days=rng.randint(0, DUE_DAYS[priority] + 4)), today)
            closed_day = resolved + timedelta(days=rng.randint(1, 5))
            if status == ComplaintStatus.CLOSED and closed_day <= today:
                closed = closed_day
            else:
                status = ComplaintStatus.RESOLVED
        staff = TECHNICIANS if category in {"Kualitas servis", "Keterlambatan"} else CS_STAFF
        assigned = "" if status == ComplaintStatus.OPEN and roll < 0.3 else rng.choice(staff)
        self.out.complaints.append({
            "customer_id": person.row["id"], "invoice_id": bill.invoice, "opened_on": opened,
            "due_on": due, "channel": person.row["preferred_channel"], "category": category,
            "description": description, "priority": priority, "status": status.value,
            "assigned_to": assigned, "resolution": resolution if resolved else "",
            "resolved_on": resolved, "closed_on": closed, "created_at": office_time(rng, opened),
        })

    # -- between divisions ------------------------------------------------------------------
    def internal_requests(self, divisions: dict[str, tuple[int, int]], monthly: float) -> None:
        """Requests between divisions; ``divisions`` maps name -> (division id, customer id)."""
        rng, today = self.rng, self.cal.today
        names = [name for name, _, _ in DIVISIONS]
        count = poisson(rng, monthly * len(self.cal.days) / 30.44)
        for opened in self.cal.busy_days(rng, count, self.cal.start):
            provider = rng.choice(names)
            requester = rng.choice([n for n in names if n != provider])
            title = rng.choice(REQUESTS[provider])
            due = opened + timedelta(days=rng.randint(1, 10))
            age = (today - opened).days
            roll = rng.random()
            if due < today - timedelta(days=3) or age > 20:
                status = (RequestStatus.DONE if roll < 0.88 else RequestStatus.CANCELLED
                          if roll < 0.92 else RequestStatus.IN_PROGRESS)
            else:
                status = (RequestStatus.OPEN if roll < 0.4 else RequestStatus.IN_PROGRESS
                          if roll < 0.75 else RequestStatus.DONE)
            completed = rating = None
            if status == RequestStatus.DONE:
                completed = min(opened + timedelta(days=rng.randint(0, (due - opened).days + 5)),
                                today)
                late = completed > due
                rating = Weighted(((5, 20), (4, 30), (3, 35), (2, 12), (1, 3)) if late
                                  else ((5, 50), (4, 35), (3, 15))).pick(rng)
            row: Row = {
                "requester_id": divisions[requester][1],
                "provider_division_id": divisions[provider][0], "title": title,
                "description": f"Permintaan dari divisi {requester}: {title.lower()}.",
                "priority": PRIORITIES.pick(rng), "opened_on": opened, "due_on": due,
                "status": status.value, "completed_on": completed, "rating": rating,
                "notes": rng.choice(REQUEST_NOTES) if completed and rng.random() < 0.4 else "",
                "created_at": office_time(rng, opened),
            }
            self.out.requests.append(row)
            if completed and completed <= due and rating and rating >= INTERNAL_MIN_RATING:
                entry = {
                    "customer_id": divisions[provider][1],
                    "program": LoyaltyProgram.INTERNAL.value, "kind": LedgerKind.BONUS.value,
                    "points": INTERNAL_POINTS, "occurred_on": completed, "expires_on": None,
                    "receipt_id": None, "reward_id": None, "reverses_id": None,
                    "reason": title, "created_at": office_time(rng, completed, 17, 19),
                }
                self.out.appreciation.append(entry)
                self.out.awarded.append((entry, row))


def segment_rows(rng: Random, cal: Calendar) -> list[Row]:
    """The owner's segments with their rules (JSON) and priority-matrix scores."""
    rows = []
    for name, description, rules, (profit, loyal, retain, grow) in SEGMENTS:
        rows.append({
            "name": name, "description": description,
            "rules": json.dumps(rules, ensure_ascii=False), "profitability": profit,
            "loyalty": loyal, "retention": retain, "growth": grow, "active": True,
            "created_at": office_time(rng, cal.start),
        })
    return rows
