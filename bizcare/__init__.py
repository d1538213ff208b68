"""BizCare: customer care and billing for Indonesian small businesses (UMKM)."""

__version__ = "0.1.0"
