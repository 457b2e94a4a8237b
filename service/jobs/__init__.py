"""Jobs: batches of articles submitted over the API (`/v1/jobs`) and run in the background.

models (API shapes, records) · repository (JobStore: jobs and job_items) · execute (one item, both modes) ·
runner (embedded: the server's event loop) · queue (scale-out: procrastinate + `bisum worker`) ·
callbacks (signed completion callbacks) · service (JobService, backend selection)."""
