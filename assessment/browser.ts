/**
 * The part of assessment/ that browser code may import: Hearth's words and labels, the five-level scale, evidence
 * strengths and the small rules a form needs. It never reaches the frameworks' text (assessment/index.ts and
 * ./registry.ts do), so a page's JavaScript stays small; tests/integration/client-bundle.test.ts proves it.
 */
export * from "./vocabulary";
export type { AnswerKind, EvidenceStrength, IsoDate, MaturityLevel } from "./types";
export {
  EVIDENCE_STRENGTH_INFO,
  EVIDENCE_STRENGTHS,
  MATURITY_LEVELS,
  MATURITY_SCALE,
  isMaturityLevel,
  maturityLabel,
  requiredStrength,
  strengthRank,
} from "./scale";
export { addMonths, compareIsoDates, isIsoDate } from "./dates";
export { defaultReviewBy, EVIDENCE_REVIEW_MONTHS } from "./evidence";
export type { PublicStatus } from "./public-progress";
