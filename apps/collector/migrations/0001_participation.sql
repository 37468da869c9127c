-- One response per participant: the collector looks for an earlier web contribution of the same
-- anonymous participant before storing a new one (staff entries are never limited).
CREATE INDEX contributions_by_participant ON contributions (initiative_id, participant) WHERE channel = 'web';
