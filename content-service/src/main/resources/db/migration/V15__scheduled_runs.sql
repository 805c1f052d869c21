-- When each cluster-wide task last started, so that with several content-service instances it
-- runs once per interval, not once per instance: an instance claims a run by moving the time.
CREATE TABLE scheduled_run (
    task            VARCHAR(64)  PRIMARY KEY,
    last_started_at TIMESTAMPTZ  NOT NULL,
    last_instance   VARCHAR(200) NOT NULL
);
