"""Widget helpers every feature shares: row models, roles, sizing, focus, background tasks."""
