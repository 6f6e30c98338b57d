"""Schemas of the coding lexicons (`data/lexicons/<name>.yaml`) and their validating loader.

Each lexicon is a model below, registered in `LEXICONS`. Unknown keys are an error at every
level; keys and values that are code ids are checked against the codebook (the shipped one or
`$REVIEWSYNTH_CODEBOOK`); every regular expression must compile. Word and phrase lists
(`phrases`, `require_near`, `*_words`) are literal text, matched as whole words; the fields
typed `Regex`, `Alternatives` or `Template` are regular expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, ValidationInfo

from reviewsynth.codebook import load_codebook
from reviewsynth.datafiles import (
    Alternatives,
    KindPattern,
    Regex,
    Strict,
    Template,
    WhoPattern,
    compiles,
    in_codebook,
    read_data,
)

# Code ids, each checked against its codebook list.
Characteristic = Annotated[str, AfterValidator(in_codebook("characteristics"))]
AbuseSubtype = Annotated[str, AfterValidator(in_codebook("abuse_subtypes"))]
Service = Annotated[str, AfterValidator(in_codebook("services"))]
EscalationMarker = Annotated[str, AfterValidator(in_codebook("escalation_markers"))]
Weapon = Annotated[str, AfterValidator(in_codebook("weapons"))]
Location = Annotated[str, AfterValidator(in_codebook("locations"))]
WeaponOrLocation = Annotated[str, AfterValidator(in_codebook("weapons", "locations"))]
LivingArrangement = Annotated[str, AfterValidator(in_codebook("living_arrangements"))]
Ethnicity = Annotated[str, AfterValidator(in_codebook("ethnicities"))]
RelationshipType = Annotated[str, AfterValidator(in_codebook("relationship_types"))]
RelationshipCharacteristic = Annotated[str, AfterValidator(in_codebook("relationship_characteristics"))]
Technology = Annotated[str, AfterValidator(in_codebook("technologies"))]
Context = Annotated[str, AfterValidator(in_codebook("contexts"))]
RiskFactorType = Annotated[str, AfterValidator(in_codebook("risk_factor_types"))]
IncludeReason = Annotated[str, AfterValidator(in_codebook("include_reasons"))]
ExcludeReason = Annotated[str, AfterValidator(in_codebook("exclude_reasons"))]
ReviewType = Annotated[str, AfterValidator(in_codebook("review_types"))]

Role = Literal["victim", "perpetrator"]
Words = list[str]  # literal words or phrases, matched whole
# Words joined unescaped into a pattern by the code: each must compile.
RegexWords = list[Regex]


# -- characteristics.yaml ---------------------------------------------------------------------

class CharacteristicSpec(Strict):
    phrases: Words = []
    patterns: Alternatives = []
    require_near: Words = []  # a word that must be in the sentence
    forbid_near: Words = []  # a word that must not
    forbid_patterns: Alternatives = []  # kinds of wording that must not (read like forbid_near)
    kin_owner: bool = False  # said of a relative, it is the owner's code
    object: bool = False  # the one who undergoes it is named after the phrase
    subject: bool = False  # the one who has it is the sentence's subject
    doer: bool = False  # the one who has it did the act: the subject of its verb in the parse
    roles: list[Role] = []  # read only for these principals (none: for all)
    subtypes: dict[AbuseSubtype, Words] = {}
    parent_code: Characteristic | None = None  # the child's code when said of a parent
    parent_below_age: int | None = None  # said of a child younger than this, it is a parent's: parent_code
    historical_code: Characteristic | None = None  # the code when the state is past
    min_age: int | None = None
    max_age: int | None = None
    recent_years: int | None = None  # told this many years or more before the incident: history
    chronic: Words = []  # long-term illnesses: never past
    past_after_years: int | None = None
    episode_cues: Alternatives = []  # an episode that ended
    continuing_cues: Alternatives = []  # a state that runs on to the incident: never past
    history_cues: Alternatives = []  # a state told as history: past unless it runs on
    recurring_cues: Alternatives = []  # a state that came back or was there again before the incident: current
    # said of an adult, these phrases are `adult_code` (autism is SEND in a child, `other`
    # in an adult), the phrase its detail
    adult_code: Characteristic | None = None
    adult_phrases: Words = []
    # ... unless the sentence names an education provision for it ("an EHCP for ADHD")
    adult_unless: Words = []
    # told of the person's own childhood (`childhood_cues`), the phrase is this code instead
    childhood_code: Characteristic | None = None
    # conditions told in plain words, each under the detail it stands for (`other`: a home
    # filled with what was kept is hoarding)
    detail_patterns: dict[str, Alternatives] = {}


class KinEvent(Strict):
    """Something that befell a principal's relative and is the principal's own code (a
    parent's or partner's death is the principal's bereavement): the relative is named in
    the match, the code goes to the relative's owner with `detail`."""

    code: Characteristic
    detail: str
    patterns: Alternatives
    # a perpetrator's relative may be the one they killed ("on the night of his father's
    # death"): for a perpetrator the sentence must date it before the incident (a year
    # before it, or one of these cues)
    earlier_cues: Alternatives = []


class AftermathRules(Strict):
    codes: list[Characteristic]
    index_offence: Alternatives
    prior_cues: Alternatives
    # codes for which the index offence's charge or arrest (`outcome_cues`, with no earlier
    # time), or a sentence dated after the incident, is the aftermath
    outcome_codes: list[Characteristic] = []
    outcome_cues: Alternatives = []


class ObjectReading(Strict):
    passive_before: Alternatives
    object_gap: Regex


class CharacteristicsLexicon(Strict):
    codes: dict[Characteristic, CharacteristicSpec]
    aftermath: AftermathRules
    object_reading: ObjectReading
    third_parties: Words
    # words before a phrase that make it the topic of a question or a form, not a finding
    # ("asked the mother about domestic abuse", "questions about neglect")
    asked_about: Alternatives = []
    kin_events: dict[str, KinEvent] = {}
    # a line that heads a finding or a learning point ("Finding 3: ...") names a theme of the
    # review, not a person's trait
    finding_heading: Regex | None = None
    # a sentence about a person's own childhood: a children's code is read for an adult too
    childhood_cues: Alternatives = []
    # a principal's relatives whose household codes (`kin_owner`) are the principal's own
    household_kin: Words = []


# -- services.yaml ----------------------------------------------------------------------------

class ServiceSpec(Strict):
    phrases: Words = []
    patterns: Alternatives = []  # a kind of agency name too varied for phrases
    require_near: Words = []
    forbid_near: Words = []
    forbid_patterns: Alternatives = []  # kinds of wording that must not be in the sentence
    max_age: int | None = None
    childhood_ok: bool = False  # a children's service met in the principal's own childhood
    yields_to: list[Service] = []  # specific services that win in the same sentence
    # head nouns that name the service only when no noun qualifies them in the parse
    # ("officers attended", not "a housing officer" or "the council's officer")
    bare_heads: Words = []
    # phrases that name the service only with a `require_near` word outside them
    # ("admitted to" a psychiatric unit, not "admitted to" the infirmary)
    need_context: Words = []
    # words that, right after the phrase, make it describe another thing ("a housing
    # association flat" is a home, "a bank app" a phone's program): no service there
    not_before: Words = []
    # a children's service's phrases that, said of an adult outside a children's review, name
    # the adults' counterpart ("a social worker visited" a man of 70 is adult social care)
    adult_phrases: Words = []
    adult_service: Service | None = None
    adult_forbid_near: Words = []  # words that keep the children's service


class AfterInChronology(Strict):
    victim_fatal: list[Service]
    victim: list[Service]
    perpetrator: list[Service]


class ServicesLexicon(Strict):
    codes: dict[Service, ServiceSpec]
    after: dict[Role, dict[Service, list[Regex]]]
    after_in_chronology: AfterInChronology
    # a perpetrator's court outcome or charge that comes after the offence by its nature
    # (sentenced, remanded, charged), read in any sentence not about an earlier time
    outcomes: dict[Service, list[Regex]] = {}
    # a living victim's care after the incident or disclosure by its nature (now placed with
    # foster carers, interviewed by specially trained officers), read like the outcomes
    victim_outcomes: dict[Service, list[Regex]] = {}
    no_contact: Alternatives
    childhood: Alternatives
    incident_talk: Alternatives
    aftermath: Alternatives
    declined: Alternatives
    # a service named only as information handed over or an offer turned down, with
    # <service> where the name stands ("a leaflet for <service>", "declined a referral to <service>")
    named_only: Alternatives = []
    review_process: Alternatives
    # a review's, a board's or a partnership's name holding an agency's words
    not_agencies: Words = []
    # services that come to an emergency: undated, they are the incident's response
    emergency_response: list[Service] = []
    # verbs (lemmas) of contact: negated with the service as subject or object, no contact
    # ("children's services were not contacted", "nobody told the GP")
    not_contacted: Words = []
    # nouns for the children as a group: in a children's review, a sentence naming no
    # principal whose subject, object or possessor is one ("the family received early help")
    # tells of the child victims
    child_group_words: Words = []
    # verbs (lemmas) of knowing or passing on: negated with the service as subject, the
    # sentence tells what the service missed ("the IDVA did not know"), not whom it met
    not_known: Words = []
    # a living victim's recovery from the incident: services in the sentence are after it
    recovery: Alternatives = []


# -- escalation.yaml, incident.yaml, technology.yaml ------------------------------------------

class EscalationLexicon(Strict):
    codes: dict[EscalationMarker, Words]
    within_years: int
    incident_itself: Alternatives
    forbid_near: dict[EscalationMarker, Alternatives] = {}


class NotTheIncident(Strict):
    locations: Alternatives
    weapons: Alternatives
    keys: list[WeaponOrLocation]  # the codes these sentences take away


class IncidentLexicon(Strict):
    incident_cues: Words
    weapons: dict[Weapon, Words]
    locations: dict[Location, Words]
    not_the_incident: NotTheIncident
    left_behind: Regex
    self_harm: list[Regex] = []  # a clause of someone harming themselves: no weapon on the victim


class TechnologyLexicon(Strict):
    codes: dict[Technology, Words]
    abuse_cues: Words


# -- living.yaml, people.yaml -----------------------------------------------------------------

class LivingLexicon(Strict):
    codes: dict[LivingArrangement, Words]
    patterns: dict[LivingArrangement, Alternatives] = {}  # kinds of wording ("lived with his father")
    past_cues: Alternatives
    after_cues: Alternatives
    incident_cues: Alternatives
    custody_needs: Alternatives
    generic: Words


class PeopleLexicon(Strict):
    victim_cues: list[Template]  # {name}: the person's name pattern
    perpetrator_cues: list[Template]
    pseudonym_intros: list[Template]
    # What the language says of a name that makes it a person's, even named once or twice
    # ("Ines (not her real name)", "Albie was a 58-year-old man", "Dana, 36,").
    person_statements: list[Template] = []
    perpetrator_nouns: list[WhoPattern]
    victim_nouns: list[WhoPattern]
    male_words: Words
    female_words: Words
    titled_prefixes: RegexWords
    letter_not_after: RegexWords
    letter_name_verbs: Words
    pseudonym_table_headers: Words
    table_victim_words: Words
    table_perpetrator_words: Words
    kin_words: Words
    parent_words: Words
    adult_words: Words  # head nouns that say adult when no age is told
    adult_sentences: Alternatives  # an adult court's sentence: adult when no age is told
    not_names: Words
    ethnicity: dict[str, Ethnicity]  # report wording -> census group
    ethnicity_cues: Words
    # Subjects an ethnicity is said of that name several people or a family ("Both of them
    # were ...", "The family is ...", "His family identify as ..."), keyed by whom they name.
    ethnicity_groups: dict[Literal["pair", "family", "owner_family"], Alternatives] = {}


# -- relationship.yaml ------------------------------------------------------------------------

class RelationshipLexicon(Strict):
    types: dict[RelationshipType, Words]
    characteristics: dict[RelationshipCharacteristic, Words]
    characteristic_patterns: dict[RelationshipCharacteristic, RegexWords]  # kinds of wording, read like phrases
    index_killing: Alternatives
    carer_nouns: Words
    ambient_min_parent_child: int
    formal_carer: Words
    victim_kin: dict[RelationshipType, Words]
    perpetrator_kin: dict[RelationshipType, Words]
    perpetrator_is: dict[str, RelationshipType]  # relation noun -> type
    separated_modifiers: Words
    parent_partner_nouns: Words
    peer_types: dict[RelationshipType, Words]
    peer_patterns: dict[RelationshipType, RegexWords]  # a kind of wording, voted with peer_types
    peer_need_both: list[RelationshipType]  # peer kinds that count only in a sentence naming both
    both_principals: RegexWords  # group phrases that name both principals ("the two men")
    victim_only_patterns: list[KindPattern]
    victim_experience_verbs: RegexWords  # "subjected to", "experienced": the kinds listed after are the victim's
    victim_listed_kinds: list[KindPattern]
    kind_codes: dict[str, RelationshipCharacteristic]  # the `kind` group -> code
    no_victim_only: list[RelationshipType]
    # "Hester and Thaddeus had been married for 58 years": what two people named together were
    couple_predicates: dict[RelationshipType, Words] = {}
    # "Hester and Thaddeus married in 1990": the verb itself, with no auxiliary before it
    couple_verbs: dict[RelationshipType, Words] = {}
    # "... ; the marriage ended in 2019": the couple's ending, told later in the same sentence
    couple_ended: RegexWords = []


# -- protective.yaml, risk_factors.yaml -------------------------------------------------------

def _who_slot_only(value: str) -> str:
    """A factor's detail: plain words, with at most the slot {who} (the supporter named)."""
    slots = set(re.findall(r"\{([^{}]*)\}", value))
    if slots - {"who"}:
        raise ValueError(f"unknown slot(s) {', '.join(sorted(slots - {'who'}))}: a detail may hold only {{who}}")
    return value


FactorDetail = Annotated[str, AfterValidator(_who_slot_only)]


class ProtectiveRule(Strict):
    context: Context
    detail: FactorDetail  # the factor as the tables show it; {who} is the supporter named
    label: str  # {who} when the text names no supporter
    who: Words  # the supporter
    support: Words  # a supportive act: the supporter must be the one acting
    relations: Words = []  # a bond or engagement either side may state
    phrases: Words = []


class ProtectiveLexicon(Strict):
    discovery: list[Regex] = []  # the death or the incident: no protection told
    discovery_next: list[Regex] = []  # ... nor just before the death's discovery
    rules: list[ProtectiveRule]


def _risk_mapping(value: list[str], info: ValidationInfo) -> list[str]:
    """[context, type] or [context, type, a pattern the evidence must match]."""
    if len(value) not in (2, 3):
        raise ValueError("expected [context, type] or [context, type, pattern]")
    in_codebook("contexts")(value[0], info)
    in_codebook("risk_factor_types")(value[1], info)
    if len(value) == 3:
        compiles(value[2])
    return value


RiskMapping = Annotated[list[str], AfterValidator(_risk_mapping)]


class RiskPhraseRule(Strict):
    context: Context
    type: RiskFactorType
    detail: str  # the factor as the method's tables show it, never the words matched
    phrases: Words = []
    patterns: Alternatives = []  # a kind of wording too varied for phrases
    role: Role | None = None  # the risk is always this role's
    recent_years: int | None = None


class RiskFactorsLexicon(Strict):
    from_characteristics: dict[Role, dict[Characteristic, RiskMapping]]
    unless: dict[Characteristic, Regex] = {}
    phrases: list[RiskPhraseRule]


# -- screening.yaml, sections.yaml ------------------------------------------------------------

class ReviewListing(Strict):
    """A document listing reviews (an annual report's table, a page of reviews): `reference`
    matches one review's reference ("DHR 23/1", "SAR 2022-04"); `min_entries` distinct ones make
    a listing; its harms are no case of its own unless one person is named in `focal_sentences`."""
    reference: Regex
    # a review named by its subject with a document kind after it, as a page of links gives
    # it ("DHR Alys – overview report (PDF)"): the name is the reference
    named_entry: Regex | None = None
    min_entries: int = Field(ge=2)
    focal_sentences: int = Field(ge=1)


class ScreeningLexicon(Strict):
    include: dict[IncludeReason, Words]
    exclude: dict[ExcludeReason, Words]
    exclude_denials: dict[ExcludeReason, RegexWords]  # denials that are the reason: counted though negated
    no_intent: Words
    review_types: dict[ReviewType, Words]
    perpetrator_suicide: list[Regex]
    review_listing: ReviewListing
    # Peers' victimisation told in other words than "bullying": with a suicide or an attempt
    # the review tells, it makes the death or attempt one after peer violence.
    peer_victimisation: Words = []
    # Harm words that tell neglect, not an assault ("convicted of child cruelty (wilful
    # neglect)"): a harm event named by one votes for no inclusion reason.
    neglect_harms: Words = []


# The section kinds a heading can name (a subset of `text.sections.SECTION_KINDS`).
HeadingKind = Literal[
    "illustration", "recommendations", "lessons", "conclusions", "findings", "analysis", "chronology",
    "family_involvement", "methodology", "terms_of_reference", "background", "introduction",
]


class LevelWords(Strict):
    home: Words
    school: Words
    peer_group: Words


class SchoolShares(Strict):
    high: float
    medium: float


class PeerShares(Strict):
    medium: float


class LevelShares(Strict):
    school: SchoolShares
    peer_group: PeerShares
    home_child_high: float


class LevelWork(Strict):
    home: Words
    peer_group: Words
    neighbourhood: Words


class SectionsLexicon(Strict):
    kinds: dict[HeadingKind, Words]  # in order: the first matching kind wins
    document_titles: Words
    level_words: LevelWords
    level_shares: LevelShares
    level_work: LevelWork
    home_services: list[Service]


# -- roles.yaml -------------------------------------------------------------------------------

Gender = Literal["male", "female", "not_reported"]


class FoundDead(Strict):
    verbs: Words  # lemmas of finding ("find", "discover")
    states: Words  # the state found in ("dead", "deceased")


class RolesLexicon(Strict):
    """`data/lexicons/roles.yaml`: the words of harm events (read by `coding.roles`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    harm_verbs: dict[Literal["kill", "injure", "sexual"], list[str]]
    harm_nouns: dict[Literal["kill", "injure", "sexual", "death", "suicide"], list[str]]
    person_nouns: dict[str, Gender]
    kin_nouns: dict[str, Gender]
    titles: dict[str, Gender]
    conviction_verbs: list[str]
    accusation_verbs: list[str]
    experience_verbs: list[str]
    fatal_words: list[str]
    generic_nouns: list[str]
    prior_offence_nouns: list[str]
    qualified_harm_nouns: list[str]
    inflicted_words: list[str]  # "the injuries were non-accidental": a harm noun said to be caused
    infliction_verbs: list[str]  # "causing her injuries": a qualified harm noun caused is a harm
    death_verbs: list[str]
    death_phrasal: dict[str, str]
    unrealised_verbs: Words  # their complement was not done ("threatened to kill")
    found_dead: FoundDead  # "was found dead", "found her lifeless": a death told by its finding
    suicide_verbs: list[str]
    suicide_objects: Words = []  # "took an overdose": what is taken to end a life
    irregular_forms: dict[str, list[str]] = {}  # surface forms a word test would miss
    candidate_words: Words = []  # other words that make a sentence worth parsing


LEXICONS: dict[str, type[Strict]] = {
    "characteristics": CharacteristicsLexicon,
    "escalation": EscalationLexicon,
    "incident": IncidentLexicon,
    "living": LivingLexicon,
    "people": PeopleLexicon,
    "protective": ProtectiveLexicon,
    "relationship": RelationshipLexicon,
    "risk_factors": RiskFactorsLexicon,
    "roles": RolesLexicon,
    "screening": ScreeningLexicon,
    "sections": SectionsLexicon,
    "services": ServicesLexicon,
    "technology": TechnologyLexicon,
}


def lexicon_dir() -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / "lexicons"))


@lru_cache(maxsize=16)
def load_lexicon(name: str) -> dict[str, Any]:
    """`data/lexicons/<name>.yaml`, validated by its schema, as the plain mapping readers use;
    a bad file is a `DataFileError` (file, key path, reason)."""
    return read_data(lexicon_dir() / f"{name}.yaml", LEXICONS[name], codebook=load_codebook())
