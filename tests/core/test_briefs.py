"""Briefs: the review step (findings, decisions), the Markdown and HTML renderers, and the
atomic writing of an export. Briefs are built by hand here; the builders have their own tests."""

from __future__ import annotations

import errno
import tempfile
from datetime import date
from pathlib import Path

import pytest

from journal_app.core import briefs, vaultfile
from journal_app.core.briefs import (
    Brief,
    BriefItem,
    BriefSection,
    Decision,
    accept_all,
    apply_review,
    fix_all,
    markdown_to_html,
    review,
    text_around,
    to_html,
    to_markdown,
    unresolved,
    write_export_atomically,
)
from journal_app.core.errors import InvalidInput, StorageError

FRENCH = ("Rencontre avec Fatima Benali au 0478 12 34 56 et fatima.benali@exemple.be. Elle habite "
          "rue de la Loi 16, 1000 Bruxelles. NN 85.07.30-033.28. Compte BE68 5390 0754 7034.")
DUTCH = ("Gesprek met meneer De Smet, Kerkstraat 12, 9000 Gent, tel. 09 123 45 67, jan.desmet@voorbeeld.be. "
         "Zijn zoon Pieter Janssens woont Grote Markt 1 in Brugge. Rijksregister 85073003328.")


def brief_of(*items: BriefItem, language: str = "fr", coarsen_dates: bool = False, **fields: object) -> Brief:
    return Brief(title=str(fields.pop("title", "Supervision")), language=language, created=date(2026, 3, 20),
                 coarsen_dates=coarsen_dates, sections=(BriefSection("Agenda", tuple(items)),), **fields)  # type: ignore[arg-type]


def found(findings: list[briefs.BriefFinding]) -> set[tuple[str, str]]:
    return {(f.kind, f.text) for f in findings}


# ----- the review step


def test_review_catches_names_phones_emails_addresses_and_numbers_in_french() -> None:
    findings = review(brief_of(BriefItem("entry", "Visite", body=FRENCH)))
    assert found(findings) == {
        ("name", "Fatima Benali"), ("phone", "0478 12 34 56"), ("email", "fatima.benali@exemple.be"),
        ("address", "rue de la Loi 16"), ("address", "1000 Bruxelles"),
        ("national_number", "85.07.30-033.28"), ("iban", "BE68 5390 0754 7034"),
    }
    assert {f.field for f in findings} == {"body"}
    assert all((f.section, f.item) == (0, 0) for f in findings)


def test_review_catches_the_same_in_dutch() -> None:
    findings = review(brief_of(BriefItem("entry", "Huisbezoek", body=DUTCH), language="nl"))
    assert found(findings) == {
        ("name", "meneer De Smet"), ("address", "Kerkstraat 12"), ("address", "9000 Gent"),
        ("phone", "09 123 45 67"), ("email", "jan.desmet@voorbeeld.be"), ("name", "Pieter Janssens"),
        ("address", "Grote Markt 1"), ("national_number", "85073003328"),
    }
    suggestions = {f.text: f.suggestion for f in findings}
    assert suggestions["meneer De Smet"] == "Dhr. D."
    assert suggestions["Kerkstraat 12"] == "[adres]"  # placeholders in the brief's language


def test_every_rendered_text_is_reviewed_and_each_place_is_named() -> None:
    brief = Brief(
        title="Supervision de Fatima Benali", subtitle="Appeler le 0478 12 34 56", language="fr",
        created=date(2026, 3, 20),
        sections=(
            BriefSection("Agenda", intro="Avec Madame Dubois.", items=(
                BriefItem("entry", "Rien", body="Rien à signaler."),
                BriefItem("dilemma", "Chez Pieter Janssens", question="Écrire à jan@voorbeeld.be ?",
                          details=(("Statut", "ouvert"), ("Lieu", "Kerkstraat 12"))),
            )),
            BriefSection("Suivis de Mme Dubois"),
        ),
    )
    ids = {f.id: (f.kind, f.text) for f in review(brief)}
    assert ids == {
        "title@15": ("name", "Fatima Benali"),
        "subtitle@11": ("phone", "0478 12 34 56"),
        "s1.intro@5": ("name", "Madame Dubois"),
        "s1.i2.title@5": ("name", "Pieter Janssens"),
        "s1.i2.details2@0": ("address", "Kerkstraat 12"),
        "s1.i2.question@9": ("email", "jan@voorbeeld.be"),
        "s2.heading@10": ("name", "Mme Dubois"),
    }


def test_pseudonyms_are_never_findings() -> None:
    item = BriefItem("entry", "Appel", body="Mme R. a rappelé ; Bruno aussi.", persons=("Mme R.",))
    assert found(review(brief_of(item))) == {("name", "Bruno")}
    assert review(brief_of(item), known_pseudonyms=["Bruno"]) == []


def test_the_same_text_gets_the_same_suggestion_and_others_never_collide() -> None:
    brief = brief_of(
        BriefItem("entry", "Un", body="Fatima Benali est venue."),
        BriefItem("entry", "Deux", body="Fatima Benali et Farid Bensaïd sont venus."),
    )
    suggestions = {(f.item, f.text): f.suggestion for f in review(brief, known_pseudonyms=["F. B. 2"])}
    assert suggestions[(0, "Fatima Benali")] == suggestions[(1, "Fatima Benali")] == "F. B."
    assert suggestions[(1, "Farid Bensaïd")] == "F. B. 3"  # "F. B." is Fatima's, "F. B. 2" someone known


def test_a_finding_can_be_shown_in_its_sentence() -> None:
    brief = brief_of(BriefItem("entry", "Visite", body="Ce matin,\nFatima Benali est venue au service."))
    (finding,) = review(brief)
    assert text_around(brief, finding, chars=10) == ("Ce matin, ", "Fatima Benali", " est venue")


def test_ids_are_stable_and_unique() -> None:
    brief = brief_of(BriefItem("entry", "Visite", body=FRENCH), BriefItem("entry", "Bis", body=FRENCH))
    first, second = review(brief), review(brief)
    assert [f.id for f in first] == [f.id for f in second]
    assert len({f.id for f in first}) == len(first) == 14


def test_fixed_findings_are_replaced_and_accepted_ones_kept() -> None:
    brief = brief_of(BriefItem("entry", "Visite", body="Fatima Benali au 0478 12 34 56, chez Madame Dubois."))
    findings = review(brief)
    by_text = {f.text: f.id for f in findings}
    decisions = {
        by_text["Fatima Benali"]: Decision.fix(),  # the suggestion
        by_text["0478 12 34 56"]: Decision.fix("[son numéro]"),  # a text of one's own
        by_text["Madame Dubois"]: Decision.accept(),
    }
    reviewed = apply_review(brief, findings, decisions)
    assert reviewed.sections[0].items[0].body == "F. B. au [son numéro], chez Madame Dubois."
    assert brief.sections[0].items[0].body.startswith("Fatima")  # the original is untouched


def test_unresolved_findings_are_detected_and_block_the_export() -> None:
    brief = brief_of(BriefItem("entry", "Visite", body=FRENCH))
    findings = review(brief)
    decisions = {findings[0].id: Decision.accept()}
    assert unresolved(findings, decisions) == findings[1:]
    with pytest.raises(InvalidInput, match="6 finding"):
        apply_review(brief, findings, decisions)
    assert unresolved(findings, accept_all(findings)) == []
    assert apply_review(brief, findings, accept_all(findings)) == brief


def test_findings_of_another_brief_are_refused() -> None:
    findings = review(brief_of(BriefItem("entry", "Visite", body=FRENCH)))
    other = brief_of(BriefItem("entry", "Visite", body="Autre texte, bien plus court que le premier, sans nom."))
    with pytest.raises(ValueError):
        apply_review(other, findings, fix_all(findings))


def test_after_fixing_everything_nothing_is_left() -> None:
    brief = brief_of(BriefItem("entry", "Visite chez Fatima Benali", body=FRENCH + " Le 14 mars 2026.",
                               question="Et Madame Dubois ?"), coarsen_dates=True)
    findings = review(brief)
    reviewed = apply_review(brief, findings, fix_all(findings))
    assert review(reviewed) == []
    assert "semaine du 9 mars 2026" in reviewed.sections[0].items[0].body


# ----- coarsened dates


def test_exact_dates_are_findings_only_when_dates_are_coarsened() -> None:
    item = BriefItem("entry", "Visite", body="Vu le 14/03/2026, puis le 2026-03-18 et le mardi 17 mars 2026.")
    assert review(brief_of(item)) == []
    findings = review(brief_of(item, coarsen_dates=True))
    assert [(f.kind, f.text, f.suggestion) for f in findings] == [
        ("date", "14/03/2026", "semaine du 9 mars 2026"),
        ("date", "2026-03-18", "semaine du 16 mars 2026"),
        ("date", "mardi 17 mars 2026", "semaine du 16 mars 2026"),
    ]


def test_coarsened_item_dates_show_the_week_and_waiting_in_weeks() -> None:
    item = BriefItem("entry", "Visite", when=date(2026, 3, 14), waited_days=17)
    exact = to_markdown(brief_of(item))
    assert "14 mars 2026" in exact and "17 jours" in exact
    coarse = to_markdown(brief_of(item, coarsen_dates=True))
    assert "semaine du 9 mars 2026" in coarse
    # Days waited, counted back from the brief's date, would give the exact date away.
    assert "2 semaines" in coarse and "17" not in coarse and "14 mars" not in coarse
    assert "week of 9 March 2026" in to_markdown(brief_of(item, coarsen_dates=True, language="en"))
    assert "week van 9 maart 2026" in to_markdown(brief_of(item, coarsen_dates=True, language="nl"))


def test_the_first_of_the_month_reads_as_in_french() -> None:
    item = BriefItem("entry", "Visite", when=date(2026, 6, 1))
    assert "1er juin 2026" in to_markdown(brief_of(item))
    assert "1 juni 2026" in to_markdown(brief_of(item, language="nl"))


# ----- Markdown


def full_brief() -> Brief:
    return Brief(
        title="Préparation de la supervision", subtitle="Séance du 24 mars", language="fr", created=date(2026, 3, 20),
        sections=(
            BriefSection("Ordre du jour", intro="Par ordre de priorité.", items=(
                BriefItem("entry", "Visite à domicile", body="# Contexte\n\nLe réseau *tient*.", when=date(2026, 3, 2),
                          question="Comment poser le cadre ?", waited_days=1, persons=("Mme R.", "A."),
                          details=(("Poids émotionnel", "6 / 10"),), source_uuid="uuid-not-for-print-1"),
                BriefItem("dilemma", "Cadeau d'une famille", body="Accepter ou non.", waited_days=0,
                          details=(("Statut", "Ouvert"),), source_uuid="uuid-not-for-print-2"),
            )),
            BriefSection("Suivis", items=(BriefItem("follow_up", "Rappeler l'école"),)),
            BriefSection("Vide"),
        ),
    )


def test_markdown_holds_every_part_of_the_brief_in_order() -> None:
    text = to_markdown(full_brief())
    expected_in_order = [
        "# Préparation de la supervision", "*Séance du 24 mars*", "Établi le 20 mars 2026 · Confidentiel — pseudonymisé",
        "## 1. Ordre du jour", "Par ordre de priorité.",
        "### 1.1 Visite à domicile", "- **Date\u00a0:** 2 mars 2026", "- **Personnes\u00a0:** Mme R., A.",
        "- **En attente depuis\u00a0:** 1 jour", "- **Poids émotionnel\u00a0:** 6 / 10",
        "**Question à apporter en supervision\u00a0:** Comment poser le cadre ?", "#### Contexte", "Le réseau *tient*.",
        "### 1.2 Cadeau d'une famille", "- **En attente depuis\u00a0:** aujourd’hui", "- **Statut\u00a0:** Ouvert",
        "Accepter ou non.",
        "## 2. Suivis", "### 2.1 Rappeler l'école",
        "## 3. Vide", "*Rien dans cette section.*",
    ]
    positions = [text.index(part) for part in expected_in_order]
    assert positions == sorted(positions)
    assert "uuid-not-for-print" not in text


def test_markdown_labels_follow_the_brief_language() -> None:
    dutch = to_markdown(Brief(**{**full_brief().__dict__, "language": "nl"}))
    assert "Opgesteld op 20 maart 2026 · Vertrouwelijk — gepseudonimiseerd" in dutch
    assert "**Vraag om mee te nemen:** Comment poser le cadre ?" in dutch
    english = to_markdown(Brief(**{**full_brief().__dict__, "language": "en"}))
    assert "- **Waiting for:** 1 day" in english and "- **People:** Mme R., A." in english


def test_markdown_contains_exactly_the_chosen_items() -> None:
    journal = [BriefItem("entry", f"Note {n}", body=f"Texte {n} CANARY-{n}", question=f"Question {n}")
               for n in range(6)]
    chosen = (journal[1], journal[4])
    text = to_markdown(brief_of(*chosen))
    for item in chosen:
        assert item.title in text and item.body in text and item.question in text
    for item in set(journal) - set(chosen):
        assert f"CANARY-{item.title[-1]}" not in text and item.title not in text


def test_plain_texts_are_escaped_and_bodies_keep_their_markdown_below_the_item() -> None:
    item = BriefItem("entry", "# *pas* un titre", body="# Titre\n## Sous-titre\n\n```\n# dans du code\n```",
                     question="Ligne 1\n- pas une liste\n> pas une citation", details=(("Lien", "[x](http://a.b)"),))
    text = to_markdown(brief_of(item, title="<b>Brief</b> 1. test"))
    assert "# \\<b>Brief\\</b> 1. test" in text
    assert "### 1.1 \\# \\*pas\\* un titre" in text
    assert "#### Titre\n##### Sous-titre" in text
    assert "```\n# dans du code\n```" in text  # code is left as written
    assert "Ligne 1\\\n\\- pas une liste\\\n\\> pas une citation" in text
    assert "\\[x\\](http://a.b)" in text


# ----- HTML


def test_html_escapes_every_text() -> None:
    item = BriefItem("entry", "<script>alert(1)</script>", body="<img src=x onerror=alert(1)> & **gras**",
                     question="a < b", persons=("<i>",), details=(("<td>", "\"'"),))
    page = to_html(brief_of(item, title="A & B", subtitle="<hr>"))
    assert "<script>" not in page and "<img" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; <b>gras</b>" in page
    assert "A &amp; B" in page and "&lt;hr&gt;" in page and "a &lt; b" in page


def test_html_holds_the_title_block_and_every_item() -> None:
    page = to_html(full_brief())
    for part in ('<div class="title-page">', "Préparation de la supervision", "Séance du 24 mars",
                 "Établi le 20 mars 2026", "Confidentiel — pseudonymisé", "1. Ordre du jour", "Visite à domicile",
                 "Mme R., A.", "Comment poser le cadre ?", "<h4>Contexte</h4>", "Rappeler l&#x27;école",
                 "Rien dans cette section."):
        assert part in page, part
    assert "uuid-not-for-print" not in page


@pytest.mark.parametrize(("markdown", "html"), [
    ("Un *mot* et **deux** et ~~trois~~ et `<code>`", "<p>Un <i>mot</i> et <b>deux</b> et <s>trois</s> et "
                                                      "<code>&lt;code&gt;</code></p>"),
    ("ligne une\nligne deux", "<p>ligne une ligne deux</p>"),
    ("dure  \ncassure", "<p>dure<br>cassure</p>"),
    ("snake_case_name et 2*3*4", "<p>snake_case_name et 2*3*4</p>"),
    ("\\*pas en italique\\*", "<p>*pas en italique*</p>"),
    ("- un\n- deux\n  - trois\n- quatre", "<ul><li>un</li><li>deux<ul><li>trois</li></ul></li><li>quatre</li></ul>"),
    ("3. c\n4. d", '<ol start="3"><li>c</li><li>d</li></ol>'),
    ("- [x] fait\n- [ ] à faire", "<ul><li>☑ fait</li><li>☐ à faire</li></ul>"),
    ("> cité\n> encore", "<blockquote><p>cité encore</p></blockquote>"),
    ("```\n<b>x</b>\n```", "<pre>&lt;b&gt;x&lt;/b&gt;</pre>"),
    ("# Titre", "<h4>Titre</h4>"),
    ("###### Petit", "<h6>Petit</h6>"),
    ("---", "<hr>"),
    ("[le site](http://exemple.be) ![photo](file:///etc/passwd)", "<p><u>le site</u> photo</p>"),
    ("<script>x</script>", "<p>&lt;script&gt;x&lt;/script&gt;</p>"),
    ("| A | B |\n|---|---|\n| 1 | 2 |", '<table class="grid" border="1" cellspacing="0" cellpadding="4"><tr><th>A</th>'
                                         "<th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"),
    ("Texte\n- puce", "<p>Texte</p><ul><li>puce</li></ul>"),
    ("Année\n2024. bilan", "<p>Année 2024. bilan</p>"),
])
def test_markdown_subset_to_html(markdown: str, html: str) -> None:
    assert markdown_to_html(markdown, top_heading=4) == html


# ----- writing an export


def test_export_is_written_and_replaces_an_older_one(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_bytes(b"old")
    write_export_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert target.stat().st_mode & 0o077 == 0  # readable by its owner only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_the_temporary_file_is_made_next_to_the_destination(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folders = []
    real_mkstemp = tempfile.mkstemp

    def recording_mkstemp(*args, **kwargs):  # type: ignore[no-untyped-def]
        folders.append(Path(kwargs["dir"]))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", recording_mkstemp)
    write_export_atomically(tmp_path / "brief.pdf", b"%PDF")
    assert folders == [tmp_path]


def test_a_full_disk_leaves_the_destination_and_no_temporary_file(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.md"
    target.write_bytes(b"previous brief")

    def full_disk(handle, data):  # type: ignore[no-untyped-def]
        handle.write(bytes(data)[:5])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vaultfile, "_write_all", full_disk)
    with pytest.raises(StorageError, match="disk is full"):
        write_export_atomically(target, b"CANARY " * 100)
    assert target.read_bytes() == b"previous brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_a_missing_folder_or_a_folder_as_destination_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        write_export_atomically(tmp_path / "nowhere" / "brief.md", b"x")
    with pytest.raises(StorageError, match="is a folder"):
        write_export_atomically(tmp_path, b"x")
