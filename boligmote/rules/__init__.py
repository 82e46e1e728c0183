"""The risk-mix rule engine: pure functions over domain objects and composition aggregates."""
