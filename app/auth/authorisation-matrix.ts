import type { Role } from "../../assessment/browser";

/**
 * Every route and every form action of the app, against every kind of person. A test
 * (tests/integration/authorisation-matrix.test.ts) walks the app's real route list: it fails when a route is missing
 * here, when a method or a form action (`intent`) a route has is not declared for every subject, or when the running
 * app answers differently from this table. Add a route or an action, add its row: nothing can ship unguarded.
 *
 * A route about a thing (an organisation, an assessment, an evidence file, an offer…) gives its path as a function of
 * the ids of the things in a case:
 *   own          the person's own organisation's thing
 *   other        another organisation's thing in the same region
 *   otherRegion  a thing of an organisation in another region
 * and each expectation is one answer for all three cases, or an answer per case.
 *
 * Answers:
 *   200, 400, 403, 404 - that HTTP status
 *   "sign-in"          - a redirect to the sign-in page (not signed in)
 *   "redirect"         - any other redirect (e.g. to the person's starting page)
 * For a POST the test sends an otherwise empty form from this site (with `intent` set for a page with several
 * actions): a person who may act gets 400 (the form is checked), one who may not is turned away before that.
 */
export type Subject = "anonymous" | Role;
export const SUBJECTS: Subject[] = [
  "anonymous",
  "network_staff",
  "partnership_lead",
  "partnership_viewer",
  "partnership_contributor",
  "provider_editor",
  "provider_viewer",
  "provider_contributor",
];

export type Answer = 200 | 400 | 403 | 404 | 409 | "sign-in" | "redirect";
export const CASES = ["own", "other", "otherRegion"] as const;
export type Case = (typeof CASES)[number];
export type Expectation = Answer | Record<Case, Answer>;
export type Answers = Record<Subject, Expectation>;

/** The ids of the things a path can point at, for one subject in one case. */
export interface Things {
  organisation: string;
  /** An assessment of that organisation, in an open round, in progress. */
  assessment: string;
  /** A domain and one of its indicators in that assessment's framework. */
  domain: string;
  indicator: string;
  /** An open round the person's kind of organisation could start in (own), one for the other kind (other), one elsewhere. */
  round: string;
  /** A piece of that organisation's evidence, with a file; and one of its actions. */
  evidence: string;
  action: string;
  /**
   * A housing provider whose offer page to open. For providers: their own (own); one in the region with only an
   * unpublished draft (other); one in another region with a published offer (otherRegion). Published offers of
   * others in the region are for everyone there (tests/integration/offers.test.ts).
   */
  offerProvider: string;
  /** An assessment of that organisation approved in a closed round (version 1 approved). */
  approvedAssessment: string;
  /** A resource in the library (the library is the network's, not an organisation's: the same one in every case). */
  resource: string;
  /**
   * Independent ratings of the domain above in the assessment above, not yet released, whose raters are the
   * organisation's editor and its contributor. The contributor is also assigned that domain (and so its indicator).
   */
  ratingRequest: string;
}

export interface ActionRule {
  answers: Answers;
  /** The POST ends the session it is made with (the test signs in again afterwards). */
  endsSession?: boolean;
}

export interface RouteRule {
  /** A fixed path, or a path to the things of a case. */
  path: string | ((things: Things) => string);
  GET?: Answers;
  /** A route with one action: its answers. A route exporting `intents`: a rule per intent. */
  POST?: ActionRule | { intents: Record<string, ActionRule> };
}

const everyone = (answer: Answer): Answers => ({
  anonymous: answer,
  network_staff: answer,
  partnership_lead: answer,
  partnership_viewer: answer,
  partnership_contributor: answer,
  provider_editor: answer,
  provider_viewer: answer,
  provider_contributor: answer,
});
const signedIn = (answer: Answer): Answers => ({ ...everyone(answer), anonymous: "sign-in" });
const only = (allowed: Subject[], answer: Answer, otherwise: Answer = 403): Answers =>
  ({
    ...Object.fromEntries(SUBJECTS.map((s) => [s, allowed.includes(s) ? answer : otherwise])),
    anonymous: "sign-in",
  }) as Answers;
/** One answer for the person's own thing, another for things of other organisations and regions. */
const ownOr = (own: Answer, elsewhere: Answer): Record<Case, Answer> => ({ own, other: elsewhere, otherRegion: elsewhere });
/** Network staff: their region's things and their own, but nothing in another region. */
const inRegion = (answer: Answer): Record<Case, Answer> => ({ own: answer, other: answer, otherRegion: 404 });
/**
 * A thing of one organisation: its members may read it, network staff of its region too, nobody else learns of it.
 * (Contributors here reach the parts of the assessment assigned to them: the case's domain and indicator.)
 */
const readByMembersAndRegion: Answers = {
  anonymous: "sign-in",
  network_staff: inRegion(200),
  partnership_lead: ownOr(200, 404),
  partnership_viewer: ownOr(200, 404),
  partnership_contributor: ownOr(200, 404),
  provider_editor: ownOr(200, 404),
  provider_viewer: ownOr(200, 404),
  provider_contributor: ownOr(200, 404),
};
/**
 * The whole of an assessment (its check page, results, report, downloads, approvals) or an organisation's records
 * (progress, evidence register, actions): as above, except that contributors see only their assigned parts (403).
 */
const wholeReadByMembersAndRegion: Answers = { ...readByMembersAndRegion, partnership_contributor: ownOr(403, 404), provider_contributor: ownOr(403, 404) };
/**
 * Changing an organisation's assessment: its editors (the form is checked: 400); viewers and network staff are refused,
 * and so are contributors, except on the parts assigned to them (answers, evidence for an assigned indicator).
 */
const changedByEditors: Answers = {
  anonymous: "sign-in",
  network_staff: inRegion(403),
  partnership_lead: ownOr(400, 404),
  partnership_viewer: ownOr(403, 404),
  partnership_contributor: ownOr(403, 404),
  provider_editor: ownOr(400, 404),
  provider_viewer: ownOr(403, 404),
  provider_contributor: ownOr(403, 404),
};
const changedInAssignedPart: Answers = { ...changedByEditors, partnership_contributor: ownOr(400, 404), provider_contributor: ownOr(400, 404) };
/** Starting an assessment in a round: editors of the round's kind of organisation; a round elsewhere is not found. */
const startedByEditors = (answer: Answer): Answers => ({
  anonymous: "sign-in",
  network_staff: { own: 403, other: 403, otherRegion: 404 },
  partnership_lead: { own: answer, other: 403, otherRegion: 404 },
  partnership_viewer: { own: 403, other: 403, otherRegion: 404 },
  partnership_contributor: { own: 403, other: 403, otherRegion: 404 },
  provider_editor: { own: answer, other: 403, otherRegion: 404 },
  provider_viewer: { own: 403, other: 403, otherRegion: 404 },
  provider_contributor: { own: 403, other: 403, otherRegion: 404 },
});
/** Only the organisation's own people, with one answer for what each kind may do (viewers and contributors alike refused). */
const ownEditors = (editor: Answer): Answers => ({
  anonymous: "sign-in",
  network_staff: inRegion(403),
  partnership_lead: ownOr(editor, 404),
  partnership_viewer: ownOr(403, 404),
  partnership_contributor: ownOr(403, 404),
  provider_editor: ownOr(editor, 404),
  provider_viewer: ownOr(403, 404),
  provider_contributor: ownOr(403, 404),
});
/** Independent ratings (not yet released): the raters (editor and contributor) and the editor; nobody else yet. */
const ratedByRaters = (rater: Answer): Answers => ({ ...ownEditors(rater), partnership_contributor: ownOr(rater, 404), provider_contributor: ownOr(rater, 404) });

export const AUTHORISATION_MATRIX: Record<string, RouteRule> = {
  "routes/_index": { path: "/", GET: { ...everyone("redirect"), anonymous: 200 } },
  "routes/sign-in": { path: "/sign-in", GET: { ...everyone("redirect"), anonymous: 200 }, POST: { answers: { ...everyone("redirect"), anonymous: 400 } } },
  "routes/sign-out": { path: "/sign-out", GET: everyone("redirect"), POST: { answers: everyone("redirect"), endsSession: true } },
  "routes/session.keep-alive": { path: "/session/keep-alive", POST: { answers: signedIn(200) } },
  "routes/choose-organisation": { path: "/choose-organisation", GET: signedIn(200), POST: { answers: signedIn(400) } },
  "routes/account": {
    path: "/account",
    GET: signedIn(200),
    POST: {
      intents: {
        "change-password": { answers: signedIn(400) },
        "sign-out-everywhere": { answers: { ...signedIn("redirect") }, endsSession: true },
        reminders: { answers: signedIn(400) },
      },
    },
  },
  "routes/network._index": { path: "/network", GET: only(["network_staff"], 200) },
  "routes/partnership._index": { path: "/partnership", GET: only(["partnership_lead", "partnership_viewer", "partnership_contributor"], 200) },
  "routes/provider._index": { path: "/provider", GET: only(["provider_editor", "provider_viewer", "provider_contributor"], 200) },
  "routes/provider.offer._index": {
    path: "/provider/offer",
    GET: only(["provider_editor", "provider_viewer", "provider_contributor"], 200),
    // Publishing with a stale revision: the editor is told to check the draft (400).
    POST: { answers: only(["provider_editor"], 400) },
  },
  "routes/provider.offer.edit": {
    path: "/provider/offer/edit",
    GET: only(["provider_editor"], 200),
    POST: { intents: { save: { answers: only(["provider_editor"], 400) } } },
  },
  "routes/offers.$organisationId": {
    path: (t) => `/offers/${t.offerProvider}`,
    // A draft-only offer is no one's business outside its provider but network staff's; nobody outside the region learns of any offer.
    GET: {
      anonymous: "sign-in",
      network_staff: { own: 404, other: 200, otherRegion: 404 },
      partnership_lead: { own: 404, other: 404, otherRegion: 404 },
      partnership_viewer: { own: 404, other: 404, otherRegion: 404 },
      partnership_contributor: { own: 404, other: 404, otherRegion: 404 },
      provider_editor: ownOr(200, 404),
      provider_viewer: ownOr(200, 404),
      provider_contributor: ownOr(200, 404),
    },
  },
  // Network staff's regional picture and review. The assessment here is in progress, so commenting and deciding
  // (which need a submitted one) and reopening (an approved one) are refused even to network staff of its region:
  // for them, as the state of the thing and not who they are, with what they typed kept (409).
  "routes/network.overview": { path: "/network/overview", GET: only(["network_staff"], 200) },
  "routes/network.overview.export": { path: "/network/overview/export?format=xlsx", GET: only(["network_staff"], 200) },
  "routes/network.reviews": { path: "/network/reviews", GET: only(["network_staff"], 200) },
  "routes/assessments.$assessmentId.review": {
    path: (t) => `/assessments/${t.assessment}/review`,
    GET: { ...only(["network_staff"], 200), network_staff: inRegion(200) },
    POST: {
      intents: {
        comment: { answers: { ...only(["network_staff"], 403), network_staff: inRegion(409) } },
        decide: { answers: { ...only(["network_staff"], 403), network_staff: inRegion(409) } },
        reopen: { answers: { ...only(["network_staff"], 403), network_staff: inRegion(409) } },
      },
    },
  },
  "routes/assessments.$assessmentId.approvals.$version": { path: (t) => `/assessments/${t.approvedAssessment}/approvals/1`, GET: wholeReadByMembersAndRegion },
  "routes/notifications": { path: "/notifications", GET: signedIn(200), POST: { answers: signedIn("redirect") } },
  "routes/directory._index": { path: "/directory", GET: signedIn(200) },
  "routes/directory.compare": { path: "/directory/compare", GET: signedIn(200) },
  "routes/directory.print": { path: "/directory/print", GET: signedIn(200) },
  "routes/network.offers": { path: "/network/offers", GET: only(["network_staff"], 200) },
  // A provider's own benchmark (anonymous peers); opting in or out is for its editors. No id in the path: another
  // provider's benchmark cannot be asked for at all, and its raw answers (/assessments/…) are "not found" above.
  "routes/provider.benchmark": { path: "/provider/benchmark", GET: only(["provider_editor", "provider_viewer"], 200), POST: { answers: only(["provider_editor"], 400) } },
  // Every provider's position by name: network staff of the region only.
  "routes/network.benchmark": { path: "/network/benchmark", GET: only(["network_staff"], 200) },
  // Running the network: rounds and organisations, for network staff of the region only. A POST from the matrix sends
  // an empty form, so closing and deleting (which need a confirmation) and saving are answered 400, never done.
  "routes/network.rounds._index": { path: "/network/rounds", GET: only(["network_staff"], 200) },
  "routes/network.rounds.new": { path: "/network/rounds/new", GET: only(["network_staff"], 200), POST: { answers: only(["network_staff"], 400) } },
  "routes/network.rounds.$roundId": {
    path: (t) => `/network/rounds/${t.round}`,
    GET: { ...only(["network_staff"], 200), network_staff: inRegion(200) },
    POST: {
      intents: {
        close: { answers: { ...only(["network_staff"], 400), network_staff: inRegion(400) } },
        delete: { answers: { ...only(["network_staff"], 400), network_staff: inRegion(400) } },
      },
    },
  },
  "routes/network.organisations._index": { path: "/network/organisations", GET: only(["network_staff"], 200) },
  "routes/network.organisations.new": { path: "/network/organisations/new", GET: only(["network_staff"], 200), POST: { answers: only(["network_staff"], 400) } },
  // Network staff's "own" organisation is the network itself, whose details are not changed here (403).
  "routes/network.organisations.$organisationId._index": {
    path: (t) => `/network/organisations/${t.organisation}`,
    GET: { ...only(["network_staff"], 200), network_staff: { own: 403, other: 200, otherRegion: 404 } },
    POST: { answers: { ...only(["network_staff"], 400), network_staff: { own: 403, other: 400, otherRegion: 404 } } },
  },
  "routes/network.organisations.$organisationId.merge": {
    path: (t) => `/network/organisations/${t.organisation}/merge`,
    GET: { ...only(["network_staff"], 200), network_staff: { own: 403, other: 200, otherRegion: 404 } },
    POST: { answers: { ...only(["network_staff"], 400), network_staff: { own: 403, other: 400, otherRegion: 404 } } },
  },
  "routes/organisations.$organisationId._index": { path: (t) => `/organisations/${t.organisation}`, GET: readByMembersAndRegion },
  // An organisation's people: its members and the region's staff see them; its editors and the region's staff invite
  // (an empty form: 400); only the region's staff change roles, remove access and issue links.
  "routes/organisations.$organisationId.people": {
    path: (t) => `/organisations/${t.organisation}/people`,
    GET: readByMembersAndRegion,
    POST: {
      intents: {
        invite: { answers: { ...ownEditors(400), network_staff: inRegion(400) } },
        ...Object.fromEntries(
          ["change-role", "remove", "link"].map((intent) => [
            intent,
            { answers: { ...ownEditors(403), network_staff: inRegion(400) } },
          ]),
        ),
      },
    },
  },
  "routes/network.people": { path: "/network/people", GET: only(["network_staff"], 200) },
  // Joining and resetting a password are public: the link is the proof (one that does not work says so: 200).
  "routes/join.$token": { path: "/join/no-such-link", GET: everyone(200), POST: { answers: everyone(400) } },
  "routes/reset-password.$token": { path: "/reset-password/no-such-link", GET: everyone(200), POST: { answers: everyone(400) } },
  "routes/forgot-password": { path: "/forgot-password", GET: everyone(200) },
  "routes/rounds.$roundId.start": { path: (t) => `/rounds/${t.round}/start`, GET: startedByEditors(200), POST: { answers: startedByEditors(400) } },
  "routes/assessments.$assessmentId._index": {
    path: (t) => `/assessments/${t.assessment}`,
    GET: readByMembersAndRegion,
    // Withdrawing needs a submitted assessment: the one here is in progress, so even its lead is refused.
    POST: { intents: { withdraw: { answers: { ...changedByEditors, partnership_lead: ownOr(403, 404), provider_editor: ownOr(403, 404) } } } },
  },
  "routes/assessments.$assessmentId.domains.$domainKey": {
    path: (t) => `/assessments/${t.assessment}/domains/${t.domain}`,
    GET: readByMembersAndRegion,
    // (An autosave, sent in the background, whose session has ended is answered 401 rather than sent to sign in, so
    // the page keeps what was typed: tests/integration/autosave-http.test.ts. A whole-page post is sent to sign in.)
    POST: { intents: { save: { answers: changedInAssignedPart }, autosave: { answers: changedInAssignedPart } } },
  },
  // Sharing the work out and asking for independent ratings: the organisation's editors, while it can change.
  "routes/assessments.$assessmentId.team": {
    path: (t) => `/assessments/${t.assessment}/team`,
    GET: ownEditors(200),
    POST: { intents: { assign: { answers: ownEditors(400) }, unassign: { answers: ownEditors(400) }, "request-ratings": { answers: ownEditors(400) } } },
  },
  "routes/assessments.$assessmentId.ratings.$requestId": {
    path: (t) => `/assessments/${t.assessment}/ratings/${t.ratingRequest}`,
    GET: ratedByRaters(200),
    POST: { intents: { rate: { answers: ratedByRaters(400) }, close: { answers: ownEditors(400) }, agree: { answers: ownEditors(400) } } },
  },
  "routes/assessments.$assessmentId.check": {
    path: (t) => `/assessments/${t.assessment}/check`,
    GET: wholeReadByMembersAndRegion,
    // Submitting an assessment with indicators unanswered: its editors are told what is missing (400).
    POST: { answers: changedByEditors },
  },
  "routes/assessments.$assessmentId.indicators.$indicatorKey.history": {
    path: (t) => `/assessments/${t.assessment}/indicators/${t.indicator}/history`,
    GET: readByMembersAndRegion,
  },
  "routes/assessments.$assessmentId.indicators.$indicatorKey.evidence": {
    path: (t) => `/assessments/${t.assessment}/indicators/${t.indicator}/evidence`,
    GET: ratedByRaters(200),
    POST: {
      intents: {
        upload: { answers: changedInAssignedPart },
        link: { answers: changedInAssignedPart },
        attach: { answers: changedInAssignedPart },
        unlink: { answers: changedInAssignedPart },
      },
    },
  },
  "routes/organisations.$organisationId.evidence": { path: (t) => `/organisations/${t.organisation}/evidence`, GET: wholeReadByMembersAndRegion },
  "routes/evidence.$evidenceId._index": {
    path: (t) => `/evidence/${t.evidence}`,
    GET: readByMembersAndRegion,
    // Purging a file uploaded with personal data by mistake: network staff of the region only (the empty form: 400).
    POST: {
      intents: {
        update: { answers: changedByEditors },
        delete: { answers: changedByEditors },
        purge: { answers: { ...ownEditors(403), network_staff: inRegion(400) } },
      },
    },
  },
  "routes/evidence.$evidenceId.download": { path: (t) => `/evidence/${t.evidence}/download`, GET: readByMembersAndRegion },
  "routes/organisations.$organisationId.actions": { path: (t) => `/organisations/${t.organisation}/actions`, GET: wholeReadByMembersAndRegion },
  "routes/actions.new": { path: "/actions/new", GET: only(["partnership_lead", "provider_editor"], 200), POST: { answers: only(["partnership_lead", "provider_editor"], 400) } },
  "routes/actions.$actionId": { path: (t) => `/actions/${t.action}`, GET: wholeReadByMembersAndRegion, POST: { answers: changedByEditors } },
  "routes/assessments.$assessmentId.results": { path: (t) => `/assessments/${t.assessment}/results`, GET: wholeReadByMembersAndRegion },
  "routes/assessments.$assessmentId.report": { path: (t) => `/assessments/${t.assessment}/report`, GET: wholeReadByMembersAndRegion },
  "routes/assessments.$assessmentId.export": { path: (t) => `/assessments/${t.assessment}/export?format=xlsx`, GET: wholeReadByMembersAndRegion },
  "routes/organisations.$organisationId.progress": { path: (t) => `/organisations/${t.organisation}/progress`, GET: wholeReadByMembersAndRegion },
  "routes/resources._index": { path: "/resources", GET: everyone(200) },
  // Running the network: the resource library (network staff of any region keep it) and the region's audit log.
  // Retiring and bringing back need no more than the intent, so network staff are sent back to the list.
  "routes/network.resources._index": { path: "/network/resources", GET: only(["network_staff"], 200) },
  "routes/network.resources.new": { path: "/network/resources/new", GET: only(["network_staff"], 200), POST: { answers: only(["network_staff"], 400) } },
  "routes/network.resources.$resourceId": {
    path: (t) => `/network/resources/${t.resource}`,
    GET: only(["network_staff"], 200),
    POST: {
      intents: {
        save: { answers: only(["network_staff"], 400) },
        retire: { answers: only(["network_staff"], "redirect") },
        restore: { answers: only(["network_staff"], "redirect") },
      },
    },
  },
  "routes/network.audit": { path: "/network/audit", GET: only(["network_staff"], 200) },
  "routes/network.audit.export": { path: "/network/audit/export?format=csv", GET: only(["network_staff"], 200) },
  "routes/accessibility": { path: "/accessibility", GET: everyone(200) },
  "routes/privacy": { path: "/privacy", GET: everyone(200) },
  "routes/cookies": { path: "/cookies", GET: everyone(200) },
  // Public progress: a status and dates for each partnership, for anyone (tests/integration/public-progress.test.ts).
  "routes/progress._index": { path: "/progress", GET: everyone(200) },
  "routes/progress.$regionKey": { path: "/progress/london", GET: everyone(200) },
  "routes/frameworks._index": { path: "/frameworks", GET: everyone(200) },
  "routes/frameworks.$frameworkKey._index": { path: "/frameworks/partnership-self-assessment", GET: everyone(200) },
  "routes/frameworks.$frameworkKey.$domainKey": { path: "/frameworks/partnership-self-assessment/strategy", GET: everyone(200) },
};
