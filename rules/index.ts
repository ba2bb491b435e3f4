/**
 * The registry: every rule of rammetjek, one line each, sorted by id. A meta-test checks that it
 * lists exactly the rule folders.
 */
import type { AnyRule } from '../src/core/rule.js';
import solIdentityComplete from './solution/sol-identity-complete/rule.js';
import solSchemaValid from './solution/sol-schema-valid/rule.js';

/** Version of the rule set; changes whenever a rule's behaviour or text changes. */
export const RULESET_VERSION = '2026.11.0';

export const RULES: readonly AnyRule[] = [
  solIdentityComplete,
  solSchemaValid,
];
