-- Applications to the Adoption and Special Guardianship Support Fund (ASGSF) made for a support request
-- (a support case): when the RAA applied, for which therapy from which provider, how much, the fund's
-- decision and the funded period. Amounts are in pence. version guards against two people saving at once.
CREATE TABLE asgsf_application (
  id                  BIGINT PRIMARY KEY AUTO_INCREMENT,
  support_request_id  BIGINT NOT NULL,
  applied_on          DATE NOT NULL,
  therapy_type        VARCHAR(200) NOT NULL,
  provider            VARCHAR(200) NOT NULL,
  amount_pence        INT NOT NULL,
  decision            VARCHAR(20) NOT NULL,
  decided_on          DATE NULL,
  starts_on           DATE NULL,
  ends_on             DATE NULL,
  version             INT NOT NULL DEFAULT 0,
  created_at          DATETIME(3) NOT NULL,
  updated_at          DATETIME(3) NOT NULL,
  KEY ix_asgsf_request (support_request_id),
  CONSTRAINT fk_asgsf_request FOREIGN KEY (support_request_id) REFERENCES support_request(id),
  CONSTRAINT ck_asgsf_amount CHECK (amount_pence > 0),
  CONSTRAINT ck_asgsf_decision CHECK (decision IN ('PENDING', 'APPROVED', 'REFUSED')),
  CONSTRAINT ck_asgsf_period CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on > starts_on)
) ENGINE=InnoDB;
