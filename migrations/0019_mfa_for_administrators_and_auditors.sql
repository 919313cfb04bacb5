-- Multi-factor sign-in is required out of the box for the roles that manage accounts, read every agency's audit trail,
-- or approve downgrades and review break-glass (OWASP ASVS 4.3.1 and 2.2.1; docs/security.md). A role an administrator
-- has already set keeps its setting; practitioners, coordinators and analysts are left to the administrator.
-- The synthetic demo turns it off for its own sign-ins (src/services/demo-loader.ts).
INSERT INTO "role_setting" ("role", "mfa_required") VALUES ('administrator', true), ('auditor', true), ('safeguarding_lead', true) ON CONFLICT ("role") DO NOTHING;
