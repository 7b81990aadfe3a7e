"""Clinic administration: the clinic profile, the people who work there and the fee schedule."""

from charting.ui.admin.dialog import ClinicSettingsDialog, open_clinic_settings

__all__ = ["ClinicSettingsDialog", "open_clinic_settings"]
