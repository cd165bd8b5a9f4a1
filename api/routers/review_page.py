"""The review page at /review: an analyst reads an article with its proposals' quotes
marked and accepts, edits, rejects or merges them through the /review endpoints. Like the
explorer's pages it is a file of web/src/, its modules served under /explore/assets/."""

from fastapi import APIRouter
from fastapi.responses import FileResponse

from partnergraph import ROOT

router = APIRouter(include_in_schema=False)

PAGE = ROOT / "web" / "src" / "review.html"


@router.get("/review")
async def review_page() -> FileResponse:
    return FileResponse(PAGE, media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})
