-- Editors' own accounts (replacing the one shared login), the API tokens scrapers use to
-- send articles, and where an article sent through the API was found.

CREATE TABLE app_user (
    id                       BIGSERIAL PRIMARY KEY,
    username                 VARCHAR(100) NOT NULL,
    password_hash            VARCHAR(200) NOT NULL,
    role                     VARCHAR(10)  NOT NULL,
    enabled                  BOOLEAN      NOT NULL DEFAULT TRUE,
    password_change_required BOOLEAN      NOT NULL DEFAULT FALSE,
    version                  BIGINT       NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('EDITOR', 'ADMIN'))
);

-- Only a hash of each token is kept (SHA-256: tokens are long random strings, so a fast
-- hash is safe and lets a request's token be looked up directly). A revoked token keeps
-- its row, so the admin shows when it was revoked; its name may then be given again.
CREATE TABLE api_token (
    id         BIGSERIAL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE UNIQUE INDEX uk_api_token_active_name ON api_token (name) WHERE revoked_at IS NULL;

ALTER TABLE article ADD COLUMN source_url VARCHAR(2000);
