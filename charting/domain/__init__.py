"""Domain rules and plain records shared by the services, the UI, the CLI and the reports."""
