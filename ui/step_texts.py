"""The names of the method's steps, and what each page holds, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from plan.steps import Step

translate = QCoreApplication.translate


def group_title(group: str) -> str:
    titles = {
        "assess": translate("Steps", "1 Assess the service level"),
        "company": translate("Steps", "The company's view"),
        "customers": translate("Steps", "The customers' view"),
    }
    return titles[group]


def step_title(step: Step) -> str:
    titles = {
        Step.PROFILE: translate("Steps", "Profile"),
        Step.SELF_AUDIT: translate("Steps", "Self-audit"),
        Step.METRICS: translate("Steps", "Business metrics"),
        Step.SURVEY: translate("Steps", "Customer survey"),
        Step.COMPLAINTS: translate("Steps", "Complaints"),
        Step.PROBLEMS: translate("Steps", "2 Identify problems"),
        Step.STANDARDS: translate("Steps", "3 Standards"),
        Step.GOALS: translate("Steps", "4 Goals and means"),
        Step.SERVICE_PLAN: translate("Steps", "Service Plan"),
    }
    return titles[step]


def step_purpose(step: Step) -> str:
    """What the step's page will hold: shown on pages whose tools are not built yet."""
    texts = {
        Step.PROFILE: translate("Steps", "The business, its customers and who prepares the plan."),
        Step.SELF_AUDIT: translate(
            "Steps",
            "A scored self-audit of the company's service: the employee attitudes that make "
            "service, readiness to know, want and can, each touchpoint, management support and "
            "the seven sins of service. The answers give a score per dimension and a "
            "service-level index from 0 to 100.",
        ),
        Step.METRICS: translate(
            "Steps",
            "Business figures measured against their thresholds: the share of revenue from "
            "repeat customers (below 30% is a warning sign), retention, complaints per 100 "
            "customers, first response time and first-contact resolution.",
        ),
        Step.SURVEY: translate(
            "Steps",
            "What customers think of the service: survey answers imported from a spreadsheet "
            "or typed in from paper forms, giving the Net Promoter Score, satisfaction (CSAT), "
            "customer effort (CES) and the SERVQUAL gaps between expectation and perception.",
        ),
        Step.COMPLAINTS: translate(
            "Steps",
            "A log of complaints by category, and a Pareto chart of the few categories that "
            "cause most of them.",
        ),
        Step.PROBLEMS: translate(
            "Steps",
            "The main service problems, each with its evidence from the assessment, its "
            "priority (frequency × impact) and its root cause: staff do not know how, do not "
            "want to, or cannot because of systems and rules.",
        ),
        Step.STANDARDS: translate(
            "Steps",
            "Measurable service standards for each touchpoint: an indicator, a target with its "
            "unit, how often it is checked and who owns it.",
        ),
        Step.GOALS: translate(
            "Steps",
            "Goals with a baseline, a target and a deadline, the means that reach them with "
            "owners, dates and budget, and what poor service costs the business each year.",
        ),
        Step.SERVICE_PLAN: translate(
            "Steps",
            "The printable Service Plan: everything above as one document with charts, "
            "ready to hand to the owner and the team.",
        ),
    }
    return texts[step]
