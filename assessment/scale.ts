import type { EvidenceStrength, MaturityLevel } from "./types";

export const MATURITY_LEVELS: readonly MaturityLevel[] = [1, 2, 3, 4, 5];

export interface MaturityScaleLevel {
  level: MaturityLevel;
  label: string;
  description: string;
  /** The weakest evidence strength that supports a rating at this level, or null if none is needed. */
  requiredStrength: EvidenceStrength | null;
}

/**
 * The generic five-level scale. Each indicator has its own descriptors; this is the frame they follow.
 * Wording adapted from the LGA health and wellbeing board maturity matrix and NHS England's ICS maturity stages.
 */
export const MATURITY_SCALE: readonly MaturityScaleLevel[] = [
  {
    level: 1,
    label: "Not yet evident",
    description: "Housing is absent or mentioned only in passing. Contact is ad hoc and depends on individuals.",
    requiredStrength: null,
  },
  {
    level: 2,
    label: "Emerging",
    description: "The need is recognised. Named contacts exist. Talks or one-off pilots are under way.",
    requiredStrength: null,
  },
  {
    level: 3,
    label: "Developing",
    description: "Agreed plans, protocols or services exist with some partners or places, and activity is monitored.",
    requiredStrength: "documentary",
  },
  {
    level: 4,
    label: "Established",
    description: "The work is system-wide, resourced and routine. Outcomes are measured against a baseline and acted on.",
    requiredStrength: "outcome",
  },
  {
    level: 5,
    label: "Embedded",
    description:
      "Funding is sustained and mainstream. Impact on outcomes and inequalities is shown, residents help shape the work, and others learn from it.",
    requiredStrength: "independent",
  },
];

export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

export function maturityLabel(level: MaturityLevel): string {
  return MATURITY_SCALE[level - 1]?.label ?? String(level);
}

/** Evidence strengths, weakest first. The index is the rank used for comparisons. */
export const EVIDENCE_STRENGTHS: readonly EvidenceStrength[] = ["intent", "documentary", "outcome", "independent"];

export interface EvidenceStrengthInfo {
  strength: EvidenceStrength;
  /** Short code shown to users. */
  code: "E1" | "E2" | "E3" | "E4";
  label: string;
  description: string;
}

export const EVIDENCE_STRENGTH_INFO: Readonly<Record<EvidenceStrength, EvidenceStrengthInfo>> = {
  intent: {
    strength: "intent",
    code: "E1",
    label: "Intent",
    description: "Statements of intent: minutes, draft plans, emails setting out what will happen.",
  },
  documentary: {
    strength: "documentary",
    code: "E2",
    label: "Documentary",
    description: "Signed or agreed documents, plus activity or process data showing they are in use.",
  },
  outcome: {
    strength: "outcome",
    code: "E3",
    label: "Outcome",
    description: "Outcome data with a baseline and a trend; budget lines showing the work is resourced.",
  },
  independent: {
    strength: "independent",
    code: "E4",
    label: "Independent",
    description:
      "Independent or peer-validated evaluation, an economic case, or what residents say, gathered in a structured way.",
  },
};

/** 0 for intent … 3 for independent. */
export function strengthRank(strength: EvidenceStrength): number {
  return EVIDENCE_STRENGTHS.indexOf(strength);
}

/** The weakest evidence strength that supports a rating at `level`, or null when none is needed (levels 1–2). */
export function requiredStrength(level: MaturityLevel): EvidenceStrength | null {
  return MATURITY_SCALE[level - 1]?.requiredStrength ?? null;
}
