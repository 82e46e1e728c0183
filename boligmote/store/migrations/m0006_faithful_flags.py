"""Flags that say what the research says (issue 15): the data the rules need, and defaults kept.

- Buildings get a school catchment (skolekrets): SCHOOL_CHANGE compares catchments, and the
  bydel only where a building has none.
- A new incident kind, «omsetning» (drug dealing), which RECOVERY_NEAR_USE counts with needles
  and visitor traffic. SQLite cannot change a CHECK constraint, so incidents are rebuilt (no
  other table refers to them).
- The shipped rule defaults (resources/rules/defaults.toml) change with this issue. A settings
  version is a municipality's overrides *on top of* the defaults, so a decision's version alone
  would no longer say which thresholds it was evaluated under. `rule_defaults` keeps every
  edition of the defaults a decision was made under, by the SHA-256 of its canonical JSON, and
  each decision names its edition. Decisions made before this migration were made under the
  edition below (the defaults as released up to migration 5), which is stored here verbatim.
"""

FOREIGN_KEYS_OFF = True

# The defaults as released before issue 15: canonical JSON (sorted keys, no spaces).
EDITION_BEFORE_ISSUE_15 = "1424361f59194f5d63c31c46de9d78bc7b425859398c84ea4b1a4018544c9b91"

SQL = """
ALTER TABLE buildings ADD COLUMN school_catchment TEXT NOT NULL DEFAULT '';

CREATE TABLE incidents_rebuilt (
    id INTEGER PRIMARY KEY,
    building_id TEXT NOT NULL REFERENCES buildings(id),
    stairwell_id INTEGER REFERENCES stairwells(id),
    occurred_on TEXT NOT NULL CHECK ((occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(occurred_on, '+0 days') = occurred_on)),
    incident_type TEXT NOT NULL CHECK (incident_type IN ('naboklage', 'uro', 'haerverk', 'innbrudd', 'besokstrafikk', 'framleie', 'sproyter', 'trusler', 'omsetning')),
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO incidents_rebuilt (id, building_id, stairwell_id, occurred_on, incident_type, note)
    SELECT id, building_id, stairwell_id, occurred_on, incident_type, note FROM incidents;
DROP TABLE incidents;
ALTER TABLE incidents_rebuilt RENAME TO incidents;
CREATE INDEX incidents_building ON incidents(building_id, occurred_on);

CREATE TABLE rule_defaults (
    digest TEXT PRIMARY KEY CHECK (length(digest) = 64),
    defaults TEXT NOT NULL CHECK (json_valid(defaults)),
    first_used_at TEXT NOT NULL
);
CREATE TRIGGER rule_defaults_no_update BEFORE UPDATE ON rule_defaults
BEGIN SELECT RAISE(ABORT, 'En utgave av standardinnstillingene kan ikke endres'); END;
CREATE TRIGGER rule_defaults_no_delete BEFORE DELETE ON rule_defaults
BEGIN SELECT RAISE(ABORT, 'En utgave av standardinnstillingene kan ikke slettes'); END;
INSERT INTO rule_defaults (digest, defaults, first_used_at)
    SELECT '1424361f59194f5d63c31c46de9d78bc7b425859398c84ea4b1a4018544c9b91', '{"ACCESS_MISMATCH":{"enabled":true,"severity":"critical","short":"Tilgjengelighet","source":"Husbanken; Kobo Bolig API (erTilgjengeligForRullestolbruker)","title":"Mangler tilgjengelighet"},"CHILDREN_ACTIVE_USE":{"child_age_below":18,"count_untreated_mental_illness":true,"enabled":true,"min_households":1,"severity":"critical","short":"Barn/rus","source":"002 l.384, 2411; 001 l.2459–2476","title":"Barn og aktiv rus eller ubehandlet psykisk lidelse"},"CONCENTRATION":{"building_min_households":8,"building_share":0.25,"enabled":true,"severity":"warning","short":"Konsentrasjon","source":"000 l.5601–5604; 002 l.2452–2456; 001 l.2578–2584","stairwell_max":2,"title":"Konsentrasjon av tunge behov"},"FAMILY_ELDERLY":{"elderly_share":0.5,"enabled":true,"min_households":2,"severity":"info","short":"Barn/eldre","source":"002 l.2433–2435","title":"Småbarnsfamilie blant eldre","young_child_age_below":7},"FOLLOW_UP_MISSING":{"enabled":true,"severity":"warning","short":"Oppfølging","source":"002 l.3619–3625, 5701; 004 l.1542–1553","title":"Oppfølging ikke bestilt"},"HOMOGENEOUS":{"categories":["active_use","in_treatment","former_use","severe_mental_illness","intellectual_disability","young_homeless","disturbance","high_follow_up"],"enabled":true,"min_households":4,"severity":"warning","share":0.6,"short":"Ensartet","source":"002 l.2446–2468, 4767–4771","title":"Ensartet oppgang"},"MITIGATION":{"enabled":true,"severity":"info","short":"Tiltak","softens":["CONCENTRATION","HOMOGENEOUS","RECENT_INCIDENTS","ONE_PERSON_TIPS","VULNERABLE_EXPOSED","CHILDREN_ACTIVE_USE"],"source":"002 l.2466–2470, 2539","title":"Tiltak på stedet"},"MUNICIPAL_SHARE":{"enabled":true,"max_share":0.1,"severity":"warning","short":"10 %-regel","source":"004 l.307–328 (ti-prosentregelen)","title":"Kommunal andel i borettslag"},"ONE_PERSON_TIPS":{"enabled":true,"min_households":1,"severity":"warning","short":"Uro","source":"002 l.2470–2474, 2435","title":"Én beboer kan vippe oppgangen"},"RECENT_INCIDENTS":{"enabled":true,"min_in_building":6,"min_in_stairwell":3,"severity":"warning","short":"Hendelser","source":"002 l.3289–3295; 004 l.1409–1414","title":"Mange hendelser nylig","window_months":6},"RECOVERY_NEAR_USE":{"enabled":true,"min_in_building":2,"min_in_stairwell":1,"severity":"critical","short":"Rehab./rus","source":"000 l.5608–5620; 002 l.4063–4067, 2591; 001 l.529","title":"Rehabilitering nær aktiv rus"},"SCHOOL_CHANGE":{"enabled":true,"school_age_below":16,"school_age_from":6,"severity":"info","short":"Skolebytte","source":"002 l.2101–2166; 001 l.1761","title":"Skolebytte for barna"},"SIZE_MISMATCH":{"enabled":true,"severity":"warning","short":"Størrelse","single_person_max_rooms":4,"source":"002 l.2281, 2293","title":"Boligen passer ikke husstandens størrelse"},"VULNERABLE_EXPOSED":{"enabled":true,"min_active_use_in_stairwell":1,"min_outsider_incidents":1,"severity":"warning","short":"Sårbar","source":"002 l.2429–2433","title":"Sårbar søker der det er aktiv rus eller innbrudd","window_months":12}}', COALESCE(min(decided_at), '1970-01-01T00:00:00+00:00') FROM decisions;

ALTER TABLE decisions ADD COLUMN rule_defaults TEXT NOT NULL DEFAULT '1424361f59194f5d63c31c46de9d78bc7b425859398c84ea4b1a4018544c9b91';
"""
