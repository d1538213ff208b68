"""Every table of the mission, one module per area. Importing this registers them all."""

from bizcare.domain.models.audit import AuditLog
from bizcare.domain.models.billing import (
    CatalogueItem,
    Invoice,
    InvoiceLine,
    NumberSequence,
    Payment,
    Receipt,
)
from bizcare.domain.models.business import BusinessProfile, Setting
from bizcare.domain.models.customers import (
    Customer,
    CustomerTag,
    Division,
    Interaction,
    Tag,
)
from bizcare.domain.models.loyalty import (
    Campaign,
    LoyaltyEntry,
    LoyaltyTier,
    Reward,
    RewardRule,
    Voucher,
)
from bizcare.domain.models.segments import Segment, SegmentMember
from bizcare.domain.models.service_quality import Complaint, Feedback, InternalRequest

__all__ = [
    "AuditLog",
    "BusinessProfile",
    "Campaign",
    "CatalogueItem",
    "Complaint",
    "Customer",
    "CustomerTag",
    "Division",
    "Feedback",
    "Interaction",
    "InternalRequest",
    "Invoice",
    "InvoiceLine",
    "LoyaltyEntry",
    "LoyaltyTier",
    "NumberSequence",
    "Payment",
    "Receipt",
    "Reward",
    "RewardRule",
    "Segment",
    "SegmentMember",
    "Setting",
    "Tag",
    "Voucher",
]
