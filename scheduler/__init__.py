"""APScheduler jobs and the long-running worker."""
