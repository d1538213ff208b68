"""Customers of both kinds: records and codes, input checks, interactions, merging, the
overview an owner opens, and search (``search/``). The face every other floor and area imports.

Billing and loyalty do not import this area (its overview reads them); they find a customer
through :mod:`bizcare.services.lookups`.
"""

from __future__ import annotations

from bizcare.services.customers.codes import reserve_codes
from bizcare.services.customers.input import FIELD_LABELS, validate_customer
from bizcare.services.customers.overview import CustomerOverview, customer_overview
from bizcare.services.customers.records import (
    CustomerInput,
    CustomerQuery,
    CustomerRow,
    CustomerSummary,
    archive_customer,
    count_customers,
    create_customer,
    customer_input,
    customer_summary,
    division_id_for,
    find_duplicates,
    follow_ups_due,
    get_customer,
    get_customer_by_code,
    list_cities,
    list_divisions,
    list_tags,
    restore_customer,
    rows_for_ids,
    search_ids,
    search_page,
    tag_ids,
    whatsapp_link,
    whatsapp_number,
)
from bizcare.services.customers.search.index import INDEX_NEW_ROWS, TRIGGER, bulk_indexing
from bizcare.services.customers.search.match import plan
from bizcare.services.customers.search.query import query_conditions, query_order

__all__ = [
    "CustomerInput",
    "CustomerOverview",
    "CustomerQuery",
    "CustomerRow",
    "CustomerSummary",
    "FIELD_LABELS",
    "INDEX_NEW_ROWS",
    "TRIGGER",
    "archive_customer",
    "bulk_indexing",
    "count_customers",
    "create_customer",
    "customer_input",
    "customer_overview",
    "customer_summary",
    "division_id_for",
    "find_duplicates",
    "follow_ups_due",
    "get_customer",
    "get_customer_by_code",
    "list_cities",
    "list_divisions",
    "list_tags",
    "plan",
    "query_conditions",
    "query_order",
    "reserve_codes",
    "restore_customer",
    "rows_for_ids",
    "search_ids",
    "search_page",
    "tag_ids",
    "validate_customer",
    "whatsapp_link",
    "whatsapp_number",
]
