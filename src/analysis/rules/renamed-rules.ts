/**
 * Rule ids are public (CLI output, the worker's switched-off rules). A rule that gets a new id
 * keeps its old one here, so settings and scripts that name it keep working.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = {};
