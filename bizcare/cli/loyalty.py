"""``bizcare loyalty …``: balance, history, redeem, expire and adjust points from a script.

Output is tab-separated for scripts: ``balance`` prints ``key<TAB>value`` lines (points,
tier, next_expiry as YYYY-MM-DD or ``-``), ``history`` a header then one line per entry.
A short balance exits 2 with one line on stderr and writes nothing.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

HISTORY_HEADER = ("date", "kind", "points", "balance", "expires_on", "reference", "reason")


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _types as t

    p = sub.add_parser("loyalty", parents=parents, help="loyalty points of a customer")
    cmds = p.add_subparsers(dest="loyalty_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    on = argparse.ArgumentParser(add_help=False)
    on.add_argument("--date", type=t.day, metavar="YYYY-MM-DD", help="as of this day (today)")
    common = [*parents, on]

    c = cmds.add_parser("balance", parents=common, help="points, tier and next expiry")
    c.add_argument("customer", metavar="CUSTOMER", type=t.text,
                   help="customer code, e.g. PLG-000001")
    c.set_defaults(handler=cmd_balance)

    c = cmds.add_parser("history", parents=common, help="the ledger, tab-separated")
    c.add_argument("customer", metavar="CUSTOMER", type=t.text)
    c.set_defaults(handler=cmd_history)

    c = cmds.add_parser("redeem", parents=common, help="redeem a reward or a number of points")
    c.add_argument("customer", metavar="CUSTOMER", type=t.text)
    what = c.add_mutually_exclusive_group(required=True)
    what.add_argument("--reward", metavar="NAME", type=t.text, help="a reward of the catalogue")
    what.add_argument("--points", type=t.points, metavar="N", help="points to redeem")
    c.add_argument("--reason", type=t.text, default="", help="what the points were redeemed for")
    c.set_defaults(handler=cmd_redeem)

    c = cmds.add_parser("expire", parents=common, help="write off lapsed points (idempotent)")
    c.set_defaults(handler=cmd_expire)

    c = cmds.add_parser("daily", parents=common,
                        help="what the window runs at start: expiry, birthday bonuses, "
                             "internal appreciation (idempotent; for a scheduled task)")
    c.set_defaults(handler=cmd_daily)

    c = cmds.add_parser("adjust", parents=common, help="add or remove points, with a reason")
    c.add_argument("customer", metavar="CUSTOMER", type=t.text)
    c.add_argument("--points", type=t.points_change, required=True, metavar="N",
                   help="e.g. 50 or -20")
    c.add_argument("--reason", type=t.text, required=True, help="why (kept in the audit trail)")
    c.set_defaults(handler=cmd_adjust)


def _on(ctx: Any) -> date:
    return ctx.args.date or date.today()


def cmd_balance(ctx: Any) -> int:
    from bizcare.services.loyalty import member_by_code, member_status

    with ctx.db.session(write=False) as s:
        status = member_status(s, member_by_code(s, ctx.args.customer).id or 0, _on(ctx))
    ctx.out("points", status.points)
    ctx.out("tier", status.tier or "-")
    ctx.out("next_expiry", status.next_expiry.isoformat() if status.next_expiry else "-")
    return 0


def cmd_history(ctx: Any) -> int:
    from bizcare.services.loyalty import history, member_by_code

    with ctx.db.session(write=False) as s:
        rows = history(s, member_by_code(s, ctx.args.customer).id or 0)
    ctx.out(*HISTORY_HEADER)
    for r in rows:
        ctx.out(r.occurred_on.isoformat(), r.kind, r.points, r.balance,
                r.expires_on.isoformat() if r.expires_on else "",
                r.receipt_number or r.reward_name, r.reason)
    return 0


def cmd_redeem(ctx: Any) -> int:
    from bizcare.services.loyalty import (
        member_by_code,
        member_status,
        redeem_points,
        redeem_reward,
        reward_by_name,
    )

    day = _on(ctx)
    with ctx.db.session() as s:
        cid = member_by_code(s, ctx.args.customer).id or 0
        if ctx.args.reward is not None:
            entry = redeem_reward(s, cid, reward_by_name(s, ctx.args.reward).id or 0, day,
                                  actor="cli")
        else:
            entry = redeem_points(s, cid, ctx.args.points, day, ctx.args.reason, actor="cli")
        left = member_status(s, cid, day).points
    ctx.out("redeemed", -entry.points)
    ctx.out("points", left)
    return 0


def cmd_expire(ctx: Any) -> int:
    from bizcare.services.loyalty import expire_points

    with ctx.db.session() as s:
        entries, points = expire_points(s, _on(ctx))
    ctx.out("expired_entries", entries)
    ctx.out("expired_points", points)
    return 0


def cmd_daily(ctx: Any) -> int:
    from bizcare.services.loyalty import run_daily

    with ctx.db.session() as s:
        done = run_daily(s, _on(ctx))
    ctx.out("expired_entries", done.expired_entries)
    ctx.out("expired_points", done.expired_points)
    ctx.out("birthday_bonuses", done.birthdays)
    ctx.out("internal_awards", done.internal_awards)
    return 0


def cmd_adjust(ctx: Any) -> int:
    from bizcare.services.loyalty import adjust_points, balance, member_by_code

    with ctx.db.session() as s:
        customer = member_by_code(s, ctx.args.customer)
        entry = adjust_points(s, customer.id or 0, ctx.args.points, ctx.args.reason, _on(ctx),
                              actor="cli")
        total = balance(s, customer.id or 0, entry.program)
    ctx.out("points", total)
    return 0
