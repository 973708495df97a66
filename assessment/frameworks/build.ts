import type { Indicator, IndicatorLevel, NetworkTheme } from "../types";

/**
 * A compact way to write an indicator. `defineIndicator` expands it into the published shape:
 * five levels, each with its own descriptor and the evidence expected at that level.
 *
 * The evidence text at each level names the strength the rules require (none at 1–2, E2 at 3, E3 at 4, E4 at 5)
 * and gives examples written for the indicator. Changing any wording here changes every published version's
 * content hash, so the pinning test will ask for a new version.
 */
export interface IndicatorDraft {
  key: string;
  title: string;
  statement: string;
  guidance: string;
  /** Levels 1 to 5, in order. */
  descriptors: readonly [string, string, string, string, string];
  /** Examples of each strength of evidence for this indicator: lower-case noun phrases, no full stop. */
  evidence: { intent: string; documentary: string; outcome: string; independent: string };
  tags: {
    mou: number[];
    areas: string[];
    his?: string[];
    lhs?: string[];
    themes?: NetworkTheme[];
  };
  sources: string[];
}

export function defineIndicator(draft: IndicatorDraft): Indicator {
  const [d1, d2, d3, d4, d5] = draft.descriptors;
  const { intent, documentary, outcome, independent } = draft.evidence;
  const levels: IndicatorLevel[] = [
    { level: 1, descriptor: d1, evidenceExpected: "None needed at this level. Note anything that exists, even informal." },
    { level: 2, descriptor: d2, evidenceExpected: `Statements of intent (E1), for example ${intent}.` },
    { level: 3, descriptor: d3, evidenceExpected: `Documentary evidence (E2) or stronger, for example ${documentary}.` },
    { level: 4, descriptor: d4, evidenceExpected: `Outcome evidence (E3) or stronger, for example ${outcome}.` },
    { level: 5, descriptor: d5, evidenceExpected: `Independent evidence (E4), for example ${independent}.` },
  ];
  return {
    key: draft.key,
    title: draft.title,
    statement: draft.statement,
    guidance: draft.guidance,
    levels,
    tags: {
      mouAims: [...draft.tags.mou],
      reportAreas: [...draft.tags.areas],
      londonHealthInequalitiesAims: [...(draft.tags.his ?? [])],
      londonHousingStrategyPriorities: [...(draft.tags.lhs ?? [])],
      networkThemes: [...(draft.tags.themes ?? [])],
    },
    sources: [...draft.sources],
  };
}
