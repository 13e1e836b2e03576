-- A review dispute referred to the adjudication committee is a topic on the committee's agenda (deliberation's
-- agenda item, through its API CommitteeAgenda); the review keeps the item's id to link to it.
ALTER TABLE review.review ADD COLUMN committee_item_id bigint;
