"""ActorLexicon finds actors in text and gives ACLED-style canonical names and types."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventatlas.extract.actors import ActorLexicon, ActorMention

ACLED_DEV = Path(__file__).resolve().parents[1].parent / "shared/data/acled-dev/acled-dev.jsonl"

MIL_SYR, MIL_RUS = "Military Forces of Syria", "Military Forces of Russia"
IS = "Islamic State"


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return ActorLexicon.load()


def found(lexicon: ActorLexicon, text: str, country: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in lexicon.find(text, country=country)]


# (event country, text, [(mention text, canonical name), ...]) -- one case a line.
# fmt: off
CASES = [
    # Syria and Iraq
    ("SYR", "Syrian and Russian warplanes struck the area", [("Syrian", MIL_SYR), ("Russian warplanes", MIL_RUS)]),
    ("SYR", "A joint Russian-Syrian force arrived", [("Russian", MIL_RUS), ("Syrian force", MIL_SYR)]),
    ("SYR", "a special Russian force was deployed", [("Russian force", MIL_RUS)]),
    ("SYR", "in addition to formations of the Syrian army", [("Syrian army", MIL_SYR)]),
    ("SYR", "after monitoring cells affiliated with ISIS", [("ISIS", IS)]),
    ("SYR", "against the Islamic State (ISIS/ISIL/IS/Daesh)", [("Islamic State", IS), ("ISIS", IS), ("ISIL", IS), ("IS", IS), ("Daesh", IS)]),
    ("SYR", "reinforcements from the Syrian Arab Army", [("Syrian Arab Army", MIL_SYR)]),
    ("SYR", "dozens of Russian Special Forces personnel", [("Russian Special Forces personnel", MIL_RUS)]),
    ("SYR", "the Syrian and Russian forces are launching raids", [("Syrian", MIL_SYR), ("Russian forces", MIL_RUS)]),
    ("SYR", "the army's positions came under fire", [("army", MIL_SYR)]),
    ("SYR", "The SDF and the US-led coalition raided a cell", [("SDF", "SDF: Syrian Democratic Forces"), ("US-led coalition", "Global Coalition Against Daesh")]),
    ("SYR", "HTS fighters shelled regime positions", [("HTS fighters", "Hayat Tahrir al-Sham")]),
    ("SYR", "Turkish-backed factions attacked Kurdish-led forces", [("Turkish-backed factions", "SNA: Syrian National Army")]),
    ("SYR", "soldiers of the Syrian army and forces of Russia", [("soldiers of the Syrian army", MIL_SYR), ("forces of Russia", MIL_RUS)]),
    ("SYR", "government forces shelled the town", [("government forces", MIL_SYR)]),
    ("IRQ", "PMF units clashed with IS remnants", [("PMF units", "PMF: Popular Mobilization Forces"), ("IS remnants", IS)]),
    ("IRQ", "the Hashd al-Shaabi said", [("Hashd al-Shaabi", "PMF: Popular Mobilization Forces")]),
    ("IRQ", "Kataib Hezbollah fired rockets at US forces", [("Kataib Hezbollah", "Kataib Hezbollah"), ("US forces", "Military Forces of the United States")]),
    ("IRQ", "Iraqi Security Forces killed ISIS members", [("Iraqi Security Forces", "Military Forces of Iraq"), ("ISIS members", IS)]),
    # Israel, Palestine, Lebanon, Yemen, Iran
    ("LBN", "Israeli warplanes struck Hezbollah positions, killing two civilians", [("Israeli warplanes", "Military Forces of Israel"), ("Hezbollah positions", "Hezbollah"), ("civilians", "Civilians (Lebanon)")]),
    ("PSE", "Hamas gunmen and Islamic Jihad fighters clashed with the IDF", [("Hamas gunmen", "Hamas Movement"), ("Islamic Jihad fighters", "PIJ: Palestinian Islamic Jihad"), ("IDF", "Military Forces of Israel")]),
    ("PSE", "settlers attacked Palestinian farmers", [("settlers", "Settlers (Israel)"), ("Palestinian farmers", "Civilians (Palestine)")]),
    ("YEM", "Houthi rebels fired missiles at Saudi Arabia", [("Houthi rebels", "Houthi Movement - Ansar Allah")]),
    ("YEM", "Ansar Allah said the Saudi-led coalition struck Sanaa", [("Ansar Allah", "Houthi Movement - Ansar Allah"), ("Saudi-led coalition", "Military Forces of Saudi Arabia")]),
    ("YEM", "Al-Qaeda militants attacked the checkpoint", [("Al-Qaeda militants", "AQAP: Al Qaeda in the Arabian Peninsula")]),
    ("IRN", "the Revolutionary Guards arrested Jaish al-Adl members", [("Revolutionary Guards", "Military Forces of Iran"), ("Jaish al-Adl members", "Jaish al-Adl")]),
    # Horn of Africa and East Africa
    ("SOM", "Al-Shabaab militants attacked an AMISOM base", [("Al-Shabaab militants", "Al Shabaab"), ("AMISOM", "ATMIS: African Union Transition Mission in Somalia")]),
    ("SOM", "the Somali National Army and Ugandan troops", [("Somali National Army", "Military Forces of Somalia"), ("Ugandan troops", "Military Forces of Uganda")]),
    ("SOM", "al-Shabab fighters and Shabaab militants", [("al-Shabab fighters", "Al Shabaab"), ("Shabaab militants", "Al Shabaab")]),
    ("KEN", "Kenyan police fired tear gas at protesters", [("Kenyan police", "Police Forces of Kenya"), ("protesters", "Protesters (Kenya)")]),
    ("KEN", "Irate youths torched a shop after a man was killed", [("Irate youths", "Rioters (Kenya)"), ("man", "Civilians (Kenya)")]),
    ("KEN", "Student protesters marched as women demonstrators joined", [("Student protesters", "Protesters (Kenya)"), ("women demonstrators", "Protesters (Kenya)")]),
    ("KEN", "KDF soldiers and GSU officers were deployed", [("KDF soldiers", "Military Forces of Kenya"), ("GSU officers", "Police Forces of Kenya")]),
    ("ETH", "Fano militias clashed with the ENDF", [("Fano militias", "Fano Militia"), ("ENDF", "Military Forces of Ethiopia")]),
    ("ETH", "the Oromo Liberation Army ambushed federal forces", [("Oromo Liberation Army", "OLF: Oromo Liberation Front"), ("federal forces", "Military Forces of Ethiopia")]),
    ("SDN", "The RSF shelled El Fasher as the Sudanese army launched strikes", [("RSF", "RSF: Rapid Support Forces"), ("Sudanese army", "Military Forces of Sudan")]),
    ("SSD", "the SPLA-IO attacked SSPDF positions", [("SPLA-IO", "SPLM-In Opposition: Sudan People's Liberation Movement-In Opposition"), ("SSPDF positions", "Military Forces of South Sudan")]),
    # Great Lakes, Central and Southern Africa
    ("COD", "M23 rebels seized Goma as FARDC troops withdrew", [("M23 rebels", "M23: March 23 Movement"), ("FARDC troops", "Military Forces of the Democratic Republic of Congo")]),
    ("COD", "ADF militants killed 40 civilians", [("ADF militants", "ADF: Allied Democratic Forces"), ("civilians", "Civilians (Democratic Republic of Congo)")]),
    ("COD", "CODECO and Wazalendo fighters clashed", [("CODECO", "CODECO: Cooperative for Development of Congo"), ("Wazalendo fighters", "Mayi Mayi Militia")]),
    ("COD", "UN peacekeepers were deployed", [("UN peacekeepers", "MONUSCO: United Nations Organization Stabilization Mission in Democratic Republic of Congo") ]),
    ("MOZ", "insurgents in Cabo Delgado beheaded villagers", [("insurgents in Cabo Delgado", "Islamic State Mozambique Province"), ("villagers", "Civilians (Mozambique)")]),
    ("MOZ", "al-Shabaab fighters burned homes", [("al-Shabaab fighters", "Islamic State Mozambique Province")]),
    # UPDF is Uganda's army, and in the Chittagong Hill Tracts a party's armed wing
    ("UGA", "UPDF soldiers killed two gunmen", [("UPDF soldiers", "Military Forces of Uganda"), ("gunmen", "Unidentified Armed Group (Uganda)")]),
    ("BGD", "two members of UPDF were shot dead", [("UPDF", "UPDF: United People's Democratic Front")]),
    ("CAF", "Anti-Balaka militias attacked the 3R", [("Anti-Balaka militias", "Anti-Balaka"), ("3R", "3R: Return, Reclamation, Rehabilitation")]),
    # West Africa and the Sahel
    ("NGA", "Bandits abducted 20 students", [("Bandits", "Unidentified Armed Group (Nigeria)"), ("students", "Civilians (Nigeria)")]),
    ("NGA", "Suspected Boko Haram militants killed five farmers", [("Boko Haram militants", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"), ("farmers", "Civilians (Nigeria)")]),
    ("NGA", "ISWAP fighters overran an army base; ISIS claimed it", [("ISWAP fighters", "Islamic State West Africa Province"), ("army", "Military Forces of Nigeria"), ("ISIS", "Islamic State West Africa Province")]),
    ("NGA", "Islamic State West Africa Province fighters", [("Islamic State West Africa Province fighters", "Islamic State West Africa Province")]),
    ("NGA", "the Nigerian Air Force and the Civilian JTF", [("Nigerian Air Force", "Military Forces of Nigeria"), ("Civilian JTF", "Civilian JTF: Civilian Joint Task Force")]),
    ("MLI", "JNIM militants attacked Malian soldiers and Wagner mercenaries", [("JNIM militants", "JNIM: Group for Support of Islam and Muslims"), ("Malian soldiers", "Military Forces of Mali"), ("Wagner mercenaries", "Wagner Group")]),
    ("MLI", "fighters of the Islamic State in the Greater Sahara", [("Islamic State in the Greater Sahara", "Islamic State Sahel Province")]),
    ("MLI", "FAMa and Africa Corps troops", [("FAMa", "Military Forces of Mali"), ("Africa Corps troops", "Wagner Group")]),
    ("BFA", "Burkinabe soldiers were killed by Ansaroul Islam", [("Burkinabe soldiers", "Military Forces of Burkina Faso"), ("Ansaroul Islam", "Ansaroul Islam")]),
    ("CMR", "Amba boys kidnapped teachers; separatists attacked gendarmes", [("Amba boys", "Ambazonian Separatists (Cameroon)"), ("teachers", "Civilians (Cameroon)"), ("separatists", "Ambazonian Separatists (Cameroon)"), ("gendarmes", "Police Forces of Cameroon")]),
    ("LBY", "Haftar's forces clashed with the Radaa force", [("Haftar's forces", "Military Forces of Libya Haftar Faction"), ("Radaa force", "Radaa Special Deterrence Force")]),
    # South and Southeast Asia
    ("AFG", "Taliban fighters ambushed an Afghan National Army convoy", [("Taliban fighters", "Taliban"), ("Afghan National Army convoy", "Military Forces of Afghanistan")]),
    ("AFG", "ISKP claimed the attack; IS-K fighters fled", [("ISKP", "Islamic State Khorasan Province"), ("IS-K fighters", "Islamic State Khorasan Province")]),
    ("PAK", "TTP militants attacked a police post", [("TTP militants", "TTP: Tehreek-i-Taliban Pakistan"), ("police", "Police Forces of Pakistan")]),
    ("PAK", "the Baloch Liberation Army attacked Frontier Corps troops", [("Baloch Liberation Army", "BLA: Baloch Liberation Army"), ("Frontier Corps troops", "Police Forces of Pakistan")]),
    ("IND", "Naxals killed two CRPF jawans", [("Naxals", "CPI (Maoist): Communist Party of India (Maoist)"), ("CRPF", "Police Forces of India")]),
    ("MMR", "The junta's troops clashed with the PDF and the Arakan Army", [("junta's troops", "Military Forces of Myanmar"), ("PDF", "PDF: People's Defence Force"), ("Arakan Army", "ULA/AA: United League of Arakan/Arakan Army")]),
    ("MMR", "KIA fighters and the Tatmadaw", [("KIA fighters", "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"), ("Tatmadaw", "Military Forces of Myanmar")]),
    ("PHL", "The New People's Army ambushed Philippine Army soldiers", [("New People's Army", "NPA: New People's Army"), ("Philippine Army soldiers", "Military Forces of the Philippines")]),
    ("PHL", "Abu Sayyaf gunmen abducted fishermen", [("Abu Sayyaf gunmen", "ASG: Abu Sayyaf"), ("fishermen", "Civilians (Philippines)")]),
    # Europe
    ("UKR", "Russian forces shelled Kharkiv; Ukrainian drones hit a refinery", [("Russian forces", MIL_RUS), ("Ukrainian drones", "Military Forces of Ukraine")]),
    ("UKR", "Russian and Ukrainian troops clashed", [("Russian", MIL_RUS), ("Ukrainian troops", "Military Forces of Ukraine")]),
    ("UKR", "pro-Russian separatists shelled the town", [("pro-Russian separatists", "NAF: United Armed Forces of Novorossiya")]),
    # Latin America and the Caribbean
    ("COL", "ELN guerrillas clashed with FARC dissidents", [("ELN guerrillas", "ELN: National Liberation Army"), ("FARC dissidents", "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction")]),
    ("COL", "the Clan del Golfo extorted farmers", [("Clan del Golfo", "Clan del Golfo"), ("farmers", "Civilians (Colombia)")]),
    ("MEX", "CJNG gunmen killed three police officers", [("CJNG gunmen", "CJNG: Jalisco New Generation Cartel"), ("police officers", "Police Forces of Mexico")]),
    ("MEX", "members of the Sinaloa Cartel and the National Guard", [("Sinaloa Cartel", "Sinaloa Cartel"), ("National Guard", "Police Forces of Mexico")]),
    ("HTI", "Viv Ansanm gangs attacked residents", [("Viv Ansanm gangs", "Viv Ansanm"), ("residents", "Civilians (Haiti)")]),
    ("BRA", "military police clashed with Comando Vermelho", [("military police", "Military Forces of Brazil"), ("Comando Vermelho", "CV: Red Command")]),
    # identity militias
    ("KEN", "Pokot raiders stole cattle from Turkana herders", [("Pokot raiders", "Pokot Ethnic Militia (Kenya)")]),
    ("ETH", "Garre militia attacked Degodia villagers", [("Garre militia", "Garre Ethnic Militia (Ethiopia)"), ("villagers", "Civilians (Ethiopia)")]),
    ("SOM", "Habar Gidir clan militia clashed with Abgaal militiamen", [("Habar Gidir clan militia", "Habar Gedir Clan Militia (Somalia)"), ("Abgaal militiamen", "Abgaal Clan Militia (Somalia)")]),
    ("NGA", "Fulani herdsmen attacked Tiv farmers", [("Fulani herdsmen", "Fulani Ethnic Militia (Nigeria)"), ("farmers", "Civilians (Nigeria)")]),
    ("MLI", "Fulani militiamen and Dozo hunters clashed", [("Fulani militiamen", "Fulani Ethnic Militia (Mali)"), ("Dozo hunters", "Dozo Communal Militia (Mali)")]),
    ("COD", "Hema militiamen attacked Lendu villagers", [("Hema militiamen", "Hema Ethnic Militia (Democratic Republic of Congo)"), ("villagers", "Civilians (Democratic Republic of Congo)")]),
    ("IND", "Kuki militants torched Meitei homes", [("Kuki militants", "Kuki Ethnic Militia (India)")]),
    ("KEN", "clashes between Pokot and Turkana communities", [("Pokot", "Pokot Ethnic Militia (Kenya)"), ("Turkana communities", "Turkana Ethnic Militia (Kenya)")]),
    ("KEN", "suspected Pokot bandits shot a herder", [("Pokot bandits", "Pokot Ethnic Militia (Kenya)")]),
    ("KEN", "Kuria cattle rustlers struck at dawn", [("Kuria cattle rustlers", "Kuria Ethnic Militia (Kenya)")]),
    ("KEN", "Degodia attack Garre villages", [("Degodia", "Degodia Ethnic Militia (Kenya)")]),
    ("KEN", "fighting between the Borana and Gabra", [("Borana", "Borana Ethnic Militia (Kenya)"), ("Gabra", "Gabra Ethnic Militia (Kenya)")]),
    ("KEN", "Pokot and Tugen herders clashed", [("Pokot", "Pokot Ethnic Militia (Kenya)"), ("Tugen herders", "Tugen Ethnic Militia (Kenya)")]),
    ("KEN", "two Pokot killed; a Samburu herder", []),
    ("KEN", "raiders drove off 300 goats", [("raiders", "Unidentified Ethnic Militia (Kenya)")]),
    ("MEX", "unknown individuals shot two traders", [("unknown individuals", "Unidentified Armed Group (Mexico)"), ("traders", "Civilians (Mexico)")]),
    ("HND", "armed men in police uniforms shot three men", [("armed men", "Unidentified Armed Group (Honduras)")]),
    ("SLV", "pandilleros killed two brothers", [("pandilleros", "Unidentified Gang (El Salvador)")]),
    ("LBY", "a clash between GNA and LNA forces", [("GNA", "Military Forces of Libya"), ("LNA forces", "Military Forces of Libya Haftar Faction")]),
    (None, "the fur trade, seen from afar", []),
    # negatives and near misses
    ("SYR", "The situation is tense and it is unclear who is responsible", []),
    ("SYR", "This is what IS happening", []),
    (None, "WHAT IS LEFT OF THE ARMY", []),
    ("GBR", "The Salvation Army opened a shelter", []),
    ("SDN", "protesters demanded a return to civilian rule", [("protesters", "Protesters (Sudan)")]),
    ("SYR", "extensive military action is scheduled", []),
    # rebel forces are an armed group, never the state's
    ("SYR", "pro-government forces and rebel forces clashed; former soldiers deserted", [("pro-government forces", MIL_SYR), ("rebel forces", "Opposition Rebels (Syria)")]),
    ("SYR", "Syrian rebels backed by Turkish-backed factions", [("Syrian rebels", "Opposition Rebels (Syria)"), ("Turkish-backed factions", "SNA: Syrian National Army")]),
    ("SYR", "the military police of the Syrian National Army", [("Syrian National Army", "SNA: Syrian National Army")]),
    ("SYR", "the Turkish occupation army shelled", [("Turkish occupation army", "Military Forces of Turkey")]),
    ("SYR", "the Israeli occupation aircraft bombed", [("Israeli occupation aircraft", "Military Forces of Israel")]),
    # a Russian agency's name for Ukraine's forces
    ("RUS", "the Kiev regime shelled Grayvoron", [("Kiev regime", "Military Forces of Ukraine")]),
    ("SYR", "tribal fighters took control", [("tribal fighters", "Unidentified Tribal Militia (Syria)")]),
    ("SYR", "Turkish-backed Syrian fighters and US-backed fighters", [("Turkish-backed Syrian fighters", "SNA: Syrian National Army"), ("US-backed fighters", "SDF: Syrian Democratic Forces")]),
    ("SYR", "a Syrian fighter jet; regime warplanes; government artillery", [("Syrian fighter jet", MIL_SYR), ("regime warplanes", MIL_SYR), ("government artillery", MIL_SYR)]),
    ("SYR", "Kurdish troops and opposition forces", []),
    ("UKR", "a drone struck a depot; artillery fire was heard", []),
    ("SYR", "the Syrian-Iraqi border crossing", []),
    ("IRQ", "the Iraq-Syria border and the Syrian Democratic Forces", [("Syrian Democratic Forces", "SDF: Syrian Democratic Forces")]),
    ("GBR", "help us, said the UK", []),
    ("MLI", "He uses a PDF file; KIA fighters", []),
    # a claimant's insult for its victims names no group; the group named plainly does
    ("SYR", 'killing five "PKK apostates"; the PKK said', [("PKK", "PKK: Kurdistan Workers Party")]),
    # in the Palestinian territories, an army named by no country is Israel's; police are not
    ("PSE", "soldiers raided the camp; Palestinian police", [("soldiers", "Military Forces of Israel"), ("Palestinian police", "Police Forces of Palestine")]),
    # soldiers "in Eritrean uniform" are Eritrea's; soldiers "in the town" the country's own
    ("ETH", "soldiers in Eritrean uniform shot dead four young men", [("soldiers", "Military Forces of Eritrea"), ("young men", "Civilians (Ethiopia)")]),
    ("ETH", "soldiers in the town shot dead four young men", [("soldiers", "Military Forces of Ethiopia"), ("young men", "Civilians (Ethiopia)")]),
    # "the group", "the fighters", "the organization": unnamed, told of before
    ("SOM", "the group shot two elders", [("group", "Unidentified Armed Group (Somalia)")]),
    # Egypt's Hasm is written as a word, not only in capitals; "armed civilians" are gunmen
    ("EGY", "A group calling itself Hasm claimed it", [("Hasm", "HASM Movement")]),
    ("MEX", "ambushed by armed civilians", [("armed civilians", "Unidentified Armed Group (Mexico)")]),
    # Yemen's Houthi media call the Saudi-led coalition "the aggression"
    ("YEM", "the US-Saudi aggression launched raids", [("US-Saudi aggression", "Military Forces of Saudi Arabia")]),
]
# fmt: on


@pytest.mark.parametrize(("country", "text", "expected"), CASES)
def test_extract_actors_find(
    lexicon: ActorLexicon, country: str | None, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(lexicon, text, country) == expected


def test_extract_actors_find_gives_types_and_countries(lexicon: ActorLexicon) -> None:
    text = "Russian warplanes killed Syrian civilians and ISIS gunmen near the town"
    got = [(m.name, m.inter, m.iso3, m.generic) for m in lexicon.find(text, country="SYR")]
    assert got == [
        (MIL_RUS, 8, "RUS", False),
        ("Civilians (Syria)", 7, "SYR", True),
        (IS, 2, None, False),
    ]


def test_extract_actors_find_without_a_country(lexicon: ActorLexicon) -> None:
    got = found(lexicon, "Gunmen attacked villagers as soldiers watched", None)
    assert got == [("Gunmen", "Unidentified Armed Group"), ("villagers", "Civilians")]


def test_extract_actors_find_window_offsets_are_absolute(lexicon: ActorLexicon) -> None:
    text = "Police arrested two men. Later, Kenyan soldiers shot a herder. ISIS said."
    start = text.index("Later")
    end = text.index("ISIS")
    mentions = lexicon.find(text, start, end, country="KEN")
    assert [(m.start, m.end, m.name) for m in mentions] == [
        (text.index("Kenyan"), text.index(" shot"), "Military Forces of Kenya")
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_extract_actors_seed_article(lexicon: ActorLexicon, seed_text: str) -> None:
    mentions = lexicon.find(seed_text, country="SYR")
    assert {m.name for m in mentions} == {MIL_SYR, MIL_RUS, IS}
    assert all(seed_text[m.start : m.end] == m.text for m in mentions)
    assert sum(m.name == IS for m in mentions) >= 8


WORDS = [
    "Syrian",
    "and",
    "Russian",
    "warplanes",
    "ISIS",
    "IS",
    "is",
    "the",
    "army's",
    "police",
    "Kenyan",
    "-",
    "gunmen",
    "civilians",
    "Islamic",
    "State",
    "West",
    "Africa",
    "Province",
    "of",
    "Syria",
    "forces",
    "U.S.",
    "troops",
    ",",
    "Al-Shabaab",
    "fighters",
    "(",
    ")",
    "’s",
]


@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([None, "SYR", "NGA"]))
def test_extract_actors_mentions_are_ordered_slices(words: list[str], country: str | None) -> None:
    text = " ".join(words)
    mentions = ActorLexicon.load().find(text, country=country)
    assert all(text[m.start : m.end] == m.text and m.text for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    assert all(isinstance(m, ActorMention) and 1 <= m.inter <= 8 for m in mentions)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ISIS", IS),
        ("Daesh", IS),
        ("Islamic State (Syria)", IS),
        ("Islamic State (West Africa)", "Islamic State West Africa Province"),
        ("Islamic State (Greater Sahara)", "Islamic State Sahel Province"),
        ("Ansar Allah", "Houthi Movement - Ansar Allah"),
        ("Military Forces of Yemen (2017-) Houthi", "Houthi Movement - Ansar Allah"),
        ("Military Forces of Kenya (2013-)", "Military Forces of Kenya"),
        ("Police Forces of Kenya (2013-) General Service Unit", "Police Forces of Kenya"),
        ("Police Forces of India (2014-) Border Security Force", "Police Forces of India"),
        (
            "Military Forces of the Democratic Republic of Congo (2019-)",
            "Military Forces of the Democratic Republic of Congo",
        ),
        ("Military Forces of Chad (2021-)", "Military Forces of Chad"),
        (
            "Military Forces of Libya (2014-) Haftar Faction",
            "Military Forces of Libya Haftar Faction",
        ),
        ("Civilians (Kenya)", "Civilians (Kenya)"),
        ("civilians (kenya)", "Civilians (Kenya)"),
        (
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Unidentified Armed Group (Democratic Republic of Congo)",
        ),
        ("Protesters (International)", "Protesters (International)"),
        ("Syrian army", MIL_SYR),
        ("al-Shabaab", "Al Shabaab"),
        ("Al Shabaab", "Al Shabaab"),
        ("IS", IS),
        ("is", None),
        ("Students (Kenya)", None),
        ("Former Military Forces of Afghanistan (2014-)", None),
        ("Civilians (Atlantis)", None),
        ("Pokot Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)"),
        (
            "Habar Gedir-Saad Sub-Clan Militia (Somalia)",
            "Habar Gedir-Saad Sub-Clan Militia (Somalia)",
        ),
        ("Pokot Ethnic Group (Kenya)", None),
        # another spelling of the group is ACLED's spelling
        ("Karimojong Ethnic Militia (Uganda)", "Karamajong Ethnic Militia (Uganda)"),
    ],
)
def test_extract_actors_canonical(lexicon: ActorLexicon, name: str, expected: str | None) -> None:
    assert lexicon.canonical(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (MIL_SYR, 1),
        ("Police Forces of Chad", 1),
        ("Taliban", 2),
        ("PMF: Popular Mobilization Forces", 3),
        ("Fano Militia", 4),
        ("Rioters (Kenya)", 5),
        ("Protesters (Iraq)", 6),
        ("Civilians (Yemen)", 7),
        ("Wagner Group", 8),
        ("Unidentified Armed Group (Iraq)", 3),
        ("Tiv Ethnic Militia (Nigeria)", 4),
        ("ISIS", None),
        ("Nobody", None),
    ],
)
def test_extract_actors_inter(lexicon: ActorLexicon, name: str, expected: int | None) -> None:
    assert lexicon.inter(name) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Syrian", "SYR"),
        ("Syrians", "SYR"),
        ("Congolese", "COD"),
        ("DRC", "COD"),
        ("US", "USA"),
        ("us", None),
        ("South Sudanese", "SSD"),
        ("Sudanese", "SDN"),
        ("Burkinabe", "BFA"),
        ("Martian", None),
    ],
)
def test_extract_actors_country_of_demonym(
    lexicon: ActorLexicon, word: str, expected: str | None
) -> None:
    assert lexicon.country_of_demonym(word) == expected


def test_extract_actors_data_sizes(lexicon: ActorLexicon) -> None:
    orgs = [
        n for n in lexicon._orgs if not n.startswith(("Military Forces of", "Police Forces of"))
    ]
    aliases = sum(len(v) for v in lexicon._org_names.entries.values())
    assert len(orgs) >= 150
    assert aliases >= 400
    assert len(lexicon._countries) >= 190


def test_extract_actors_state_rows_match_generated_names(lexicon: ActorLexicon) -> None:
    for org in lexicon._orgs.values():
        if org.name.startswith(("Military Forces of", "Police Forces of")) and org.iso3:
            country = lexicon._countries[org.iso3]
            assert org.name.endswith(country.of_name) or "Faction" in org.name, org.name


def test_extract_actors_aliases_are_not_ambiguous(lexicon: ActorLexicon) -> None:
    """An alias that may match anywhere, in any case, names one actor only."""
    for key, entries in lexicon._org_names.entries.items():
        open_names = {e.value for e in entries if e.only_in is None and e.exact is None}
        assert len(open_names) <= 1, (key, open_names)


def test_extract_actors_acled_names_resolve(lexicon: ActorLexicon) -> None:
    """Most actor names an ACLED coder wrote resolve, with the same actor type."""
    if not ACLED_DEV.is_file():
        pytest.skip("../shared/data/acled-dev is not here")
    rows = [json.loads(line) for line in ACLED_DEV.read_text(encoding="utf-8").splitlines()]
    pairs = [
        (r[a], r[i]) for r in rows for a, i in (("actor1", "inter1"), ("actor2", "inter2")) if r[a]
    ]
    resolved = [(lexicon.canonical(name), inter) for name, inter in pairs]
    known = [(name, int(inter)) for name, inter in resolved if name is not None]
    assert len(known) >= 0.95 * len(pairs)
    agree = [lexicon.inter(name) in (inter, 1 if inter == 8 else inter) for name, inter in known]
    assert sum(agree) >= 0.98 * len(known)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police battled the Mungiki sect", "KEN"),
        ("Mungiki members and ISIS fighters", "KEN"),
        ("Mungiki members and Taliban fighters", None),
        ("Kenyan police arrested two men", None),
    ],
)
def test_extract_actors_home_country(
    lexicon: ActorLexicon, text: str, expected: str | None
) -> None:
    assert lexicon.home_country(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three Luo were killed to avenge the murder of six Kikuyu.", "KEN"),
        ("Hundreds of Maasai protested after the charges were dropped.", "KEN"),
        ("Pokot and Karamajong herders clashed over water.", "KEN"),
        ("Hema and Lendu villagers fled the fighting.", "COD"),
        ("Dinka youths and Hema villagers", None),  # two countries: no answer
        ("Fulani herders and farmers clashed.", None),  # many countries
        ("Issa Ali, a trader, was shot dead.", None),  # a person's name
        ("The pokot word for cattle", None),  # not capitalised
        ("Police arrested two men.", None),
    ],
)
def test_extract_actors_identity_country(
    lexicon: ActorLexicon, text: str, expected: str | None
) -> None:
    assert lexicon.identity_country(text) == expected


def test_extract_actors_country_name(lexicon: ActorLexicon) -> None:
    assert lexicon.country_name("cod") == "Democratic Republic of Congo"
    assert lexicon.country_name("XXX") is None


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        (
            "ZANU-PF youths attacked them",
            "ZWE",
            "ZANU-PF: Zimbabwe African National Union-Patriotic Front",
        ),
        ("PF cadres armed with machetes", "ZMB", "PF: Patriotic Front"),
        ("TMC workers broke into her home", "IND", "AITC: All India Trinamool Congress"),
        ("PTI supporters forced open a gate", "PAK", "PTI: Pakistan Tehreek-i-Insaf"),
        ("armed dahalo drove off the zebu", "MDG", "Dahalo Militia"),
        (
            "FLEC-FAC said its fighters ambushed a patrol",
            "AGO",
            (
                "FLEC-FAC: Front for the Liberation of the Enclave of Cabinda - Armed Forces of "
                "Cabinda"
            ),
        ),
    ],
)
def test_extract_actors_parties_and_groups_of_more_regions(
    lexicon: ActorLexicon, text: str, country: str, name: str
) -> None:
    assert [m.name for m in lexicon.find(text, country=country)][:1] == [name]


def test_extract_actors_a_party_abroad_is_not_matched(lexicon: ActorLexicon) -> None:
    # "PF" and "DPP" are ACLED's Zambian and Malawian parties only there
    assert lexicon.find("The DPP won the vote in Taipei", country="TWN") == []
