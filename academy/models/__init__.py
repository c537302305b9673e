"""The world the academy pages describe, one module per domain, each model with the QuerySet its pages
read through: organisations, academies, people, courses and programmes, training bases, events.

Every record keeps the articles it comes from (both ways: ``article.academies``,
``academy.source_articles``) and a note for editors' doubts. Import models from here
(``from academy.models import Person``).
"""
# isort: skip_file
# The order models are defined in (Django registers them on import) is the order dumpdata writes them
# (fixtures/build_academy.py reproduces academy.json byte for byte): parents first.
from academy.models.common import Child, Common, Named
from academy.models.organisations import Organisation
from academy.models.academies import Academy, AcademyOrganisation
from academy.models.people import AcademyRole, Honour, Person, PersonHonour, Position
from academy.models.courses import Course, Field, Programme
from academy.models.bases import TrainingBase
from academy.models.events import Event, EventAttendance, EventOrganisation, EventSession
from academy.models.pictures import EventPhoto, TrainingBasePhoto
from academy.models.mentions import ArticleMention
from academy.models.proposals import RecordProposal

__all__ = [
    "Common", "Named", "Child",
    "Organisation", "Academy", "AcademyOrganisation", "Honour", "Person", "PersonHonour", "Position",
    "AcademyRole", "Field", "Programme", "Course", "TrainingBase", "Event", "EventOrganisation", "EventAttendance",
    "EventSession", "TrainingBasePhoto", "EventPhoto", "ArticleMention", "RecordProposal",
]
