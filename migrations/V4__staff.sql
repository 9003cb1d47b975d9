CREATE TABLE staff_account (
  id               BIGINT PRIMARY KEY AUTO_INCREMENT,
  email            VARCHAR(320) NOT NULL UNIQUE,
  display_name     VARCHAR(200) NOT NULL,
  password_hash    VARCHAR(255) NOT NULL,
  active           BOOLEAN NOT NULL DEFAULT TRUE,
  failed_attempts  INT NOT NULL DEFAULT 0,
  locked_until     DATETIME(3) NULL,
  created_at       DATETIME(3) NOT NULL
) ENGINE=InnoDB;

-- RECRUITMENT_OFFICER, SUPPORT_WORKER, SOCIAL_WORKER, TEAM_MANAGER, ADMINISTRATOR
CREATE TABLE staff_role (
  staff_id  BIGINT NOT NULL,
  role      VARCHAR(40) NOT NULL,
  PRIMARY KEY (staff_id, role),
  CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;

CREATE TABLE staff_team (
  staff_id  BIGINT NOT NULL,
  team_id   BIGINT NOT NULL,
  PRIMARY KEY (staff_id, team_id),
  CONSTRAINT fk_staff_team_staff FOREIGN KEY (staff_id) REFERENCES staff_account(id),
  CONSTRAINT fk_staff_team_team FOREIGN KEY (team_id) REFERENCES team(id)
) ENGINE=InnoDB;
