-- Courts, departments, staff, quota (员额) terms and trial teams (审判团队).
CREATE SCHEMA IF NOT EXISTS organization;

CREATE TABLE organization.court (
    id        bigserial PRIMARY KEY,
    code      text NOT NULL UNIQUE,
    name      text NOT NULL UNIQUE,
    level     text NOT NULL CHECK (level IN ('HIGH', 'INTERMEDIATE', 'BASIC')),
    special   text CHECK (special IN ('RAILWAY', 'FORESTRY', 'MARITIME', 'INTELLECTUAL_PROPERTY', 'FINANCIAL', 'OTHER')),
    parent_id bigint REFERENCES organization.court (id),
    version   int  NOT NULL DEFAULT 0
);
CREATE INDEX court_parent_idx ON organization.court (parent_id);

CREATE TABLE organization.department (
    id       bigserial PRIMARY KEY,
    court_id bigint NOT NULL REFERENCES organization.court (id),
    name     text   NOT NULL,
    kind     text   NOT NULL,
    UNIQUE (court_id, name)
);

CREATE TABLE organization.staff (
    id            bigserial PRIMARY KEY,
    staff_no      text   NOT NULL UNIQUE,
    name          text   NOT NULL,
    court_id      bigint NOT NULL REFERENCES organization.court (id),
    department_id bigint REFERENCES organization.department (id),
    role          text   NOT NULL,
    posts         text[] NOT NULL DEFAULT '{}',
    version       int    NOT NULL DEFAULT 0
);
CREATE INDEX staff_court_idx ON organization.staff (court_id);
CREATE INDEX staff_department_idx ON organization.staff (department_id);

-- 员额 terms: the headcount of quota judges on any date is the number of terms covering it.
CREATE TABLE organization.quota_term (
    id        bigserial PRIMARY KEY,
    staff_id  bigint NOT NULL REFERENCES organization.staff (id),
    from_date date   NOT NULL,
    to_date   date,
    CHECK (to_date IS NULL OR to_date >= from_date),
    UNIQUE (staff_id, from_date)
);
CREATE INDEX quota_term_staff_idx ON organization.quota_term (staff_id);

CREATE TABLE organization.trial_team (
    id            bigserial PRIMARY KEY,
    court_id      bigint NOT NULL REFERENCES organization.court (id),
    department_id bigint REFERENCES organization.department (id),
    name          text   NOT NULL,
    UNIQUE (court_id, name)
);

CREATE TABLE organization.team_member (
    team_id  bigint NOT NULL REFERENCES organization.trial_team (id),
    staff_id bigint NOT NULL REFERENCES organization.staff (id),
    PRIMARY KEY (team_id, staff_id)
);
CREATE INDEX team_member_staff_idx ON organization.team_member (staff_id);
