// `natural` loads storage plugins that call dotenv, which prints a line per call unless told not to.
// This module is imported before `natural` (ES modules run in import order), so the flag is set first.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
export {};
