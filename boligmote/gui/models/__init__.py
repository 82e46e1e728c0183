"""Qt item models over the workspace; each list is a QAbstractTableModel."""
from .base import SORT_ROLE, ColumnTableModel
from .composition import CompositionModel
from .queue import ApplicantQueueModel
from .vacant import VacantUnitModel

__all__ = ["SORT_ROLE", "ColumnTableModel", "ApplicantQueueModel", "VacantUnitModel", "CompositionModel"]
