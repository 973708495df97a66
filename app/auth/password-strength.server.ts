import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/**
 * Server-only: whether a new password is too easy to guess, by zxcvbn-ts (offline: its lists of common and leaked
 * passwords, English words, names, keyboard patterns, dates and l33t spellings ship with the package). The browser
 * checks only the length, so the lists never reach a page's JavaScript. Passwords are never logged or sent back.
 */
let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/** zxcvbn's score from 0 to 4; 4 means about 10^10 guesses or more: safe even against guessing offline. */
export const MIN_PASSWORD_SCORE = 4;

/** Only the first characters count towards the estimate: a longer password is never weaker, and the check stays quick. */
const CHECKED_LENGTH = 64;

/**
 * Null when the password is strong enough; otherwise what to tell the person. Their own email address, name and
 * "Hearth" count as easy to guess.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  const own = [person.email ?? "", ...(person.email ?? "").split(/[@.]/), ...(person.name ?? "").split(/\s+/), "hearth", "nhs", "housing"].filter((w) => w.length >= 3);
  const result = zxcvbn().check(password.slice(0, CHECKED_LENGTH), own);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const said = result.feedback.warning ?? "";
  const warning = /personal/i.test(said) ? " (it is made from your name or email address)" : said ? ` (${said.replace(/\.$/, "").toLowerCase()})` : "";
  return `This password is too easy to guess${warning}. Try three or four unrelated words together, or a longer password`;
}
