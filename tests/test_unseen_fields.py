"""Notes from fields the tutor was never tuned on (pharmacology, history, economics), written as students
write.

Each note is small and made up here; the questions are the kinds the issue describes: shared head nouns
("loop or thiazide diuretics"), a half-covered comparison ("ACE inhibitors vs ARBs"), the asked aspect
("how long does ... last"), a table of contents that must never be quoted.
"""

from __future__ import annotations

import pytest

from bot.render import answer_text
from tests.conftest import make_settings

PHARMACOLOGY = """# Cardiovascular drugs

## Contents
- [Diuretics](#diuretics)
- [ACE inhibitors](#ace-inhibitors)
- [Aspirin](#aspirin)

## Diuretics

Loop diuretics act on the thick ascending limb of the loop of Henle and are the most potent diuretics.
Thiazide diuretics act on the distal convoluted tubule and are first-line for mild hypertension.
Both can cause low potassium.

## ACE inhibitors

ACE inhibitors block the conversion of angiotensin I to angiotensin II.
A dry cough is a common side effect of ACE inhibitors.

## Aspirin

Aspirin irreversibly inhibits cyclooxygenase in platelets.
Its antiplatelet effect lasts for the lifetime of the platelet, about 7 to 10 days.
Low-dose aspirin is used to prevent heart attacks.

## Further reading
- [Pharmacology textbook](https://example.org/pharm)
"""

HISTORY = """# The Roman Republic

## Magistrates

| Office | Term | Main duty |
| --- | --- | --- |
| **Consul** | one year | commanded the armies and presided over the senate |
| **Praetor** | one year | administered justice in the courts |
| **Censor** | eighteen months | kept the census and the list of senators |

## The senate

The senate was an advisory council of former magistrates.
Its decrees were not laws, but magistrates rarely ignored them.
"""

# a glossary as students write one: a lower-case term, its definition in the sub-item below
ECONOMICS = """# Macroeconomics terms

- inflation
    + sustained increase in the general price level of goods and services over time
    + tracked with a basket of goods, the consumer price index
- deflation
    + negative inflation rate
    + raises the real value of debt
- seigniorage
    + the difference between the value of money and the cost to produce it
- fiat money
    + money which has no intrinsic value, established by government regulation
- nominal value
    + value of goods and services measured in the prices of the current year
- real value
    + value of goods and services measured in the prices of a fixed base year

- types of unemployment:
    * frictional unemployment: the time workers spend between jobs while searching
    * structural unemployment: a mismatch between the skills workers have and the jobs on offer
"""

# a chapter whose contents list is a bold line, its opening definition after the links with no heading
PROGRAMMING = """# Chapter 3. Lists

**Table of Contents**:

- [Creating a list](#creating-a-list)
- [Slicing a list](#slicing-a-list)

A list is a compound data type that stores an ordered collection of items in one variable.

Some of the features of lists are as follows:

1. Lists are mutable
2. Lists can hold items of different types
3. Lists keep the order of their items

## Creating a list

Lists are written as comma separated items inside square brackets.

# Chapter 5. Loops

## The Range Function

The `range()` function is a generator which yields one number at a time rather than returning the whole
sequence, which saves memory when counting to millions.

```python
for n in range(10):
    print(n)
```
"""

# the best match for "low sodium" is a section on low potassium, which never names sodium
RENAL = """# Renal physiology

## Proximal tubule
Two thirds of filtered sodium and water are reabsorbed here.

## Distal tubule
Aldosterone increases sodium reabsorption in exchange for potassium.

## Hypokalaemia
Low serum levels cause muscle weakness, cardiac arrhythmias and constipation.
Common causes are vomiting, diuretics and hyperaldosteronism.

## Electrolytes
- **Sodium**: the main extracellular cation
- **Potassium**: the main intracellular cation
"""

# labelled lines, each its label's though it names another of them ("Osmosis - diffusion of water …")
PLANTS = """# Water in plants

## Molecular Movement

- **Diffusion** - movement of molecules/ions from higher concentration to lower concentration
    - rate of diffusion depends on temp, pressure, density of the medium
- **solvents** - liquids in which substances dissolve
- **Osmosis** - diffusion of water through a semipermeable membrane, from more water to less
    - does not require energy to move across membranes
- **Plasmolysis** - loss of water through osmosis

## Cell division

- **Mitosis** - cell replication through division
- **Mitosis** - happens in meristems, only in the tips

## Theories of Personality

- **Id** (pleasure) – wants immediate gratification.
- **Ego** (reality) – tries to find realistic ways to satisfy needs.
- **Superego** (morals) – internalized rules and values. Personality reflects how the ego manages
  conflict among these forces.
"""

# a course page's learning objectives above the notes themselves
SECURITY = """# Cryptographic Solutions

## Learning Objectives

- Explain hashing and its purpose
- Compare symmetric and asymmetric encryption

## Key Topics

- **Hashing:** one-way cryptographic function that takes an input and produces a fixed-length digest
- **Symmetric:** single shared key; fast, but requires secure key distribution
- **Asymmetric:** public/private key pairs; enables key exchange, slower performance
"""


# reading notes kept in lower case: their terms are phrases no heading or bold sets out
THEOLOGY = """# Revelation

## The nature of revelation

* two basic classifications of revelation:
    * general revelation: God's communication of himself to all persons at all times in all places
    * special revelation: God's particular communications to particular persons at particular times
* general revelation is found in three areas: nature, history and the human being

## Chi squared tests

Goodness of fit test is used to decide whether a sample fits a hypothesized distribution.

### Test of Independence

Test of Independence is used to decide whether two categorical variables are associated.

## Design patterns

What's the difference between the Template Method Pattern and the Strategy pattern?

---

The Strategy and Template
Method Patterns both encapsulate
algorithms, the first by composition
and the other by inheritance.
"""


NEURO = """# Synapses

## Receptors

- **Ionotropic**: ligand-gated ion channels
- **Metabotropic**: G-protein coupled receptors

## Second messenger systems

1. **Metabotropic receptor functions**
- Modulate many neuronal functions in addition to potential
- Slower but longer-lasting changes than ionotropic receptors
"""


GENETICS = """# How genes work

## The central dogma

- Information flows from DNA to RNA by transcription, and from RNA to protein during Translation.
- Cells regulate gene transcription through regulatory proteins, and they also control Translation.

#### The Roles of Transcription and Translation
- **Transcription** is using a DNA template to make an RNA molecule.
- **Translation** is the process of using information in mRNA to synthesize proteins.
"""


SYNTAX = """# Lecture 3: Structural relations

- Dominance: node `A` dominates node `B` if `A` is above `B` in the tree
  - C-command: node `A` c-commands node `B` if every node dominating `A` also dominates `B`
    - Every node c-commands its sister and everything below its sister
- Precedence: `A` precedes `B` if `A` is to the left of `B`
- When a voltage source joins two nodes, write one equation for the "supernode" that combines them

# Lecture 1: Morphology

- Affixes come in two kinds:
  - Derivational:
    - Plays a lexical (meaningful) role
    - Typically occur before inflectional morphology
  - Inflectional:
    - Plays only a grammatical role
    - Never changes the base's category
"""


# a comparison heading over lines that each say which side they are of, and a command over its list
NETWORKING = """# Access Control Lists

- An ACL identifies traffic based on the source address, destination address and port number.
- Routers allow all traffic between their interfaces by default.

# Standard vs Extended ACLs

<1-99>        	IP standard access list

<100-199>     	IP extended access list

<1300-1999>   	IP standard access list (expanded range)

<2000-2699>   	IP extended access list (expanded range)

- Standard ACLs reference the source address only
- Extended ACLs check based on the protocol, source address, destination address, and port number
- Standard ACL Range: 1 – 99
- Extended ACL Range: 100 - 199
- Cisco expanded the original ACL Ranges

*R1(config)# access-list 1 permit 10.10.10.0 0.0.0.255*

- The default wildcard mask for a Standard ACL is 0.0.0.0, meaning an individual host address.
- There is no default wildcard mask for Extended ACLs

# Named ACLs

- Named ACLs are configured with the ip access-list command.
- They can be edited line by line.

# VLANs

- A VLAN is a broadcast domain: hosts in one VLAN receive each other's broadcasts.
- A switch floods a broadcast out of every port of its VLAN on the segment.
"""


# a list of people as a history study guide writes one: each name, and what they did below it
PEOPLE = """# Reaction and Reform, 1815-1850

## Questions

- Explain the significance of each of the following individuals:
  - Adam Ferguson
    - wrote An Essay on the History of Civil Society, in which he argued that progress corrupts civic virtue
  - Mary Wollstonecraft
    - was an English writer who argued that women should receive the same education as men
  - Johann Fichte
    - gave the Addresses to the German Nation, he believed a national education would unite the Germans
  - Giuseppe Mazzini
    - a nationalist agitator, who founded Young Italy to unite the peninsula as a republic
"""


# kinds of one thing told apart by their first word
PRICING = """# Price discrimination

Price discrimination is when a firm charges different prices to different customers.

## First degree (or perfect) price discrimination

First degree price discrimination happens when the firm knows the demand curve of each consumer.
A firm is then able to charge each consumer exactly what they are willing to pay.

## Second degree price discrimination

Second degree price discrimination happens when the firm offers a menu of prices to choose from.

## Third degree price discrimination

Third degree price discrimination happens when a firm can identify at least two groups of consumers.
It then charges a different price to each group.
"""


# registers written as snake_case names in code spans
REGISTERS = """# System calls

## Exception management

Coprocessor 0 holds the registers the kernel reads when an exception occurs.

* `c0_cause` **stores the cause of the most recent exception**
* `c0_epc` **stores the address of the instruction that caused the exception**
* `c0_status` holds the interrupt mask and the mode bits
"""


# a list a question asks for whole
DEADLOCK = """# Deadlock

**Deadlock** occurs when processes are granted exclusive access to devices, locks and tables.
Formal definition: a set of processes is **deadlocked** if each waits for an event only another can cause.

There are four conditions for deadlock:

1. **Mutual exclusion** condition - each resource is assigned to one process or is available
2. **Hold and wait** condition - processes holding resources can request more resources
3. **No pre-emption** condition - granted resources cannot be forcibly taken away
4. **Circular wait** condition - there is a circular chain of two or more waiting processes

## Deadlock prevention

Resource allocation rules prevent deadlock by breaking one of the four conditions.
"""


# a name with an aside in brackets over its line
BRITAIN = """# Britain, 1815-1850

- Explain the following:
  - The Great Exhibition of 1851
    - Held in London's Crystal Palace, sponsored by the monarchy
  - Corn Laws (and the Repeal of the Corn Laws)
    - Made it illegal to bring in foreign corn, so people bought British crops and landowners kept prices up.
  - The Hungry Forties
    - Food cost more, famine spread across the continent and the Irish potato famine halved the population
"""


# the markup of a page around the notes' words: inline HTML and a quoted block
CONTRACTS = """# Contracts

## Non-compete agreements

Non-compete agreements hold so long as they <span class='quiz'>are reasonable in duration and area.</span>

> A court may cut an unreasonable agreement down to what is reasonable instead of voiding it.
"""


# a section titled by one side whose line uses the other side's words apart
TORTS = """# Torts

## Public Nuisance

For a private citizen to maintain a public nuisance action, they must have a special injury.

## Nuisance

### Private nuisance

Interference with the use and enjoyment of another's property that is substantial or unreasonable.
"""


# each protocol a bold label over its points; one point of a third names a compared one
ETHERCHANNEL = """# EtherChannel

## EtherChannel - Protocols

1. **LACP Link Aggregation Control Protocol**:
   1. Open standard
   1. The switches on both sides negotiate the port channel creation and maintenance
1. **PAgP Port Aggregation Protocol**:
   1. Cisco proprietary.
   1. The switches on both sides negotiate the port channel creation and maintenance.
1. **Static Etherchannel**:
   1. The switches do not negotiate the channel, but the settings must match on both sides.
   1. Use if LACP is not supported on both sides.
"""


# stages of development, none of them Piaget's
DEVELOPMENT = """# Development

## Psychosexual stages

Freud proposed five psychosexual stages of development: oral, anal, phallic, latency and genital.

## Psychosocial stages

Erikson described eight psychosocial stages of development across the lifespan.
"""


# a section titled by a kind, its members numbered below without its name
PRAGMATICS = """# Pragmatics

## Implicature

Speakers mean more than they say, and listeners work it out from shared expectations.

### Grice's Maxims
1. Quality: expectations of honesty
	1. Do not say what you believe to be false
2. Relevance: maintain organization of conversation by preventing random topic shifts
	1. Be relevant
3. Quantity: how much information is appropriate for speaker to give
	1. Make your contribution as informative as required
4. Manner: how information is given and is to be interpreted
	1. Avoid obscurity of expression
"""


@pytest.fixture(scope="module")
def engines(tmp_path_factory, embedder):
    from bot.engine import Engine, index_notes

    out = {}
    notes = (
        ("pharmacology", PHARMACOLOGY),
        ("history", HISTORY),
        ("economics", ECONOMICS),
        ("programming", PROGRAMMING),
        ("renal", RENAL),
        ("renal, low potassium", RENAL.replace("## Hypokalaemia", "## Low potassium levels")),
        ("plants", PLANTS),
        ("security", SECURITY),
        ("theology", THEOLOGY),
        ("neuro", NEURO),
        ("genetics", GENETICS),
        ("syntax", SYNTAX),
        ("networking", NETWORKING),
        ("people", PEOPLE),
        ("pricing", PRICING),
        ("registers", REGISTERS),
        ("deadlock", DEADLOCK),
        ("britain", BRITAIN),
        ("contracts", CONTRACTS),
        ("torts", TORTS),
        ("etherchannel", ETHERCHANNEL),
        ("development", DEVELOPMENT),
        ("pragmatics", PRAGMATICS),
    )
    for name, text in notes:
        settings = make_settings(tmp_path_factory.mktemp(name))
        (settings.corpus / f"{name}.md").write_text(text, encoding="utf-8")
        index_notes(settings, embedder=embedder)
        out[name] = Engine.load(settings, embedder)
    return out


def test_a_shared_head_noun_names_each_side(engines):
    answer = engines["pharmacology"].ask("loop or thiazide diuretics, which one is stronger?")
    assert answer.kind == "comparison"
    text = answer_text(answer)
    assert "most potent diuretics" in text
    assert "distal convoluted tubule" in text


def test_a_side_the_notes_lack_is_named_and_the_other_still_quoted(engines):
    answer = engines["pharmacology"].ask("ACE inhibitors vs ARBs for someone with a cough")
    assert answer.kind == "uncovered"
    assert "ARBs" in answer.notice
    assert any("dry cough" in line for part in answer.parts for line in part.lines)


def test_the_asked_aspect_is_quoted_first(engines):
    answer = engines["pharmacology"].ask("how long does aspirin's effect on platelets last")
    first = answer_text(answer).splitlines()[0]
    assert "7 to 10 days" in first


def test_contents_and_reading_lists_are_never_quoted(engines):
    for question in ("what are diuretics", "aspirin", "ace inhibitors side effects"):
        text = answer_text(engines["pharmacology"].ask(question))
        assert "](#" not in text and "example.org" not in text and "Pharmacology textbook" not in text


def test_a_table_of_offices_answers_a_comparison_of_two_of_them(engines):
    text = answer_text(engines["history"].ask("consul vs praetor, who did what?"))
    assert "commanded the armies" in text and "administered justice" in text


def test_a_glossary_term_is_answered_with_the_definition_under_it(engines):
    """"- deflation" over "+ negative inflation rate": that line is deflation's definition, though it
    names inflation and not deflation, and a term alone on its line says nothing worth quoting."""
    answer = engines["economics"].ask("inflation vs deflation?")
    assert answer.kind == "comparison"
    sides = {part.title.lower(): " ".join(part.lines) for part in answer.parts}
    assert "sustained increase in the general price level" in sides["inflation"]
    assert "negative inflation rate" in sides["deflation"]
    assert "negative inflation rate" not in sides["inflation"]
    text = answer_text(engines["economics"].ask("what is seigniorage?"))
    assert "the difference between the value of money and the cost to produce it" in text


def test_glossary_definitions_that_open_alike_stay_with_their_own_terms(engines):
    """'value of goods and services measured in the prices of ...' opens both definitions, but each is its
    own term's; a term's lines end where the next item at its level begins."""
    answer = engines["economics"].ask("nominal value vs real value")
    sides = {part.title.lower(): " ".join(part.lines) for part in answer.parts}
    assert "current year" in sides["nominal value"] and "base year" not in sides["nominal value"]
    assert "base year" in sides["real value"] and "current year" not in sides["real value"]
    text = answer_text(engines["economics"].ask("what is real value?"))
    assert "base year" in text and "unemployment" not in text
    # a term alone on its line ("- nominal value" over its definition) is never quoted as a line
    assert not any(line.strip().lower() == "nominal value" for line in text.splitlines())


def test_a_labelled_line_is_its_labels_though_it_names_the_other_side(engines):
    """"**Osmosis** - diffusion of water through a membrane …" names diffusion too, but it is what the notes
    say osmosis is: asked "osmosis vs diffusion", the osmosis side opens with it, not with "Plasmolysis -
    loss of water through osmosis" (a line about another thing), and the line under it stays osmosis's.
    "**Superego** – … how the ego manages conflict" is no line of the ego's."""
    answer = engines["plants"].ask("osmosis vs diffusion")
    assert answer.kind == "comparison"
    sides = {part.title.lower(): part.lines for part in answer.parts}
    assert "diffusion of water through a semipermeable membrane" in sides["osmosis"][0]
    assert "movement of molecules" in sides["diffusion"][0]
    assert not any("Plasmolysis" in line for line in sides["osmosis"])
    assert any("does not require energy" in line for line in sides["osmosis"])
    answer = engines["plants"].ask("is the id basically the ego?")
    sides = {part.title.lower(): " ".join(part.lines) for part in answer.parts}
    assert "realistic ways" in sides["ego"] and "internalized rules" not in sides["ego"]


def test_a_side_whose_word_the_notes_never_write_is_named_as_not_covered(engines):
    """"mitosis vs meiosis" over notes that never write 'meiosis': the answer said nothing of it and
    quoted mitosis alone, as if the notes had no more to say, and "osmosis vs meiosis" read 'meiosis' as
    a slip of 'Mitosis', two letters off. It says plainly what the notes lack."""
    asked = (("mitosis vs meiosis", "cell replication"), ("osmosis vs meiosis", "diffusion of water"))
    for question, other in asked:
        answer = engines["plants"].ask(question)
        assert answer.kind == "uncovered", question
        assert "Meiosis" in answer.notice and "Mitosis" not in answer.notice, question
        assert any(other in line for part in answer.parts for line in part.lines), question
    # a slip of a word the notes write ('membranne' of 'membrane'), or the word in another number, is
    # no thing they lack
    assert "Membranne" not in engines["plants"].ask("osmosis vs membranne").notice
    assert "Energies" not in engines["plants"].ask("osmosis vs energies").notice


def test_a_qualifier_alone_takes_the_other_sides_head_of_several_words(engines):
    """"real vs nominal value": 'real' alone is an everyday qualifier, and was dropped, so the question was
    read as a lookup of nominal value; the notes name "real value", the other side's head with it."""
    answer = engines["economics"].ask("real vs nominal value")
    assert answer.kind == "comparison"
    sides = {part.title.lower(): " ".join(part.lines) for part in answer.parts}
    assert "base year" in sides["real value"] and "current year" in sides["nominal value"]


def test_a_course_pages_learning_objectives_are_not_quoted_as_what_a_thing_is(engines):
    """"Explain hashing and its purpose" under "Learning Objectives" says what a learner will do, and was
    quoted as the answer to "what is a hash" (security notes); the notes' own line says what it is."""
    for question in ("what is hashing", "symmetric vs asymmetric encryption"):
        text = answer_text(engines["security"].ask(question))
        assert "Explain hashing" not in text and "Compare symmetric" not in text, text
    assert "one-way cryptographic function" in answer_text(engines["security"].ask("what is hashing"))


def test_a_chapters_opening_after_its_contents_list_is_quoted(engines):
    """The definition a chapter opens with, written after its "**Table of Contents**:" links, is the
    chapter's own text: asked what a list is, the tutor quotes it."""
    text = answer_text(engines["programming"].ask("what is a list?"))
    assert text.startswith("A list is a compound data type")
    assert "](#" not in text


def test_a_thing_the_notes_write_as_code_is_asked_for_by_that_name(engines):
    """"The Range Function" over a section that writes `range()`: "does range() build the whole list?"
    asks about that function, not about lists, and the tutor quotes what the notes say of it."""
    answer = engines["programming"].ask("does range() build the whole list in memory")
    assert answer.entities == ["The Range Function"]
    assert "yields one number at a time" in answer_text(answer)


def test_a_best_match_about_another_thing_is_not_quoted_for_the_asked_one(engines):
    """"Hypokalaemia" matches "what do low sodium levels cause?" best, but it is about potassium: the
    answer quotes what the notes say of sodium, never the potassium lines as if they were sodium's."""
    for notes in ("renal", "renal, low potassium"):
        # "Low potassium levels" shares 'low' and 'levels' with the question, and names another thing
        text = answer_text(engines[notes].ask("what do low sodium levels cause?"))
        assert "muscle weakness" not in text, notes
        assert "extracellular cation" in text


@pytest.mark.parametrize(
    ("line", "name", "about"),
    [
        ("A list is a compound data type.", "Lists", True),
        ("A process is a program in execution.", "Processes", True),
        ("A cookie is a small file a site stores.", "Cookies", True),
        ("The Cold War was a geopolitical rivalry.", "The Cold War", True),
        ("Listing 3 shows the code.", "Lists", False),
        ("Marketing is the promotion of products.", "Markets", False),
        ("Before mitosis, the cell copies its DNA.", "Mitosis", False),
        ("Pip installs packages.", "Pipes", False),
        ("Its main job is storage.", "IT", False),
        ("Buses carry data between parts.", "Bus", True),
        ("VMs share the host's hardware.", "VM", True),
    ],
)
def test_a_line_is_about_a_thing_when_it_opens_with_its_name_in_either_number(engines, line, name, about):
    from bot.answer import Unit
    from bot.glossary import Entity

    engine = engines["programming"]
    unit = Unit(line, engine.index.chunks[0], 0, frozenset(), frozenset(), 0.0)
    assert engine.composer._about(unit, [Entity(name)]) is about


def test_an_everyday_word_the_notes_call_as_code_names_the_function_only_when_called(engines):
    """'range' is everyday English: "the normal range of potassium" asks nothing about range(); only a
    question that calls it ("range()") is about The Range Function."""
    glossary = engines["programming"].glossary
    assert [m.entity.name for m in glossary.find("is range() lazy")] == ["The Range Function"]
    for asked in ("the normal range of values", "the normal ranges of values"):
        assert "The Range Function" not in [m.entity.name for m in glossary.find(asked)]
    assert [m.entity.name for m in glossary.find("what does the range function do")] == ["The Range Function"]


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("general vs special revelation", ["general revelation", "special revelation"]),
        ("goodness of fit vs test of independence", ["goodness of fit", "test of independence"]),
    ],
)
def test_a_side_keeps_the_words_the_notes_write_with_its_name(engines, question, sides):
    """"general vs special revelation" was read as 'general' vs 'revelation' ('special' an everyday
    qualifier), and "goodness of fit vs …" as 'fit': each side quoted the other's lines or none."""
    answer = engines["theology"].ask(question)
    titles = [part.title.lower() for part in answer.parts]
    assert titles[:2] == sides, answer_text(answer)
    for side, part in zip(sides, answer.parts, strict=False):
        assert side in " ".join(part.lines).lower()


def test_a_comparison_no_line_names_a_side_of_still_quotes_the_notes(engines):
    """A flash card's answer wrapped every few words ("The Strategy and Template" / "Method Patterns both
    encapsulate" / …) was read as captions, and its question was quoted as what the pattern is: then,
    with the question dropped, "strategy vs template method" was answered with nothing at all. The
    wrapped lines read as one, and an answer no line names a side of quotes the best lines there are."""
    text = answer_text(engines["theology"].ask("diff between strategy and template method"))
    assert "encapsulate algorithms, the first by composition and the other by inheritance" in text, text
    assert "What's the difference" not in text


def test_a_line_that_sets_its_subject_against_a_side_is_not_that_sides(engines):
    """"Slower but longer-lasting changes than ionotropic receptors", under "Metabotropic receptor
    functions", was quoted as the ionotropic side's line: the opposite of what the notes say."""
    answer = engines["neuro"].ask("ionotropic vs metabotropic")
    sides = {part.title.lower(): " ".join(part.lines) for part in answer.parts}
    assert "ligand-gated" in sides.get("ionotropic", ""), sides
    assert "longer-lasting" not in sides.get("ionotropic", ""), sides


def test_a_term_of_art_the_notes_never_write_is_named_as_not_covered_beside_a_known_thing(engines):
    """"how does myasthenia gravis affect the NMJ" over notes that never name the disease quoted three
    lines on the NMJ as if they answered. The answer says what the notes lack and what they do say."""
    answer = engines["pharmacology"].ask("how does warfarin interact with aspirin")
    assert answer.kind == "uncovered"
    assert "warfarin" in answer.notice.lower()
    assert any("aspirin" in part.title.lower() for part in answer.parts), answer.parts


def test_a_heading_over_two_terms_gives_neither_the_others_lines(engines):
    """Under "The Roles of Transcription and Translation", the notes capitalise 'Translation' as a name
    and write 'transcription' in small letters: the heading was read as Translation's alone, so the
    line defining transcription named both sides and went to "Key difference"."""
    answer = engines["genetics"].ask("transcription vs translation")
    sides = {part.title.lower(): " ".join(part.lines) for part in answer.parts}
    assert "DNA template" in sides.get("transcription", ""), sides
    assert "DNA template" not in sides.get("key difference", "")


def test_a_hyphenated_term_the_notes_write_in_small_letters_is_looked_up(engines):
    """"what is c-command" was refused ("The notes don't cover this"): no heading or bold sets the term
    out, and its words alone ('c', 'command') matched nothing well enough. A typed compound the notes
    write as typed is the thing asked about."""
    answer = engines["syntax"].ask("what is c-command")
    assert answer.kind != "uncovered", answer.notice
    assert "every node dominating" in answer_text(answer)


def test_points_under_a_label_naming_a_side_are_that_sides(engines):
    """"derivational vs inflectional morphemes": the notes write "- Inflectional:" over its points and
    never "inflectional morphemes", so that side matched no line and was left out; and "Typically occur
    before inflectional morphology", a point under "- Derivational:", was the inflectional side's."""
    answer = engines["syntax"].ask("derivational vs inflectional morphemes")
    sides = {part.title.lower(): " ".join(part.lines) for part in answer.parts}
    assert "grammatical role" in sides.get("inflectional", ""), sides
    assert "lexical" in sides.get("derivational", ""), sides
    assert "occur before" not in sides.get("inflectional", ""), sides


def test_a_term_of_art_the_notes_write_is_looked_up_not_refused(engines):
    """"what is a supernode" was refused, its one word matching the notes too weakly for a question
    that names no set-out term: a word no dictionary has that the notes write is the thing asked."""
    answer = engines["syntax"].ask("what is a supernode")
    assert answer.kind != "uncovered", answer.notice
    assert "combines them" in answer_text(answer)


def test_lines_under_a_comparison_heading_are_the_side_they_name(engines):
    """Under "Standard vs Extended ACLs" each line says which side it is of: the heading names both, so
    it gives neither its lines. Before, every line of the section that named no glossary term (the
    extended range "<2000-2699> IP extended access list") was quoted for the side the notes never set
    out as a term, and its defining line was left out."""
    answer = engines["networking"].ask("standard vs extended ACL?")
    assert answer.kind == "comparison"
    standard = next(p for p in answer.parts if "standard" in p.title.lower())
    said = "\n".join(standard.lines)
    assert "Standard ACLs reference the source address only" in said, said
    assert "extended" not in said.lower(), said
    # a command over a list ("*R1(config)# access-list 1 permit …*") is no heading to cite
    assert "R1(config)" not in answer_text(answer)


def test_a_person_is_asked_of_by_surname_and_answered_with_their_own_line(engines):
    """"what did ferguson argue" names 'Adam Ferguson' of a list of people by his surname: the answer
    is his line, not the next people's lines, which share the list and its words ("argued")."""
    text = answer_text(engines["people"].ask("what did ferguson argue"))
    assert "progress corrupts civic virtue" in text, text
    assert "women should receive" not in text and "Young Italy" not in text, text
    text = answer_text(engines["people"].ask("who was mazzini?"))
    assert "founded Young Italy" in text and "Civil Society" not in text, text


def test_a_line_on_a_sibling_kind_is_not_the_asked_kinds(engines):
    """"Second degree price discrimination happens when …" uses three of the four words of 'Third
    degree price discrimination', enough to name it by half; but 'Second' in the place of 'Third'
    names a sibling, whose line is not the third degree's (it was quoted as such; and on notes that
    name the genus as a term, the first degree's definition went to "Key difference" as a line on
    both)."""
    answer = engines["pricing"].ask("first degree vs third degree price discrimination?")
    parts = {p.title.lower(): "\n".join(p.lines) for p in answer.parts}
    first = next(v for k, v in parts.items() if k.startswith("first"))
    third = next(v for k, v in parts.items() if k.startswith("third"))
    assert "knows the demand curve" in first, parts
    assert "knows the demand curve" not in third and "key difference" not in parts, parts
    assert "Second degree" not in third, parts


def test_a_snake_case_name_the_notes_write_is_looked_up(engines):
    """"what does c0_epc store" over notes that write `c0_epc`: a name joined by underscores is one
    token of the notes, not a name they never write (it was refused as not covered)."""
    text = answer_text(engines["registers"].ask("what does c0_epc store"))
    assert "address of the instruction that caused the exception" in text, text


def test_a_question_asking_for_several_things_is_answered_with_the_whole_list(engines):
    """"what are the 4 conditions for deadlock" wants the notes' list of four, in their order; the three
    best-scoring lines had quoted one condition, a definition and a remark on prevention."""
    text = answer_text(engines["deadlock"].ask("what are the 4 conditions for deadlock"))
    conditions = ["Mutual exclusion", "Hold and wait", "No pre-emption", "Circular wait"]
    assert all(c in text for c in conditions), text
    assert [text.index(c) for c in conditions] == sorted(text.index(c) for c in conditions), text


def test_a_name_and_its_aside_over_a_line_is_not_quoted_as_what_it_is(engines):
    """"Corn Laws (and the Repeal of the Corn Laws)" over its line only names the thing asked; it was
    quoted first, as if it said what the Corn Laws were."""
    text = answer_text(engines["britain"].ask("what were the corn laws"))
    assert "Made it illegal to bring in foreign corn" in text, text
    assert "(and the Repeal of the Corn Laws)" not in text, text


def test_a_pages_markup_is_not_quoted_with_the_notes_words(engines):
    """"<span class='quiz'>are reasonable …</span>" and a quoted block's '>' are the page's markup: the
    answer quotes the words (they came out raw, blind audit R3)."""
    text = answer_text(engines["contracts"].ask("when do non-compete agreements hold?"))
    assert "reasonable in duration and area" in text, text
    assert "<span" not in text and "</span>" not in text, text
    text = answer_text(engines["contracts"].ask("can a court cut down an unreasonable non-compete?"))
    assert "A court may cut" in text and "> A court" not in text, text


def test_a_line_under_one_sides_title_is_that_sides_though_it_uses_the_others_words(engines):
    """Under "Public Nuisance", "a private citizen … a public nuisance action" uses the words of
    'private nuisance' apart, not its name: it is the public side's line, not a line on both (it was
    filed under "Key difference" and the public side left empty, blind audit R3b)."""
    answer = engines["torts"].ask("is public nuisance basically the same as private nuisance?")
    parts = {p.title.lower(): "\n".join(p.lines) for p in answer.parts}
    assert "special injury" in parts.get("public nuisance", ""), parts
    assert "key difference" not in parts, parts


def test_a_point_under_another_terms_label_is_not_the_asked_sides(engines):
    """"Use if LACP is not supported on both sides." sits under "**Static Etherchannel**:": it names
    LACP in passing and is Static EtherChannel's point, not LACP's (it was quoted first under LACP,
    blind audit R3b, fresh networking notes)."""
    answer = engines["etherchannel"].ask("whats the difference between LACP and PAgP")
    text = answer_text(answer)
    assert "Use if LACP is not supported" not in text, text
    assert "Cisco proprietary" in text, text


@pytest.mark.parametrize(
    "notes, question, name",
    [
        ("networking", "How does ospf elect the DR on a broadcast segment?", "ospf"),
        ("development", "what are piaget's stages of development?", "piaget"),
    ],
)
def test_a_name_the_notes_never_write_is_named_as_not_covered(engines, notes, question, name):
    """A protocol typed in four lower-case letters ("ospf") or a person's name with its possessive
    ("piaget's") that the notes never write: the notes don't cover it, said so, not three lines on
    VLANs (both were answered as if covered, blind audits R3 and R4)."""
    text = answer_text(engines[notes].ask(question))
    assert "don't cover" in text and name in text.lower(), text


def test_a_list_question_is_answered_with_the_members_of_the_section_titled_by_its_kind(engines):
    """"what are grices 4 maxims" over "### Grice's Maxims" and its four numbered items, none of which
    says "maxim": the section's top items are the members asked for (the answer quoted lines that only
    mention maxims, blind audit R4)."""
    text = answer_text(engines["pragmatics"].ask("what are grices 4 maxims"))
    maxims = ["Quality:", "Relevance:", "Quantity:", "Manner:"]
    assert all(m in text for m in maxims), text
