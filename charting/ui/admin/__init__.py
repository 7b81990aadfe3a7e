"""Clinic administration: the clinic profile, the people who work there, fees and home-care advice."""

from charting.ui.admin.dialog import ClinicSettingsDialog, open_clinic_settings

__all__ = ["ClinicSettingsDialog", "open_clinic_settings"]
