"""The PySide6 window of the Service Plan builder: pages per step, undo commands, tasks."""
