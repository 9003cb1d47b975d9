-- The region's population by the equality questions' answers (issue 13: diversity "against the region's population
-- where the agency enters it"), entered by an administrator (/staff/admin/population, core.reports.RegionPopulation,
-- ADR 58) for each question it has figures for: a figure per answer (every answer but "prefer not to say"), all given
-- as percentages or all as numbers of people; the diversity tables show each answer's share of the total beside the
-- enquirers' and applicants'. A question with no rows has no figures.
CREATE TABLE region_population (
  question    VARCHAR(40) NOT NULL,   -- the equality question's name (core.enquiry.EnquiryStep.EQUALITY)
  answer      VARCHAR(60) NOT NULL,   -- one of its answers' codes
  figure      DECIMAL(14, 3) NOT NULL, -- as entered: a percentage or a number of people (see basis)
  basis       VARCHAR(8) NOT NULL,    -- PERCENT or PEOPLE, the same for every answer of a question
  source      VARCHAR(200) NULL,      -- where the figures come from, as the administrator typed it (Census 2021)
  updated_by  BIGINT NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (question, answer),
  CONSTRAINT fk_region_population_staff FOREIGN KEY (updated_by) REFERENCES staff_account(id)
) ENGINE=InnoDB;
