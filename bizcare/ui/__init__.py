"""The Qt layer: shows what services return, holds no SQL and no business rules."""
