-- task_event_active keeps the events no later event corrects: its anti-join looks events up by
-- corrects_event_id, which had no index (under a generic plan PostgreSQL scanned every event per figure).
create index task_event_corrects on task_event(corrects_event_id);
