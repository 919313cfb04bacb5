-- API tokens remember whether they were made in a session that passed a second factor: a user who must use one can use
-- only such tokens (OWASP ASVS 1.2.4; src/services/api-tokens.ts). Tokens made before this migration count as made without.
ALTER TABLE "api_token" ADD COLUMN "created_with_mfa" boolean DEFAULT false NOT NULL;