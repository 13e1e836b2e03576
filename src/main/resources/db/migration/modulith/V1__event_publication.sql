-- Spring Modulith's JDBC event publication registry: events survive a crash and are re-published on restart.
CREATE SCHEMA IF NOT EXISTS modulith;
CREATE TABLE modulith.event_publication (
    id                     uuid PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON modulith.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON modulith.event_publication (completion_date);
CREATE TABLE modulith.event_publication_archive (LIKE modulith.event_publication INCLUDING ALL);
