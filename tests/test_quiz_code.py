"""Questions on code: a cheat sheet's commands told apart, and the results the notes show for a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.discord_app.quiz_views import quiz_payload
from bot.quiz.grading import grade
from bot.quiz.items import QuizItem
from tests.test_quiz_generate import _items_of

CHEAT_SHEET = """# Version control cheat sheet

## Everyday commands

#### Record the staged changes in the history
```
git commit -m [message]
```

#### Stage a file for the next snapshot
```
git add [file]
```

#### Upload local branch commits to the remote
```
git push [remote] [branch]
```

#### Fetch and merge the remote branch into the current one
```
git pull [remote]
```

#### Show the commit history of the current branch
```
git log
```

#### Switch to another branch
```
git checkout [branch]
```

#### Create a branch and switch to it
```
git checkout -b [branch]
```

#### Save modified and staged changes for later
```
git stash
```

#### Put the working changes aside for a while
```
git stash
```

## Lab: set up a repository

#### Create an empty repository in the current folder
```
git init
```
"""


def _code(items: list[QuizItem]) -> dict[str, QuizItem]:
    return {it.answer_text: it for it in items if it.kind == "code"}


def test_a_cheat_sheet_asks_which_command_does_what_it_says(tmp_path: Path):
    items = _code(_items_of(tmp_path, CHEAT_SHEET))
    commit = items["git commit -m [message]"]
    assert commit.prompt == "Which git command is described as “Record the staged changes in the history”?"
    assert len(commit.choices) == 4 and all(c.startswith("git ") for c in commit.choices)
    assert "git commit -m [message]" in commit.explanation
    assert grade(commit, "ABCD"[commit.answer]) and grade(commit, commit.answer_text)
    assert not grade(commit, "ABCD"[(commit.answer + 1) % 4])
    # "Show the commit history": only the key repeats a word of it ('log' is not, but 'commit' in a
    # rival would tie) -- and "Upload local branch commits": 'branch' is in rivals too, so it is fair
    for it in items.values():
        assert "[" not in it.prompt
        subs = [tuple(c.split()[:2]) for i, c in enumerate(it.choices) if i != it.answer]
        own = tuple(it.answer_text.split()[:2])
        assert len({s for s in subs if s != own}) == len([s for s in subs if s != own])
    # a command the notes describe two ways ('git stash') is asked neither way; a lab's step never
    assert "git stash" not in items and "git init" not in items
    # and never among the choices of another
    assert not any("git init" in it.choices for it in items.values())


def test_a_description_that_only_the_key_echoes_is_not_asked(tmp_path: Path):
    notes = CHEAT_SHEET.replace("Switch to another branch", "Check out another branch")
    items = _code(_items_of(tmp_path, notes))
    # "Check out" is the key's own word, and no rival has it: matching words answers it
    assert "git checkout [branch]" not in items
    for it in items.values():
        others = [c for i, c in enumerate(it.choices) if i != it.answer]
        assert others and all(c != it.answer_text for c in others)


RESULTS = """# Numbers and strings

## Rounding

```python
import math

x = round(5.85)        # 6 (rounded up)
y = round(5.35)        # 5
a = math.floor(-5.56)  # -6
b = math.ceil(-5.56)   # -5
c = math.trunc(-5.678) # -5
print(4 > 5)           # False
r = math.sqrt(16)      # 4.0
e = math.exp(1.0)      # 2.718281828459045
total = 5
print(total + 1)       # 6
```

## Changing case

```python
'john'.capitalize()    # John
'john'.upper()         # JOHN
'JOHN'.lower()         # john
```
"""


def test_a_line_whose_result_the_notes_show_is_asked_among_its_neighbours_results(tmp_path: Path):
    items = {it.prompt: it for it in _items_of(tmp_path, RESULTS) if it.kind == "code"}
    floor = items["What is the result of math.floor(-5.56)?"]
    assert floor.answer_text == "-6"
    assert list(floor.choices) == sorted(floor.choices, key=float)  # numbers in order
    assert set(floor.choices) <= {"6", "5", "-6", "-5"}
    cap = items["What is the result of 'john'.capitalize()?"]
    assert sorted(cap.choices) == ["JOHN", "John", "john"]  # case is the whole question
    assert grade(cap, "John") and not grade(cap, "john") and not grade(cap, "JOHN")
    # 'JOHN' of 'john'.upper() is told by the call's name: a rival of capitalize(), not a question
    assert not any("upper()" in p or "lower()" in p for p in items)
    assert grade(floor, "-6") and not grade(floor, "6")
    # a variable set up elsewhere is not a question ('total + 1'), nor a yes-or-no ('4 > 5'), nor a
    # line whose only rivals are results of lines on other inputs (2.718 for sqrt(16))
    assert not any("total" in p or "4 > 5" in p or "sqrt" in p for p in items)


def test_a_code_question_shows_its_code_as_code_in_discord(tmp_path: Path):
    items = [it for it in _items_of(tmp_path, RESULTS) if it.kind == "code"]
    it = next(i for i in items if "capitalize" in i.prompt)
    embed = quiz_payload(it)
    assert "`John`" in embed["description"] and "`JOHN`" in embed["description"]
    revealed = quiz_payload(it, revealed=True)
    assert "`John`" in revealed["fields"][0]["value"]


def test_prose_notes_make_no_code_questions(tmp_path: Path):
    notes = "# Cells\n\n## Mitochondria\n\nMitochondria make ATP. # not code\n\n```\nATP  # energy\n```\n"
    assert not [it for it in _items_of(tmp_path, notes) if it.kind == "code"]


def test_an_interactive_session_shows_results_too(tmp_path: Path):
    notes = """# Strings

## Case

```
>>> 'ada'.title()
'Ada'
>>> 'ada'.upper()
'ADA'
>>> 'ADA'.lower()
'ada'
>>> name = 'ada'
>>> name.upper()
'ADA'
```
"""
    items = {it.prompt: it for it in _items_of(tmp_path, notes) if it.kind == "code"}
    title = items["What is the result of 'ada'.title()?"]
    assert title.answer_text == "'Ada'" and sorted(title.choices) == ["'ADA'", "'Ada'", "'ada'"]
    assert "What is the result of 'ada'.upper()?" not in items
    assert not any("name" in p for p in items)  # a variable of the session is not a question


SLICES = """# Lists

## Slicing a list

A slice takes part of a list.

```python
prime = [2, 3, 5, 7, 11, 13, 17, 19]
print(prime[:3])   # [2,3,5]
print(prime[5:])   # [13, 17, 19]
print(prime[:])    # [2, 3, 5, 7, 11, 13, 17, 19]
```

## Changing a list

```python
even = [2, 4, 6]
even.append(8)
print(even[:2])    # [2, 4]
print(even[1:])    # [4, 6, 8]
print(even[2:])    # [6, 8]
```

## Finding a word

```python
data = 'He is John. John is a programmer.'
print(data.index('John'))       # 6
print(data.index('John', 8))    # 12
print(data.index('is'))         # 3
```
"""


def test_a_line_on_values_set_just_above_it_is_asked_with_those_values(tmp_path: Path):
    items = {it.prompt: it for it in _items_of(tmp_path, SLICES) if it.kind == "code"}
    asked = "With prime = [2, 3, 5, 7, 11, 13, 17, 19], what is the result of prime[:3]?"
    assert asked in items
    first = items[asked]
    # the notes' '[2,3,5]' is shown spaced as its rivals are, so no choice stands out by its spacing
    assert first.answer_text == "[2, 3, 5]" and "[13, 17, 19]" in first.choices
    assert grade(first, "[2, 3, 5]")
    # prime[:] would show its result in its own stem; a list changed after it was set is not restated
    assert not any("prime[:]" in p for p in items)
    assert not any("even" in p for p in items)
    # the string an example sets is the example's, not two sentences of the stem
    given = "With data = 'He is John. John is a programmer.', "
    found = items[given + "what is the result of data.index('John', 8)?"]
    assert found.answer_text == "12"


SETS = """# Sets

## Operations on sets

### Union

```python
odd = {1, 3, 5, 7, 9, 11}
prime = {2, 3, 5, 7, 11}
print(odd.union(prime))  # {1, 2, 3, 5, 7, 9, 11}
```

### Intersection

```python
odd = {1, 3, 5, 7, 9, 11}
prime = {2, 3, 5, 7, 11}
print(odd.intersection(prime))  # {11, 3, 5, 7}
```

### Difference

```python
odd = {1, 3, 5, 7, 9, 11}
prime = {2, 3, 5, 7, 11}
print(odd.difference(prime))  # {1, 9}
```

### Symmetric difference

```python
odd = {1, 3, 5, 7, 9, 11}
prime = {2, 3, 5, 7, 11}
print(odd.symmetric_difference(prime))  # {1, 2, 9}
```

### Merging dicts

```python
ages = {'ann': 20}
print(ages | {'bob': 31})  # {'ann': 20, 'bob': 31}
```
"""


def test_a_set_the_notes_show_is_a_result_asked_among_the_other_sets(tmp_path: Path):
    """The results of four operations on the same two sets are each other's fair rivals (they were
    read as words, and dropped); a dict is no set's rival."""
    items = {it.prompt: it for it in _items_of(tmp_path, SETS) if it.kind == "code"}
    given = "With odd = {1, 3, 5, 7, 9, 11} and prime = {2, 3, 5, 7, 11}, what is the result of "
    found = items.get(given + "odd.difference(prime)?")
    assert found is not None, list(items)
    assert found.answer_text == "{1, 9}"
    assert {"{1, 2, 9}", "{11, 3, 5, 7}"} <= set(found.choices)
    assert not any(":" in c for it in items.values() for c in it.choices if it.answer_text.startswith("{1"))


CODES = """# Dates

## Formatting codes

- `%a`: Weekday abbreviated name (Sun, Mon, ..., Sat)
- `%A`: Weekday full name (Sunday, Monday, ..., Saturday)
- `%b`: Month abbreviated name (Jan, Feb, ..., Dec)
- `%B`: Month full name (January, February, ..., December)
- `%Y`: Year with century (1999, 2000, ...)

## Opening modes

1. `r`: Reading mode
2. `w`: Writing mode
3. `a`: Appending mode
4. `rb`: Binary reading mode
5. `wb`: Binary writing mode
6. `r+`: Reading mode plus writing mode
7. `rb+`: Binary reading mode
"""


def test_a_list_of_names_written_as_code_is_asked_among_itself(tmp_path: Path):
    items = {it.prompt: it for it in _items_of(tmp_path, CODES) if it.kind == "code"}
    full = next(it for p, it in items.items() if "Weekday full name" in p)
    # the heading names what the items are: "Which formatting code …", not "In “Formatting codes”, which one"
    assert full.prompt.startswith("Which formatting code is described as “Weekday full name (")
    assert full.answer_text == "%A" and "%a" in full.choices  # case tells them apart
    assert grade(full, "%A") and not grade(full, "%a")
    assert grade(full, "ABCD"[full.answer]) and grade(full, "abcd"[full.answer])  # a letter picks by place
    reading = items.get("Which opening mode is described as “Reading mode”?")
    # `r+` reads as well, and `rb` is a reading mode: neither is offered as wrong
    assert reading is None or not {"r+", "rb", "rb+"} & set(reading.choices)
    # `rb` and `rb+` are described the same: neither is asked
    assert not any(it.answer_text in ("rb", "rb+") for it in items.values())
    # a name that is its description cut short is given away: `%Y` for "Year", `w` for "Writing"
    assert not any(it.answer_text in ("%Y", "w", "a") for it in items.values())


def test_a_list_of_functions_the_notes_never_call_is_reference_not_a_question(tmp_path: Path):
    notes = """# Maths

## Roots and powers

- `math.crbt(x)`: Returns the cube root of x
- `math.hypot(x, y)`: Returns the length of the vector from the origin
- `math.expm1(x)`: Returns inverse of x
- `math.log2(x)`: Returns the base-two logarithm of x
"""
    assert not [it for it in _items_of(tmp_path, notes) if it.kind == "code"]


ODD_CODE = """# Odd code

## Show the status of the working tree

```

```

## Flags

- `` ` ``: Leave a blank before a positive number
- `-`: Align the value to the left of the field

## Arithmetic

```python
print(10 * 3)              # multiplication
print(10 + 3)              # addition
print(10 - 3)              # subtraction
q = divmod(17, 5)          # 3, 2
r = [[1, 2], [3, 4]][::-1] # [[3, 4], [1, 2]]
s = round(7.5) // 2, round(7.5) % 2   # 4, 0
n = random.randint(1, 10)  # 7
m = random.randint(1, 6)   # 4
k = random.randint(2, 9)   # 5
```

## Setting up

#### The command I use most often
```
git status
```

```python
x = 5          # creates an integer object
x = None       # creates a null object
x = "a"        # creates a string object
x = [1]        # creates a list object
```
"""


def test_odd_code_makes_no_wrong_question_and_no_error(tmp_path: Path):
    items = [it for it in _items_of(tmp_path, ODD_CODE) if it.kind == "code"]
    asked = " ".join(it.prompt for it in items)
    answers = {it.answer_text for it in items}
    # a comment naming the operation is not its result; a bare tuple is not cut to its first part;
    # a floor division is not a comment; a draw has no result to know
    assert not {"multiplication", "addition", "subtraction", "3", "[[3, 4]"} & answers
    assert "round(7.5)" not in asked and "randint" not in asked
    # a heading that names no task, and assignments, are not commands
    assert "git status" not in answers and not any(it.prompt.startswith("Which x command") for it in items)


def test_two_lists_under_one_heading_are_two_sets_of_rivals(tmp_path: Path):
    notes = """# Files

## File handling

The modes a file is opened in:

- `r`: Opens a file for reading only
- `w`: Opens a file for writing, truncating it first
- `x`: Creates a file and fails if it exists already
- `a`: Opens a file for appending at its end

An open file object has these attributes:

- `f.closed`: Whether the file has been closed yet
- `f.name`: The path the file was opened with
- `f.mode`: The access mode the file was opened in
- `f.encoding`: The text encoding used to decode its bytes
"""
    for it in _items_of(tmp_path, notes):
        if it.kind == "code":
            modes = {"r", "w", "x", "a"}
            assert (set(it.choices) <= modes) or not (set(it.choices) & modes), it.choices


def test_a_table_of_commands_is_asked_as_a_cheat_sheet_with_its_code_whole(tmp_path: Path):
    notes = """# Containers

## Lifecycle

COMMAND | DESCRIPTION
---|---
`docker create IMAGE` | Create a new container
`docker start CONTAINER` | Start a container
`docker stop CONTAINER` | Graceful stop a container
`docker pause CONTAINER` | Suspend a container
`docker unpause CONTAINER` | Resume a container
`docker kill  CONTAINER` | Resume a container
`docker rm CONTAINER` | Destroy a container
`docker stop $(docker ps -q)` | Stop all the running containers
"""
    items = _items_of(tmp_path, notes)
    assert not [it for it in items if it.kind == "table"]  # code cells are not cut to 'rm CONTAINER'
    code = {it.answer_text: it for it in items if it.kind == "code"}
    rm = code["docker rm CONTAINER"]
    assert rm.prompt == "Which docker command is described as “Destroy a container”?"
    assert all(c.startswith("docker ") and "$(" not in c for c in rm.choices)
    # "Resume a container" describes two commands in these notes: asked for neither
    assert "docker unpause CONTAINER" not in code


def test_a_library_object_that_needs_no_import_stands_alone(tmp_path: Path):
    notes = """# JavaScript numbers

## Rounding

```js
console.log(Math.floor(-5.5));   // -6
console.log(Math.ceil(-5.5));    // -5
console.log(Math.round(-5.5));   // -5
console.log(Math.trunc(-5.5));   // -5
console.log(Math.floor(5.5));    // 5
console.log(Math.ceil(5.5));     // 6
const p = new Point(1, 2);
console.log(p.norm(-5.5));       // 6
```
"""
    items = {it.prompt: it for it in _items_of(tmp_path, notes) if it.kind == "code"}
    floor = items["What is the result of Math.floor(-5.5)?"]
    assert floor.answer_text == "-6" and len(floor.choices) >= 2
    assert not any("p.norm" in p for p in items)  # a variable the notes set up is not a library


def test_a_list_title_with_a_filler_word_still_names_its_kind(tmp_path: Path):
    """"Some useful datetime formatting codes" over `%a` and `%B`: "In “Some useful …”, which one"
    was graded odd six times; the items are datetime formatting codes."""
    notes = CODES.replace("## Formatting codes", "## Some useful datetime formatting codes")
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "code" and "%" in it.answer_text]
    assert items
    assert all(it.prompt.startswith("Which datetime formatting code is described as ") for it in items)


def _block(*lines: str) -> str:
    body = "\n".join(lines)
    return f"# Lists\n\n## Working with values\n\nA slice takes part of a list.\n\n```python\n{body}\n```\n"


_ON_X = ["print(x[:2])   # [1, 2]", "print(x[2:])   # [3, 4]", "print(x[1:3])   # [2, 3]"]


@pytest.mark.parametrize(
    "change",
    [
        "del x[0]",
        "first = x.pop(0) + 1",
        "print(x.pop(0))",
        "for x in [[1, 2, 3, 4]]:\n    pass",
        "x, y = [1, 2, 3, 4], 0",
        "y = x\ny.pop(0)",
        "x[0:1] = []",
        "(x, y) = ([1, 2, 3, 4], 0)",
    ],
)
def test_a_value_changed_since_it_was_set_is_not_restated(tmp_path: Path, change: str):
    """Each block is a correct program whose comments are its output after the change: restating
    'x = [9, 1, 2, 3, 4]' would key every question wrong."""
    notes = _block("x = [9, 1, 2, 3, 4]", change, *_ON_X)
    assert not [it for it in _items_of(tmp_path, notes) if it.kind == "code" and it.prompt.startswith("With")]


def test_a_value_set_only_in_a_branch_or_a_comment_is_not_taken_as_set(tmp_path: Path):
    on_first = ["print(x[:2])   # [9, 1]", "print(x[2:])   # [2, 3, 4]", "print(x[1:3])   # [1, 2]"]
    taken_if = ["if x[0] > 10:", "    x = [5, 6, 7, 8]"]
    branch = _items_of(tmp_path, _block("x = [9, 1, 2, 3, 4]", *taken_if, *on_first))
    assert not any("[5, 6, 7, 8]" in it.prompt for it in branch)
    commented = _items_of(tmp_path, _block("x = [9, 1, 2, 3, 4]", "# x = [5, 6, 7, 8]", *on_first))
    asked = [it.prompt for it in commented if it.kind == "code"]
    assert asked and all(p.startswith("With x = [9, 1, 2, 3, 4],") for p in asked)


def test_a_string_read_by_its_methods_keeps_its_value_in_a_session(tmp_path: Path):
    notes = _block(
        "data = 'He is John. John is a programmer.'",
        "data.index('John')       # 6",
        "data.index('John', 8)    # 12",
        "data.index('is')         # 3",
    )
    asked = {it.prompt: it.answer_text for it in _items_of(tmp_path, notes) if it.kind == "code"}
    given = "With data = 'He is John. John is a programmer.', what is the result of "
    assert asked.get(given + "data.index('John', 8)?") == "12"


def test_a_long_list_left_open_on_its_line_is_read_at_once(tmp_path: Path):
    """A list that runs on to the next line once made the literal pattern try every split of its
    digits: minutes for one line of eight numbers."""
    notes = _block(
        "sizes = [1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144,",
        "         524288]",
        "print(len(sizes))   # 10",
    )
    assert isinstance(_items_of(tmp_path, notes), list)


USES = """# Lists

## Adding and removing items

We can use `list.append()` method to add new item to the list.

If we want to add new item to the list at our desired index, then we should use `list.insert()`
method instead.

If we want to add more than one item to the list at once, then we can use `list.extend()` method.

We can remove an item of a known value from the list using `list.remove()` method.

To empty the whole list in one go, we can use `list.clear()` method.

We can sort the items of the list in place using `list.sort()` method.

Python can also achieve the same result using `list.pop()` method.

The `list.reverse()` method turns the order of the items around in place. When we need the
position of a value, we can use `list.index()` method to do so.
"""


def test_prose_that_says_what_a_name_is_used_for_is_asked_among_the_others_it_describes(tmp_path: Path):
    items = {it.answer_text: it for it in _items_of(tmp_path, USES) if it.kind == "code"}
    extend = items["list.extend()"]
    assert extend.prompt == "Which method is used to add more than one item to the list at once?"
    # its rivals are the other methods the prose describes, told apart by their uses
    rivals = {"list.append()", "list.insert()", "list.clear()", "list.remove()"}
    assert set(extend.choices) - {"list.extend()"} <= rivals
    assert "list.insert()" in extend.choices  # 'add new item …' is no use of extend
    # "Which method is used to add new item to the list?": insert adds one too, at an index the stem
    # leaves open; it is not offered as wrong
    append = items.get("list.append()")
    assert append is None or "list.insert()" not in append.choices
    # nor extend, which adds more than one: a longer use with all but a word of the key's does it too
    assert append is None or "list.extend()" not in append.choices
    # a use its own name says ('sort' for `list.sort()`) gives it away; "the same result" leans on unseen text
    assert "list.sort()" not in items and "list.pop()" not in items
    # 'list' of every choice is no giveaway, 'remove' of list.remove() is
    assert "list.remove()" not in items
    # a sentence of what a named kind does is asked so too; "to do so" says to do what before it
    assert items["list.reverse()"].prompt == "Which method turns the order of the items around in place?"
    assert "list.index()" not in items


SAMPLE_LINE = """# File permissions

## Reading a long listing

The line from the `ls -l` command `-rwxr-xr-- 1 ada staff 123 Nov 25 18:36 run.sh` provides the
following information:

- `-rwxr-xr--`: The file permissions of the owner, group and others
- `1`: The number of hard links to the file
- `ada`: The owner of the file
- `staff`: The group associated with the file
- `123`: The size of the file in bytes
"""


def test_a_list_of_one_sample_lines_fields_is_not_asked(tmp_path: Path):
    """"Which one is described as “The owner of the file”?" over 'ada', '1', '123' (graded BAD six
    times: the sample line is not in the stem, and only the key has its field's shape)."""
    assert not [it for it in _items_of(tmp_path, SAMPLE_LINE) if it.kind == "code"]


def test_a_list_under_a_filing_heading_is_asked_without_it(tmp_path: Path):
    """"In “Misc”, which one is described as “any non-digit”?" points at a heading that files lines
    away; the names are asked on their own."""
    notes = """# Regular expressions

## Misc

- `\\d`: any digit from zero to nine
- `\\D`: any character that is not a digit
- `\\s`: any whitespace such as a space or a tab
- `\\w`: any letter, digit or underscore character
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "code"]
    assert items
    assert not any("Misc" in it.prompt for it in items), [it.prompt for it in items]


def test_a_lone_mark_is_no_rival_of_a_commands_name(tmp_path: Path):
    """'$' (the shell's prompt) offered beside 'find' and 'tee' (graded off-type three times, r211):
    one mark among words is of another sort; a mark still stands among marks."""
    notes = """# Shell

## A versatile and powerful tool

- `$`: the prompt, after which a command is typed
- `find`: search for a file by its name or its age
- `tee`: read from standard input and write to both standard output and a file
- `sudo`: run one command as the super user
- `xdg-open`: open a file with the program the desktop picks for it
"""
    for sh in ("find . -name x", "echo hi | tee f", "sudo ls", "xdg-open f"):
        notes += f"\n```\n{sh}\n```\n"
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "code"]
    assert items
    for it in items:
        assert "$" not in it.choices, it.choices
        assert not it.prompt.startswith("In “A versatile"), it.prompt


def test_a_list_of_one_commands_flags_is_still_asked(tmp_path: Path):
    """"`git log --oneline --graph --all --decorate`" over what each flag does (review 88): flags
    are names to learn, not one sample line's values."""
    notes = """# Git

## Reading the history

Run `git log --oneline --graph --all --decorate` to see every branch at once:

- `--oneline`: shows each commit on a single short line
- `--graph`: draws the branches and merges as a text graph
- `--all`: includes every branch, not only the current one
- `--decorate`: prints the names of branches and tags beside their commits
"""
    notes += "\n```\ngit log --oneline --graph --all --decorate\n```\n"
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "code"]
    assert any(it.answer_text.startswith("--") for it in items), [it.prompt for it in items]


def test_a_call_named_bare_under_its_full_names_heading_is_offered_as_the_heading_names_it(tmp_path: Path):
    """"The `clear()` method removes all items …" under "The `list.clear()` method" was offered as
    'clear()' among 'list.extend()' and 'list.append()' (graded WEAK, r214: the key stood out)."""
    notes = """# Lists

## Adding items

### The `list.append()` method

We can use `list.append()` method to add one new item at the end of the list.

### The `list.insert()` method

We can use `list.insert()` method to put an item at our desired index of the list.

### The `list.extend()` method

We can use `list.extend()` method to join the items of another iterable onto the list.

## Removing items

### The `list.clear()` method

The `clear()` method removes all items from the list and makes it an empty list.
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "code"]
    emptied = next(it for it in items if "empty list" in it.prompt)
    assert emptied.answer_text == "list.clear()", emptied.choices
    assert all(c.startswith("list.") for c in emptied.choices), emptied.choices


def test_a_command_for_all_of_it_is_no_rival_of_the_command_for_a_part(tmp_path: Path):
    """'helm show all [chart]' offered as wrong for "Display the chart's definition" (graded a second
    answer, r216): showing all of a chart shows its definition as well."""
    notes = """# Chart tool cheat sheet

## Chart management

#### Inspect a chart and list its contents
```
helm show all [chart]
```

#### Display the chart's definition
```
helm show chart [chart]
```

#### Download a chart
```
helm pull [chart]
```

#### Package a chart into a chart archive
```
helm package [chart-path]
```

#### Run tests to examine a chart and identify possible issues
```
helm lint [chart]
```
"""
    items = _code(_items_of(tmp_path, notes))
    definition = items["helm show chart [chart]"]
    assert "helm show all [chart]" not in definition.choices, definition.choices


REGEX_NOTES = """# Data wrangling

## Regular expressions

**Misc**:
- `\\d`: any digit
- `\\D`: any non-digit
- `\\.`: period
- `[^abc]`: any single character except for a, b, c
- `[a-z]`: characters a to z
- `\\w`: any alphanumeric character, equivalent to `[A-Za-z0-9_]`
- `\\W`: any non-alphanumeric character
- `.*` :zero or more of any character
- `a?`: optional character of a
- `\\s`: any whitespace (space, tab, new line, carriage return)
- `\\S`: any non-whitespace character
"""


def test_a_symbols_rivals_are_the_symbols_written_most_like_it(tmp_path: Path):
    """"any non-whitespace character" was asked among '.*', '[^abc]' and '[a-z]', the first three by the
    alphabet of the rivals described as alike, for every item of the list (graded filler, r235): `\\s`,
    written as `\\S` is but for its case, is the rival a learner must tell it from."""
    items = {it.answer_text: it for it in _items_of(tmp_path, REGEX_NOTES) if it.kind == "code"}
    assert "\\S" in items, sorted(items)
    assert "\\s" in items["\\S"].choices, items["\\S"].choices
    assert not {".*", "[a-z]"} <= set(items["\\S"].choices), items["\\S"].choices


ADVANCED_GIT_NOTES = """# Version control

## Advanced Git

- `git clone --depth=1`: shallow clone, without entire version history
- `git add -p`: interactive staging
- `git rebase -i`: interactive rebasing
- `git blame`: show who last edited which line
- `git stash`: temporarily remove modifications to working directory
- `git bisect`: binary search history (e.g. for regressions)

## File and Directory Management Commands

- `mkdir [directory_name]`: Create a new directory
- `rm -d [directory_name]`: Remove an empty directory
- `rm -r [directory_name]`: Remove a directory and its contents, all the way down
- `mv [source] [destination]`: Move (rename) a file or directory
- `cp [source] [destination]`: Copy a file or directory to a new place
"""


def test_names_written_as_code_are_asked_without_their_heading(tmp_path: Path):
    """"In “Advanced Git”, which one is described as “binary search history”?" over 'git bisect' and
    'git stash' points at the notes' layout (graded odd ten times, r235 and r237): code names need no
    heading to be told apart. A heading that ends on their kind names it: "Which command …"."""
    items = [it for it in _items_of(tmp_path, ADVANCED_GIT_NOTES) if it.kind == "code"]
    shown = [(it.prompt, it.choices) for it in items]
    assert any(it.answer_text == "git bisect" for it in items), shown
    assert not any(it.prompt.startswith("In “") for it in items), shown
    moved = [it for it in items if it.answer_text.startswith("mv")]
    assert all(it.prompt.startswith("Which command is described as") for it in moved), shown
