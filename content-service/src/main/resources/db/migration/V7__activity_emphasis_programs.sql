-- Trainings and events support emphasis programs, as materials do.
CREATE TABLE training_emphasis_program (
    training_id  VARCHAR(36) NOT NULL REFERENCES training_program (id) ON DELETE CASCADE,
    program_code VARCHAR(40) NOT NULL REFERENCES emphasis_program (code),
    PRIMARY KEY (training_id, program_code)
);
CREATE INDEX training_emphasis_program_code ON training_emphasis_program (program_code);

CREATE TABLE seminar_emphasis_program (
    seminar_id   VARCHAR(36) NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    program_code VARCHAR(40) NOT NULL REFERENCES emphasis_program (code),
    PRIMARY KEY (seminar_id, program_code)
);
CREATE INDEX seminar_emphasis_program_code ON seminar_emphasis_program (program_code);
