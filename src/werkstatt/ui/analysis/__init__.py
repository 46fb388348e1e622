"""The analysis panel: figures, tables, cost rates and the critical-path highlight on the diagram."""
