import type { Role } from "../../db/schema";

/**
 * Every route and action of the app, against every kind of person, for their
 * own organisation and for another one. A test (tests/integration/
 * authorisation-matrix.test.ts) walks the app's real route list: it fails when
 * a route is missing here, when a method a route supports is not declared for
 * every subject, or when the running app answers differently from this table.
 * Add a route, add its row: a page cannot ship unguarded.
 *
 * Answers:
 *   200, 400, 403, 404 - that HTTP status
 *   "sign-in"          - a redirect to the sign-in page (not signed in)
 *   "redirect"         - any other redirect (e.g. to the person's starting page)
 * For a POST the test sends an empty form from this site: a person who may act
 * gets 400 (the form is checked), one who may not is turned away before that.
 */
export type Subject = "anonymous" | Role;
export const SUBJECTS: Subject[] = ["anonymous", "network_staff", "partnership_lead", "partnership_viewer", "provider_editor", "provider_viewer"];

export type Answer = 200 | 400 | 403 | 404 | "sign-in" | "redirect";
/** The same answer whichever organisation, or different ones for the person's own and another. */
export type Expectation = Answer | { own: Answer; other: Answer };

export interface RouteRule {
  /** A path, or for a route with an :organisationId, a path for a given organisation id. */
  path: string | ((organisationId: string) => string);
  GET?: Record<Subject, Expectation>;
  POST?: Record<Subject, Expectation>;
  /** The POST ends the session it is made with (the test signs in again afterwards). */
  postEndsSession?: boolean;
}

const everyone = (answer: Answer): Record<Subject, Expectation> => ({
  anonymous: answer,
  network_staff: answer,
  partnership_lead: answer,
  partnership_viewer: answer,
  provider_editor: answer,
  provider_viewer: answer,
});
const signedIn = (answer: Answer): Record<Subject, Expectation> => ({ ...everyone(answer), anonymous: "sign-in" });
const only = (allowed: Subject[], answer: Answer, otherwise: Answer = 403): Record<Subject, Expectation> => ({
  ...Object.fromEntries(SUBJECTS.map((s) => [s, allowed.includes(s) ? answer : otherwise])),
  anonymous: "sign-in",
}) as Record<Subject, Expectation>;

export const AUTHORISATION_MATRIX: Record<string, RouteRule> = {
  "routes/_index": { path: "/", GET: { ...everyone("redirect"), anonymous: 200 } },
  "routes/sign-in": { path: "/sign-in", GET: { ...everyone("redirect"), anonymous: 200 }, POST: { ...everyone("redirect"), anonymous: 400 } },
  "routes/sign-out": { path: "/sign-out", GET: everyone("redirect"), POST: everyone("redirect"), postEndsSession: true },
  "routes/session.keep-alive": { path: "/session/keep-alive", POST: signedIn(200) },
  "routes/account": { path: "/account", GET: signedIn(200), POST: signedIn(400) },
  "routes/network._index": { path: "/network", GET: only(["network_staff"], 200) },
  "routes/partnership._index": { path: "/partnership", GET: only(["partnership_lead", "partnership_viewer"], 200) },
  "routes/provider._index": { path: "/provider", GET: only(["provider_editor", "provider_viewer"], 200) },
  "routes/organisations.$organisationId": {
    path: (organisationId) => `/organisations/${organisationId}`,
    GET: {
      anonymous: "sign-in",
      network_staff: { own: 200, other: 200 },
      partnership_lead: { own: 200, other: 404 },
      partnership_viewer: { own: 200, other: 404 },
      provider_editor: { own: 200, other: 404 },
      provider_viewer: { own: 200, other: 404 },
    },
  },
  "routes/accessibility": { path: "/accessibility", GET: everyone(200) },
  "routes/privacy": { path: "/privacy", GET: everyone(200) },
  "routes/cookies": { path: "/cookies", GET: everyone(200) },
  "routes/frameworks._index": { path: "/frameworks", GET: everyone(200) },
  "routes/frameworks.$frameworkKey._index": { path: "/frameworks/partnership-self-assessment", GET: everyone(200) },
  "routes/frameworks.$frameworkKey.$domainKey": { path: "/frameworks/partnership-self-assessment/strategy", GET: everyone(200) },
};
