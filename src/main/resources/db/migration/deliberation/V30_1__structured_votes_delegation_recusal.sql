-- Votes as options on a proposal (同意 / 不同意 / 弃权) with the reasons as free text: the majority is counted over the
-- options, never over the wording. Rows written before this keep their free-text stance and have no choice.
ALTER TABLE deliberation.issue ADD COLUMN proposal text;
ALTER TABLE deliberation.opinion ADD COLUMN choice text CHECK (choice IN ('AGREE', 'DISAGREE', 'ABSTAIN'));
ALTER TABLE deliberation.meeting_vote ADD COLUMN choice text CHECK (choice IN ('AGREE', 'DISAGREE', 'ABSTAIN'));
-- A vote the committee's secretary recorded for the member names the secretary (the member is staff_id/name).
ALTER TABLE deliberation.meeting_vote ADD COLUMN recorded_by_staff_id bigint;
ALTER TABLE deliberation.meeting_vote ADD COLUMN recorded_by_name text;

-- An item is decided or advised, or withdrawn (撤回) or deferred (暂缓) with a reason, so a meeting can always end.
-- A deferred case goes back to the waiting list as a new item; the old one keeps its history.
ALTER TABLE deliberation.agenda_item ADD COLUMN proposal text;
ALTER TABLE deliberation.agenda_item ADD COLUMN disposition text CHECK (disposition IN ('DECIDED', 'ADVISED', 'WITHDRAWN', 'DEFERRED'));
ALTER TABLE deliberation.agenda_item ADD COLUMN disposition_reason text;
-- 组织法 第39条: the president approves a case's submission to the committee; who and when.
ALTER TABLE deliberation.agenda_item ADD COLUMN approved_by text;
UPDATE deliberation.agenda_item SET disposition = CASE WHEN binding THEN 'DECIDED' ELSE 'ADVISED' END WHERE concluded_at IS NOT NULL;

-- The minutes are signed by the secretary who kept them and by the chair.
ALTER TABLE deliberation.meeting ADD COLUMN minutes_signed_by text;

-- 人民法院组织法 第38条: the president chairs the committee; a vice-president chairs only when the president delegates
-- him, and the delegation is on record (until revoked).
CREATE TABLE deliberation.chair_delegation (
    id            bigserial PRIMARY KEY,
    court_id      bigint      NOT NULL,
    staff_id      bigint      NOT NULL,
    name          text        NOT NULL,
    delegated_by  text        NOT NULL,
    reason        text        NOT NULL,
    delegated_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);
CREATE UNIQUE INDEX chair_delegation_live_idx ON deliberation.chair_delegation (court_id, staff_id) WHERE revoked_at IS NULL;

-- 回避 (民诉法 第47条; 刑诉法 第29–32条): a member recused from an item neither votes on it nor counts as present for it.
CREATE TABLE deliberation.recusal (
    item_id     bigint      NOT NULL REFERENCES deliberation.agenda_item (id),
    staff_id    bigint      NOT NULL,
    name        text        NOT NULL,
    reason      text        NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, staff_id)
);
