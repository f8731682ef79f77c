import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One thing an adviser would point to: met when a top-k result's name matches `pattern`. */
export const Expectation = z.object({
  label: z.string(),
  pattern: z.string().refine((p) => { try { new RegExp(p, 'i'); return true; } catch { return false; } }, 'must be a regular expression'),
  lateral: z.boolean().default(false),
});

export const Scenario = z.object({
  id: z.string(),
  persona: z.string().optional(),
  query: z.string().min(1),
  age: z.number().int().min(0).max(25).optional(),
  area: z.string().optional(),
  expect: z.array(Expectation).min(1),
});

export const ScenarioFile = z.object({
  about: z.string().optional(),
  k: z.number().int().positive().default(20),
  scenarios: z.array(Scenario).min(1),
});

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioFile = z.infer<typeof ScenarioFile>;

/** Reads and validates a scenarios file (the format of ../shared/eval/scenarios.json). */
export function loadScenarios(file: string): ScenarioFile {
  const parsed = ScenarioFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a scenarios file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
