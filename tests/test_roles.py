"""What a line of notes is for: navigation, pointers and code are told apart from content by markup
and plain English, so no answer or quiz quotes a table of contents or a "for more, see" line."""

from __future__ import annotations

import pytest

from bot.ingest.document import section_role
from bot.ingest.roles import is_navigation_heading, is_navigation_line, is_pointer
from bot.ingest.units import quote_units

NOTES = """Intro paragraph that teaches: a pod is the smallest deployable unit.
- [Caching](#caching)
- [Pods](#pods)
![diagram](./img/pods.png)
<a name="pods"></a>
**Goto the scenario:** [LAB: Creating a pod](https://example.org/lab)
https://example.org/reference
```python
tuple_1 = ()  # creates an empty tuple
print(tuple_1)
```
x = compute(1, 2)
All exceptions inherit from the BaseException class. The hierarchy is as follows:
| Office | Term |
| --- | --- |
| [Consul](#consul) | one year |
| **Praetor** | one year, administered justice in the courts |
"""


def test_quote_units_keep_content_and_drop_navigation_and_code():
    units = quote_units(NOTES)
    assert "Intro paragraph that teaches: a pod is the smallest deployable unit." in units
    assert "All exceptions inherit from the BaseException class." in units
    assert "tuple_1 = ()  # creates an empty tuple" in units  # a code line the notes explain
    assert any("administered justice" in u for u in units)
    assert any("Consul" in u for u in units)  # a row naming its subject by an anchor link stays
    joined = "\n".join(u for u in units if not u.startswith("|"))
    for gone in ("](#", "![", "<a name", "https://", "print(tuple_1)", "compute(1, 2)"):
        assert gone not in joined, gone


def test_an_arrow_between_words_of_a_sentence_is_no_code():
    """"**Pending:** API->etcd, pod created, pod id created, but not running on the node.": the arrow of a
    flow in a sentence read as a pointer's, so the line was neither quoted in answers nor asked. Code
    with an arrow ("fn main() -> i32 {", "f = (a) => a + 1") stays code."""
    pending = "- **Pending:** API->etcd, pod created, pod id created, but not running on the node."
    units = quote_units(f"{pending}\n```rust\nfn main() -> i32 {{\n```\nf = (a) => a + 1\n")
    assert any("pod id created" in u for u in units), units
    assert not any("=>" in u or "i32" in u for u in units), units


def test_a_question_or_an_exam_task_is_no_quotable_unit():
    """A flash card's question ("What's the difference between Decorator Pattern and Adapter Pattern?
    (2)") was quoted as the key difference, and "Explain actors involed in the template method pattern
    (2)" as what the pattern is: a question answers nothing. A paragraph that asks and answers stays."""
    units = quote_units(
        "What's the difference between Decorator Pattern and Adapter Pattern? (2)\n\n"
        "Explain actors involed in the template method pattern (2)\n\n"
        "Decorators add new behavior to an instance that implements the same interface.\n"
    )
    assert units == ["Decorators add new behavior to an instance that implements the same interface."]
    assert quote_units("What about affixes? Does the rule apply to them as well?\n") == []
    assert quote_units("Explain how a cell divides\n") == []
    # a line that opens on a name is no task, whatever the name's first word
    assert quote_units("List comprehension builds a new list from an iterable\n") == [
        "List comprehension builds a new list from an iterable"
    ]
    asked = quote_units("Why do cells divide? Cells divide to grow and to repair tissue.\n")
    assert asked == [
        "Why do cells divide? Cells divide to grow and to repair tissue.",
        "Cells divide to grow and to repair tissue.",
    ]


def test_a_table_of_contents_section_has_no_units():
    assert quote_units("- [Intro](#intro)\n- Pods are units.", ("Guide", "Table of Contents")) == []


@pytest.mark.parametrize(
    ("title", "navigation"),
    [
        ("Table of Contents", True),
        ("References <a name='refs'></a>", True),
        ("Further reading", True),
        ("Reference architecture of the kidney", False),
        ("Sources of vitamin C", False),
    ],
)
def test_navigation_headings(title, navigation):
    assert is_navigation_heading(title) is navigation


@pytest.mark.parametrize(
    ("line", "navigation"),
    [
        ("- [Caching](#caching)", True),
        ("![H2](./a.png)", True),
        ("See the [docs](http://a) for how the scheduler places pods on nodes.", False),
        (
            "**Minikube:** It is a tool that lets you run Kubernetes locally (https://minikube.sigs.k8s.io/)",
            False,
        ),
    ],
)
def test_navigation_lines(line, navigation):
    assert is_navigation_line(line) is navigation


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("For more, you can review the list chapter.", True),
        ("For more information, see the docs.", True),
        ("Keywords: Containerization, Kubernetes, Pod", True),
        ("Change instance type for more power", False),
        ("Loop diuretics are the most potent diuretics.", False),
    ],
)
def test_pointer_sentences(text, pointer):
    assert is_pointer(text) is pointer


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        (("Course", "Contact"), "advice"),
        (("Course", "Lecture Schedule"), "advice"),
        (("Book", "About the Authors"), "advice"),
        (("Repo", "Contributing"), "advice"),
        (("Week 3", "Tutorial Solutions"), "example"),
        (("Sets", "Solution"), "example"),
        (("Linguistics", "Language Contact & Variation"), "content"),
        (("Scheduling", "Multi-level Feedback Queue (MLFQ)"), "content"),
        (("Acids and bases", "Buffer solutions"), "content"),
        (("History of Psychology", "Significant contributors"), "content"),
        (("Enzymes", "Feedback inhibition"), "content"),
        (("Controlled drugs", "Schedule II"), "content"),
        (("Controlled drugs", "Schedule 2"), "content"),
        (("Course", "Contact & feedback"), "advice"),
        (("Course", "Give feedback"), "advice"),
        (("Income tax", "Schedule C"), "content"),
        (("Course", "Quiz 3 solutions"), "example"),
        (("Holocaust", "The Final Solution"), "content"),
        (("Operant conditioning", "Schedules", "Variable ratio"), "content"),
        (("Control systems", "Feedback", "Gain margin"), "content"),
        (("Amplifiers", "Feedback", "DC"), "content"),
        (("Misuse of Drugs Regulations", "Schedules", "Schedule 1"), "content"),
        (("Course", "Contact a TA"), "advice"),
        (("Course", "Contact", "A note on office hours"), "advice"),
        (("Course", "Week 3 Schedule"), "advice"),
        (("Course", "Contact", "Office hours"), "advice"),
        (("Endocrine system", "Feedback", "Negative feedback"), "content"),
        (("Operant conditioning", "Schedules", "Fixed ratio schedule"), "content"),
    ],
)
def test_a_word_of_a_course_page_heads_one_only_when_nothing_else_is_named(heading, role):
    """'Contact', 'Feedback', 'Solutions', 'Schedule' head a course's own pages, and also name what is
    taught: "Language Contact & Variation" is a chapter of linguistics, "Buffer solutions" one of
    chemistry, and their lines make questions."""
    assert section_role(heading) == role


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        (("SN1 & SN2 Mechanisms", "Practice Questions"), "example"),
        (("Window Functions", "Problem: Rank employees by salary within department."), "example"),
        (("Chapter 3", "Review Questions"), "example"),
        (("Bonding", "Self-test"), "example"),
        (("Quiz prep", "Practice for Quiz"), "example"),
        (("OSI Layer", "MTU Problems Affect Only Layer 2"), "content"),
        (("Ethics", "The Trolley Problem"), "content"),
        (("Research design", "Research Question"), "content"),
        (("Weimar Republic", "Problems"), "content"),
        (("Problems for Utilitarianism", "Demandingness"), "content"),
        (("Design patterns", "Observer", "Problem"), "content"),
        (("Hardware testing", "Power-on self-test"), "content"),
        (("Security", "Best practice for password storage"), "content"),
        (("Regulation", "Code of Practice for Clinical Trials"), "content"),
        (("Kinematics", "Practice Questions (Chapter 3)"), "example"),
        (("Cells", "Review Questions – Cell Biology"), "example"),
        (("Cells", "Chapter 2 Self-Test"), "example"),
        (("Hardware", "Built-in self-test (BIST)"), "content"),
        (("Careers", "Review questions for interviews"), "content"),
        (("Statistics", "Problem 3: Find the mean"), "example"),
        (("Computability", "Problem: the halting problem"), "content"),
        (("Neural networks", "Problem: Vanishing gradients"), "content"),
        (("Kinematics", "Problem: A ball is thrown upward at 20 m/s"), "example"),
        (("Kinematics", "Practice Problems for Chapter 3"), "example"),
        (("Memory", "Memory self-test"), "content"),
        (("Cells", "Self-Test Questions"), "example"),
        (("Cells", "Self-Test Quiz"), "example"),
        (("Cells", "Self-Test Quizzes"), "example"),
        (("Networks", "Problem: Count-to-infinity"), "content"),
        (("Statistics", "Problem: Find the mean"), "example"),
        (("Concurrency", "Problem: Race conditions between concurrent threads"), "content"),
        (("Climate", "Problem: CO2 emissions"), "content"),
    ],
)
def test_questions_set_to_the_reader_are_no_lines_to_quiz_from(heading, role):
    """"Practice Questions" and "Problem: Rank employees …" set the reader a task, their answers below
    out of context ("Nucleophile must approach from back …" asked as a fact): coursework, while a
    problem the notes teach ("The Trolley Problem", the Weimar Republic's "Problems") is content."""
    assert section_role(heading) == role
