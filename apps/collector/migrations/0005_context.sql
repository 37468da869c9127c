-- Context from the host page (hidden fields declared by the initiative): values by field name.
ALTER TABLE contributions ADD COLUMN context jsonb;
