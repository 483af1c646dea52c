"""The roster area's routes, mounted by the review app factory with one ``include_router``.

例: ``app.include_router(tokumei.roster.routers.router)``
"""
from fastapi import APIRouter

from tokumei.roster.routers import member, organiser

router = APIRouter()
router.include_router(organiser.router)
router.include_router(member.router)
