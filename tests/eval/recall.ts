import type { Scenario } from './scenarios.ts';

/** What one system returned for one scenario: result names, best first. */
export interface Ranking {
  scenario: Scenario;
  names: string[];
}

export interface ScenarioScore {
  id: string;
  query: string;
  met: string[];
  missed: { label: string; lateral: boolean }[];
}

export interface RecallFigures {
  k: number;
  expectations: number;
  met: number;
  recall: number;
  lateralExpectations: number;
  lateralMet: number;
  lateralRecall: number;
  scenarios: ScenarioScore[];
}

/** Recall@k over every expectation, and over the lateral ones: an expectation is met when a top-k name matches its pattern. */
export function recallAtK(rankings: readonly Ranking[], k: number): RecallFigures {
  let expectations = 0, met = 0, lateralExpectations = 0, lateralMet = 0;
  const scenarios: ScenarioScore[] = [];
  for (const { scenario, names } of rankings) {
    const top = names.slice(0, k);
    const score: ScenarioScore = { id: scenario.id, query: scenario.query, met: [], missed: [] };
    for (const expectation of scenario.expect) {
      const pattern = new RegExp(expectation.pattern, 'i');
      const hit = top.some((name) => pattern.test(name));
      expectations++;
      if (expectation.lateral) lateralExpectations++;
      if (hit) {
        met++;
        if (expectation.lateral) lateralMet++;
        score.met.push(expectation.label);
      } else {
        score.missed.push({ label: expectation.label, lateral: expectation.lateral });
      }
    }
    scenarios.push(score);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return {
    k, expectations, met, recall: ratio(met, expectations),
    lateralExpectations, lateralMet, lateralRecall: ratio(lateralMet, lateralExpectations), scenarios,
  };
}
