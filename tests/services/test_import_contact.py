"""Applicants' contact data and consent from the case system's file: where the letter goes (issue 13)."""
from __future__ import annotations

import pytest

from boligmote.services.importing import commit_import, plan_import
from boligmote.store.errors import RecordNotFound
from boligmote.store.households import HouseholdRepository

from .test_import import TODAY, import_samples, write_csv, write_xlsx

BASE = ["saksnummer", "husstandstype", "voksne", "prioritet", "vedtaksdato"]


def base(case_no: str) -> list[str]:
    return [case_no, "single", "1", "prioritert", "01.06.2026"]


def _import(database, tmp_path, header: list[str], *rows: list[str], xlsx: bool = False):
    path = (write_xlsx(tmp_path / "s.xlsx", [header, *rows]) if xlsx
            else write_csv(tmp_path / "s.csv", [header, *rows]))
    plan = plan_import(database, "applicants", path, TODAY)
    if plan.ok:
        commit_import(database, plan)
    return plan


@pytest.fixture
def sampled(new_db):
    import_samples(new_db, ["buildings", "applicants"])
    return new_db


def test_the_sample_carries_postal_address_contact_interpreter_and_consent(sampled):
    households = HouseholdRepository(sampled)
    care_of = households.applicant("2026/00102")
    assert (care_of.postal_address, care_of.postal_code, care_of.postal_town) == (
        "c/o Eksempelsen, Furustien 7", "9021", "Eksempelvik")
    assert care_of.has_postal_address and not care_of.consent_to_share
    kari = households.applicant("2026/00101")
    assert (kari.phone, kari.email, kari.consent_to_share) == ("000 00 101", "kari.demosen@example.com", True)
    assert households.applicant("2026/00140").interpreter_language == "arabisk"
    assert not households.applicant("2026/00151").has_postal_address  # no address: no letter


def test_english_and_norwegian_headers_mean_the_same(new_db, tmp_path):
    import_samples(new_db, ["buildings"])
    english = ["case_no", "household_type", "adults", "priority", "decision_date", "postal_address", "postal_code",
               "postal_town", "phone", "email", "interpreter_language", "consent_to_share"]
    norwegian = [*BASE, "Postadresse", "Postnr", "Poststed", "Telefon", "E-post", "Tolkespråk", "Samtykke"]
    values = ["Storgata 1", "0150", "Oslo", "+47 000 00 001", "a@example.com", "somali", "ja"]
    assert _import(new_db, tmp_path, english, [*base("2026/1"), *values]).ok
    assert _import(new_db, tmp_path, norwegian, [*base("2026/2"), *values]).ok
    households = HouseholdRepository(new_db)
    first, second = households.applicant("2026/1"), households.applicant("2026/2")
    for field in ("postal_address", "postal_code", "postal_town", "phone", "email", "interpreter_language",
                  "consent_to_share"):
        assert getattr(first, field) == getattr(second, field), field
    assert (first.postal_code, first.interpreter_language, first.consent_to_share) == ("0150", "somali", True)


def test_a_file_without_the_columns_keeps_the_stored_address_and_consent(sampled, tmp_path):
    households = HouseholdRepository(sampled)
    before = households.applicant("2026/00101")
    plan = _import(sampled, tmp_path, [*BASE, "skolekrets"], [*base("2026/00101"), "Ny skolekrets"])
    assert plan.ok and plan.changes.updated == 1
    after = households.applicant("2026/00101")
    assert after.school_district == "Ny skolekrets"
    assert (after.postal_address, after.postal_code, after.postal_town, after.phone, after.email,
            after.consent_to_share) == (before.postal_address, before.postal_code, before.postal_town,
                                        before.phone, before.email, True)


def test_an_empty_consent_cell_neither_grants_nor_withdraws_consent(sampled, tmp_path):
    households = HouseholdRepository(sampled)
    assert _import(sampled, tmp_path, [*BASE, "samtykke"], [*base("2026/00101"), ""], [*base("2026/00102"), ""],
                   [*base("2026/90001"), ""]).ok
    assert households.applicant("2026/00101").consent_to_share  # stored: ja
    assert not households.applicant("2026/00102").consent_to_share  # stored: nei
    assert not households.applicant("2026/90001").consent_to_share  # new case: no consent
    assert _import(sampled, tmp_path, [*BASE, "samtykke"], [*base("2026/00101"), "nei"]).ok
    assert not households.applicant("2026/00101").consent_to_share


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("postnr", "12345", "fire sifre"),
    ("postnr", "O150", "fire sifre"),
    ("telefon", "ring meg", "telefonnummer"),
    ("e-post", "kari.example.com", "e-postadresse"),
    ("tolk", "ja", "språket"),
])
def test_a_bad_contact_cell_is_refused_with_row_column_and_reason(sampled, tmp_path, column, value, reason):
    header = [*BASE, "postadresse", "postnr", "poststed", "telefon", "e-post", "tolk"]
    good = {"postadresse": "Storgata 1", "postnr": "9010", "poststed": "Eksempelvik", "telefon": "",
            "e-post": "", "tolk": ""}
    plan = _import(sampled, tmp_path, header, [*base("2026/90001"), *{**good, column: value}.values()])
    assert not plan.ok
    assert [(p.row, p.column, p.value) for p in plan.problems] == [(2, column, value)]
    assert reason in plan.problems[0].reason
    with pytest.raises(RecordNotFound):
        HouseholdRepository(sampled).applicant("2026/90001")


def test_half_an_address_is_refused_naming_what_is_missing(sampled, tmp_path):
    header = [*BASE, "postadresse", "postnr", "poststed"]
    plan = _import(sampled, tmp_path, header, [*base("2026/00101"), "Storgata 1", "", ""])
    assert not plan.ok
    problem, = plan.problems
    assert (problem.row, problem.column) == (2, "postnr")
    assert "postnummer og poststed mangler" in problem.reason
    # a whole address, or none at all, is fine
    assert _import(sampled, tmp_path, header, [*base("2026/00101"), "", "", ""]).ok
    assert not HouseholdRepository(sampled).applicant("2026/00101").has_postal_address


def test_an_excel_number_cell_gets_osloss_leading_zero_back(new_db, tmp_path):
    import_samples(new_db, ["buildings"])
    header = [*BASE, "postadresse", "postnr", "poststed", "tolk"]
    assert _import(new_db, tmp_path, header, [*base("2026/1"), "Storgata 1", "0150", "Oslo", "nei"], xlsx=True).ok
    applicant = HouseholdRepository(new_db).applicant("2026/1")
    assert (applicant.postal_code, applicant.interpreter_language) == ("0150", "")


def test_an_address_longer_than_a_line_is_refused_with_its_limit(sampled, tmp_path):
    header = [*BASE, "postadresse", "postnr", "poststed"]
    plan = _import(sampled, tmp_path, header, [*base("2026/90001"), "Storgata " + "1" * 300, "9010", "Eksempelvik"])
    assert not plan.ok
    problem, = plan.problems
    assert problem.column == "postadresse" and "200" in problem.reason
