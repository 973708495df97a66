import { addMonths, assertIsoDate, compareIsoDates, dateInWords } from "./dates";
import { EVIDENCE_STRENGTH_INFO, maturityLabel, requiredStrength, strengthRank } from "./scale";
import type { EvidenceItem, EvidenceStrength, IsoDate, MaturityLevel } from "./types";

/** Evidence is due for review this many months after its date, unless a review-by date is given. */
export const EVIDENCE_REVIEW_MONTHS = 24;

/** datedOn + 24 months, clamped to the end of the month (a 29 February date gives 28 February). */
export function defaultReviewBy(datedOn: IsoDate): IsoDate {
  return addMonths(datedOn, EVIDENCE_REVIEW_MONTHS);
}

/** The date an item must be reviewed by: its own `reviewBy`, or the default. */
export function evidenceReviewBy(item: EvidenceItem): IsoDate {
  return item.reviewBy ? assertIsoDate(item.reviewBy, "reviewBy") : defaultReviewBy(item.datedOn);
}

/**
 * Evidence supports a rating up to and including its review-by date.
 * On the day after, it has expired: `reviewBy < today` means it no longer counts.
 * Evidence whose file was purged never counts, whatever its dates.
 */
export function isEvidenceCurrent(item: EvidenceItem, today: IsoDate): boolean {
  return !item.purged && compareIsoDates(evidenceReviewBy(item), today) >= 0;
}

export function strongerOf(a: EvidenceStrength | null, b: EvidenceStrength | null): EvidenceStrength | null {
  if (a === null) return b;
  if (b === null) return a;
  return strengthRank(a) >= strengthRank(b) ? a : b;
}

/** The strongest evidence strength among items still current on `today`, or null if none. */
export function strongestCurrentStrength(evidence: readonly EvidenceItem[], today: IsoDate): EvidenceStrength | null {
  let strongest: EvidenceStrength | null = null;
  for (const item of evidence) {
    if (isEvidenceCurrent(item, today)) strongest = strongerOf(strongest, item.strength);
  }
  return strongest;
}

export function meetsStrength(actual: EvidenceStrength | null, required: EvidenceStrength | null): boolean {
  if (required === null) return true;
  if (actual === null) return false;
  return strengthRank(actual) >= strengthRank(required);
}

export type EvidenceSupportStatus = "not_required" | "supported" | "not_yet_supported";

export interface EvidenceSupport {
  /** "not_required" for levels 1–2 and for answers without a level. */
  status: EvidenceSupportStatus;
  /** True unless the status is "not_yet_supported". */
  supported: boolean;
  level: MaturityLevel | null;
  /** The weakest strength that would support the level, or null if none is needed. */
  required: EvidenceStrength | null;
  /** The strongest evidence still current on `today`, or null. */
  strongestCurrent: EvidenceStrength | null;
  /** Items that would meet the requirement but have passed their review-by date. */
  expiredQualifying: number;
  /** The latest review-by date among those expired items, if any. */
  lastExpiredOn: IsoDate | null;
  /** A sentence for people, e.g. "A level 4 rating needs outcome evidence (E3) or stronger; …". */
  reason: string;
}

function describe(strength: EvidenceStrength): string {
  const info = EVIDENCE_STRENGTH_INFO[strength];
  return `${info.label.toLowerCase()} evidence (${info.code})`;
}

/**
 * Checks whether a rating at `level` is supported by evidence that is current on `today`.
 * Level 3 needs documentary (E2) or stronger, level 4 outcome (E3) or stronger, level 5 independent (E4).
 * Levels 1–2, "not applicable" and "don't know" (pass `null`) need no evidence. Evidence whose file was purged
 * (`purged`) does not count.
 */
export function checkEvidenceSupport(
  level: MaturityLevel | null,
  evidence: readonly EvidenceItem[],
  today: IsoDate,
): EvidenceSupport {
  assertIsoDate(today, "today");
  // A purged file leaves only a tombstone: it is neither current nor expired evidence, it is no evidence.
  const counted = evidence.filter((item) => !item.purged);
  const strongestCurrent = strongestCurrentStrength(counted, today);
  const required = level === null ? null : requiredStrength(level);

  if (level === null || required === null) {
    return {
      status: "not_required",
      supported: true,
      level,
      required: null,
      strongestCurrent,
      expiredQualifying: 0,
      lastExpiredOn: null,
      reason:
        level === null
          ? "No level was given, so no evidence is needed."
          : `A level ${level} (${maturityLabel(level)}) rating needs no particular evidence.`,
    };
  }

  let expiredQualifying = 0;
  let lastExpiredOn: IsoDate | null = null;
  for (const item of counted) {
    if (!isEvidenceCurrent(item, today) && meetsStrength(item.strength, required)) {
      expiredQualifying += 1;
      const reviewBy = evidenceReviewBy(item);
      if (lastExpiredOn === null || reviewBy > lastExpiredOn) lastExpiredOn = reviewBy;
    }
  }

  const needs = `A level ${level} (${maturityLabel(level)}) rating needs ${describe(required)} or stronger`;
  if (meetsStrength(strongestCurrent, required)) {
    return {
      status: "supported",
      supported: true,
      level,
      required,
      strongestCurrent,
      expiredQualifying,
      lastExpiredOn,
      reason: `${needs}; the strongest current evidence is ${describe(strongestCurrent as EvidenceStrength)}.`,
    };
  }

  const current = strongestCurrent === null ? "there is no current evidence" : `the strongest current evidence is ${describe(strongestCurrent)}`;
  const expired =
    expiredQualifying > 0 && lastExpiredOn !== null
      ? ` Evidence that would have supported it passed its review date on ${dateInWords(lastExpiredOn)}.`
      : "";
  return {
    status: "not_yet_supported",
    supported: false,
    level,
    required,
    strongestCurrent,
    expiredQualifying,
    lastExpiredOn,
    reason: `Not yet supported. ${needs}; ${current}.${expired}`,
  };
}
