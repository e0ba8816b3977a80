"""Sibling sections as a list: each heading a thing, its opening line what the notes say of it."""

from __future__ import annotations

from pathlib import Path

from tests.test_quiz_generate import _asks_but_never, _choice_item, _items_of, _items_shown, _named_in

# Prose notes that set their terms out as headings, not as a list. The subject is made up, so no
# answer comes from what a model or a reader already knows.
NOTES = """# Glassmaking

## Furnace work

### Kiln Types

#### Pot Kiln
Holds a single crucible of molten glass and suits a small studio that melts one colour at a time.

#### Tank Kiln
Melts glass continuously in a long basin fed from one end, for factories that run around the clock.

#### Day Tank
Is filled each morning, worked until evening and emptied before the workshop closes.

#### Regenerative Tank Kiln
Recovers the heat of its exhaust through brick chambers beside the basin to warm the incoming air.

#### Glory Hole
The furnace door is opened wide to reheat a piece between shaping steps.

#### Kiln Strengths
Workshops pick a kiln by how much glass they pour each week.

### Annealing Schedules

#### Gentle Hold
Keeps the piece at a steady warm temperature until the whole body of glass is even.

#### Slow Ramp
Lowers the oven a few degrees each hour, letting surface and core shrink together.

#### Final Soak
Keeps the piece warm again for an hour before it leaves the oven.

## Shaping

Glass is shaped while it is hot and soft.

### Blowing
Consider how a bubble forms at the end of a hollow pipe.

### Casting
Molten glass fills a mould of sand or plaster and sets in its shape.

### Slumping
Sheet glass sags over a form in the kiln and takes its curve.
"""


def _described(items) -> dict[str, object]:
    return {it.answer_text: it for it in items if it.kind == "mapping"}


def test_sibling_sections_are_asked_by_their_opening_lines_among_each_other(tmp_path: Path):
    items = _items_of(tmp_path, NOTES)
    asked = _described(items)
    tank = asked["Tank Kiln"]
    assert "melts glass continuously in a long basin" in tank.prompt
    # its siblings, and only those; not its own variant, of which the line may hold as well
    assert "Regenerative Tank Kiln" not in tank.choices
    assert set(tank.choices) <= {"Tank Kiln", "Pot Kiln", "Day Tank", "Glory Hole"}
    assert "Tank Kiln" not in asked["Regenerative Tank Kiln"].choices
    assert set(asked["Slow Ramp"].choices) <= {"Slow Ramp", "Gentle Hold", "Final Soak"}
    assert "Gentle Hold" in asked["Slow Ramp"].choices


def test_a_section_on_an_aspect_or_a_word_to_the_reader_is_no_thing_to_ask(tmp_path: Path):
    items = _items_of(tmp_path, NOTES)
    named = {c for it in items for c in it.choices} | {it.answer_text for it in items}
    assert "Kiln Strengths" not in named  # an aspect of its parent, not a kiln
    # "Consider how a bubble forms ..." tells the reader to think, it says nothing of Blowing
    assert not any("Consider how a bubble" in it.prompt for it in items)
    # a first line about another thing, or one that goes on from the section before, says nothing
    # of its heading
    assert not any("furnace door" in it.prompt.lower() for it in items)
    assert not any("warm again" in it.prompt for it in items)
    # the file's own title over its chapters is no list: 'Furnace work' and 'Shaping' are topics
    assert "Furnace work" not in named and "Shaping" not in named


def test_a_stem_never_names_the_key_whole(tmp_path: Path):
    notes = """# Chemistry notes

## Orbitals

### Atomic Orbitals

#### S Orbital
s orbitals are spherical because the electron is equally likely in every direction.

#### P Orbital
Shaped like a dumbbell with two lobes on either side of the nucleus.
"""
    items = _items_of(tmp_path, notes)
    assert not any("s orbitals are spherical" in it.prompt for it in items)
    assert any(it.answer_text == "P Orbital" for it in items)


def test_siblings_that_share_the_keys_head_noun_are_its_only_rivals(tmp_path: Path):
    notes = """# Server notes

## Machines

### Machine Lifecycle

#### Stopped State
Charged for the attached disks only while it waits to be started.

#### Terminated State
Charges nothing, because the disks are deleted and the machine is gone for good.

#### Machine Image
Holds the boot disk and the settings a new machine is launched from.
"""
    items = _items_of(tmp_path, notes)
    stopped = _described(items)["Stopped State"]
    # two states set side by side make a fair either-or; the image is another kind of thing
    assert set(stopped.choices) == {"Stopped State", "Terminated State"}


def test_a_heading_that_names_its_subsections_sets_them_side_by_side(tmp_path: Path):
    notes = """# Furnace notes

## Kilns

### Pot Kiln / Tank Kiln / Glory Hole

#### Pot Kiln
Holds a single crucible of molten glass for a small studio.

#### Tank Kiln
Melts glass continuously in a long basin fed from one end.

#### Glory Hole
Reheats a piece between shaping steps through a round opening.
"""
    items = _items_of(tmp_path, notes)
    assert set(_described(items)["Tank Kiln"].choices) == {"Tank Kiln", "Pot Kiln"}
    # a heading over several topics that are not its subsections is no list
    several = notes.replace("### Pot Kiln / Tank Kiln / Glory Hole", "### Kilns, Fuels and Tools")
    assert "Tank Kiln" not in _described(_items_of(tmp_path, several))
    # a chapter's topics listed with commas overlap, even when they name the subsections
    topics = notes.replace("### Pot Kiln / Tank Kiln / Glory Hole", "### Pot Kiln and Tank Kiln, Glory Hole")
    assert "Tank Kiln" not in _described(_items_of(tmp_path, topics))


def test_captions_over_lists_are_labels_not_things_beside_their_siblings(tmp_path: Path):
    """Lecture notes caption a list with a plain line ("Kiln Types" over its remarks): the chunker
    reads it as a heading, but the writer labelled what follows, and such labels beside a named
    thing made choices of mixed kinds (graded BAD twice)."""
    headed = """# Glassmaking

## Furnace work

### Kilns

#### Pot Kiln
Holds a single crucible of molten glass and suits a small studio that melts one colour at a time.

#### Tank Kiln
Melts glass continuously in a long basin fed from one end, for factories that run around the clock.

#### Day Tank
Is filled each morning, worked until evening and emptied before the workshop closes.
"""
    assert "Pot Kiln" in _described(_items_of(tmp_path, headed))["Tank Kiln"].choices
    captioned = headed.replace("#### ", "").replace("\nHolds", "\n- holds").replace("\nMelts", "\n- melts")
    captioned = captioned.replace("\nIs filled", "\n- is filled")
    named = {c for it in _items_of(tmp_path, captioned) for c in it.choices}
    assert not {"Pot Kiln", "Tank Kiln", "Day Tank"} & named


def test_a_bullet_jotted_in_lower_case_is_no_opening_line(tmp_path: Path):
    """Lecture notes open a section with a jotted bullet ("- understanding limited to studies of
    aphasia" under "Brain Regions"): a remark on the heading more often than what sets it apart."""
    jotted = """# Glassmaking

## Furnace work

### Kilns

#### Pot Kiln
- holds a single crucible of molten glass and suits a small studio
- cheap to build

#### Tank Kiln
- melts glass continuously in a long basin fed from one end
- runs around the clock

#### Day Tank
- is filled each morning and emptied before the workshop closes
"""
    assert "Tank Kiln" not in _described(_items_of(tmp_path, jotted))
    written = jotted
    for jot in ("holds", "melts", "is filled"):
        written = written.replace(f"- {jot}", f"- {jot[0].upper()}{jot[1:]}")
    assert "Pot Kiln" in _described(_items_of(tmp_path, written))["Tank Kiln"].choices


def test_a_section_opening_on_how_many_of_a_class_is_no_line_of_its_heading(tmp_path):
    """"Many tort actions result from car accidents" under "Automobile Negligence" says how many tort
    actions do what, a remark with its own subject, not what the heading is (graded BAD: "car accidents"
    also hands over "Automobile")."""
    notes = (
        "# Negligence\n\n## Special Types of Liability\n\n### Product Liability\n\n**product liability:**"
        " area of law that deals with negligence caused by manufacturers\n\n### Vicarious Liability\n\n"
        "**vicarious liability:** legal responsibility for the negligence of someone else\n\n"
        "### Automobile Negligence\n\n- Many tort actions result from car accidents\n- Different branches"
        " of law may be involved in a single accident\n- Every province has regulations for motor vehicle"
        " owners\n\n### Strict Liability\n\n**strict liability:** defendant is automatically liable for an"
        " injury caused by dangerous substance or activity even if they were not negligent\n"
    )
    assert _asks_but_never(tmp_path, notes, "car accidents")


# A heading that only lists its subsections' topics ("Excluder and Reducer") is a grouping; a
# chapter heading that names one of its sections among other topics ("Smokers and Equipment") is not.
HIVE_NOTES = """# Beekeeping

## Hive parts

### Brood Box
A brood box holds the frames where the queen lays her eggs and the young bees grow.

### Honey Super
A honey super stores the surplus that the keeper harvests at the end of summer.

### Bottom Board
A bottom board forms the floor of the hive and catches debris that falls from the comb.

### Excluder and Reducer

#### Excluder
An excluder keeps the queen out of the upper boxes with a grid too narrow for her body.

#### Reducer
A reducer narrows the hive door so guards can defend it against robbing wasps.

## Smokers and Equipment

### Smoker
A smoker calms the colony by masking the alarm scent the guards release.

### Veil
A veil protects the face and neck of the keeper from stings during inspections.

### Hive Tool
A hive tool pries apart boxes and frames that the bees have glued together with propolis.
"""


def test_topics_a_heading_only_gathers_stand_beside_its_siblings(tmp_path: Path):
    items = {it.answer_text.lower(): it for it in _items_of(tmp_path, HIVE_NOTES) if it.kind == "statement"}
    reducer = items["reducer"]
    assert "narrows the hive door" in reducer.prompt
    # not an either-or with its grouping's other topic: the hive parts beside the grouping are its kind
    assert len(reducer.choices) == 4
    assert {c.lower() for c in reducer.choices} & {"brood box", "honey super", "bottom board"}
    # a chapter that names one section among other topics keeps its sections together
    smoker = items["smoker"]
    assert {c.lower() for c in smoker.choices} == {"smoker", "veil", "hive tool"}


def test_what_can_be_done_with_a_thing_is_no_question_of_which_thing(tmp_path: Path):
    notes = HIVE_NOTES.replace(
        "A veil protects the face and neck of the keeper from stings during inspections.",
        "A veil can be worn over a hat during inspections to keep stings off the face.",
    )
    assert _asks_but_never(tmp_path, notes, "can be worn")


def test_a_gathered_topic_that_is_not_said_to_be_anything_is_no_sibling(tmp_path: Path):
    notes = """# Beekeeping

## Hive parts

### Brood Box
A brood box holds the frames where the queen lays her eggs and the young bees grow.

### Honey Super
A honey super stores the surplus that the keeper harvests at the end of summer.

### Frames and Wax

#### Frames
A frame holds the comb in a straight row that the keeper can lift out on its own.

#### Wax
Wax can be melted down and pressed into new foundation sheets.
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "statement"]
    assert items
    # what can be done with wax does not make it one of the hive parts beside the frames
    assert not any("Wax" in it.choices for it in items)


def test_sections_opened_by_a_bullet_naming_their_heading_are_asked_among_each_other(tmp_path: Path):
    # "### Cultural Relativism" over "- **Cultural Relativism**: not judging a culture …": each section
    # says what its own subject is, in a list item as often as in a paragraph
    notes = """# Kiln lore

### Crucible

- **Crucible**: a clay pot that holds the molten glass inside the furnace.

### Ladle

- **Ladle**: a long iron spoon that carries molten glass from the pot to the mould.

### Anvil

- **Anvil**: a heavy steel block on which hot metal fittings for the kiln door are hammered.

### Furnace

- **Tank furnace**: a furnace that melts glass without stop in one long basin.
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "mapping"]
    asked = {it.answer_text: it for it in items}
    assert "Ladle" in asked
    assert set(asked["Ladle"].choices) == {"Crucible", "Ladle", "Anvil"}
    # a bullet naming a kind of its heading ('Tank furnace' under "Furnace") is no section's subject
    assert not any("Tank furnace" in it.choices for it in items)


def test_a_sibling_whose_section_says_the_whole_clue_is_no_wrong_choice(tmp_path: Path):
    # "Clay crust broken down" opens Soaking, and Heating's section says "Clay crust starts to break down":
    # offered beside Soaking, Heating would be a second right answer (graded BAD on biology notes,
    # "Nuclear membrane broken down" of metaphase beside prophase's "starts to break down")
    notes = """# Firing

## Firing stages

### Stage 1 Heating

- The burners are lit and the kiln warms for six hours
- Smoke rises from the upper vents
- Clay crust starts to break down

### Stage 2 Soaking

- Clay crust broken down
- The glaze melts into a glassy coat

### Stage 3 Cooling

- The burners are turned off and the kiln cools slowly
- The glaze hardens as it cools

### Stage 4 Unloading

- The kiln door is opened and the pots are lifted out
- Cracked pots are set aside for repair
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "mapping"]
    soaking = next(it for it in items if "Clay crust broken down" in it.prompt)
    assert soaking.answer_text == "Stage 2 Soaking"
    assert "Stage 1 Heating" not in soaking.choices
    assert {"Stage 3 Cooling", "Stage 4 Unloading"} <= set(soaking.choices)


# Sections filed under one heading though two are of another kind: "Uniform cleaning" and "Coach
# booking" are the band's chores, the other three are ways of playing. Made-up notes, so no answer
# comes from what a model knows.
BAND_NOTES = """# Brass band

## Playing

### Uniform cleaning
- Jackets go to the dry cleaner twice a season and hang on wooden hangers in the hall cupboard

### Coach booking
- The treasurer books a coach a month before each contest and collects the fares at rehearsal

### Circular breathing
- Inhaling through the nose while the cheeks push stored air into the horn, so the sound never stops

### Flutter tonguing
- Rolling an r against the palate while blowing, so the note buzzes and rattles

### Lip slur
- Moving between two notes on one valve setting by tightening the mouth, so the notes glide into each other
"""


def test_a_sibling_far_off_in_meaning_is_no_wrong_choice(tmp_path: Path, embedder):
    """'Uniform cleaning' and 'Coach booking' beside three ways of playing are topics of another kind
    (graded WEAK twice: 'Ear hair' and 'Sound waves' beside 'Selective Attention'); with the chunks'
    vectors they are left out, and the three of a kind are asked among each other."""
    from bot.ingest.chunker import embed_text
    from bot.quiz.generate import generate_items
    from tests.test_quiz_generate import _load

    (tmp_path / "notes.md").write_text(BAND_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    vectors = embedder.encode([embed_text(c.heading, c.text) for c in chunks])
    items = generate_items(chunks, glossary, vectors)
    flutter = next(it for it in items if it.kind == "mapping" and it.answer_text == "Flutter tonguing")
    assert set(flutter.choices) == {"Flutter tonguing", "Lip slur", "Circular breathing"}
    # without vectors nothing tells the upkeep sections apart, and they are offered as before
    blind = generate_items(chunks, glossary)
    assert any({"Uniform cleaning", "Coach booking"} & set(it.choices) for it in blind)


def test_sections_opened_by_these_are_say_what_their_headings_name(tmp_path: Path):
    # "### Visual binaries" over "These are binaries that can be resolved …": the line's "these" is the
    # heading's things, so the section is asked as one of its siblings, its line said of the key
    notes = """# Kiln lore

## Furnaces of a glassworks

### Pot furnaces

These are furnaces that hold a single crucible and melt one colour at a time for a small studio.

### Tank furnaces

These are furnaces that melt glass without stop in one long basin fed from one end.

### Day furnaces

These are furnaces that are filled each morning and emptied before the workshop closes.

### Why furnaces crack

These are the reasons a furnace wall gives way.
"""
    items = {it.answer_text: it for it in _items_of(tmp_path, notes) if it.kind == "mapping"}
    tank = items.get("Tank furnaces")
    assert tank is not None
    assert tank.prompt.startswith("Which of these are furnaces that melt glass without stop")
    assert set(tank.choices) == {"Pot furnaces", "Tank furnaces", "Day furnaces"}
    assert not any("these" in it.prompt.lower().replace("which of these", "") for it in items.values())



def test_a_section_on_what_a_thing_meant_is_no_sibling_of_the_things(tmp_path: Path):
    """"#### Significances" beside "#### Hellenic League" and "#### Delian League" under a war says what
    the war meant, and was the key of "Which one is described as “End of the island empire”?" (graded
    BAD, history notes). 'Significance', 'Consequences', 'Legacy' and the like are aspects."""
    notes = (
        "# Old wars\n\n## Island War\n\n"
        "#### Harbour League\n\n- Alliance of the harbour towns against the hill kings, led by Varro\n\n"
        "#### River League\n\n- Alliance of the river towns, paid for by a tax on grain barges\n\n"
        "#### Significances\n\n- End of the island empire and its rule of the sea\n"
        "- Weakens the river towns\n"
    )
    named, items = _named_in(tmp_path, notes)
    assert "Significances" not in named, [(it.prompt, it.choices) for it in items]


def test_a_title_that_only_contains_an_aspect_word_is_a_thing(tmp_path: Path):
    """'Legacy systems' beside 'Greenfield systems' is a kind of system, and 'Implication' beside
    'Negation' a connective: only a whole title on what a thing meant ("Legacy", "Significance of …")
    is an aspect."""
    notes = (
        "# Software maintenance\n\n## Kinds of systems\n\n### Legacy systems\n\n"
        "Old systems still in service whose original builders have moved on.\n\n"
        "### Greenfield systems\n\nNew systems built from scratch with no old code to keep working.\n\n"
        "### Brownfield systems\n\nNew work that must fit around and talk to systems already running.\n"
    )
    named, items = _named_in(tmp_path, notes)
    assert "Legacy systems" in named, [(it.prompt, it.choices) for it in items]


def test_siblings_named_by_one_word_are_asked_with_what_they_are_of(tmp_path: Path):
    """'Absolute', 'Relative' and 'Controversial' under "Contraindications" under a procedure: asked
    "In “Contraindications”, which one is described as “Lack of consent”?", contraindications to what
    was never said (graded BAD twice, medicine notes). The thing above a one-word parent sets the
    question, and a longer parent ("Properties of the ideal glaze") sets its one-word aspects'."""
    notes = (
        "# Kiln Firing\n\n## Contraindications\n\n### Absolute\n\n- Cracked kiln shelf\n\n"
        "### Relative\n\n- Damp clay body\n\n### Controversial\n\n- Second firing on the same day\n\n"
        "# Glazes\n\n## Properties of the ideal glaze\n\n### Physical\n\n- Stable at high temperature\n\n"
        "### Chemical\n\n- Free of lead and other heavy metals\n\n### Optical\n\n- Glossy without crazing\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    damp = [it for it in items if "Damp clay body" in it.prompt]
    assert damp and all(it.prompt.startswith("In “Kiln Firing › Contraindications”, ") for it in damp), shown
    lead = [it for it in items if "Free of lead" in it.prompt]
    assert lead and all(it.prompt.startswith("In “Properties of the ideal glaze”, ") for it in lead), shown


def test_sibling_sections_that_set_out_the_same_fields_are_read_as_a_table(tmp_path: Path):
    """Each of four kilns under "Kilns" sets out "Firing range:", "Fuel:" and "Uses:" over its
    points: a table the writer did not draw. Its rows are asked as a table's are, among each other,
    and each item cites its own row's section."""
    kilns = {
        "Pit Kiln": ("600-900 °C", "Wood and dung", ["Earthenware pots", "Village pottery"]),
        "Anagama Kiln": ("1200-1300 °C", "Wood", ["Stoneware with ash glaze", "Long firings of a week"]),
        "Electric Kiln": ("up to 1300 °C", "Electricity", ["Studio glaze tests", "Porcelain in small lots"]),
        "Gas Kiln": ("1100-1300 °C", "Natural gas or propane", ["Reduction firing", "Production stoneware"]),
    }
    notes = "# Ceramics\n\n## Kilns\n\n" + "".join(
        f"### {name}\n\n- Firing range: {heat}\n- Fuel: {fuel}\n- Uses:\n"
        + "".join(f"  - {use}\n" for use in uses)
        + "\n"
        for name, (heat, fuel, uses) in kilns.items()
    )
    items, shown = _items_shown(tmp_path, notes)
    ranged = [it for it in items if "“600-900 °C”" in it.prompt]
    assert ranged, shown
    pit = ranged[0]
    assert pit.answer_text == "Pit Kiln" and set(pit.choices) <= set(kilns), shown
    assert pit.source.endswith("Kilns › Pit Kiln"), pit.source
    # a field's points are one cell: the kiln used for them, among the others
    used = [it for it in items if "“Studio glaze tests; Porcelain in small lots”" in it.prompt]
    assert used and used[0].answer_text == "Electric Kiln" and set(used[0].choices) <= set(kilns), shown


def test_a_note_takers_marks_for_words_are_no_wording_to_post():
    """"maintain @same dose", "++risk of brady": marks written for "at" and "increased" (graded
    garbled). An address, a decorator in code and an operator are not such marks."""
    from bot.quiz.quality import problems

    dose = _choice_item(
        "Which one is described as “50-100mg daily divided. maintain @same dose”?",
        ("HTN", "angina", "migraine prevention"),
        0,
    )
    assert "vague wording" in problems(dose)
    plain = _choice_item(
        "Which one is described as “50-100mg daily divided, the same dose to maintain”?",
        ("HTN", "angina", "migraine prevention"),
        0,
    )
    assert "vague wording" not in problems(plain)
    from bot.quiz.quality import _SHORTHAND

    assert _SHORTHAND.search("++risk of brady") and _SHORTHAND.search("-=HR/ CO")
    assert not any(map(_SHORTHAND.search, ["user@host.com", "`@property`", "C++ code", "x -= 1", "a @ b"]))


def _records_asked(folder: Path, title: str, fields: tuple[str, ...], rows: dict[str, tuple[str, ...]]):
    """The bank of notes that list each of ``rows`` in bold over its labelled ``fields``, and its stems
    with their choices, to show when an assertion fails."""
    notes = f"{title}\n\n" + "".join(
        f"- **{name}**\n" + "".join(f"  - {f}: {v}\n" for f, v in zip(fields, values, strict=True))
        for name, values in rows.items()
    )
    items = _items_of(folder, notes)
    return items, [(it.prompt, it.choices) for it in items]


def test_a_list_of_names_over_the_same_labelled_points_is_read_as_a_table(tmp_path: Path):
    """"- **Mitochondrion**" over "Function: …" and "Membrane: …", then each organelle over its own: the
    classic way to take notes on things and their properties gave no question at all. Read as a table,
    its rows are asked among each other by their fields, and its kind is what heads the list."""
    organelles = {
        "Mitochondrion": ("Produces ATP by aerobic respiration", "Double membrane with folded cristae"),
        "Ribosome": ("Assembles proteins from amino acids", "None, made of rRNA and protein"),
        "Lysosome": ("Digests worn-out organelles and debris", "Single membrane holding acid hydrolases"),
        "Golgi apparatus": ("Modifies and packages proteins for export", "Stacks of flat membrane sacs"),
    }
    title = "# Cell biology\n\n## Organelles"
    items, shown = _records_asked(tmp_path, title, ("Function", "Membrane"), organelles)
    lysosome = [it for it in items if "“Digests worn-out organelles and debris”" in it.prompt]
    assert lysosome and lysosome[0].prompt.startswith("Which organelle has the function"), shown
    assert lysosome[0].answer_text == "Lysosome" and set(lysosome[0].choices) <= set(organelles), shown
    # and the other way round, among the other rows' cells of the same field
    ribosome = [it for it in items if it.prompt == "What is the function of the organelle Ribosome?"]
    assert ribosome and set(ribosome[0].choices) <= {f for f, _ in organelles.values()}, shown


def test_a_row_that_lists_a_member_of_the_clue_is_no_rival(tmp_path: Path):
    """"Which one has the ideas “Independence, republicanism, popular sovereignty”?" (Paine) beside
    Jefferson, whose ideas list republicanism too: two defensible answers (graded BAD). A row whose
    listed cell shares a member of the clue's list is not offered; nor is a choice with an ordinal
    that is not its number's ('3st person', copied from the notes)."""
    people = {
        "Thomas Paine": ("Independence, republicanism, popular sovereignty", "Common Sense"),
        "Thomas Jefferson": ("Natural rights, republicanism, limited government", "The Declaration"),
        "Alexander Hamilton": ("Strong central government, national bank", "Federalist Papers"),
        "Benjamin Franklin": ("Pragmatism, self-improvement, thrift", "Poor Richard's Almanack"),
    }
    items, shown = _records_asked(tmp_path, "# Founders\n\n## Key persons", ("Ideas", "Writings"), people)
    paine = [it for it in items if "“Independence, republicanism, popular sovereignty”" in it.prompt]
    assert paine and "Thomas Jefferson" not in paine[0].choices, shown
    assert paine[0].answer_text == "Thomas Paine" and len(paine[0].choices) >= 3, shown
    from bot.quiz.generate import _wrong_ordinal

    assert _wrong_ordinal("3st person") and _wrong_ordinal("11st") and _wrong_ordinal("2th century")
    assert not any(map(_wrong_ordinal, ["1st person", "22nd", "13th", "101st", "3rd"]))


WEATHER_NOTES = """# Garden weather

## Weather damage

### Drought
* Soil
    * Cracks open along the planting beds
    * Dust blows off the bare surface

* Roots
    * Reach deeper into the ground for water

* Leaves
    * Curl and turn brown at the edges

### Frost
* Soil
    * Ice crystals lift young seedlings out of the ground
    * Cracks open along the planting beds

* Roots
    * Freeze and split near the surface

* Leaves
    * Blacken overnight and go limp

### Flood
* Soil
    * Standing water washes the topsoil away

* Roots
    * Rot without air in the waterlogged ground

* Leaves
    * Yellow from the bottom of the plant upward

### Heatwave
* Soil
    * Mulch dries out and blows away

* Roots
    * Cook near the surface of the hot ground

* Leaves
    * Scorch where the afternoon sun hits them
"""


def test_a_field_over_several_points_is_all_of_them(tmp_path: Path):
    """"* Distribution" over three points under Hepatic Disease, the second of them "Increased VD due to
    fluid retention": the field was read as its first point alone, and Hepatic Disease was offered
    beside Renal Disease for the very line both list (graded two right answers, r253). Each row's
    field holds all its points, so a row that lists the clue is no rival, and no row's point is
    offered as the wrong answer for another row that lists it too."""
    items, shown = _items_shown(tmp_path, WEATHER_NOTES)
    flood = "“Standing water washes the topsoil away”"
    assert any(it.answer_text == "Flood" and flood in it.prompt for it in items), shown
    shared = "Cracks open along the planting beds"
    for it in items:
        if shared in it.prompt:
            assert not {"Drought", "Frost"} <= set(it.choices), shown
        if shared in it.choices and it.answer_text != shared:
            assert not it.prompt.endswith(("Drought?", "Frost?")), shown


def test_a_section_that_tells_a_history_is_no_thing_of_its_siblings(tmp_path: Path):
    # "### Iran-US History" beside a country's "State Structure" opens with the first of the events it
    # tells, point by point: no term is defined there, and none can be typed into "The term for “the
    # Eisenhower administration (1953) sponsors a coup …” is ____" (graded BAD, r262)
    notes = """# Island States

## Velora: a harbour republic

### Harbour Council
Seven captains elected by the dock guilds who set the tolls of the port each spring.

### Tide Court
Judges who settle disputes between ship owners and the guilds of the quay.

### Lamp Wardens
Officers appointed by the council to keep the lighthouses burning through the winter storms.

### Velora-Ostmark History
* The Ostmark navy (1612) blockades the harbour for a whole summer and installs a friendly governor
* The dock guilds (1640) overthrow the governor
* The captains then found the Harbour Council and open the port to every flag
"""
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Tide Court" for it in items), shown  # its siblings are still asked
    assert not any("History" in it.answer_text or "History" in " ".join(it.choices) for it in items), shown


def test_a_sibling_that_says_one_or_more_is_no_wrong_choice_for_one(tmp_path: Path):
    # "Mutation of single nucleotide" opens Silent Mutation, and Missense Mutation's section says
    # "Mutation of 1 or more nucleotides within a single codon": "or more" takes in one, it turns
    # nothing, so Missense Mutation fits the clue too and is not offered beside it
    notes = """# Weaving

## Loom Faults

### Dropped Stitch
- Caused by a single broken warp thread.
- The cloth shows a thin line down its length.

### Slipped Stitch
- Caused by 1 or more broken warp threads within a single row, which the shuttle skips.

### Pulled Stitch
- Caused by a weft thread drawn too tight, which puckers the cloth.

### Knotted Stitch
- Left where a tied-off end of yarn is woven into the face of the cloth.
"""
    items, shown = _items_shown(tmp_path, notes)
    dropped = [it for it in items if "single broken warp thread" in it.prompt]
    assert dropped and not any("Slipped Stitch" in it.choices for it in dropped), shown
