-- The region is data: an RAA, its spokes, the boroughs they serve, their teams and the rules that
-- route each kind of work from each borough to a team. Adopt London South is the seed, not an assumption.

CREATE TABLE region (
  id            BIGINT PRIMARY KEY,
  display_name  VARCHAR(200) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE spoke (
  id            BIGINT PRIMARY KEY AUTO_INCREMENT,
  region_id     BIGINT NOT NULL,
  code          VARCHAR(40) NOT NULL UNIQUE,
  name          VARCHAR(200) NOT NULL,
  office_name   VARCHAR(200) NOT NULL,
  CONSTRAINT fk_spoke_region FOREIGN KEY (region_id) REFERENCES region(id)
) ENGINE=InnoDB;

CREATE TABLE borough (
  id                 BIGINT PRIMARY KEY AUTO_INCREMENT,
  spoke_id           BIGINT NOT NULL,
  code               VARCHAR(40) NOT NULL UNIQUE,
  name               VARCHAR(200) NOT NULL,
  emergency_phone    VARCHAR(60) NULL,
  out_of_hours_phone VARCHAR(60) NULL,
  CONSTRAINT fk_borough_spoke FOREIGN KEY (spoke_id) REFERENCES spoke(id)
) ENGINE=InnoDB;

-- function: RECRUITMENT (prospective adopters) or SUPPORT (adoption support)
CREATE TABLE team (
  id        BIGINT PRIMARY KEY AUTO_INCREMENT,
  spoke_id  BIGINT NOT NULL,
  code      VARCHAR(60) NOT NULL UNIQUE,
  name      VARCHAR(200) NOT NULL,
  function_code VARCHAR(30) NOT NULL,
  CONSTRAINT fk_team_spoke FOREIGN KEY (spoke_id) REFERENCES spoke(id)
) ENGINE=InnoDB;

-- Which team gets which kind of work from which borough. Admins change these without a deploy.
CREATE TABLE routing_rule (
  id          BIGINT PRIMARY KEY AUTO_INCREMENT,
  work_kind   VARCHAR(40) NOT NULL,
  borough_id  BIGINT NOT NULL,
  team_id     BIGINT NOT NULL,
  updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uq_routing (work_kind, borough_id),
  CONSTRAINT fk_routing_borough FOREIGN KEY (borough_id) REFERENCES borough(id),
  CONSTRAINT fk_routing_team FOREIGN KEY (team_id) REFERENCES team(id)
) ENGINE=InnoDB;

-- Target (in working days) for each kind of work item: configurable by an administrator.
CREATE TABLE work_target (
  work_kind     VARCHAR(40) PRIMARY KEY,
  working_days  INT NOT NULL,
  description   VARCHAR(200) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE bank_holiday (
  holiday_date  DATE PRIMARY KEY,
  name          VARCHAR(200) NOT NULL
) ENGINE=InnoDB;

INSERT INTO region (id, display_name) VALUES (1, 'Adopt London South');

INSERT INTO spoke (region_id, code, name, office_name) VALUES
  (1, 'south-east', 'South East', 'Southwark'),
  (1, 'south-west', 'South West', 'Merton');

INSERT INTO borough (spoke_id, code, name) VALUES
  ((SELECT id FROM spoke WHERE code='south-east'), 'southwark', 'Southwark'),
  ((SELECT id FROM spoke WHERE code='south-east'), 'lambeth', 'Lambeth'),
  ((SELECT id FROM spoke WHERE code='south-east'), 'lewisham', 'Lewisham'),
  ((SELECT id FROM spoke WHERE code='south-east'), 'greenwich', 'Greenwich'),
  ((SELECT id FROM spoke WHERE code='south-east'), 'croydon', 'Croydon'),
  ((SELECT id FROM spoke WHERE code='south-west'), 'merton', 'Merton'),
  ((SELECT id FROM spoke WHERE code='south-west'), 'sutton', 'Sutton'),
  ((SELECT id FROM spoke WHERE code='south-west'), 'kingston', 'Kingston upon Thames'),
  ((SELECT id FROM spoke WHERE code='south-west'), 'wandsworth', 'Wandsworth'),
  ((SELECT id FROM spoke WHERE code='south-west'), 'richmond', 'Richmond upon Thames');

INSERT INTO team (spoke_id, code, name, function_code) VALUES
  ((SELECT id FROM spoke WHERE code='south-east'), 'se-recruitment', 'South East recruitment', 'RECRUITMENT'),
  ((SELECT id FROM spoke WHERE code='south-east'), 'se-support', 'South East adoption support', 'SUPPORT'),
  ((SELECT id FROM spoke WHERE code='south-west'), 'sw-recruitment', 'South West recruitment', 'RECRUITMENT'),
  ((SELECT id FROM spoke WHERE code='south-west'), 'sw-support', 'South West adoption support', 'SUPPORT');

-- Every borough's enquiries go to its own spoke's recruitment team; support to its support team.
INSERT INTO routing_rule (work_kind, borough_id, team_id)
  SELECT 'ENQUIRY', b.id, t.id FROM borough b JOIN team t ON t.spoke_id = b.spoke_id AND t.function_code = 'RECRUITMENT';
INSERT INTO routing_rule (work_kind, borough_id, team_id)
  SELECT 'SUPPORT_REQUEST', b.id, t.id FROM borough b JOIN team t ON t.spoke_id = b.spoke_id AND t.function_code = 'SUPPORT';

INSERT INTO work_target (work_kind, working_days, description) VALUES
  ('ENQUIRY', 10, 'First response to an adoption enquiry');
