"""Which edition of a series a summit is, where the knowledge base's records cannot say (``date.summit-unrecorded``)
or where a city says it (``summit.record-city``). Sentences of our own."""

from __future__ import annotations

import diplomacy_events as de


def _summits(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(s.name, str(s.date), s.status.value) for s in de.parse(text, published=published).summits]


def test_a_setting_before_the_first_record_keeps_the_meetings_time() -> None:
    text = "In December 1988, Rajiv Gandhi and Benazir Bhutto met during the SAARC summit in Islamabad."
    result = de.parse(text, published="1989-01-10")
    assert _summits(text, "1989-01-10") == [("SAARC summit", "1988-12", "occurred")]
    assert [str(m.date) for m in result.meetings] == ["1988-12"]
    assert "date.summit-unrecorded" in result.summits[0].explanation.rules


def test_a_summit_a_meeting_is_at_is_its_setting() -> None:
    text = "In November 1987, the two prime ministers held talks at the SAARC summit in Kathmandu."
    assert _summits(text, "1990-03-01") == [("SAARC summit", "1987-11", "occurred")]


def test_a_time_counted_from_another_event_is_not_the_summits() -> None:
    text = "July 1991, Colombo: Sharif and Chandra Shekhar talk at the SAARC summit, a week after the floods."
    assert _summits(text, "1992-01-01") == [("SAARC summit", "1991-07", "occurred")]


def test_a_setting_within_the_records_takes_no_time_they_do_not_fit() -> None:
    text = "Modi and Xi met in March 2019, on the sidelines of the SCO summit."
    assert _summits(text, "2019-12-01") == [("SCO summit", "2019-06-13..2019-06-14", "occurred")]


def test_a_city_names_the_edition_held_there_around_the_publication_date() -> None:
    assert _summits("Johnson will report to Parliament on the G7 summit in Biarritz.", "2019-09-02") == [
        ("G7 summit", "2019-08-24..2019-08-26", "occurred")
    ]
    text = "The premier said he would brief reporters on the APEC summit in Da Nang."
    assert _summits(text, "2017-11-20") == [("APEC summit", "2017-11-10..2017-11-11", "occurred")]


def test_a_city_far_from_the_publication_date_leaves_the_tense_to_decide() -> None:
    text = "Lula will attend the G20 summit in Rio de Janeiro."
    assert _summits(text, "2023-05-01") == [("G20 summit", "2024-11-18..2024-11-19", "planned")]


def test_a_trip_for_an_organization_goes_to_its_summit_there() -> None:
    assert _summits("On Sunday everybody flew to Brisbane for the G20.", "2014-11-17") == [
        ("G20 summit", "2014-11-15..2014-11-16", "occurred")
    ]
    text = "Next week the prime minister will be in New York for the UN General Assembly."
    assert _summits(text, "2019-09-12") == [("UNGA summit", "2019-09-23..2019-09-30", "planned")]
    assert _summits("Would you meet him if he goes to the G20 in November?", "2022-08-22") == [
        ("G20 summit", "2022-11", "planned")
    ]


def test_a_trip_to_a_place_where_the_series_never_met_names_no_summit() -> None:
    assert _summits("On Sunday the premier flew to Paris for the G20.", "2014-11-17") == []
    assert _summits("He wrote to the G20 on Sunday.", "2014-11-17") == []


def test_a_setting_is_read_across_the_modifiers_of_its_series() -> None:
    text = "Putin met Xi in Beijing on the sidelines of the second Belt and Road Forum for International Cooperation."
    assert _summits(text, "2019-04-28") == [("Belt and Road Forum", "2019-04-25..2019-04-27", "occurred")]
    text = "Modi met Putin during the annual SCO in Bishkek."
    assert _summits(text, "2019-06-20") == [("SCO summit", "2019-06-13..2019-06-14", "occurred")]


def test_a_body_that_sits_is_its_summit_when_it_meets() -> None:
    text = "Tokayev said the Supreme Eurasian Economic Council will meet in Nur-Sultan on 29 May."
    assert _summits(text, "2019-04-26") == [("EAEU summit", "2019-05-29", "planned")]
    assert _summits("The European Council will meet in Brussels on Thursday.", "2019-03-18") == [
        ("EU summit", "2019-03-21", "planned")
    ]


def test_a_body_with_no_summit_then_names_none() -> None:
    assert _summits("The UN Security Council will meet on Monday.", "2019-04-26") == []
    assert _summits("The Supreme Eurasian Economic Council will meet in Minsk on 3 March.", "2019-02-26") == []


def test_a_digest_line_that_opens_with_a_series_and_a_city_names_its_meeting_there() -> None:
    text = "COMING UP\n\n* G20, Brisbane, this weekend. Growth will take a back seat."
    assert _summits(text, "2014-11-14") == [("G20 summit", "2014-11-15..2014-11-16", "planned")]
    text = "APEC, Da Nang, Friday and Saturday. Expect trade to dominate."
    assert _summits(text, "2017-11-07") == [("APEC summit", "2017-11-10..2017-11-11", "planned")]


def test_a_digest_line_with_a_city_where_the_series_did_not_meet_then_names_nothing() -> None:
    assert _summits("G20, Paris, this weekend. Growth will take a back seat.", "2014-11-14") == []


def test_a_series_whose_name_begins_with_its_summit_word_is_that_series() -> None:
    # "the Summit of the Americas": the summit word opens the series' own name, so it is no anaphoric "the summit"
    text = "Peru told its neighbours it would be a proud host of the Summit of the Americas in April 2018."
    assert _summits(text, "2017-11-02") == [("Summit of the Americas", "2018-04", "planned")]
    text = "As hosts of the second Summit of the Americas, the Chileans expect some thirty leaders."
    assert _summits(text, "1998-03-20") == [("Summit of the Americas", "1998-04-18..1998-04-19", "planned")]


def _meetings(text: str, published: str) -> list[tuple[list[str], str]]:
    return [([p.name for p in m.participants], str(m.date)) for m in de.parse(text, published=published).meetings]


def test_a_one_off_summit_of_two_states_dates_its_meetings_but_is_no_listed_summit() -> None:
    # Reagan was out of office in 1990: the record's days bring him back
    text = "Ronald Reagan and Mikhail Gorbachev met at the Reykjavik summit."
    assert _meetings(text, "1990-01-05") == [(["Ronald Reagan", "Mikhail Gorbachev"], "1986-10-11..1986-10-12")]
    assert _summits(text, "1990-01-05") == []
    text = "Ronald Reagan will meet Mikhail Gorbachev at the Reykjavik summit."
    assert [m.status.value for m in de.parse(text, published="1986-09-20").meetings] == ["planned"]


def test_a_year_before_the_place_picks_the_one_off_summit_of_that_year() -> None:
    text = "Ronald Reagan and Mikhail Gorbachev first talked at the 1985 Geneva summit, long before the Cold War ended."
    assert _meetings(text, "2022-03-01") == [(["Ronald Reagan", "Mikhail Gorbachev"], "1985-11-19..1985-11-20")]


def test_a_one_off_summit_in_a_small_town_is_found_by_its_name() -> None:
    text = "Lyndon Johnson and Alexei Kosygin talked for hours at the Glassboro summit."
    assert _meetings(text, "1970-01-10") == [(["Lyndon B. Johnson", "Alexei Kosygin"], "1967-06-23..1967-06-25")]


def test_a_one_off_summit_of_three_states_is_listed() -> None:
    text = "Anwar Sadat and Menachem Begin quarrelled for days at the Camp David summit."
    assert _summits(text, "1980-01-05") == [("Camp David summit", "1978-09-05..1978-09-17", "occurred")]


def test_a_place_where_a_series_met_since_names_no_old_one_off_summit() -> None:
    # Madrid hosted NATO in 2022: "the Madrid summit" told since then is not the peace conference of 1991
    assert _summits("Pedro Sanchez looked back on the Madrid summit.", "1995-01-10") == [
        ("Madrid Peace Conference", "1991-10-30..1991-11-01", "occurred")
    ]
    assert _summits("Pedro Sanchez looked back on the Madrid summit.", "2023-01-10") == []
