/**
 * Working as a team, as pure rules (docs/decisions/024): how far each assigned part of an assessment has got and
 * whether it is overdue, and, for independent ratings, whether everyone has rated and where they agree or differ.
 */
import { isLate } from "./journey";
import type { AnswerKind, Framework, IsoDate } from "./types";

export interface AssignedPart {
  domainKey: string | null;
  indicatorKey: string | null;
  dueOn: IsoDate | null;
}

export interface AnsweredRating {
  indicatorKey: string;
  carriedOver: boolean;
}

export interface PartProgress {
  /** The indicators the part covers (a whole domain's, or one). */
  indicatorKeys: string[];
  answered: number;
  /** Every indicator answered and none carried over unconfirmed. */
  done: boolean;
  /** Past its due date and not done. */
  overdue: boolean;
  /** Due within the next few days and not done. */
  dueSoon: boolean;
}

/** Days before a due date when assigned work counts as due soon. */
export const DUE_SOON_DAYS = 3;

/** The indicators a part covers, in framework order; empty when the framework has no such domain or indicator. */
export function indicatorsOfPart(framework: Framework, part: { domainKey: string | null; indicatorKey: string | null }): string[] {
  if (part.domainKey) return framework.domains.find((d) => d.key === part.domainKey)?.indicators.map((i) => i.key) ?? [];
  return framework.domains.some((d) => d.indicators.some((i) => i.key === part.indicatorKey)) ? [part.indicatorKey!] : [];
}

/** A part's name as people read it: the domain's title, or the indicator's with its domain's. */
export function partTitle(framework: Framework, part: { domainKey: string | null; indicatorKey: string | null }): string {
  if (part.domainKey) return framework.domains.find((d) => d.key === part.domainKey)?.title ?? part.domainKey;
  for (const d of framework.domains) {
    const i = d.indicators.find((x) => x.key === part.indicatorKey);
    if (i) return `${i.title} (${d.title})`;
  }
  return part.indicatorKey ?? "";
}

/** The domain a part is in (for its page's address). */
export function domainOfPart(framework: Framework, part: { domainKey: string | null; indicatorKey: string | null }): string | undefined {
  return part.domainKey ?? framework.domains.find((d) => d.indicators.some((i) => i.key === part.indicatorKey))?.key;
}

export function partProgress(framework: Framework, part: AssignedPart, ratings: readonly AnsweredRating[], today: IsoDate): PartProgress {
  const byKey = new Map(ratings.map((r) => [r.indicatorKey, r]));
  const indicatorKeys = indicatorsOfPart(framework, part);
  const answered = indicatorKeys.filter((k) => byKey.has(k)).length;
  const done = indicatorKeys.length > 0 && indicatorKeys.every((k) => byKey.has(k) && !byKey.get(k)!.carriedOver);
  const overdue = !done && part.dueOn !== null && isLate(part.dueOn, today);
  const dueSoon = !done && !overdue && part.dueOn !== null && daysBetween(today, part.dueOn) <= DUE_SOON_DAYS;
  return { indicatorKeys, answered, done, overdue, dueSoon };
}

/** Which reminder assigned work is due now: once when it falls due soon, once when it is overdue; none when done. */
export function workReminderDue(progress: PartProgress): "work-due-soon" | "work-overdue" | null {
  if (progress.done) return null;
  if (progress.overdue) return "work-overdue";
  return progress.dueSoon ? "work-due-soon" : null;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// Independent ratings --------------------------------------------------------------------------------------------

export interface IndependentAnswer {
  personId: string;
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
}

/** Whether every rater has answered every indicator of the domain: then the ratings are shown to everyone. */
export function everyoneHasRated(indicatorKeys: readonly string[], raterIds: readonly string[], answers: readonly IndependentAnswer[]): boolean {
  const given = new Set(answers.map((a) => `${a.personId}/${a.indicatorKey}`));
  return raterIds.length > 0 && raterIds.every((p) => indicatorKeys.every((k) => given.has(`${p}/${k}`)));
}

export interface IndicatorAgreement {
  indicatorKey: string;
  /** Each rater's answer, in the raters' order (null: they did not rate it before the rating was closed). */
  answers: (IndependentAnswer | null)[];
  /** All who rated gave the same answer (and level). */
  agreed: boolean;
  /** Between the highest and the lowest level given, in levels; null when fewer than two levels were given. */
  spread: number | null;
  /** Some said "not applicable" or "don't know" while others gave a level, or they differ between those two. */
  differentKinds: boolean;
  /** The answer to start the agreed rating from: the common one when they agree, else the median level given. */
  suggested: { answer: AnswerKind; level: number | null } | null;
}

/** Where the raters agree and where they differ, and by how many levels, indicator by indicator. */
export function compareIndependentRatings(indicatorKeys: readonly string[], raterIds: readonly string[], answers: readonly IndependentAnswer[]): IndicatorAgreement[] {
  const byKey = new Map(answers.map((a) => [`${a.personId}/${a.indicatorKey}`, a]));
  return indicatorKeys.map((indicatorKey) => {
    const row = raterIds.map((p) => byKey.get(`${p}/${indicatorKey}`) ?? null);
    const given = row.filter((a): a is IndependentAnswer => a !== null);
    const levels = given.filter((a) => a.answer === "level").map((a) => a.level!).sort((x, y) => x - y);
    const kinds = new Set(given.map((a) => a.answer));
    const agreed = given.length > 1 && kinds.size === 1 && new Set(given.map((a) => a.level)).size === 1;
    const spread = levels.length > 1 ? levels[levels.length - 1]! - levels[0]! : null;
    let suggested: IndicatorAgreement["suggested"] = null;
    if (agreed) suggested = { answer: given[0]!.answer, level: given[0]!.level };
    else if (levels.length > 0) suggested = { answer: "level", level: levels[Math.floor((levels.length - 1) / 2)]! };
    else if (given.length > 0) suggested = { answer: given[0]!.answer, level: null };
    return { indicatorKey, answers: row, agreed, spread, differentKinds: kinds.size > 1, suggested };
  });
}
