"""Use cases that sit between the GUI/CLI and the store: demo data, workspace loading, …"""
