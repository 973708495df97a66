import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { assessmentFacts } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { RadioGroup } from "~/components/choice-fields";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { ScrollingTable } from "~/components/scrolling-table";
import { TextareaField } from "~/components/textarea-field";
import { formatDateTime } from "~/dates";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { agreedRatingSchema, independentRatingsSchema } from "~/forms/team-schema";
import { formDataToObject, parseForm } from "~/forms/validation";
import type { PageHandle } from "~/page-kind";
import { agree, closeRating, ratingRequestPage, requireRatingRequest, saveMyRatings } from "~/team.server";

export const handle: PageHandle = { pageKind: "assessment" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Independent ratings: ${data.request.domainTitle} – Hearth` : "Independent ratings – Hearth" }];

/**
 * Independent ratings of one domain. A rater rates on their own (nobody sees another's rating until all have rated,
 * or the lead closes the rating); then everyone sees where they agree and differ, and the lead records the agreed rating.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await assessmentFacts(context, user, params.assessmentId ?? "");
  const ratingRequest = await requireRatingRequest(context, user, facts, params.requestId ?? "", "read");
  return { ...(await ratingRequestPage(context, user, facts, ratingRequest)), just: new URL(request.url).searchParams.get("just") };
}

export const intents = ["rate", "close", "agree"] as const;

type ActionResult = { errors: FieldErrors; values?: Record<string, unknown> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await request.formData();
  const intent = readIntent(form, intents);
  const facts = await assessmentFacts(context, user, params.assessmentId ?? "");
  const here = `/assessments/${facts.id}/ratings/${params.requestId ?? ""}`;
  const values = formDataToObject(form);
  switch (intent) {
    case "rate": {
      const ratingRequest = await requireRatingRequest(context, user, facts, params.requestId ?? "", "edit");
      const parsed = parseForm(independentRatingsSchema, form);
      if (!parsed.ok || parsed.data.ratings.length === 0) {
        return data<ActionResult>({ errors: parsed.ok ? { form: "Reload the page and try again: no ratings were sent." } : parsed.errors, values }, { status: 400 });
      }
      const outcome = await saveMyRatings(context, user, facts, ratingRequest, parsed.data.ratings);
      if (!outcome.ok) return data<ActionResult>({ errors: { form: outcome.reason }, values }, { status: 409 });
      return redirect(`${here}?just=${outcome.released ? "released" : "rated"}`);
    }
    case "close": {
      const ratingRequest = await requireRatingRequest(context, user, facts, params.requestId ?? "", "administer");
      if (form.get("confirm") !== "yes") return data<ActionResult>({ errors: { form: "Confirm that you want to close the rating" } }, { status: 400 });
      await closeRating(context, user, facts, ratingRequest);
      return redirect(`${here}?just=closed`);
    }
    case "agree": {
      const ratingRequest = await requireRatingRequest(context, user, facts, params.requestId ?? "", "administer");
      // Each indicator's form names its fields after the indicator, so every field on the page has its own id.
      const key = String(form.get("indicatorKey") ?? "");
      const parsed = parseForm(agreedRatingSchema, { indicatorKey: key, choice: form.get(`${key}.choice`) ?? "", reason: form.get(`${key}.reason`) ?? "" });
      if (!parsed.ok) return data<ActionResult>({ errors: prefixed(parsed.errors, key), values }, { status: 400 });
      const revision = Number(form.get("revision") ?? "0");
      const outcome = await agree(context, user, facts, ratingRequest, { ...parsed.data, revision: Number.isInteger(revision) ? revision : 0 });
      if (!outcome.ok) return data<ActionResult>({ errors: { [`${key}.choice`]: outcome.reason }, values }, { status: 409 });
      return redirect(`${here}?just=agreed#${key}`);
    }
    default:
      await requireRatingRequest(context, user, facts, params.requestId ?? "", "read");
      return unknownIntent();
  }
}

/** The agree forms are one per indicator: their errors are keyed by the indicator, so each lands by its own form. */
function prefixed(errors: FieldErrors, indicatorKey: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field === "form" ? "form" : `${indicatorKey}.${field}`, message]));
}

const JUST: Record<string, string> = {
  rated: "Your ratings are saved. They stay hidden from the others until everyone has rated or the rating is closed.",
  released: "Everyone has rated, so the ratings are now shown to all.",
  closed: "The rating is closed: everyone's ratings are now shown.",
  agreed: "The agreed rating is recorded and is now the assessment's answer.",
};

export default function RatingRequestPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const errors = result?.errors ?? {};
  const sent = result?.values as { ratings?: { indicatorKey?: string; choice?: string; rationale?: string }[]; indicatorKey?: string } | undefined;
  const agreeSent = (key: string, field: "choice" | "reason") =>
    sent?.indicatorKey === key ? String((result?.values as Record<string, Record<string, unknown> | undefined>)?.[key]?.[field] ?? "") : null;
  const order = ["form", ...page.indicators.flatMap((i, n) => [`ratings.${n}.choice`, `ratings.${n}.rationale`, `${i.key}.choice`, `${i.key}.reason`])];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={page.may.administer ? `/assessments/${page.assessment.id}/team` : "/"}>{page.may.administer ? "Back to sharing the work" : "Back to your home page"}</BackLink>
        <ErrorSummary errors={errors} order={order} />
        {page.just && JUST[page.just] ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{JUST[page.just]}</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">
          {page.assessment.organisationName}: {page.assessment.roundName}
        </span>
        <h1>Independent ratings: {page.request.domainTitle}</h1>
        <p>
          Asked for by {page.request.requestedByName ?? "someone no longer in Hearth"} on {formatDateTime(page.request.createdAt)}.{" "}
          {page.request.released
            ? `Released on ${formatDateTime(page.request.releasedAt!)}${page.request.releasedByName ? `, when ${page.request.releasedByName} closed the rating` : ", when everyone had rated"}.`
            : "Each person's ratings stay hidden from the others until everyone has rated every indicator, or the lead closes the rating."}
        </p>
        <h2>Who has rated</h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {page.raters.map((r) => (
            <li key={r.name}>
              {r.name}: {r.rated} of {r.of} indicators
            </li>
          ))}
        </ul>

        {!page.request.released && page.may.rate ? (
          <Form method="post" noValidate>
            <h2>Your ratings</h2>
            {page.indicators.map((indicator, n) => {
              const mine = sent?.ratings?.[n]?.indicatorKey === indicator.key ? sent.ratings[n]! : null;
              return (
                <div key={indicator.key} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h3 className="nhsuk-card__heading">{indicator.title}</h3>
                    <p>{indicator.statement}</p>
                    <input type="hidden" name={`ratings.${n}.indicatorKey`} value={indicator.key} />
                    <RadioGroup
                      name={`ratings.${n}.choice`}
                      legend={`Your rating: ${indicator.title}`}
                      options={page.choices}
                      defaultValue={mine ? String(mine.choice ?? "") : (indicator.mine?.choice ?? "")}
                      error={errors[`ratings.${n}.choice`]}
                      small
                    />
                    <TextareaField
                      name={`ratings.${n}.rationale`}
                      label="Why (optional)"
                      defaultValue={mine ? String(mine.rationale ?? "") : (indicator.mine?.rationale ?? "")}
                      error={errors[`ratings.${n}.rationale`]}
                      rows={3}
                    />
                  </div>
                </div>
              );
            })}
            <button className="nhsuk-button" type="submit" name="intent" value="rate">
              Save your ratings
            </button>
          </Form>
        ) : null}

        {!page.request.released && page.may.administer ? (
          <Form method="post">
            <h2>Close the rating</h2>
            <p>Closing shows everyone&apos;s ratings now, even where someone has not finished.</p>
            <input type="hidden" name="confirm" value="yes" />
            <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="close">
              Close the rating and show everyone&apos;s
            </button>
          </Form>
        ) : null}

        {page.request.released ? (
          <>
            <h2>Where you agree and differ</h2>
            {page.indicators.map((indicator) => (
              <section key={indicator.key} id={indicator.key} className="nhsuk-card" aria-labelledby={`${indicator.key}-title`}>
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading" id={`${indicator.key}-title`}>
                    {indicator.title}
                  </h3>
                  {indicator.compared ? (
                    <>
                      <p>
                        <strong className={`nhsuk-tag ${indicator.compared.agreed ? "nhsuk-tag--green" : "nhsuk-tag--orange"}`}>
                          {indicator.compared.agreed
                            ? "Everyone agrees"
                            : indicator.compared.spread !== null
                              ? `Differ by ${indicator.compared.spread} ${indicator.compared.spread === 1 ? "level" : "levels"}`
                              : "Differ"}
                        </strong>
                        {indicator.compared.differentKinds ? " Some gave a level and some said not applicable or don't know." : null}
                      </p>
                      <ScrollingTable label={`Ratings of ${indicator.title}`}>
                        <table className="nhsuk-table">
                          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Each person&apos;s rating of {indicator.title}</caption>
                          <thead className="nhsuk-table__head">
                            <tr className="nhsuk-table__row">
                              <th scope="col" className="nhsuk-table__header">Who</th>
                              <th scope="col" className="nhsuk-table__header">Rating</th>
                              <th scope="col" className="nhsuk-table__header">Why</th>
                            </tr>
                          </thead>
                          <tbody className="nhsuk-table__body">
                            {indicator.compared.each.map((e) => (
                              <tr className="nhsuk-table__row" key={e.name}>
                                <td className="nhsuk-table__cell">{e.name}</td>
                                <td className="nhsuk-table__cell">{e.words}</td>
                                <td className="nhsuk-table__cell hearth-preserve-lines">{e.rationale}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </ScrollingTable>
                    </>
                  ) : null}
                  <p>The assessment&apos;s answer now: {indicator.current.words}.</p>
                  {indicator.agreed ? (
                    <p>
                      Agreed: <strong>{indicator.agreed.words}</strong>, by {indicator.agreed.byName ?? "someone no longer in Hearth"} on {formatDateTime(indicator.agreed.at)}.{" "}
                      <span className="hearth-preserve-lines">{indicator.agreed.reason}</span>
                    </p>
                  ) : null}
                  {page.may.administer ? (
                    <Form method="post" noValidate action={`#${indicator.key}`}>
                      <input type="hidden" name="indicatorKey" value={indicator.key} />
                      <input type="hidden" name="revision" value={indicator.current.revision} />
                      <RadioGroup
                        name={`${indicator.key}.choice`}
                        legend={indicator.agreed ? "Change the agreed rating" : "The agreed rating"}
                        options={page.choices}
                        defaultValue={agreeSent(indicator.key, "choice") ?? indicator.agreed?.choice ?? indicator.compared?.suggested ?? ""}
                        error={errors[`${indicator.key}.choice`]}
                        small
                      />
                      <TextareaField
                        name={`${indicator.key}.reason`}
                        label="The reason for the agreed rating"
                        defaultValue={agreeSent(indicator.key, "reason") ?? ""}
                        error={errors[`${indicator.key}.reason`]}
                        rows={3}
                      />
                      <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="agree">
                        Record the agreed rating<span className="nhsuk-u-visually-hidden"> for {indicator.title}</span>
                      </button>
                    </Form>
                  ) : null}
                </div>
              </section>
            ))}
            <p>
              <Link to={`/assessments/${page.assessment.id}`}>Back to the task list</Link>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
